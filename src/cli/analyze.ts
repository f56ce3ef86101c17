/** CLI: `npm run --silent analyze -- <file.html|file.txt> [--json]` or `--jsonl <file>` for batch evaluations. */
import { readFileSync, createReadStream, realpathSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { createInterface } from "node:readline";
import { analyze, type Analysis } from "../analysis/index.ts";
import { extractFromHtml, looksLikeHtml } from "./load-input.ts";
import { formatSummary } from "./format-summary.ts";

const USAGE = `Usage:
  npm run --silent analyze -- <file.html|file.txt> [--json]
  npm run --silent analyze -- --jsonl <file|->   (lines of {"id", "text"} or {"id", "html"})`;

/** Analyses one input (HTML through article extraction, or plain text). Throws with a clear message on failure. */
export function analyzeInput(content: string, opts: { html: boolean; url?: string }): Analysis {
  if (!opts.html) return analyze(content);
  const extracted = extractFromHtml(content, opts.url);
  if ("reason" in extracted) throw new Error(extracted.message);
  return analyze(extracted.text, { meta: extracted.meta });
}

async function runJsonl(file: string): Promise<void> {
  const input = file === "-" ? process.stdin : createReadStream(file, "utf8");
  const rl = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of rl) {
    lineNo++;
    if (!line.trim()) continue;
    let id: unknown = null;
    try {
      const obj = JSON.parse(line) as Record<string, unknown>;
      if (obj === null || typeof obj !== "object" || Array.isArray(obj)) throw new Error("line is not a JSON object");
      id = obj.id ?? null;
      let analysis: Analysis;
      if (typeof obj.text === "string") analysis = analyzeInput(obj.text, { html: false });
      else if (typeof obj.html === "string") analysis = analyzeInput(obj.html, { html: true, url: typeof obj.url === "string" ? obj.url : undefined });
      else throw new Error('expected a "text" or "html" string field');
      process.stdout.write(JSON.stringify({ id, analysis }) + "\n");
    } catch (e) {
      const message = e instanceof SyntaxError ? `line ${lineNo}: invalid JSON (${e.message})` : `line ${lineNo}: ${(e as Error).message}`;
      process.stdout.write(JSON.stringify({ id, error: message }) + "\n");
    }
  }
}

async function main(argv: string[]): Promise<number> {
  const json = argv.includes("--json");
  const jsonlAt = argv.indexOf("--jsonl");
  if (jsonlAt >= 0) {
    const file = argv[jsonlAt + 1];
    if (!file) {
      console.error(`analyze: --jsonl needs a file (or - for stdin)\n${USAGE}`);
      return 2;
    }
    await runJsonl(file);
    return 0;
  }
  const files = argv.filter((a) => !a.startsWith("--"));
  if (files.length !== 1) {
    console.error(USAGE);
    return 2;
  }
  let content: string;
  try {
    content = readFileSync(files[0], "utf8");
  } catch (e) {
    console.error(`analyze: cannot read ${files[0]}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    return 1;
  }
  try {
    const analysis = analyzeInput(content, { html: looksLikeHtml(files[0], content) });
    process.stdout.write(json ? JSON.stringify(analysis, null, 2) + "\n" : formatSummary(analysis) + "\n");
    return 0;
  } catch (e) {
    console.error(`analyze: ${files[0]}: ${(e as Error).message}`);
    return 1;
  }
}

// Run only as a program, so tests and scripts can import `analyzeInput` without starting the CLI.
const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
if (isMain) main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    console.error(`analyze: ${(e as Error).stack ?? e}`);
    process.exitCode = 1;
  },
);
