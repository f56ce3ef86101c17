/** Named-entity recognition (PER / ORG / LOC / MISC): a two-stage averaged-perceptron tagger trained on CoNLL-2003. */
import type { Token } from "../../text/tokenize.ts";
import type { Sentence } from "../../text/sentences.ts";
import { NER_MODEL } from "../../data/ner-model.ts";
import { TAGS } from "./features.ts";
import { NerTagger } from "./tagger.ts";
import type { SerializedModel } from "./model.ts";

/** Entity types the tagger produces. */
export type NerType = "PER" | "ORG" | "LOC" | "MISC";

/** One recognised entity: [start, end) character offsets into the analysed text. */
export interface NerSpan {
  start: number;
  end: number;
  type: NerType;
}

let tagger: NerTagger | null = null;
let provided: SerializedModel | undefined;

/**
 * Hands the tagger its weights from outside: the extension's worker loads them as a data file (parsing megabytes of
 * data inside its script would slow every start) and gives them here before the first analysis. Elsewhere (Node, tests)
 * the generated module is used.
 */
export function provideNerModel(model: SerializedModel): void {
  provided = model;
  tagger = null;
}

/** The shared tagger, built from the weights on first use. */
export function loadTagger(): NerTagger {
  if (tagger) return tagger;
  // Null only where the build replaces the generated module by the extension's file loader (vite.config.ts).
  const model = provided ?? (NER_MODEL as SerializedModel | null);
  if (!model) throw new Error("its weights are not loaded");
  return (tagger = new NerTagger(model));
}

/** Tags one document given as sentences of words (CoNLL-style tokens); IOB2 tags out, one array per sentence. */
export function tagDocument(sentences: readonly (readonly string[])[]): string[][] {
  const flat = loadTagger().tagDocument(sentences);
  let p = 0;
  return sentences.map((s) => s.map(() => TAGS[flat[p++]]));
}

/** Tags words of one sentence, IOB2 tags out. */
export function tagWords(words: string[]): string[] {
  return tagDocument([words])[0];
}

// Our tokeniser keeps typographic quotes; CoNLL text uses ASCII ones ("“Yes,” he said" → `"` `Yes` `,` `"`).
const QUOTE_MAP: Record<string, string> = { "“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "–": "-", "—": "-" };

/** Normalises one of our tokens to the CoNLL form the model was trained on ("’s" → "'s", "“" → `"`). */
function toConllWord(w: string): string {
  if (w.length === 1) return QUOTE_MAP[w] ?? w;
  return w.includes("’") ? w.replace(/’/g, "'") : w; // "’s" → "'s"
}

/** Runs the tagger over an analysed text (tokens/sentences from src/analysis/text/) and returns entity spans, with document-level consistency. */
export function recognizeEntities(text: string, tokens: Token[], sentences: Sentence[]): NerSpan[] {
  void text;
  // One flat word list for the sentences' tokens, in order (sentences may skip tokens between them).
  const words: string[] = [];
  const bounds: number[] = [];
  for (const s of sentences) {
    bounds.push(words.length);
    for (let i = s.tokenStart; i < s.tokenEnd; i++) words.push(toConllWord(tokens[i].text));
  }
  bounds.push(words.length);
  const flat = loadTagger().tagWords(words, bounds);
  const spans: NerSpan[] = [];
  let p = 0;
  for (const s of sentences) {
    let open: NerSpan | null = null;
    for (let i = s.tokenStart; i < s.tokenEnd; i++, p++) {
      const tag = flat[p];
      const type = tag === 0 ? null : (TAGS[tag].slice(2) as NerType);
      const begins = tag !== 0 && (tag & 1) === 1;
      if (open && (type === null || begins || type !== open.type)) { spans.push(open); open = null; }
      if (type && !open) open = { start: tokens[i].start, end: tokens[i].end, type };
      else if (open) open.end = tokens[i].end;
    }
    if (open) spans.push(open);
  }
  return spans;
}
