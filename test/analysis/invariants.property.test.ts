/** Property-based tests: random and adversarial text never makes `analyze` throw or produce a span off the text. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { analyze } from "../../src/analysis/index.ts";
import { describeInput, invariantViolations } from "./invariants-check.ts";

/** Analyses `text` (forcing English when asked, so actors and stances run too) and returns the violated invariants. */
function check(text: string, lang?: string): string[] {
  let analysis;
  try {
    analysis = analyze(text, lang ? { meta: { lang } } : {});
  } catch (e) {
    return [`analyze threw on ${describeInput(text)}: ${(e as Error).stack ?? e}`];
  }
  return invariantViolations(text, analysis).map((v) => `${v}\n  input: ${describeInput(text)}`);
}

// Pieces of real foreign-affairs prose, so that the actor, stance and resolution stages have something to chew on.
const NEWS = [
  "Russian Foreign Minister Sergey Lavrov met his South Korean counterpart Yun Byung-se in Seoul on Tuesday.",
  "The Russian minister said Moscow opposes any new sanctions against Pyongyang.",
  "\"We are deeply concerned,\" the ministry said in a statement.",
  "Security Council resolution 2321 (2016) tightened sanctions; resolutions 1718, 1874 and 2094 came earlier.",
  "S/RES/2270 (2016) and UNSC resolutions were cited by the U.S. State Department.",
  "He said the North must abandon its nuclear programme, according to Mr. Yun.",
  "China, Japan and the United Nations called for restraint, while NATO and the EU backed the plan.",
  "Lavrov, 66, told reporters that Russia would not recognise the vote.",
  "President Vladimir Putin and Kim Jong-un did not comment.",
  "The General Assembly adopted A/RES/ES-11/1 by 141 votes to 5.",
];
// Hostile or odd fragments: markup, URLs, control characters, lone surrogates, RTL, emoji, combining marks.
const HOSTILE = [
  "<script>alert('x')</script>",
  '<a href="javascript:alert(1)">Sergey Lavrov</a>',
  "javascript:alert(document.cookie)",
  "&lt;img src=x onerror=alert(1)&gt;",
  "\u0000\u0001\u0007\u001b[31m\u007f\u0085",
  "\ud800", "\udfff", "\udc00\ud800", "\ud83d",
  "وزير الخارجية الروسي سيرغي لافروف", "שר החוץ הרוסי", "\u202eevil\u202c", "\u200f\u200e\u2066x\u2069",
  "👩‍👩‍👧‍👦🇰🇷🇷🇺🏳️‍🌈", "Z̷̢̛͇a̸̡͎l̵g̸o̷", "\u200b\u200c\u200d\ufeff", "\u2028\u2029",
  "Mr.", "U.S.", "....", "“", "”", "\"", "'", "’s", "(", ")", "S/RES/", "resolution", "2321", "(2016)",
  "Лавров", "尹炳世", "윤병세", "ラブロフ", "लावरोव", "ลาฟรอฟ", "Λαβρόφ", "ⴰⵎⴰⵣⵉⵖ", "𐌰𐌱𐌲", "𝔏𝔞𝔳𝔯𝔬𝔳",
];
const SEPARATORS = [" ", "  ", "\n", "\n\n", "\t", "", "\r\n", "\u00a0", "\u3000", ". ", ", "];

const hugeToken = fc
  .tuple(fc.constantFrom("a", "A", "1", ".", "-", "'", "字", "😀", "\u0301", "Lavrov"), fc.integer({ min: 1000, max: 20000 }))
  .map(([unit, n]) => unit.repeat(Math.ceil(n / unit.length)));
const loneSurrogateString = fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), maxLength: 50 });
const anyCodeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 300 });
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...NEWS) },
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 1, arbitrary: loneSurrogateString },
  { weight: 1, arbitrary: anyCodeUnits },
  { weight: 1, arbitrary: hugeToken },
);
/** Pieces glued with random separators (possibly none, so "no spaces" texts occur). */
const adversarialText = fc
  .array(fc.tuple(piece, fc.constantFrom(...SEPARATORS)), { maxLength: 40 })
  .map((parts) => parts.map(([p, s]) => p + s).join(""));
/** News sentences cut at arbitrary code-unit offsets (splitting surrogate pairs and names). */
const slicedNews = fc
  .tuple(fc.array(fc.constantFrom(...NEWS, ...HOSTILE), { minLength: 1, maxLength: 20 }), fc.nat(), fc.nat())
  .map(([parts, a, b]) => {
    const s = parts.join(" ");
    const i = a % (s.length + 1);
    const j = b % (s.length + 1);
    return s.slice(Math.min(i, j), Math.max(i, j));
  });

