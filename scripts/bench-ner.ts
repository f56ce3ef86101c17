/**
 * NER speed: model load time and tagging throughput (tokens/s, one thread, after warm-up) on the dev split.
 * Every document is tagged from scratch (no cache carried between documents); reading the input is not timed.
 * Usage: tsx scripts/bench-ner.ts [CONLL_FILE]   (also run by `npm run eval:ner`)
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseConll } from "../src/analysis/entities/ner/conll.ts";

/** Load and speed figures. */
export interface NerBench {
  importMs: number;
  loadMs: number;
  tokensPerSecond: number;
  tokens: number;
}

/** Measures module import (includes tsx transpiling on a cold cache), model load, and tagging throughput. */
export async function benchNer(file: string, seconds = 3): Promise<NerBench> {
  const t0 = performance.now();
  const data = await import("../src/analysis/data/ner-model.ts");
  const { NerTagger } = await import("../src/analysis/entities/ner/tagger.ts");
  const importMs = performance.now() - t0;
  const t1 = performance.now();
  const tagger = new NerTagger(data.NER_MODEL);
  const loadMs = performance.now() - t1;
  const docs = parseConll(readFileSync(file, "utf8")).docs.map((d) => d.sentences.map((s) => s.words));
  const tokens = docs.reduce((a, d) => a + d.reduce((b, s) => b + s.length, 0), 0);
  for (let w = 0; w < 3; w++) for (const d of docs) tagger.tagDocument(d);
  let passes = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    for (const d of docs) tagger.tagDocument(d);
    passes++;
    elapsed = performance.now() - start;
  } while (elapsed < seconds * 1000);
  return { importMs, loadMs, tokensPerSecond: (tokens * passes) / (elapsed / 1000), tokens };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = resolve(import.meta.dirname, "..", process.argv[2] ?? "../shared/corpus/conll2003/valid.txt");
  const b = await benchNer(file);
  console.log(`model import ${b.importMs.toFixed(1)} ms (module evaluation incl. transpile), model load ${b.loadMs.toFixed(1)} ms`);
  console.log(`tagging ${Math.round(b.tokensPerSecond).toLocaleString("en-US")} tokens/s (${b.tokens} tokens per pass, both stages, one thread)`);
}
