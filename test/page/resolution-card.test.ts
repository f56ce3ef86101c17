/** The resolution hover card's content: which facts it lists, and links to https documents only. */
import { describe, expect, test } from "vitest";
import { cardFacts, cardHref } from "../../src/page/resolution-card.ts";

describe("cardHref", () => {
  test.each([
    ["https://undocs.org/S/RES/2321(2016)", "https://undocs.org/S/RES/2321(2016)"],
    ["http://undocs.org/S/RES/2321(2016)", undefined],
    ["javascript:alert(1)", undefined],
    ["JavaScript:alert(1)", undefined],
    ["data:text/html,<script>alert(1)</script>", undefined],
    ["not a url", undefined],
    [undefined, undefined],
  ])("%j → %j", (url, expected) => {
    expect(cardHref(url)).toBe(expected);
  });
});

describe("cardFacts", () => {
  test("adoption date, topic and vote, in that order", () => {
    expect(cardFacts({ symbol: "S/RES/2321 (2016)", adopted: "2016-11-30", year: 2016, topic: "Non-proliferation", vote: "15-0-0", mentions: [] })).toEqual([
      ["Adopted", "2016-11-30"],
      ["Topic", "Non-proliferation"],
      ["Vote", "15-0-0"],
    ]);
  });

  test("the year when the adoption date is unknown; nothing when nothing is known", () => {
    expect(cardFacts({ symbol: "S/RES/2700 (2023)", year: 2023, mentions: [] })).toEqual([["Year", "2023"]]);
    expect(cardFacts({ symbol: "A/RES/67/19", mentions: [] })).toEqual([]);
  });
});
