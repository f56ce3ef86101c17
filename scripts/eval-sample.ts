/**
 * `npm run eval`: scores the sample article (test/fixtures/korea-post-yun-lavrov.*) with the reference scorer in
 * ../shared/tools when present, and prints the floors kept in test/floors/sample-article.json beside it.
 */
import { readFileSync, writeFileSync, existsSync, mkdtempSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyze } from "../src/analysis/index.ts";
import { extractFromHtml } from "../src/cli/load-input.ts";

const root = new URL("../", import.meta.url).pathname;
const extracted = extractFromHtml(readFileSync(join(root, "test/fixtures/korea-post-yun-lavrov.html"), "utf8"));
if ("reason" in extracted) throw new Error(`eval: ${extracted.message}`);
const analysis = analyze(extracted.text, { meta: extracted.meta });
const scorer = join(root, "../shared/tools/score-analysis.mjs");
const floors = JSON.parse(readFileSync(join(root, "test/floors/sample-article.json"), "utf8"));
console.log("Sample article (korea-post-yun-lavrov)");
if (existsSync(scorer)) {
  const dir = mkdtempSync(join(tmpdir(), "attache-eval-"));
  writeFileSync(join(dir, "analysis.json"), JSON.stringify(analysis));
  console.log(
    execFileSync(process.execPath, [scorer, join(root, "test/fixtures/korea-post-yun-lavrov.expected.json"), join(dir, "analysis.json")], {
      encoding: "utf8",
    }).replace(/^/gm, "  "),
  );
} else {
  console.log("  ../shared/tools/score-analysis.mjs is absent: the reference scorer was not run (npm test checks the same floors).");
}
console.log("Floors (test/floors/sample-article.json):", JSON.stringify(Object.fromEntries(Object.entries(floors).filter(([k]) => k !== "about"))));
console.log("Other evaluations: npm run eval:ner (named entities, CoNLL-2003 dev), npm run eval:events (PETRARCH-2 gold records).");
