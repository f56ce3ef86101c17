/**
 * NER on the CoNLL-2003 dev split: entity-level P/R/F1 per type and overall for our tagger and for compromise
 * (people → PER, places → LOC, organizations → ORG) side by side, then load time and tagging speed.
 * Usage: npm run eval:ner [-- --corpus DIR] [--no-bench]
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import nlp from "compromise";
import { parseConll, type ConllSentence } from "../src/analysis/entities/ner/conll.ts";
import { tagDocument } from "../src/analysis/entities/ner/index.ts";
import { EntityScorer } from "../src/analysis/entities/ner/score.ts";
import { benchNer } from "./bench-ner.ts";

const args = process.argv.slice(2);
const ci = args.indexOf("--corpus");
const corpus = resolve(import.meta.dirname, "..", ci >= 0 ? args[ci + 1] : "../shared/corpus/conll2003");
const file = resolve(corpus, "valid.txt");
const { docs } = parseConll(readFileSync(file, "utf8"));

/** compromise's tags for one sentence: words joined by spaces, matches mapped back to words by character offset. */
function compromiseTags(s: ConllSentence): string[] {
  const starts: number[] = [];
  let pos = 0;
  for (const w of s.words) { starts.push(pos); pos += w.length + 1; }
  const text = s.words.join(" ");
  const tags = s.words.map(() => "O");
  const doc = nlp(text);
  const mark = (matches: { terms: { offset: { start: number } }[] }[], type: string) => {
    for (const m of matches) {
      let first = true;
      for (const term of m.terms) {
        const i = starts.indexOf(term.offset.start);
        if (i < 0 || tags[i] !== "O") continue;
        tags[i] = (first ? "B-" : "I-") + type;
        first = false;
      }
    }
  };
  mark(doc.people().json({ offset: true, terms: { offset: true } }), "PER");
  mark(doc.organizations().json({ offset: true, terms: { offset: true } }), "ORG");
  mark(doc.places().json({ offset: true, terms: { offset: true } }), "LOC");
  return tags;
}

const ours = new EntityScorer(), base = new EntityScorer();
let tokens = 0;
const baseTags: string[][] = [];
const tOurs = performance.now();
const predicted = docs.map((d) => tagDocument(d.sentences.map((s) => s.words)));
const oursMs = performance.now() - tOurs;
const tBase = performance.now();
docs.forEach((d, k) => d.sentences.forEach((s, j) => {
  tokens += s.words.length;
  ours.add(s.tags, predicted[k][j]);
  const c = compromiseTags(s);
  baseTags.push(c);
  base.add(s.tags, c);
}));
const baseMs = performance.now() - tBase;

const fmt = (x: number) => x.toFixed(2).padStart(6);
console.log(`CoNLL-2003 dev (${file}): ${tokens} tokens, ${docs.length} documents; entity-level, exact spans`);
console.log(`${"".padEnd(8)}${"attaché NER".padStart(24)}   ${"compromise".padStart(24)}`);
console.log(`${"type".padEnd(8)}${"P      R     F1".padStart(24)}   ${"P      R     F1".padStart(24)}`);
for (const type of ["PER", "ORG", "LOC", "MISC", "overall"]) {
  const a = ours.result(type), b = base.result(type);
  console.log(`${type.padEnd(8)}    ${fmt(a.p)} ${fmt(a.r)} ${fmt(a.f1)}      ${fmt(b.p)} ${fmt(b.r)} ${fmt(b.f1)}`);
}
const baseNoMisc = new EntityScorer();
let si = 0;
docs.forEach((d) => d.sentences.forEach((s) => baseNoMisc.add(s.tags.map((t) => (t.endsWith("MISC") ? "O" : t)), baseTags[si++])));
console.log(`compromise on PER/ORG/LOC only: F1 ${baseNoMisc.result().f1.toFixed(2)}`);
const rate = (ms: number) => Math.round(tokens / (ms / 1000)).toLocaleString("en-US");
console.log(`one pass over dev, cold (ours includes model load): ours ${oursMs.toFixed(0)} ms (${rate(oursMs)} tokens/s), compromise ${baseMs.toFixed(0)} ms (${rate(baseMs)} tokens/s)`);
if (!args.includes("--no-bench")) {
  const b = await benchNer(file);
  console.log(`model load ${b.loadMs.toFixed(1)} ms (best of 5: ${b.loadMinMs.toFixed(1)} ms); weights ${(b.gzipBytes / 1024).toFixed(0)} KiB gzipped`);
  console.log(`tagging ${Math.round(b.tokensPerSecond).toLocaleString("en-US")} tokens/s wall clock, ${Math.round(b.tokensPerCpuSecond).toLocaleString("en-US")} tokens/s of CPU time (one thread, after warm-up, both stages; load average ${b.loadAverage.toFixed(1)} on ${b.cpus} cores)`);
}
console.log(`F1 ${ours.result().f1.toFixed(2)}`);
