/**
 * Builds src/analysis/data/unsc-resolutions.ts, the compact Security Council table, from the corpus TSV
 * (../shared/corpus/un-resolutions/unsc_resolutions_1946-2022.tsv; see its PROVENANCE.md).
 *
 * Usage: npm run build:unsc [-- <path/to/unsc_resolutions.tsv>]
 * The corpus is never committed; the generated module is.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, "..");
/** Default location of the corpus TSV, relative to the repository root. */
export const DEFAULT_TSV = resolve(ROOT, "../shared/corpus/un-resolutions/unsc_resolutions_1946-2022.tsv");
/** Where the generated module goes. */
export const OUTPUT = resolve(ROOT, "src/analysis/data/unsc-resolutions.ts");

/** Day 0 of the date column encoding. */
const EPOCH_MS = Date.UTC(1946, 0, 1);
const DAY_MS = 86_400_000;
/** Longest topic kept whole; longer ones (a few 1946-1980 multi-item agendas and letters) are cut at a word. */
const MAX_TOPIC = 160;
/** Resolutions per line of the generated row string (keeps diffs readable). */
const ROWS_PER_LINE = 100;

/** One resolution as the table keeps it. */
interface Row {
  number: number;
  date: string;
  topic: string;
  vote: string;
}

/** Shortens and tidies an agenda topic: spaces, document-symbol padding, "A - B" as "A / B", a length cap. */
export function tidyTopic(raw: string): string {
  let t = raw.replace(/\s+/g, " ").trim();
  t = t.replace(/\(\s+/g, "(").replace(/\s+\)/g, ")").replace(/\*+$/, "").trim();
  t = t.replace(/\u00e2\u0080\u0099/g, "'").replace(/\s*\[closed\]$/i, ""); // UTF-8 read as Latin-1 once: "Peopleâ\u0080\u0099s"
  // "Non-proliferation - Democratic People's Republic of Korea", "Middle East — UNDOF", "Non-proliferation/DPRK"
  // are written "A / B" ("HIV/AIDS" and "India/Pakistan" stay).
  t = t.replace(/\s+[-–—]\s+/g, " / ").replace(/^Non-proliferation\/(?=\S)/, "Non-proliferation / ");
  if (t.length > MAX_TOPIC) {
    const cut = t.lastIndexOf(" ", MAX_TOPIC - 1);
    t = t.slice(0, cut > 80 ? cut : MAX_TOPIC - 1).replace(/[\s,;:|/(]+$/, "") + "…";
  }
  return t;
}

/** Normalises the printed vote: "15-0-0" stays, "adopted unanimously" → "Unanimous", "without a vote" → "Without vote". */
export function tidyVote(raw: string): string {
  const v = raw.replace(/\s+/g, " ").trim();
  if (/^adopted unanimously$/i.test(v)) return "Unanimous";
  if (/^without (?:a )?vote$/i.test(v)) return "Without vote";
  if (/^adopted by consensus$/i.test(v)) return "Consensus";
  return v;
}

/** Parses the TSV into rows keyed by number, applying the corrections PROVENANCE.md documents. */
export function parseTsv(tsv: string): { rows: Map<number, Row>; log: string[] } {
  const lines = tsv.split(/\r?\n/).filter((l) => l.trim() !== "");
  const header = lines[0].split("\t");
  const col = (name: string): number => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`build-unsc: column "${name}" missing from TSV header`);
    return i;
  };
  const [cNum, cDate, cMeeting, cTopic, cVote, cNote] = ["resolution", "date", "meeting", "topic", "vote", "note"].map(col);
  const rows = new Map<number, Row>();
  const meetings = new Map<number, string>();
  const log: string[] = [];
  for (const line of lines.slice(1)) {
    const f = line.split("\t");
    const number = Number(f[cNum]);
    if (!Number.isInteger(number) || number < 1) throw new Error(`build-unsc: bad resolution number in: ${line.slice(0, 80)}`);
    const note = f[cNote] ?? "";
    const row: Row = { number, date: f[cDate], topic: tidyTopic(f[cTopic] ?? ""), vote: tidyVote(f[cVote] ?? "") };
    if (!/^\d{4}-\d{2}-\d{2}$/.test(row.date)) throw new Error(`build-unsc: bad date for ${number}: ${row.date}`);
    if (rows.has(number)) {
      const prev = rows.get(number)!;
      if (prev.date === row.date && prev.topic === row.topic) continue; // a duplicated row (1996)
      // The source tables print 663 and 701 twice; the note names the real number of one of them.
      const m = /probably resolution (\d+)/.exec(note);
      const fixed = m ? Number(m[1]) : NaN;
      const which = m && /\((S\/PV\.\d+)\)/.exec(note)?.[1];
      if (!m || rows.has(fixed)) throw new Error(`build-unsc: duplicate ${number} without a usable note`);
      // Reassign whichever of the two rows the note points at (by its meeting record, else this row).
      if (which && f[cMeeting] !== which && meetings.get(number) === which) {
        rows.set(fixed, { ...prev, number: fixed });
        rows.set(number, row);
      } else {
        rows.set(fixed, { ...row, number: fixed });
      }
      log.push(`renumbered a duplicate ${number} (meeting ${which ?? f[cMeeting]}) as ${fixed} (per note)`);
      continue;
    }
    rows.set(number, row);
    meetings.set(number, f[cMeeting]);
  }
  return { rows, log };
}

