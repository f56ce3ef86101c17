/** The CLI over every page of the shared readability corpus: no crash, valid `attache.analysis/1` JSON or a clear message. */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analysis/index.ts";
import { extractFromHtml } from "../../src/cli/load-input.ts";
import { schemaErrors } from "./analysis-schema.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CORPUS = fileURLToPath(new URL("../../../shared/corpus/readability-pages/", import.meta.url));
const SAMPLE = `${ROOT}test/fixtures/korea-post-yun-lavrov.html`;
const pages = existsSync(CORPUS)
  ? readdirSync(CORPUS)
      .filter((d) => existsSync(`${CORPUS}${d}/source.html`))
      .sort()
  : [];
if (pages.length === 0) {
  console.warn(`cli/corpus: corpus pages SKIPPED, no corpus at ${CORPUS} (only the sample article is run through the CLI)`);
}
const CLEAR_MESSAGE = /does not look like an article|no text to analyse/;

/** Runs the CLI as a user would (`tsx src/cli/analyze.ts …`), without npm's overhead. */
function runCli(args: string[], input?: string) {
  return spawnSync(process.execPath, ["--import", "tsx", "src/cli/analyze.ts", ...args], {
    cwd: ROOT,
    input,
    encoding: "utf8",
    maxBuffer: 512 * 1024 * 1024,
    timeout: 120_000,
  });
}

describe("CLI on the sample article", () => {
  it("prints attache.analysis/1 JSON with --json", () => {
    const run = runCli([SAMPLE, "--json"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const analysis = JSON.parse(run.stdout);
    expect(schemaErrors(analysis)).toEqual([]);
    expect(analysis.text.length).toBeGreaterThan(1000);
  });
});

describe.skipIf(pages.length === 0)("CLI logic on every readability corpus page", () => {
  /** Pages that are not articles, with the message the reader gets. */
  const notArticles = new Map<string, string>();

  it.each(pages)("%s: extract + analyze gives schema-valid JSON or a clear message", (page) => {
    const extracted = extractFromHtml(readFileSync(`${CORPUS}${page}/source.html`, "utf8"), `https://example.org/${page}`);
    if ("reason" in extracted) {
      expect(extracted.message).toMatch(CLEAR_MESSAGE);
      notArticles.set(page, extracted.message);
      return;
    }
    const analysis = JSON.parse(JSON.stringify(analyze(extracted.text, { meta: extracted.meta })));
    expect(schemaErrors(analysis)).toEqual([]);
  });

  it("--jsonl over all pages: one line per page, in order, each an analysis or a clear error", () => {
    const input = pages.map((id) => JSON.stringify({ id, html: readFileSync(`${CORPUS}${id}/source.html`, "utf8") })).join("\n") + "\n";
    const run = runCli(["--jsonl", "-"], input);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(pages);
    const failed: string[] = [];
    for (const line of lines) {
      if ("error" in line) {
        expect(line.error, line.id).toMatch(CLEAR_MESSAGE);
        failed.push(line.id);
      } else {
        expect(schemaErrors(line.analysis), line.id).toEqual([]);
      }
    }
    // The batch run and the in-process run agree on which pages are not articles.
    if (notArticles.size) expect(failed.sort()).toEqual([...notArticles.keys()].sort());
    console.info(`cli/corpus: ${lines.length - failed.length} articles analysed; not articles (clear message): ${failed.join(", ") || "none"}`);
  }, 180_000);

  it("a page that is not an article exits 1 with a one-line message, no stack trace", () => {
    const page = [...notArticles.keys()][0];
    if (!page) return;
    const run = runCli([`${CORPUS}${page}/source.html`, "--json"]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim()).toMatch(CLEAR_MESSAGE);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("the longest page prints schema-valid JSON through the real CLI", () => {
    const longest = pages
      .map((p) => ({ p, size: readFileSync(`${CORPUS}${p}/source.html`).length }))
      .filter(({ p }) => !notArticles.has(p))
      .sort((a, b) => b.size - a.size)[0];
    const run = runCli([`${CORPUS}${longest.p}/source.html`, "--json"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(schemaErrors(JSON.parse(run.stdout))).toEqual([]);
  });
});