/** Asserts a property of `arb`, reporting the shrunk counterexample's violated invariants. */
function assertNoViolations(arb: fc.Arbitrary<string>, numRuns: number, lang?: string): void {
  fc.assert(
    fc.property(arb, (text) => {
      const violations = check(text, lang);
      if (violations.length) throw new Error(violations.join("\n"));
    }),
    { numRuns },
  );
}

describe("analyze on random and adversarial text", () => {
  it("holds the invariants on arbitrary Unicode strings", () => {
    assertNoViolations(fc.string({ unit: "binary", maxLength: 500 }), 300);
  });

  it("holds the invariants on arbitrary UTF-16 code units (lone surrogates, controls)", () => {
    assertNoViolations(anyCodeUnits, 300, "en");
  });

  it("holds the invariants on news prose mixed with hostile fragments, forced English", () => {
    assertNoViolations(adversarialText, 200, "en");
  });

  it("holds the invariants on news prose mixed with hostile fragments, language detected", () => {
    assertNoViolations(adversarialText, 150);
  });

  it("holds the invariants on news text cut at arbitrary offsets", () => {
    assertNoViolations(slicedNews, 300, "en");
  });

  it("holds the invariants on text with no whitespace at all", () => {
    assertNoViolations(
      fc.array(fc.constantFrom(...NEWS, ...HOSTILE), { maxLength: 30 }).map((p) => p.join("").replace(/\s+/g, "")),
      200,
      "en",
    );
  });

  it("holds the invariants on every Unicode script (the whole BMP, every 11th astral code point, in word-sized runs)", () => {
    // Every BMP code point (surrogate halves included, as lone code units) and every 11th above it: every script and
    // block is in, at a fraction of the cost of all 1.1 million code points. 7 code points to a "word".
    const parts: string[] = [];
    let word = "";
    let k = 0;
    for (let cp = 0; cp <= 0x10ffff; cp += cp < 0x10000 ? 1 : 11) {
      word += String.fromCodePoint(cp);
      if (++k % 7 === 0) {
        parts.push(word);
        word = "";
      }
    }
    parts.push(word);
    const text = parts.join(" ");
    expect(check(text)).toEqual([]);
    expect(check(text, "en")).toEqual([]);
  }, 120_000);

  it("holds the invariants on right-to-left text with embedded English names", () => {
    const text =
      "قال وزير الخارجية الروسي Sergey Lavrov إن روسيا تعارض العقوبات على Pyongyang. " +
      "\u202bהמועצה אימצה את החלטה 2321 (2016)\u202c said the U.N. Security Council. ".repeat(50);
    expect(check(text)).toEqual([]);
    expect(check(text, "en")).toEqual([]);
  });

  it("analyses 5 MB of text without throwing", () => {
    // News prose with hostile fragments and a few huge tokens: a single run, no timing asserted (the bench measures it).
    const unit = [...NEWS, ...HOSTILE, "x".repeat(5000), "\n\n"].join(" ");
    const text = unit.repeat(Math.ceil((5 * 1024 * 1024) / unit.length)).slice(0, 5 * 1024 * 1024);
    const analysis = analyze(text, { meta: { lang: "en" } });
    expect(analysis.text.length).toBe(text.length);
  }, 300_000);
});

describe("invariantViolations (the checker itself)", () => {
  const text = "Lavrov met Yun.";
  const good = analyze(text, { meta: { lang: "en" } });
  const span = (start: number, end: number, t = text.slice(start, end)) => ({ start, end, text: t });
  const actor = (mentions: ReturnType<typeof span>[]) => ({ id: "p1", type: "person" as const, name: "Lavrov", mentions });
  it.each([
    ["a span past the end", { actors: [actor([span(11, 99)])] }, /outside/],
    ["a reversed span", { actors: [actor([span(6, 2, "")])] }, /reversed/],
    ["a span whose text differs", { actors: [actor([span(0, 6, "Lavrow")])] }, /span.text/],
    ["mentions out of order", { actors: [actor([span(11, 14), span(0, 6)])] }, /out of order/],
    ["an unknown stance holder", { stances: [{ holder: ["x"], polarity: "neutral", target: { text: "", actors: [] }, evidence: span(0, 15) }] }, /not an actor id/],
    ["a NaN", { resolutions: [{ symbol: "S/RES/1 (1946)", body: "S", number: NaN, url: "", mentions: [] }] }, /not plain JSON/],
  ] as const)("reports %s", (_name, patch, pattern) => {
    const violations = invariantViolations(text, { ...good, ...patch } as unknown as typeof good);
    expect(violations.join("\n")).toMatch(pattern);
  });
  it("reports nothing for a correct analysis", () => {
    expect(invariantViolations(text, good)).toEqual([]);
  });
});
