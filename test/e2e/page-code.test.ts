/**
 * The page-side code (extraction, offsets → Ranges, highlighting) in a real Chromium DOM, without the extension: the
 * modules are bundled with Vite and loaded into served pages. Checks what linkedom cannot: real Ranges, the
 * <mark> fallback for browsers without the Custom Highlight API, and that the page's text never changes.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { BROWSER_PATH, FIXTURES, SHARED, startServer, type TestServer } from "./harness.ts";

const CORPUS = join(SHARED, "corpus", "readability-pages");
const PAGES = ["nytimes-2", "medium-1"].filter((n) => existsSync(join(CORPUS, n, "source.html")));
/** Pages where QuickReadability is compared with Readability in a real DOM (inline styles, hidden nodes, a long page). */
const COMPARED = ["hidden-nodes", "visibility-hidden", "style-tags-removal", "remove-aria-hidden", "table-style-attributes", "wikipedia-2"].filter((n) => existsSync(join(CORPUS, n, "source.html")));

/** Bundles page-code-entry.ts as one IIFE script. */
async function bundle(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: "error",
    build: {
      write: false,
      minify: false,
      lib: { entry: resolve("test/e2e/page-code-entry.ts"), formats: ["iife"], name: "AttachePageBundle" },
    },
  });
  const result = Array.isArray(out) ? out[0] : out;
  const chunk = (result as { output: { type: string; code?: string }[] }).output.find((o) => o.type === "chunk");
  if (!chunk?.code) throw new Error("page-code: bundling failed");
  return chunk.code;
}

/** In the page: extract, analyse, map every span, and compare each Range's text with the span's. */
function mapInPage(page: Page) {
  return page.evaluate(() => {
    type Api = {
      analyze(text: string): { actors: { mentions: { start: number; end: number; text: string }[] }[]; stances: { evidence: { start: number; end: number; text: string } }[]; resolutions: { mentions: { start: number; end: number; text: string }[] }[] };
      extractArticle(doc: Document, url: string): { text: string; blocks: string[] } | { reason: string };
      ArticleMap: new (doc: Document, blocks: string[]) => { rangeOf(s: number, e: number): Range | undefined };
    };
    const api = (window as unknown as { AttachePage: Api }).AttachePage;
    const ex = api.extractArticle(document, location.href);
    if ("reason" in ex) return { skipped: ex.reason, spans: 0, mapped: 0, wrong: [] as string[] };
    const a = api.analyze(ex.text);
    const map = new api.ArticleMap(document, ex.blocks);
    const spans = [...a.actors.flatMap((x) => x.mentions), ...a.stances.map((s) => s.evidence), ...a.resolutions.flatMap((r) => r.mentions)];
    const norm = (s: string) => s.replace(/\s+/g, "");
    let mapped = 0;
    const wrong: string[] = [];
    for (const s of spans) {
      const r = map.rangeOf(s.start, s.end);
      if (!r) continue;
      mapped++;
      if (norm(r.toString()) !== norm(s.text)) wrong.push(`${s.text} → ${r.toString()}`);
    }
    return { skipped: undefined, spans: spans.length, mapped, wrong };
  });
}

describe.skipIf(!BROWSER_PATH)("page code in a real Chromium DOM", () => {
  let server: TestServer;
  let browser: Browser;
  let code: string;

  beforeAll(async () => {
    code = await bundle();
    server = await startServer({ "/sample.html": readFileSync(join(FIXTURES, "korea-post-yun-lavrov.html"), "utf8") });
    for (const n of new Set([...PAGES, ...COMPARED])) server.set(`/${n}.html`, readFileSync(join(CORPUS, n, "source.html"), "utf8"));
    browser = await chromium.launch({ executablePath: BROWSER_PATH, headless: true, args: ["--no-sandbox", "--disable-gpu"] });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path: string): Promise<Page> {
    const page = await browser.newPage({ javaScriptEnabled: true });
    await page.route(/^https?:\/\//, (r) => (r.request().url().startsWith(server.origin) ? r.continue() : r.abort()));
    await page.goto(server.url(path), { waitUntil: "domcontentloaded" });
    await page.addScriptTag({ content: code });
    return page;
  }

  test("every span of the sample article maps to a real Range over the same text", async () => {
    const page = await open("/sample.html");
    const r = await mapInPage(page);
    expect(r.wrong).toEqual([]);
    expect(r.mapped).toBe(r.spans);
    expect(r.spans).toBeGreaterThan(20);
    await page.close();
  });

  test.skipIf(PAGES.length === 0)("spans of real corpus pages map to real Ranges over the same text", async () => {
    for (const n of PAGES) {
      const page = await open(`/${n}.html`);
      const r = await mapInPage(page);
      expect(r.wrong, n).toEqual([]);
      if (!r.skipped) expect(r.mapped / Math.max(1, r.spans), n).toBeGreaterThan(0.9);
      await page.close();
    }
  });

  test(`QuickReadability answers as Readability does in Chromium's DOM (sample${COMPARED.length ? ` and ${COMPARED.join(", ")}` : ", no corpus pages"})`, async () => {
    for (const path of ["/sample.html", ...COMPARED.map((n) => `/${n}.html`)]) {
      const page = await open(path);
      const differences = await page.evaluate(() => (window as unknown as { AttachePage: { readabilityDifferences(d: Document): string[] } }).AttachePage.readabilityDifferences(document));
      expect(differences, path).toEqual([]);
      await page.close();
    }
  });

  test("the <mark> fallback wraps and unwraps without changing the page's text, and the map recovers", async () => {
    const page = await open("/sample.html");
    const result = await page.evaluate(() => {
      type Api = {
        analyze(text: string): { actors: { mentions: { start: number; end: number; text: string }[] }[] };
        extractArticle(doc: Document, url: string): { text: string; blocks: string[] };
        ArticleMap: new (doc: Document, blocks: string[]) => { rangeOf(s: number, e: number): Range | undefined; refresh(): void };
        paintHighlights(doc: Document, groups: Record<string, Range[]>, useApi?: boolean): number;
        clearHighlights(doc: Document): void;
      };
      const api = (window as unknown as { AttachePage: Api }).AttachePage;
      const before = document.body.textContent;
      const ex = api.extractArticle(document, location.href);
      const a = api.analyze(ex.text);
      const map = new api.ArticleMap(document, ex.blocks);
      const mentions = a.actors.flatMap((x) => x.mentions);
      const ranges = mentions.map((m) => map.rangeOf(m.start, m.end)).filter((r): r is Range => !!r);
      const painted = api.paintHighlights(document, { actor: ranges }, false);
      const marks = document.querySelectorAll("mark[data-attache-mark]").length;
      const textWithMarks = document.body.textContent;
      // Wrapping split text nodes: the map notices and finds the spans again.
      map.refresh();
      const again = mentions.filter((m) => map.rangeOf(m.start, m.end)?.toString().replace(/\s+/g, " ") === m.text.replace(/\s+/g, " ")).length;
      api.clearHighlights(document);
      return { painted, ranges: ranges.length, marks, sameWithMarks: textWithMarks === before, sameAfter: document.body.textContent === before, left: document.querySelectorAll("mark").length, again, mentions: mentions.length };
    });
    expect(result.painted).toBe(result.ranges);
    expect(result.marks).toBeGreaterThanOrEqual(result.ranges);
    expect(result.sameWithMarks).toBe(true);
    expect(result.sameAfter).toBe(true);
    expect(result.left).toBe(0);
    expect(result.again).toBe(result.mentions);
    await page.close();
  });
});
