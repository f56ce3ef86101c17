/** Reads the current page's article once (no analysis here: the background analyses), keeping what painting needs. */
import { ArticleMap } from "../page/article-map.ts";
import { extractArticle } from "../page/extract-article.ts";
import type { ExtractReply, Truncation } from "../shared/messages.ts";
import { err, ok, type Result } from "../shared/result.ts";

/**
 * Most characters analysed for one page. Longer pages are cut at a block boundary and the popup says so. The analysis
 * runs in the background worker, so the tab never freezes; the cap bounds the reader's wait in the popup. Measured on
 * the 2-core test machine under load (~7): about 0.45 MB/s of news text, so 300,000 characters (about 50,000 words,
 * far beyond any news article) take 0.6–1 s.
 */
export const MAX_ANALYSED_CHARS = 300_000;

/** A page as read by the content script: the extracted text, its blocks and the map back into the live DOM. */
export interface ReadPage extends ExtractReply {
  blocks: string[];
  /** Built on first use (painting, scrolling): the map from offsets of `text` to live Ranges. */
  map(): ArticleMap;
}

const HTML_TYPES = new Set(["text/html", "application/xhtml+xml"]);

/** Extracts the article of `doc`, cut to `maxChars` at a block boundary. */
export function readPage(doc: Document, url: string, maxChars = MAX_ANALYSED_CHARS): Result<ReadPage> {
  const t0 = performance.now();
  const type = doc.contentType;
  if (type && !HTML_TYPES.has(type)) {
    const what = type === "application/pdf" ? "PDF documents" : `${type} documents`;
    return err("not-html", `${what} are not supported; Attaché reads web pages (HTML).`);
  }
  if (!doc.body) return err("not-article", "This page has no body text to analyse.");
  const extracted = extractArticle(doc, url);
  if ("reason" in extracted) return err(extracted.reason, extracted.message);
  let blocks = extracted.blocks;
  let truncated: Truncation | undefined;
  if (extracted.text.length > maxChars) {
    const kept: string[] = [];
    let length = 0;
    for (const b of blocks) {
      if (length + b.length > maxChars) break;
      kept.push(b);
      length += b.length + 2;
    }
    if (kept.length === 0) kept.push(blocks[0].slice(0, maxChars));
    blocks = kept;
    truncated = { analysedChars: blocks.join("\n\n").length, totalChars: extracted.text.length };
  }
  const text = blocks.join("\n\n");
  let map: ArticleMap | undefined;
  return ok({
    url,
    text,
    blocks,
    meta: extracted.meta,
    ...(truncated ? { truncated } : {}),
    elapsedMs: Math.round(performance.now() - t0),
    map: () => (map ??= new ArticleMap(doc, blocks)),
  });
}
