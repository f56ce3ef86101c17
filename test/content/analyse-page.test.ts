/** The content script's page analysis, on the sample article in linkedom: results, long pages cut short, refusals. */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { analysePage, highlightSpans } from "../../src/content/analyse-page.ts";

const SAMPLE = readFileSync(resolve("test/fixtures/korea-post-yun-lavrov.html"), "utf8");
const load = (html: string) => parseHTML(html).document as unknown as Document;

describe("analysePage", () => {
  test("analyses the sample article and lists spans to highlight by kind", () => {
    const r = analysePage(load(SAMPLE), "http://127.0.0.1/a.html");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.truncated).toBeUndefined();
    expect(r.value.analysis.resolutions.map((x) => x.symbol)).toContain("S/RES/2321 (2016)");
    const spans = highlightSpans(r.value.analysis);
    expect(spans.actor.length).toBeGreaterThan(10);
    expect(spans.resolution.length).toBeGreaterThanOrEqual(1);
    expect(r.value.map.coverage.found).toBe(r.value.map.coverage.total);
  });

  test("a page longer than the limit is cut at a block boundary, and says so", () => {
    const r = analysePage(load(SAMPLE), "http://127.0.0.1/a.html", 1000);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const t = r.value.truncated!;
    expect(t.analysedChars).toBeLessThanOrEqual(1000);
    expect(t.totalChars).toBeGreaterThan(2000);
    expect(r.value.analysis.text.length).toBe(t.analysedChars);
    expect(r.value.analysis.text.endsWith(".")).toBe(true);
  });

  test("a page that is not an article is refused with a reason", () => {
    const r = analysePage(load("<html><body><form><input name=q><button>Go</button></form></body></html>"), "http://x/");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(["not-article", "empty"]).toContain(r.error.code);
  });

  test("a document that is not HTML (a PDF viewer, plain text) is refused", () => {
    const doc = Object.assign(load(SAMPLE), {});
    Object.defineProperty(doc, "contentType", { value: "application/pdf" });
    const r = analysePage(doc, "http://x/a.pdf");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: "not-html", message: expect.stringContaining("PDF") });
  });
});
