import { describe, expect, it } from "vitest";
import { tokenize } from "../../../src/analysis/text/tokenize.ts";
import { splitSentences } from "../../../src/analysis/text/sentences.ts";
import { findActors } from "../../../src/analysis/entities/find-actors.ts";
import { findEvents } from "../../../src/analysis/stances/find-stances.ts";
import { cueCounts } from "../../../src/analysis/stances/cues.ts";
import { CUE_GROUPS } from "../../../src/analysis/data/stance-cues.ts";
import { PATTERNS, NO_EVENT, BACKGROUND, TITLED_HOLDERS } from "./patterns.ts";
import { analyze } from "../../../src/analysis/index.ts";

function events(text: string) {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  return findEvents(text, tokens, sentences, findActors(text, tokens, sentences));
}

describe("findEvents: real-world sentence patterns", () => {
  it.each(PATTERNS)("%s", (sentence, holder, polarity, target, root) => {
    const got = events(sentence).filter((e) => e.stance.cameo?.startsWith(root));
    const hit = got.find(
      (e) =>
        e.event &&
        e.sourceCodes.some((c) => c.startsWith(holder)) &&
        e.stance.polarity === polarity &&
        e.stance.target.text.toLowerCase().includes(target.toLowerCase()),
    );
    expect(hit, JSON.stringify(events(sentence).map((e) => [e.sourceCodes, e.stance.polarity, e.stance.cameo, e.stance.target.text]))).toBeTruthy();
  });

  it.each(NO_EVENT)("no event: %s", (sentence) => {
    expect(events(sentence).filter((e) => e.event && !e.sourceCodes.every((c) => c.startsWith("---")))).toEqual([]);
  });

  it.each(BACKGROUND)("background act is no event: %s (%s)", (sentence, cue) => {
    const all = events(sentence);
    expect(all.filter((e) => e.event && e.stance.cue?.text.toLowerCase().includes(cue))).toEqual([]);
  });

  it.each(TITLED_HOLDERS)("the titled person holds: %s", (sentence, person) => {
    const [e] = events(sentence).filter((x) => x.event);
    expect(e?.stance.holder).toEqual([person]);
  });

  it("the table holds at least as many cases as the lexicon has rule types", () => {
    expect(PATTERNS.length).toBeGreaterThanOrEqual(cueCounts().groups);
    expect(PATTERNS.length).toBeGreaterThanOrEqual(60);
  });

  it("every cue group has a justification and a valid CAMEO code", () => {
    for (const g of CUE_GROUPS) {
      expect(g.why.length).toBeGreaterThan(20);
      expect(g.cameo).toMatch(/^(0[1-9]|1\d|20)\d$/);
      expect(g.cues.length).toBeGreaterThan(0);
    }
  });

  it("stance records carry QuadClass and Goldstein from the code", () => {
    const [e] = events("China opposed the plan.");
    expect(e.stance.quadClass).toBe(3);
    expect(e.stance.goldstein).toBe(-2);
  });
});

describe("findStances leaves out what is no one's position", () => {
  const stancesOf = (text: string) => analyze(text).stances;
  it.each([
    ["White House press secretary Josh Earnest condemned the attack.", "oppose", "111"],
  ])("a cue word before a noun is a modifier: %s", (text, polarity, cameo) => {
    const st = stancesOf(text);
    expect(st.map((s) => s.cameo)).toEqual([cameo]);
    expect(st[0].polarity).toBe(polarity);
  });
  it.each([
    "We believe the Interior Ministry should be trained and equipped to fight this militancy.",
    "Russian forces could attack Kyiv again within weeks.",
    "Aid workers from Jordan reached the city on Monday.",
    "The Bardo museum hosts one of the world's finest collections of Roman mosaics.",
  ])("no stance: %s", (text) => {
    expect(stancesOf(text)).toEqual([]);
  });
  it("a verb right after a cue verb is its object: 'hailed signs of hope' praises, it signs nothing", () => {
    const st = stancesOf("In his address to the United Nations, Obama hailed signs of hope.");
    expect(st.map((x) => x.cameo)).toEqual(["051"]);
  });
  it("'demonstrated a willingness' is no protest", () => {
    expect(stancesOf("Israeli and Palestinian leaders have demonstrated a willingness to take risks, Obama said.").map((x) => x.cameo)).not.toContain("140");
    expect(events("Iranian students demonstrated outside the British embassy in Tehran.").map((x) => x.stance.cameo)).toContain("140");
  });
  it("a participle with a 'by' agent is passive without an auxiliary", () => {
    const st = stancesOf("Netanyahu gave an address arranged by his party and criticized by the Obama administration.");
    const crit = st.find((x) => x.cameo === "111");
    expect(crit?.holder).toEqual(["barack-obama"]);
  });
  it("a demonym before a noun that names no one is no holder: 'The Israeli election results suggest that voters support …'", () => {
    const st = stancesOf("The Israeli election results also suggest that most voters there support Netanyahu's tough stance on Iran.");
    expect(st.filter((x) => x.holder.includes("ISR"))).toEqual([]);
  });
  it("a relative clause's subject is the noun before ', which'", () => {
    const st = stancesOf("Russia, which opposed the plan, said nothing. The Obama campaign's new party, which tried to rally support, failed.");
    expect(st.map((x) => [x.holder, x.polarity])).toEqual([[["RUS"], "oppose"]]);
  });
  it("an actor right before the verb is its subject: 'a move Beijing condemned'", () => {
    const st = stancesOf("Britain said it would offer residency to Hong Kong residents, a move Beijing condemned as a violation of its sovereignty.");
    expect(st.find((x) => x.cameo === "111")?.holder).toEqual(["CHN"]);
  });
  it("a noun cue after a preposition is a circumstance: 'would not negotiate under pressure'", () => {
    const st = stancesOf("Foreign Minister Abbas Araghchi said Tehran would not negotiate under pressure and accused Washington of bad faith.");
    expect(st.map((x) => x.cameo)).not.toContain("100");
    expect(st.find((x) => x.cameo === "112")?.target.actors).toEqual(["USA"]);
  });
  it("keeps a meeting between two named parties", () => {
    expect(stancesOf("Yun Byung-se and Sergey Lavrov met in Munich on Saturday.").map((s) => s.cameo?.slice(0, 2))).toContain("04");
  });
});
