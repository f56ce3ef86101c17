/**
 * NER speed: model load time and tagging throughput (tokens/s, one thread, after warm-up) on the dev split.
 * Every document is tagged from scratch (no cache carried between documents); reading the input is not timed.
 * Usage: tsx scripts/bench-ner.ts [CONLL_FILE]   (also run by `npm run eval:ner`)
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { availableParallelism, loadavg } from "node:os";
import { parseConll } from "../src/analysis/entities/ner/conll.ts";

/** Load and speed figures. */
export interface NerBench {
  importMs: number;
  /** First (cold) construction of the tagger from the weights module. */
  loadMs: number;
  loadMinMs: number;
  /** Wall-clock throughput, and throughput per second of this process's CPU time (robust when the machine is shared). */
  tokensPerSecond: number;
  tokensPerCpuSecond: number;
  tokens: number;
  gzipBytes: number;
  loadAverage: number;
  cpus: number;
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
  let loadMinMs = loadMs;
  for (let r = 0; r < 4; r++) {
    const t = performance.now();
    new NerTagger(data.NER_MODEL);
    loadMinMs = Math.min(loadMinMs, performance.now() - t);
  }
  const gzipBytes = gzipSync(readFileSync(resolve(import.meta.dirname, "../src/analysis/data/ner-model.ts"))).length;
  const docs = parseConll(readFileSync(file, "utf8")).docs.map((d) => d.sentences.map((s) => s.words));
  const tokens = docs.reduce((a, d) => a + d.reduce((b, s) => b + s.length, 0), 0);
  for (let w = 0; w < 3; w++) for (const d of docs) tagger.tagDocument(d);
  let passes = 0;
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  let elapsed = 0;
  do {
    for (const d of docs) tagger.tagDocument(d);
    passes++;
    elapsed = performance.now() - start;
  } while (elapsed < seconds * 1000);
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return {
    importMs, loadMs, loadMinMs, tokens, gzipBytes,
    tokensPerSecond: (tokens * passes) / (elapsed / 1000),
    tokensPerCpuSecond: (tokens * passes) / cpuSeconds,
    loadAverage: loadavg()[0],
    cpus: availableParallelism(),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = resolve(import.meta.dirname, "..", process.argv[2] ?? "../shared/corpus/conll2003/valid.txt");
  const b = await benchNer(file);
  console.log(`model import ${b.importMs.toFixed(1)} ms (module evaluation incl. transpile), model load ${b.loadMs.toFixed(1)} ms (best of 5: ${b.loadMinMs.toFixed(1)} ms), weights ${(b.gzipBytes / 1024).toFixed(0)} KiB gzipped`);
  console.log(`tagging ${Math.round(b.tokensPerSecond).toLocaleString("en-US")} tokens/s wall clock, ${Math.round(b.tokensPerCpuSecond).toLocaleString("en-US")} tokens/s of CPU time (${b.tokens} tokens per pass, both stages, one thread; load average ${b.loadAverage.toFixed(1)} on ${b.cpus} cores)`);
}
