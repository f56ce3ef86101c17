/**
 * Child process of the bench, for measurements that need isolation (`node --import tsx --expose-gc`):
 *   heap <input.json>          peak JS heap of one analyze() of {text, meta}, from heapUsed and --trace-gc
 *   adversarial <sizes,...> [names,...] [reps]   best analyze() time of `reps` runs (default 1) of each adversarial case at
 *                                               each size (code units; names "" = all cases), one JSON line each
 * Every result is one stdout line starting with "BENCH-JSON ".
 */
import { readFileSync } from "node:fs";
import v8 from "node:v8";
import { analyze } from "../src/analysis/index.ts";
import { ADVERSARIAL_CASES } from "./bench-adversarial.ts";

const MB = 1024 * 1024;
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("bench-child: run with --expose-gc");

function emit(obj: unknown): void {
  process.stdout.write(`BENCH-JSON ${JSON.stringify(obj)}\n`);
}

function heap(file: string): void {
  const { text, meta } = JSON.parse(readFileSync(file, "utf8"));
  analyze(text.slice(0, 2000), { meta }); // load and compile every stage first, so the baseline includes code and data
  gc!();
  gc!();
  const base = process.memoryUsage().heapUsed;
  // --trace-gc prints the heap size before each collection during analyze: the local maxima of the used heap.
  v8.setFlagsFromString("--trace-gc");
  const analysis = analyze(text, { meta });
  v8.setFlagsFromString("--no-trace-gc");
  const end = process.memoryUsage().heapUsed;
  gc!();
  const retained = process.memoryUsage().heapUsed - base;
  emit({ kind: "heap", base, end, retained, actors: analysis.actors.length, chars: text.length });
}

function adversarial(sizes: number[], names?: string[], reps = 1): void {
  const cases = ADVERSARIAL_CASES.filter((c) => !names || names.includes(c.name));
  for (const c of cases) analyze(c.build(20_000), { meta: { lang: "en" } }); // warm-up
  for (const c of cases) {
    for (const size of sizes) {
      const text = c.build(size);
      let ms = Infinity;
      for (let r = 0; r < reps; r++) {
        gc!();
        const t = performance.now();
        analyze(text, { meta: { lang: "en" } });
        ms = Math.min(ms, performance.now() - t);
      }
      emit({ kind: "adversarial", name: c.name, chars: text.length, ms, msPerMB: (ms * MB) / text.length });
    }
  }
}

const [mode, arg, names, reps] = process.argv.slice(2);
if (mode === "heap") heap(arg);
else if (mode === "adversarial") adversarial(arg.split(",").map(Number), names ? names.split(",") : undefined, reps ? Number(reps) : 1);
else throw new Error(`bench-child: unknown mode ${mode}`);
