/** The popup's stance wording: a verb per CAMEO code and polarity, negation and the future; grouping by holder. */
import { describe, expect, test } from "vitest";
import type { Stance } from "../../src/analysis/types.ts";
import { groupByHolder, joinNames } from "../../src/popup/stance-groups.ts";
import { stanceVerb, verbBefore, type StanceVerbInput } from "../../src/shared/stance-verb.ts";

describe("stanceVerb", () => {
  const rows: [string, StanceVerbInput, string][] = [
    ["opposition (110)", { cameo: "110", polarity: "oppose" }, "opposes"],
    ["criticism (111)", { cameo: "111", polarity: "oppose" }, "criticises"],
    ["accusation (112)", { cameo: "112", polarity: "oppose" }, "accuses"],
    ["rejection (120)", { cameo: "120", polarity: "oppose" }, "rejects"],
    ["refusal to lift sanctions (124)", { cameo: "124", polarity: "oppose" }, "rejects"],
    ["veto (129)", { cameo: "129", polarity: "oppose" }, "vetoes"],
    ["concern (012)", { cameo: "012", polarity: "concern" }, "is concerned about"],
    ["appeal (020)", { cameo: "020", polarity: "support" }, "calls for"],
    ["appeal cued by 'urged' (020)", { cameo: "020", polarity: "support", cue: { text: "urged" } }, "urges"],
    ["demand (100)", { cameo: "100", polarity: "support" }, "demands"],
    ["intent to cooperate (030)", { cameo: "030", polarity: "support" }, "commits to"],
    ["plan in the future (030)", { cameo: "030", polarity: "support", modality: "future" }, "intends to"],
    ["endorsement (051)", { cameo: "051", polarity: "support" }, "supports"],
    ["welcome cued by 'welcomed' (051)", { cameo: "051", polarity: "support", cue: { text: "welcomed" } }, "welcomes"],
    ["praise cued by 'hailed' (051)", { cameo: "051", polarity: "support", cue: { text: "hailed" } }, "praises"],
    ["meeting cued by 'met' (040)", { cameo: "040", polarity: "neutral", cue: { text: "met" } }, "meets"],
    ["discussion (040)", { cameo: "040", polarity: "neutral", cue: { text: "discussed" } }, "consults on"],
    ["meeting at a third place (044)", { cameo: "044", polarity: "neutral" }, "meets"],
    ["visit (042)", { cameo: "042", polarity: "neutral" }, "visits"],
    ["threat (130)", { cameo: "130", polarity: "oppose" }, "threatens"],
    ["sanctions (163)", { cameo: "163", polarity: "oppose" }, "sanctions"],
    ["air strike (195)", { cameo: "195", polarity: "oppose" }, "carries out air strikes on"],
    ["armed attack (190)", { cameo: "190", polarity: "oppose" }, "attacks"],
    ["four-digit code falls back to its root (0233)", { cameo: "0233", polarity: "support" }, "calls for"],
    ["unknown code falls back to polarity", { cameo: "99", polarity: "oppose" }, "opposes"],
    ["no code: support", { polarity: "support" }, "supports"],
    ["no code: concern", { polarity: "concern" }, "is concerned about"],
    ["no code: neutral", { polarity: "neutral" }, "comments on"],
    ["negated opposition", { cameo: "110", polarity: "oppose", modality: "negated" }, "does not oppose"],
    ["negated concern", { cameo: "012", polarity: "concern", modality: "negated" }, "is not concerned about"],
    ["negated appeal", { cameo: "020", polarity: "support", modality: "negated" }, "does not call for"],
    ["negated welcome", { cameo: "051", polarity: "support", modality: "negated", cue: { text: "welcome" } }, "does not welcome"],
    ["future threat", { cameo: "130", polarity: "oppose", modality: "future" }, "will threaten"],
    ["future meeting", { cameo: "040", polarity: "neutral", modality: "future", cue: { text: "meet" } }, "will meet"],
    ["reported opposition keeps its verb", { cameo: "110", polarity: "oppose", modality: "reported" }, "opposes"],
    ["hedged opposition keeps its verb", { cameo: "110", polarity: "oppose", modality: "hedged" }, "opposes"],
  ];
  test.each(rows)("%s → %s", (_name, input, expected) => {
    expect(stanceVerb(input)).toBe(expected);
  });
});

describe("verbBefore", () => {
  test.each([
    ["consults on", "on the sidelines of the Munich Security Conference", "consults"],
    ["consults on", "a range of issues", "consults on"],
    ["is concerned about", "about the tests", "is concerned"],
    ["opposes", "on Monday the plan", "opposes"],
    ["calls for", "  ", "calls for"],
  ])("%s + %s → %s", (verb, target, expected) => {
    expect(verbBefore(verb, target)).toBe(expected);
  });
});

describe("groupByHolder", () => {
  const stance = (holder: string[], start: number): Stance => ({
    holder,
    polarity: "oppose",
    target: { text: "x", actors: [] },
    evidence: { start, end: start + 1, text: "x" },
  });
  const names: Record<string, string> = { KOR: "South Korea", RUS: "Russia", CHN: "China" };
  test("one group per holder set, in order of first appearance, with names as the heading", () => {
    const groups = groupByHolder([stance(["KOR", "RUS"], 0), stance(["RUS"], 5), stance(["RUS", "KOR"], 9), stance([], 12), stance(["RUS", "CHN"], 20)], (id) => names[id] ?? id);
    expect(groups.map((g) => [g.heading, g.stances.map((s) => s.index)])).toEqual([
      ["South Korea and Russia", [0, 2]],
      ["Russia", [1]],
      ["Unattributed", [3]],
      ["Russia and China", [4]],
    ]);
  });
  test.each([
    [[], ""],
    [["A"], "A"],
    [["A", "B"], "A and B"],
    [["A", "B", "C"], "A, B and C"],
  ])("joinNames(%j) → %s", (list, expected) => {
    expect(joinNames(list)).toBe(expected);
  });
});

describe("stanceVerb for several holders", () => {
  test.each([
    [{ polarity: "concern", cameo: "012" }, "are concerned about"],
    [{ polarity: "oppose", cameo: "110" }, "oppose"],
    [{ polarity: "oppose", cameo: "110", modality: "negated" }, "do not oppose"],
    [{ polarity: "concern", cameo: "012", modality: "negated" }, "are not concerned about"],
    [{ polarity: "support", cameo: "020" }, "call for"],
  ] as [StanceVerbInput, string][])("%o → %s", (input: StanceVerbInput, verb: string) => {
    expect(stanceVerb(input, true)).toBe(verb);
  });
});
