/** The real CLI over every page of the shared readability corpus: no crash, valid `attache.analysis/1` JSON or a clear message. */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
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

describe.skipIf(pages.length === 0)("CLI (--jsonl, one process) on every readability corpus page", () => {
  /** Output line of each page, from one batch run of the real CLI over all pages. */
  const lines = new Map<string, { id: string; analysis?: unknown; error?: string }>();
  let batch: ReturnType<typeof runCli>;

  beforeAll(() => {
    const input = pages.map((id) => JSON.stringify({ id, html: readFileSync(`${CORPUS}${id}/source.html`, "utf8") })).join("\n") + "\n";
    batch = runCli(["--jsonl", "-"], input);
    for (const l of batch.stdout.trimEnd().split("\n")) {
      const obj = JSON.parse(l);
      lines.set(obj.id, obj);
    }
  }, 240_000);

  it("exits 0, says nothing on stderr and answers one line per page, in order", () => {
    expect(batch.stderr).toBe("");
    expect(batch.status).toBe(0);
    expect(batch.stdout.trimEnd().split("\n").map((l) => JSON.parse(l).id)).toEqual(pages);
    const failed = [...lines.values()].filter((l) => "error" in l).map((l) => l.id);
    console.info(`cli/corpus: ${lines.size - failed.length} articles analysed; not articles (clear message): ${failed.join(", ") || "none"}`);
  });

  it.each(pages)("%s: schema-valid attache.analysis/1, or a clear message when not an article", (page) => {
    const line = lines.get(page);
    expect(line, "no output line").toBeDefined();
    if (line!.error !== undefined) expect(line!.error).toMatch(CLEAR_MESSAGE);
    else expect(schemaErrors(line!.analysis)).toEqual([]);
  });

  it("a page that is not an article exits 1 with a one-line message, no stack trace", () => {
    const page = [...lines.values()].find((l) => "error" in l)?.id;
    if (!page) return;
    const run = runCli([`${CORPUS}${page}/source.html`, "--json"]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim()).toMatch(CLEAR_MESSAGE);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("the longest article prints schema-valid JSON through the real CLI (--json)", () => {
    const longest = pages
      .filter((p) => !("error" in (lines.get(p) ?? {})))
      .map((p) => ({ p, size: readFileSync(`${CORPUS}${p}/source.html`).length }))
      .sort((a, b) => b.size - a.size)[0];
    const run = runCli([`${CORPUS}${longest.p}/source.html`, "--json"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const analysis = JSON.parse(run.stdout);
    expect(schemaErrors(analysis)).toEqual([]);
  });
});
