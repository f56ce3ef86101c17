/** The two-stage NER tagger: a local stage, then a document-consistency stage that also sees the first stage's tags. */
import { extractFeatures, extractStage2Features, NUM_SLOTS, NUM_STAGE2_SLOTS, NUM_TAGS, plainTokens, prepareDocument, prepareWords, stage2Hints, type PreparedDoc } from "./features.ts";
import { constrain, viterbi, type Transitions } from "./decode.ts";
import { bytesOf, decodeSortedKeys, FeatureTable, type SerializedModel } from "./model.ts";
import { PhraseTable, type Gazetteer } from "./gazetteer.ts";

/** Builds the gazetteer lookup from its serialised form. */
export function loadGazetteer(g: SerializedModel["gazetteer"]): Gazetteer {
  return { phrases: new PhraseTable(decodeSortedKeys(bytesOf(g.keys)), bytesOf(g.bits)), maxLen: g.maxLen };
}

/** A loaded tagger. Holds no state between documents except scratch buffers. */
export class NerTagger {
  /** Local features: stage-1 weights and (when present) stage-2 weights in one table. */
  readonly local: FeatureTable;
  /** Stage-2 document-consistency features. */
  readonly consistency: FeatureTable | null;
  readonly trans1: Transitions;
  readonly trans2: Transitions | null;
  readonly gazetteer: Gazetteer;
  private feats = new Uint32Array(0);
  private feats2 = new Uint32Array(0);
  private emit1 = new Float64Array(0);
  private emit2 = new Float64Array(0);

  constructor(m: SerializedModel) {
    if (m.slots !== NUM_SLOTS || m.stage2Slots !== NUM_STAGE2_SLOTS) {
      throw new Error(`ner: model has ${m.slots}+${m.stage2Slots} feature slots, code expects ${NUM_SLOTS}+${NUM_STAGE2_SLOTS}`);
    }
    this.local = new FeatureTable(m.stage2 ? [m.stage1, m.stage2] : [m.stage1], NUM_SLOTS);
    this.consistency = m.stage2 && m.consistency ? new FeatureTable([m.consistency], NUM_STAGE2_SLOTS) : null;
    this.trans1 = constrain(m.stage1.trans);
    this.trans2 = m.stage2 ? constrain(m.stage2.trans) : null;
    this.gazetteer = loadGazetteer(m.gazetteer);
  }

  /** Tags one document given as sentences of words; returns tag indices (into TAGS), flat over all words. */
  tagDocument(sents: readonly (readonly string[])[], useStage2 = true, prune = true): Uint8Array {
    return this.tagPrepared(prepareDocument(sents, this.gazetteer), useStage2, prune);
  }

  /** Tags one document given as a flat list of words and its sentence starts (ending with the word count). */
  tagWords(words: readonly string[], bounds: readonly number[]): Uint8Array {
    return this.tagPrepared(prepareWords(words, bounds, this.gazetteer), true, true);
  }

  private tagPrepared(doc: PreparedDoc, useStage2: boolean, prune: boolean): Uint8Array {
    const n = doc.n;
    if (this.emit1.length < n * NUM_TAGS) {
      this.feats = new Uint32Array(n * NUM_SLOTS * 2);
      this.feats2 = new Uint32Array(n * NUM_STAGE2_SLOTS * 2);
      this.emit1 = new Float64Array(n * NUM_TAGS * 2);
      this.emit2 = new Float64Array(n * NUM_TAGS * 2);
    }
    const { feats, feats2, emit1, emit2 } = this;
    const second = useStage2 && this.consistency !== null && this.trans2 !== null;
    const tags = new Uint8Array(n);
    // Plain lower-case words between plain words are "O" without scoring: most of a news text, and never a name.
    const skip = prune ? plainTokens(doc) : undefined;
    extractFeatures(doc, feats, skip);
    this.local.score(feats, n, emit1, second ? emit2 : null, false, skip);
    const bounds = doc.sentences;
    for (let s = 0; s + 1 < bounds.length; s++) viterbi(emit1, bounds[s], bounds[s + 1], this.trans1, tags, skip);
    if (!second) return tags;
    extractStage2Features(doc, stage2Hints(doc, tags), feats2, skip);
    // emit2 holds the stage-2 local scores from the first pass; add the consistency scores.
    this.consistency!.score(feats2, n, emit2, null, true, skip);
    const out = new Uint8Array(n);
    for (let s = 0; s + 1 < bounds.length; s++) viterbi(emit2, bounds[s], bounds[s + 1], this.trans2!, out, skip);
    return out;
  }
}
