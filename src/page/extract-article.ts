/** Article extraction with Mozilla Readability on a clone of the document; the live page is never mutated. */
import type { Readability } from "@mozilla/readability";
import { QuickReadability } from "./quick-readability.ts";
import type { ArticleMeta } from "../analysis/types.ts";

/** The article as Attaché analyses it: block texts joined by blank lines. */
export interface ExtractedArticle {
  text: string;
  /** Text of each block (paragraph, heading, list item) in order; `text` is these joined by "\n\n". */
  blocks: string[];
  meta: ArticleMeta;
}

/** Why a page could not be read as an article. */
export type ExtractionFailure = { reason: "not-article" | "empty"; message: string };

const BLOCK_SELECTOR = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, th, figcaption, dd, dt";
const MIN_WORDS = 40;

/** Collapses runs of whitespace to single spaces and trims. */
export function normalizeSpace(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/** Returns the leaf block texts of an element (blocks nested inside other blocks are counted once). */
export function blockTexts(root: Element): string[] {
  const out: string[] = [];
  const blocks = Array.from(root.querySelectorAll(BLOCK_SELECTOR));
  for (const el of blocks) {
    // Skip a block that contains another block: its children are listed themselves.
    if (el.querySelector(BLOCK_SELECTOR)) continue;
    const t = normalizeSpace(el.textContent ?? "");
    if (t) out.push(t);
  }
  if (out.length === 0) {
    const t = normalizeSpace(root.textContent ?? "");
    if (t) out.push(t);
  }
  return out;
}

function metaContent(doc: Document, selectors: string[]): string | undefined {
  for (const s of selectors) {
    const v = doc.querySelector(s)?.getAttribute("content") ?? doc.querySelector(s)?.getAttribute("datetime");
    if (v && v.trim()) return v.trim();
  }
  return undefined;
}

/** The page's canonical URL resolved against its address; only http(s) URLs count ("javascript:" and junk are dropped). */
function canonicalUrl(href: string | null | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === "https:" || u.protocol === "http:" ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** Extracts the article of a document (any DOM implementation: the browser's, linkedom's). */
export function extractArticle(doc: Document, url?: string): ExtractedArticle | ExtractionFailure {
  const clone = doc.cloneNode(true) as Document;
  let parsed: ReturnType<Readability<Node>["parse"]> = null;
  try {
    // The article comes back as an element of the clone (no HTML string to serialise and parse again: on a long page
    // that round trip was most of the extraction time). The clone has no browsing context: nothing in it loads or runs.
    // Only the text is used: class attributes are left as they are (keepClasses skips a pass over the article).
    parsed = new QuickReadability<Node>(clone, { charThreshold: 200, keepClasses: true, serializer: (node) => node }).parse();
  } catch {
    parsed = null;
  }
  if (!parsed || !parsed.content) {
    return { reason: "not-article", message: "This page does not look like an article: no main text was found." };
  }
  const blocks = blockTexts(parsed.content as Element);
  const text = blocks.join("\n\n");
  const words = text.split(/\s+/).filter(Boolean).length;
  if (words === 0) return { reason: "empty", message: "This page has no text to analyse." };
  if (words < MIN_WORDS) {
    return { reason: "not-article", message: `This page does not look like an article: only ${words} words of main text.` };
  }
  const canonical = canonicalUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute("href"), url);
  const lang =
    normalizeSpace(parsed.lang ?? doc.documentElement?.getAttribute("lang") ?? "").toLowerCase().split(/[-_]/)[0] ||
    undefined;
  const meta: ArticleMeta = {
    title: parsed.title ? normalizeSpace(parsed.title) : undefined,
    url: canonical ?? url,
    byline: parsed.byline ? normalizeSpace(parsed.byline) : undefined,
    published:
      parsed.publishedTime ??
      metaContent(doc, ['meta[property="article:published_time"]', 'meta[name="date"]', "time[datetime]"]),
    siteName: parsed.siteName ? normalizeSpace(parsed.siteName) : undefined,
    lang,
  };
  for (const k of Object.keys(meta) as (keyof ArticleMeta)[]) if (meta[k] === undefined) delete meta[k];
  return { text, blocks, meta };
}
