/** The two-stage NER tagger: a local stage, then a document-consistency stage that sees the first stage's tags. */
import { extractFeatures, NUM_SLOTS, NUM_TAGS, prepareDocument, stage2Hints } from "./features.ts";
import { viterbi } from "./decode.ts";
import { decodeBase64, decodeSortedKeys, LinearStage, type SerializedModel } from "./model.ts";
import type { Gazetteer } from "./gazetteer.ts";

/** Builds the gazetteer map from its serialised form. */
export function loadGazetteer(g: SerializedModel["gazetteer"]): Gazetteer {
  const keys = decodeSortedKeys(decodeBase64(g.keys));
  const bits = decodeBase64(g.bits);
  const phrases = new Map<number, number>();
  for (let i = 0; i < keys.length; i++) phrases.set(keys[i], bits[i]);
  return { phrases, maxLen: g.maxLen };
}

/** A loaded tagger. Holds no state between documents except scratch buffers. */
export class NerTagger {
  readonly stage1: LinearStage;
  readonly stage2: LinearStage | null;
  readonly gazetteer: Gazetteer;
  private feats = new Uint32Array(0);
  private emit = new Float64Array(0);

  constructor(m: SerializedModel) {
    if (m.slots !== NUM_SLOTS) throw new Error(`ner: model has ${m.slots} feature slots, code expects ${NUM_SLOTS}`);
    this.stage1 = new LinearStage(m.stage1);
    this.stage2 = m.stage2 ? new LinearStage(m.stage2) : null;
    this.gazetteer = loadGazetteer(m.gazetteer);
  }

  /** Tags one document given as sentences of words; returns tag indices (into TAGS), flat over all words. */
  tagDocument(sents: readonly (readonly string[])[], useStage2 = true): Uint8Array {
    const doc = prepareDocument(sents, this.gazetteer);
    const n = doc.n;
    if (this.feats.length < n * NUM_SLOTS) {
      this.feats = new Uint32Array(n * NUM_SLOTS * 2);
      this.emit = new Float64Array(n * NUM_TAGS * 2);
    }
    const { feats, emit } = this;
    const tags = new Uint8Array(n);
    extractFeatures(doc, null, feats);
    this.stage1.score(feats, n, emit);
    for (let s = 0; s + 1 < doc.sentences.length; s++) viterbi(emit, doc.sentences[s], doc.sentences[s + 1], this.stage1.trans, tags);
    if (!this.stage2 || !useStage2) return tags;
    extractFeatures(doc, stage2Hints(doc, tags), feats);
    this.stage2.score(feats, n, emit);
    const out = new Uint8Array(n);
    for (let s = 0; s + 1 < doc.sentences.length; s++) viterbi(emit, doc.sentences[s], doc.sentences[s + 1], this.stage2.trans, out);
    return out;
  }
}
