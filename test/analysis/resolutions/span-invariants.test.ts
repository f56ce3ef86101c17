/** Invariants of the resolutions stage on real pages and on random mixes of citations and look-alikes. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findResolutions, type ResolutionsResult } from "../../../src/analysis/resolutions/find-resolutions.ts";
import type { Span } from "../../../src/analysis/types.ts";
import { NEAR_MISSES } from "./near-miss-phrases.ts";

const CORPUS = fileURLToPath(new URL("../../../../shared/corpus/readability-pages/", import.meta.url));
const SAMPLE = fileURLToPath(new URL("../../../../shared/fixtures/korea-post-yun-lavrov/article.html", import.meta.url));

/** Crude HTML → text: drops scripts, styles and tags, decodes the common entities. */
function stripTags(html: string): string {
  return html
    .replace(/<(script|style|noscript)\b[\s\S]*?<\/\1>/gi, " ")
    .replace(/<\/(p|div|h\d|li|br|tr)>/gi, "\n\n")
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;|&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
}

/** Every broken invariant of one result, as readable strings. */
function violations(text: string, r: ResolutionsResult): string[] {
  const out: string[] = [];
  const checkSpan = (s: Span, what: string): void => {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= text.length)) {
      out.push(`${what}: bad offsets ${s.start}-${s.end}`);
    }
    if (text.slice(s.start, s.end) !== s.text) out.push(`${what}: text ${JSON.stringify(s.text)} is not the slice`);
  };
  const all: Span[] = [];
  let prevFirst = -1;
  for (const res of r.resolutions) {
    if (res.mentions.length === 0) out.push(`${res.symbol}: no mentions`);
    if (!/^(?:S\/RES\/\d+(?: \(\d{4}\))?|A\/RES\/(?:(?:ES-|S-)?\d+\/\d+|\d+(?: \([IVXL]+\))?)|A\/HRC\/RES\/(?:S-)?\d+\/\d+)$/.test(res.symbol)) {
      out.push(`${res.symbol}: malformed symbol`);
    }
    if (/\s/.test(res.url) || !/^https:\/\/(?:undocs\.org|digitallibrary\.un\.org)\//.test(res.url)) out.push(`${res.symbol}: bad url ${res.url}`);
    if (!(res.confidence! > 0 && res.confidence! <= 1)) out.push(`${res.symbol}: confidence ${res.confidence}`);
    if (res.mentions[0].start < prevFirst) out.push(`${res.symbol}: resolutions not in order of first mention`);
    prevFirst = res.mentions[0].start;
    res.mentions.forEach((m, i) => {
      checkSpan(m, res.symbol);
      if (i > 0 && m.start < res.mentions[i - 1].start) out.push(`${res.symbol}: mentions out of order`);
      all.push(m);
    });
  }
  r.genericResolutionMentions.forEach((g) => {
    checkSpan(g, "generic");
    all.push(g);
  });
  all.sort((a, b) => a.start - b.start);
  for (let i = 1; i < all.length; i++) {
    if (all[i].start < all[i - 1].end) out.push(`overlapping spans ${JSON.stringify(all[i - 1].text)} and ${JSON.stringify(all[i].text)}`);
  }
  return out;
}

const pages = existsSync(CORPUS) ? readdirSync(CORPUS).filter((d) => existsSync(`${CORPUS}${d}/source.html`)).sort() : [];
if (pages.length === 0) console.warn(`resolutions span invariants: SKIPPED the corpus pages, no corpus at ${CORPUS}`);

describe.skipIf(pages.length === 0)("resolutions: invariants on every readability corpus page", () => {
  it.each(pages)("%s", (page) => {
    const text = stripTags(readFileSync(`${CORPUS}${page}/source.html`, "utf8"));
    expect(violations(text, findResolutions(text))).toEqual([]);
  });
});

describe.skipIf(!existsSync(SAMPLE))("resolutions: the sample article", () => {
  it("finds S/RES/2321 (2016) and the two generic mentions", () => {
    const text = stripTags(readFileSync(SAMPLE, "utf8"));
    const r = findResolutions(text);
    expect(violations(text, r)).toEqual([]);
    expect(r.resolutions.map((x) => [x.symbol, x.body, x.number, x.year, x.adopted])).toEqual([
      ["S/RES/2321 (2016)", "Security Council", 2321, 2016, "2016-11-30"],
    ]);
    expect(r.resolutions[0].mentions.map((m) => m.text)).toEqual(["Resolution 2321"]);
    // The page's title and headline repeat "UNSC resolutions"; the body has the two the fixture lists.
    const generic = r.genericResolutionMentions.map((m) => m.text);
    expect(generic).toEqual(expect.arrayContaining(["U.N. Security Council resolutions", "UNSC resolutions"]));
    expect(new Set(generic)).toEqual(new Set(["U.N. Security Council resolutions", "UNSC resolutions"]));
  });
});

const FRAGMENTS = [
  "Security Council resolution 2231 (2015)", "resolutions 1718, 1874, 2087 and 2094", "UNSCR 1973", "S/RES/2270(2016)",
  "A/RES/ES-11/1", "resolution 3379 (XXX)", "A/HRC/RES/31/1", "UNSC resolutions", "U.N. Security Council resolutions",
  "Resolution 2321", "resolution 67/19", "G.A. Res. 181 (II)", "UNSCRs", "ES-11/1", "resolution 242", "resolution",
  "resolutions 1718 and", "S/RES/", "A/RES/67/", "Res.", "(2016)", " of 2015", "1,000", "x 1080", ",", " and ", "\n\n", "the U.N.",
  ...NEAR_MISSES.map(([p]) => p),
];

describe("resolutions: invariants on random mixes", () => {
  it("hold for any concatenation of citations, look-alikes and debris", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 6 })), { maxLength: 12 }), fc.constantFrom(" ", "", ". "), (parts, sep) => {
        const text = parts.join(sep);
        expect(violations(text, findResolutions(text))).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
