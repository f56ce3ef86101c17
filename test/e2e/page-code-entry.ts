/** Entry of the bundle that page-code.test.ts loads into real pages: the page-side modules plus the analysis. */
import { analyze } from "../../src/analysis/index.ts";
import { ArticleMap } from "../../src/page/article-map.ts";
import { extractArticle } from "../../src/page/extract-article.ts";
import { clearHighlights, hasHighlights, paintHighlights } from "../../src/page/highlight.ts";
import { readabilityDifferences } from "../page/readability-differences.ts";

(globalThis as unknown as Record<string, unknown>).AttachePage = { analyze, ArticleMap, extractArticle, paintHighlights, clearHighlights, hasHighlights, readabilityDifferences };
