/** Pure helpers of the popup: which URLs become links, and the sentence shown around a citation. */
import { describe, expect, test } from "vitest";
import { safeHttpsUrl } from "../../src/popup/safe-url.ts";
import { sentenceAround } from "../../src/popup/sentence-around.ts";

describe("safeHttpsUrl", () => {
  test.each([
    ["https://undocs.org/S/RES/2321(2016)", "https://undocs.org/S/RES/2321(2016)"],
    ["http://undocs.org/S/RES/2321(2016)", undefined],
    ["javascript:alert(1)", undefined],
    [" https://undocs.org/x", undefined],
    ["https:/undocs.org", undefined],
    ["data:text/html,<b>x</b>", undefined],
    [42, undefined],
  ])("%s → %s", (input, expected) => {
    expect(safeHttpsUrl(input)).toBe(expected);
  });
});

describe("sentenceAround", () => {
  const text =
    "Top diplomats met on Saturday.\n\nLavrov reaffirmed Russia's commitment to implement UNSC resolutions, including Resolution 2321 adopted in 2016. Yun agreed.\n\nLast paragraph.";
  test("returns the whole sentence holding the span, within its paragraph", () => {
    const start = text.indexOf("Resolution 2321");
    const s = sentenceAround(text, { start, end: start + "Resolution 2321".length });
    expect(s.text).toBe("Lavrov reaffirmed Russia's commitment to implement UNSC resolutions, including Resolution 2321 adopted in 2016.");
    expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  test("cuts a very long sentence around the span", () => {
    const long = "word ".repeat(300) + "Resolution 2321 " + "word ".repeat(300) + ".";
    const start = long.indexOf("Resolution 2321");
    const s = sentenceAround(long, { start, end: start + 15 });
    expect(s.text).toContain("Resolution 2321");
    expect(s.text.length).toBeLessThanOrEqual(480);
  });
});