/** Encodes a non-negative integer in base 36, left-padded to `width`. */
function b36(n: number, width: number): string {
  const s = n.toString(36);
  if (s.length > width) throw new Error(`build-unsc: ${n} does not fit in ${width} base-36 digits`);
  return s.padStart(width, "0");
}

/** Renders the generated module text from the TSV text (deterministic: same input, same output). */
export function renderModule(tsv: string, sourceLabel: string): string {
  const { rows } = parseTsv(tsv);
  const numbers = [...rows.keys()].sort((a, b) => a - b);
  const last = numbers[numbers.length - 1];
  // Interned tables, ordered by first use so that the output is stable.
  const topics: string[] = [];
  const topicIndex = new Map<string, number>();
  const votes: string[] = [""];
  const voteIndex = new Map<string, number>([["", 0]]);
  const intern = (table: string[], index: Map<string, number>, s: string): number => {
    let i = index.get(s);
    if (i === undefined) {
      i = table.length;
      table.push(s);
      index.set(s, i);
    }
    return i;
  };
  const records: string[] = [];
  for (let n = 1; n <= last; n++) {
    const row = rows.get(n);
    if (!row) {
      records.push("-------");
      continue;
    }
    const days = Math.round((Date.parse(row.date + "T00:00:00Z") - EPOCH_MS) / DAY_MS);
    records.push(b36(days, 3) + b36(intern(topics, topicIndex, row.topic), 2) + b36(intern(votes, voteIndex, row.vote), 2));
  }
  const lines: string[] = [];
  for (let i = 0; i < records.length; i += ROWS_PER_LINE) lines.push(JSON.stringify(records.slice(i, i + ROWS_PER_LINE).join("")));
  return [
    `// Generated by npm run build:unsc from ${sourceLabel}; do not edit.`,
    `/** Security Council resolutions 1..${last}: meeting date, agenda topic and vote, packed (decode with resolutions/unsc-facts.ts). */`,
    ``,
    `/** Highest resolution number in the table. */`,
    `export const UNSC_LAST = ${last};`,
    ``,
    `/** Day 0 of the date columns (UTC). */`,
    `export const UNSC_EPOCH = "1946-01-01";`,
    ``,
    `/** Interned agenda topics (tidied: "A - B" written "A / B", over ${MAX_TOPIC} characters cut with "…"). */`,
    `export const UNSC_TOPICS: readonly string[] = ${JSON.stringify(topics, null, 0).replace(/","/g, '",\n  "').replace(/^\[/, "[\n  ").replace(/\]$/, ",\n]")};`,
    ``,
    `/** Interned votes as printed ("15-0-0" = yes-no-abstain), "Unanimous", "Without vote"; index 0 = unknown. */`,
    `export const UNSC_VOTES: readonly string[] = ${JSON.stringify(votes)};`,
    ``,
    `/** Resolution n is record n-1, 7 base-36 characters: days since UNSC_EPOCH (3), topic index (2), vote index (2); "-------" = not in the source. */`,
    `export const UNSC_ROWS: string = [`,
    ...lines.map((l) => `  ${l},`),
    `].join("");`,
    ``,
  ].join("\n");
}

function main(): void {
  const tsvPath = resolve(process.argv[2] ?? DEFAULT_TSV);
  const tsv = readFileSync(tsvPath, "utf8");
  const label = relative(ROOT, tsvPath).split("\\").join("/");
  const { rows, log } = parseTsv(tsv);
  const text = renderModule(tsv, label);
  writeFileSync(OUTPUT, text);
  for (const l of log) console.log(`build-unsc: ${l}`);
  console.log(`build-unsc: wrote ${relative(ROOT, OUTPUT)} (${rows.size} resolutions, ${text.length} bytes)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
