/** Extracts and analyses the current page once, keeping what the later messages (highlight, scroll) need. */
import { analyze } from "../analysis/index.ts";
import type { Analysis, Span } from "../analysis/types.ts";
import { ArticleMap } from "../page/article-map.ts";
import { extractArticle } from "../page/extract-article.ts";
import type { HighlightKind } from "../page/highlight.ts";
import type { Truncation } from "../shared/messages.ts";
import { err, ok, type Result } from "../shared/result.ts";

/**
 * Most characters analysed in one go. Longer pages are cut at a block boundary and the popup says so: the analysis
 * runs synchronously in the page, and a bounded input keeps the tab responsive (1 MB took 5.7 s on the 2-core test
 * machine under load; 500 kB, about 80,000 words, is far beyond any news article).
 */
export const MAX_ANALYSED_CHARS = 500_000;

/** An analysed page: the analysis and the map back into the live DOM. */
export interface AnalysedPage {
  url: string;
  analysis: Analysis;
  map: ArticleMap;
  truncated?: Truncation;
  elapsedMs: number;
}

const HTML_TYPES = new Set(["text/html", "application/xhtml+xml"]);

/** Extracts the article of `doc` and analyses it. */
export function analysePage(doc: Document, url: string, maxChars = MAX_ANALYSED_CHARS): Result<AnalysedPage> {
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
  const analysis = analyze(text, { meta: extracted.meta });
  const map = new ArticleMap(doc, blocks);
  return ok({ url, analysis, map, truncated, elapsedMs: Math.round(performance.now() - t0) });
}

/** The spans to highlight, by kind. */
export function highlightSpans(analysis: Analysis): Record<HighlightKind, Span[]> {
  const stances = new Map<string, Span>();
  for (const s of analysis.stances) stances.set(`${s.evidence.start}:${s.evidence.end}`, s.evidence);
  return {
    actor: analysis.actors.flatMap((a) => a.mentions),
    stance: [...stances.values()],
    resolution: [...analysis.resolutions.flatMap((r) => r.mentions), ...analysis.genericResolutionMentions],
  };
}

/** Live Ranges of the spans to highlight, plus how many spans could not be found in the page. */
export function highlightRanges(page: AnalysedPage): { groups: Record<HighlightKind, Range[]>; unmapped: number } {
  page.map.refresh();
  const spans = highlightSpans(page.analysis);
  let unmapped = 0;
  const groups = {} as Record<HighlightKind, Range[]>;
  for (const kind of Object.keys(spans) as HighlightKind[]) {
    groups[kind] = [];
    for (const span of spans[kind]) {
      const range = page.map.rangeOf(span.start, span.end);
      if (range) groups[kind].push(range);
      else unmapped++;
    }
  }
  return { groups, unmapped };
}
