/** Look-alikes that are not UN resolutions: zero resolutions and zero generic mentions, with and without UN words around. */
import { describe, expect, it } from "vitest";
import { findResolutions } from "../../../src/analysis/resolutions/find-resolutions.ts";
import { NEAR_MISSES } from "./near-miss-phrases.ts";

/** A paragraph full of UN words, so that only the phrase itself can rule a citation out. */
const UN_FRAME = (phrase: string): string =>
  `A United Nations spokesman said the U.N. Security Council and the General Assembly would meet again. ${phrase} The UN declined to comment.`;


describe("findResolutions: near-misses", () => {
  it("has at least 40 near-miss phrases", () => {
    expect(NEAR_MISSES.length).toBeGreaterThanOrEqual(40);
  });

  it("control: the same frame does let a real bare citation through", () => {
    expect(findResolutions(UN_FRAME("They cited resolution 242.")).resolutions.map((r) => r.symbol)).toEqual(["S/RES/242 (1967)"]);
  });

  it.each(NEAR_MISSES)("%s", (phrase, framed) => {
    const alone = findResolutions(phrase);
    expect(alone.resolutions.map((r) => r.mentions[0].text)).toEqual([]);
    expect(alone.genericResolutionMentions.map((s) => s.text)).toEqual([]);
    if (framed) {
      const inUn = findResolutions(UN_FRAME(phrase));
      expect(inUn.resolutions.map((r) => r.mentions[0].text)).toEqual([]);
      expect(inUn.genericResolutionMentions.map((s) => s.text)).toEqual([]);
    }
  });
});
