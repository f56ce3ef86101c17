/** The content script's page reading, on the sample article in linkedom: text, blocks, long pages cut short, refusals. */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { readPage } from "../../src/content/read-page.ts";

const SAMPLE = readFileSync(resolve("test/fixtures/korea-post-yun-lavrov.html"), "utf8");
const load = (html: string) => parseHTML(html).document as unknown as Document;

describe("readPage", () => {
  test("reads the sample article: text as blocks joined by blank lines, metadata, and a map back into the page", () => {
    const r = readPage(load(SAMPLE), "http://127.0.0.1/a.html");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.truncated).toBeUndefined();
    expect(r.value.text).toBe(r.value.blocks.join("\n\n"));
    expect(r.value.text).toContain("Resolution 2321");
    expect(r.value.meta.title).toBeTruthy();
    const map = r.value.map();
    expect(map.coverage.found).toBe(map.coverage.total);
    expect(r.value.map()).toBe(map);
  });

  test("a page longer than the limit is cut at a block boundary, and says so", () => {
    const r = readPage(load(SAMPLE), "http://127.0.0.1/a.html", 1000);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const t = r.value.truncated!;
    expect(t.analysedChars).toBeLessThanOrEqual(1000);
    expect(t.totalChars).toBeGreaterThan(2000);
    expect(r.value.text.length).toBe(t.analysedChars);
    expect(r.value.text.endsWith(".")).toBe(true);
  });

  test("a page that is not an article is refused with a reason", () => {
    const r = readPage(load("<html><body><form><input name=q><button>Go</button></form></body></html>"), "http://x/");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(["not-article", "empty"]).toContain(r.error.code);
  });

  test("a document that is not HTML (a PDF viewer, plain text) is refused", () => {
    const doc = Object.assign(load(SAMPLE), {});
    Object.defineProperty(doc, "contentType", { value: "application/pdf" });
    const r = readPage(doc, "http://x/a.pdf");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: "not-html", message: expect.stringContaining("PDF") });
  });
});
