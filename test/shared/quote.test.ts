/** Quotes of the analysed text for notes: exact text trimmed, 32 characters of context, offsets, length cap. */
import { describe, expect, test } from "vitest";
import { MAX_QUOTED_CHARS, quoteOf } from "../../src/shared/quote.ts";

describe("quoteOf", () => {
  const text = "Seoul and Moscow met on Saturday.\n\nRussia opposed the deployment of THAAD in South Korea, the ministry said.";

  test("keeps the exact passage, 32 characters either side and its offsets", () => {
    const start = text.indexOf("opposed");
    const q = quoteOf(text, start, start + "opposed the deployment".length)!;
    expect(q.exact).toBe("opposed the deployment");
    expect(q.prefix).toBe(text.slice(start - 32, start));
    expect(q.suffix).toBe(" of THAAD in South Korea, the mi");
    expect(q.suffix.length).toBe(32);
    expect(text.slice(q.start, q.end)).toBe(q.exact);
  });

  test.each([
    ["whitespace at the ends is left out", " met on Saturday.\n\n", "met on Saturday."],
    ["context is shorter at the start of the text", "Seoul", "Seoul"],
  ])("%s", (_name, selected, exact) => {
    const start = text.indexOf(selected);
    const q = quoteOf(text, start, start + selected.length)!;
    expect(q.exact).toBe(exact);
    expect(text.slice(q.start, q.end)).toBe(exact);
    expect(q.prefix).toBe(text.slice(Math.max(0, q.start - 32), q.start));
  });

  test("nothing for whitespace only or an empty span; offsets are clamped to the text", () => {
    const gap = text.indexOf("\n\n");
    expect(quoteOf(text, gap, gap + 2)).toBeUndefined();
    expect(quoteOf(text, 5, 5)).toBeUndefined();
    expect(quoteOf(text, -4, 5)!.exact).toBe("Seoul");
    expect(quoteOf(text, text.length - 5, text.length + 10)!.exact).toBe("said.");
  });

  test("a very long passage is cut to the note store's limit, never inside a surrogate pair", () => {
    const long = "a".repeat(MAX_QUOTED_CHARS - 1) + "😀" + "b".repeat(10);
    const q = quoteOf(long, 0, long.length)!;
    expect(q.exact.length).toBe(MAX_QUOTED_CHARS - 1);
    expect(q.end).toBe(MAX_QUOTED_CHARS - 1);
  });
});
