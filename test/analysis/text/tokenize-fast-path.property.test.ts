/**
 * The tokeniser's ASCII fast path (spaces, punctuation marks and plain words without a regular expression) must give
 * exactly the tokens of the full expression. The reference below is the expression-only tokeniser it replaced.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { ABBREVIATIONS, tokenize, type Token } from "../../../src/analysis/text/tokenize.ts";

const TOKEN_RE =
  /(?:\p{L}\.){2,}|\p{N}+(?:[.,:/]\p{N}+)*(?:\p{L}+)?|[\p{L}\p{M}\p{N}_]+(?:[\u00AD\u200B-\u200D\u2060]+[\p{L}\p{M}\p{N}_]+|[-'’][\p{L}\p{M}\p{N}_]+)*|\S/uy;
const SPACE_RE = /\s+/y;

/** Expression-only tokeniser: the same rules with no fast path. */
function reference(text: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  while (pos < text.length) {
    SPACE_RE.lastIndex = pos;
    if (SPACE_RE.test(text)) pos = SPACE_RE.lastIndex;
    if (pos >= text.length) break;
    TOKEN_RE.lastIndex = pos;
    const m = TOKEN_RE.exec(text);
    if (!m) {
      tokens.push({ start: pos, end: pos + 1, text: text[pos] });
      pos++;
      continue;
    }
    let word = m[0];
    let end = pos + word.length;
    if (text.charCodeAt(end) === 46 && /^\p{L}+$/u.test(word) && (ABBREVIATIONS.has(word.toLowerCase()) || (word.length === 1 && /\p{Lu}/u.test(word)))) {
      word += ".";
      end++;
    }
    // "Korea's" → "Korea" "'s", "didn't" → "did" "n't".
    const at = word.length > 2 && /[’'][sS]$/.test(word) ? word.length - 2 : word.length > 3 && /n[’']t$/.test(word) ? word.length - 3 : 0;
    if (at > 0) {
      tokens.push({ start: pos, end: pos + at, text: word.slice(0, at) });
      tokens.push({ start: pos + at, end, text: word.slice(at) });
    } else tokens.push({ start: pos, end, text: word });
    pos = end;
  }
  return tokens;
}

const PIECES = [
  ..."aZq_09.-'’ \n\t\r\u00A0\u2003\u00AD\u200B\u2060,;:!?\"“”()[]{}<>@#$%&*+=/\\|~^`é\u0301ßΩα日本😀\u0000\u0007\u007f\ud800",
  "Mr", "Gen", "No", "st", "U.S.", "S.", "n't", "'s", "’S", "Korea", "Byung-se", "O'Brien", "2,000", "3.5", "1718", "2016a", "x_y",
];

describe("tokenize: ASCII fast path", () => {
  it("gives the same tokens as the full expression on random mixes of tricky pieces", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join("")), (s) => {
        expect(tokenize(s)).toEqual(reference(s));
      }),
      { numRuns: 3000 },
    );
  });

  it("gives the same tokens as the full expression on arbitrary UTF-16 strings", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 80 }), (s) => {
      expect(tokenize(s)).toEqual(reference(s));
    }), { numRuns: 2000 });
  });

  it("still splits possessives and contractions and keeps abbreviations whole", () => {
    expect(tokenize("Mr. Lavrov's aide didn't say, Gen. Kim told the U.S. envoy").map((t) => t.text)).toEqual([
      "Mr.", "Lavrov", "'s", "aide", "did", "n't", "say", ",", "Gen.", "Kim", "told", "the", "U.S.", "envoy",
    ]);
  });
});
