/** Invariants on every real page of the shared readability corpus: extract, analyse, check every span. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analysis/index.ts";
import { extractFromHtml } from "../../src/cli/load-input.ts";
import { invariantViolations } from "./invariants-check.ts";

const CORPUS = fileURLToPath(new URL("../../../shared/corpus/readability-pages/", import.meta.url));
const pages = existsSync(CORPUS)
  ? readdirSync(CORPUS)
      .filter((d) => existsSync(`${CORPUS}${d}/source.html`))
      .sort()
  : [];
if (pages.length === 0) {
  console.warn(`corpus-invariants: SKIPPED, no corpus at ${CORPUS} (the shared readability pages are read at test time, never copied)`);
}

describe.skipIf(pages.length === 0)("invariants on every readability corpus page", () => {
  // Analysed first, in a fresh module state, and again after every corpus page: no state may leak between calls.
  const sample = extractFromHtml(readFileSync(fileURLToPath(new URL("../fixtures/korea-post-yun-lavrov.html", import.meta.url)), "utf8"));
  if ("reason" in sample) throw new Error(`corpus-invariants: the sample article did not extract: ${sample.message}`);
  const sampleFirst = JSON.stringify(analyze(sample.text, { meta: sample.meta }));

  it.each(pages)("%s", (page) => {
    const extracted = extractFromHtml(readFileSync(`${CORPUS}${page}/source.html`, "utf8"), `https://example.org/${page}`);
    if ("reason" in extracted) {
      // Not an article: a clear message is the expected outcome (test/cli/corpus.test.ts lists these pages).
      expect(extracted.message).toMatch(/\w/);
      return;
    }
    const analysis = analyze(extracted.text, { meta: extracted.meta });
    expect(invariantViolations(extracted.text, analysis)).toEqual([]);
    // Forced English too, so that actors and stances also run on the pages the language guess rejects.
    if (!analysis.meta.lang?.startsWith("en")) {
      expect(invariantViolations(extracted.text, analyze(extracted.text, { meta: { ...extracted.meta, lang: "en" } }))).toEqual([]);
    }
  });

  it("analyses the sample article the same after the whole corpus as before it (no state kept between calls)", () => {
    expect(JSON.parse(JSON.stringify(analyze(sample.text, { meta: sample.meta })))).toEqual(JSON.parse(sampleFirst));
  });
});
