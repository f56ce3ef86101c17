/**
 * Benchmark of the resolutions stage: ms per 1,000 words over the readability corpus texts.
 *
 * Usage: npx tsx scripts/bench-resolutions.ts [--json]
 * Texts: ../shared/corpus/readability-pages/<page>/source.html through linkedom + extractArticle (the
 * extension's own extraction); pages that are not articles fall back to a crude tag strip. Also times the
 * sample article and a citation-dense text, where the pre-check passes and the full scan runs.
 * Target (issue #5): < 0.2 ms per 1,000 words.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { parseHTML } from "linkedom";
import { extractArticle } from "../src/page/extract-article.ts";
import { findResolutions } from "../src/analysis/resolutions/find-resolutions.ts";

const CORPUS = fileURLToPath(new URL("../../shared/corpus/readability-pages/", import.meta.url));
const SAMPLE = fileURLToPath(new URL("../../shared/fixtures/korea-post-yun-lavrov/article.html", import.meta.url));
const TARGET_MS_PER_1K = 0.2;

/** Crude HTML → text for pages Readability rejects. */
function stripTags(html: string): string {
  return html.replace(/<(script|style|noscript)\b[\s\S]*?<\/\1>/gi, " ").replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
}

/** The article text of an HTML page, as the extension would analyse it. */
function pageText(html: string): string {
  const { document } = parseHTML(html);
  const extracted = extractArticle(document as unknown as Document);
  return "reason" in extracted ? stripTags(html) : extracted.text;
}

const countWords = (t: string): number => t.split(/\s+/).filter(Boolean).length;

/** Runs findResolutions over all texts `rounds` times; returns the best round's ms per 1,000 words. */
function measure(texts: string[], rounds: number): { msPer1k: number; words: number; totalMs: number } {
  const words = texts.reduce((n, t) => n + countWords(t), 0);
  let best = Infinity;
  let sink = 0;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (const t of texts) sink += findResolutions(t).resolutions.length;
    best = Math.min(best, performance.now() - t0);
  }
  if (sink < 0) console.log(sink); // keep the work observable
  return { msPer1k: (best / words) * 1000, words, totalMs: best };
}

function main(): void {
  if (!existsSync(CORPUS)) {
    console.log(`bench-resolutions: SKIPPED, no corpus at ${CORPUS}`);
    return;
  }
  const pages = readdirSync(CORPUS).filter((d) => existsSync(`${CORPUS}${d}/source.html`)).sort();
  const texts = pages.map((p) => pageText(readFileSync(`${CORPUS}${p}/source.html`, "utf8")));
  const withCitations = texts.filter((t) => findResolutions(t).resolutions.length + findResolutions(t).genericResolutionMentions.length > 0).length;
  const sample = existsSync(SAMPLE) ? [pageText(readFileSync(SAMPLE, "utf8"))] : [];
  const dense = [
    Array.from({ length: 50 }, () =>
      "The U.N. Security Council resolutions 1718, 1874, 2087 and 2094 and Resolution 2321 (2016) bind Pyongyang, while the House Resolution 755 and a resolution of the conflict do not. ",
    ).join(""),
  ];
  for (let i = 0; i < 5; i++) measure(texts, 1); // warm-up (JIT)
  const corpus = measure(texts, 20);
  const results = {
    corpus: { pages: texts.length, pagesWithCitations: withCitations, ...corpus },
    sample: sample.length ? measure(sample, 200) : undefined,
    dense: measure(dense, 50),
  };
  if (process.argv.includes("--json")) {
    console.log(JSON.stringify(results));
    return;
  }
  const f = (x: number): string => x.toFixed(4);
  console.log(`resolutions stage, best of N rounds (target < ${TARGET_MS_PER_1K} ms per 1,000 words):`);
  console.log(`  readability corpus: ${f(corpus.msPer1k)} ms / 1k words  (${texts.length} pages, ${corpus.words} words, ${withCitations} with citations, ${corpus.totalMs.toFixed(2)} ms total)`);
  if (results.sample) console.log(`  sample article:     ${f(results.sample.msPer1k)} ms / 1k words  (${results.sample.words} words)`);
  console.log(`  citation-dense:     ${f(results.dense.msPer1k)} ms / 1k words  (${results.dense.words} words)`);
  console.log(corpus.msPer1k < TARGET_MS_PER_1K ? "  OK: within target" : "  OVER TARGET");
  if (corpus.msPer1k >= TARGET_MS_PER_1K) process.exitCode = 1;
}

main();
