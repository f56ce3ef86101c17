/**
 * `npm run eval:events`: event coding against the PETRARCH-2 gold records (PETR2_GSR_validation.xml) and the sample
 * article's stances. Matching: source country + target country + CAMEO root (country = first three letters of a CAMEO
 * actor code; "---" when unknown), one event per pair for compound actors, each gold coding matched at most once.
 * Options: --json (one JSON object, for the floor test), --verbose (per-record listing).
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { execFileSync } from "node:child_process";
import { tokenize } from "../src/analysis/text/tokenize.ts";
import { splitSentences } from "../src/analysis/text/sentences.ts";
import { findActors } from "../src/analysis/entities/find-actors.ts";
import { findEvents } from "../src/analysis/stances/find-stances.ts";
import { analyze } from "../src/analysis/index.ts";
import { extractFromHtml } from "../src/cli/load-input.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SHARED = resolve(ROOT, "../shared");
const RECORDS = resolve(SHARED, "corpus/petrarch/records/validation_records.jsonl");
const SAMPLE_HTML = resolve(SHARED, "fixtures/korea-post-yun-lavrov/article.html");
const SAMPLE_GOLD = resolve(SHARED, "fixtures/korea-post-yun-lavrov/expected.json");
const SCORER = resolve(SHARED, "tools/score-analysis.mjs");

interface GoldRecord {
  file: string;
  id: string;
  text: string;
  expected: { sourcecode?: string; targetcode?: string; eventcode?: string; noevents?: string }[];
}

/** One coded event: [source country, target country, CAMEO code]. */
type Coded = [string, string, string];

/** The events the analysis codes in one text, one per source × target pair; `notes` gets each event's cue and target. */
export function codeEvents(text: string, notes?: string[]): Coded[] {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const actors = findActors(text, tokens, sentences);
  const out: Coded[] = [];
  for (const ev of findEvents(text, tokens, sentences, actors)) {
    if (!ev.event) continue;
    const code = ev.stance.cameo ?? "";
    notes?.push(`${code} ${ev.sourceCodes.join("+")}→${ev.targetCodes.join("+")} cue "${ev.stance.cue?.text}" target "${ev.stance.target.text}" (${ev.stance.modality})`);
    if (ev.pairs.length) for (const [a, b] of ev.pairs) out.push([a.slice(0, 3), b.slice(0, 3), code]);
    else for (const a of ev.sourceCodes) for (const b of ev.targetCodes) if (a.slice(0, 3) !== b.slice(0, 3) || a !== b) out.push([a.slice(0, 3), b.slice(0, 3), code]);
  }
  return out;
}

/** Figures of the gold-record evaluation. */
export interface EventFigures {
  records: number;
  codedRecords: number;
  noEventRecords: number;
  expected: number;
  matchedRoot: number;
  matchedFull: number;
  extra: number;
  noEventRecordsWithEvents: number;
  sampleStances: string;
}

/** Runs the evaluation; `verbose` lists every record. */
export function evaluate(verbose = false): EventFigures {
  const lines = readFileSync(RECORDS, "utf8").split("\n").filter((l) => l.trim());
  const records = lines.map((l) => JSON.parse(l) as GoldRecord).filter((r) => r.file === "PETR2_GSR_validation.xml");
  let expected = 0, matchedRoot = 0, matchedFull = 0, extra = 0, noEventRecords = 0, noEventHits = 0, codedRecords = 0;
  for (const r of records) {
    const gold: Coded[] = r.expected.filter((e) => e.eventcode).map((e) => [e.sourcecode!.slice(0, 3), e.targetcode!.slice(0, 3), e.eventcode!]);
    const notes: string[] = [];
    const got = codeEvents(r.text ?? "", verbose ? notes : undefined);
    const detail = () => `\n    ${(r.text ?? "").replace(/\s+/g, " ").trim()}${notes.map((n) => "\n      → " + n).join("")}`;
    if (!gold.length) {
      noEventRecords++;
      if (got.length) noEventHits++;
      if (verbose) console.log(`${got.length ? "✗" : "✓"} ${r.id} (none expected) got ${JSON.stringify(got)}${detail()}`);
      continue;
    }
    codedRecords++;
    expected += gold.length;
    const used = new Set<number>();
    let m = 0;
    for (const g of gold) {
      const j = got.findIndex((e, k) => !used.has(k) && e[0] === g[0] && e[1] === g[1] && e[2].slice(0, 2) === g[2].slice(0, 2));
      if (j < 0) continue;
      used.add(j);
      m++;
      if (got[j][2] === g[2]) matchedFull++;
    }
    matchedRoot += m;
    extra += got.length - used.size;
    if (verbose) console.log(`${m === gold.length ? "✓" : "·"} ${r.id} gold ${JSON.stringify(gold)} got ${JSON.stringify(got)}${detail()}`);
  }
  return { records: records.length, codedRecords, noEventRecords, expected, matchedRoot, matchedFull, extra, noEventRecordsWithEvents: noEventHits, sampleStances: sampleScore() };
}

/** The sample article's stance score from the reference scorer ("9/9"), or "n/a" without it. */
function sampleScore(): string {
  if (!existsSync(SAMPLE_HTML) || !existsSync(SCORER)) return "n/a";
  const extracted = extractFromHtml(readFileSync(SAMPLE_HTML, "utf8"));
  if ("reason" in extracted) throw new Error(`eval-events: the sample article could not be read: ${extracted.message}`);
  const analysis = analyze(extracted.text, { meta: extracted.meta });
  const out = execFileSync("node", [SCORER, SAMPLE_GOLD, "-"], { input: JSON.stringify(analysis), encoding: "utf8" });
  return /stances: (\d+\/\d+)/.exec(out)?.[1] ?? "n/a";
}

const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) + "%" : "n/a");

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!existsSync(RECORDS)) {
    console.error(`eval:events: ${RECORDS} not found (needs ../shared/corpus)`);
    process.exit(1);
  }
  const args = new Set(process.argv.slice(2));
  const f = evaluate(args.has("--verbose"));
  if (args.has("--json")) console.log(JSON.stringify(f));
  else {
    console.log(`PETRARCH-2 gold records (PETR2_GSR_validation.xml): ${f.records} records, ${f.codedRecords} with codings, ${f.noEventRecords} expecting none`);
    console.log(`  expected codings matched on source+target+root: ${f.matchedRoot}/${f.expected} (${pct(f.matchedRoot, f.expected)})   target >= 75%`);
    console.log(`  matched on the full code:                        ${f.matchedFull}/${f.expected} (${pct(f.matchedFull, f.expected)})`);
    console.log(`  extra events on coded records:                   ${f.extra} (${pct(f.extra, f.expected)} of expected, ${(f.extra / f.codedRecords).toFixed(2)} per record)   target <= 20%`);
    console.log(`  records expecting none that got events:          ${f.noEventRecordsWithEvents}/${f.noEventRecords}   target <= 5`);
    console.log(`Sample article stances (reference scorer):          ${f.sampleStances}`);
  }
}
