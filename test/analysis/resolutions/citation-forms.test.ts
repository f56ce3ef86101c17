/** Every citation form of issue #5, one row each, from real news and legal phrasing. */
import { describe, expect, it } from "vitest";
import { findResolutions } from "../../../src/analysis/resolutions/find-resolutions.ts";

interface Expected {
  symbol: string;
  body?: string;
  number?: number | string;
  year?: number;
  /** Mention texts, in order. */
  mentions: string[];
  url?: string;
}

interface Row {
  form: string;
  text: string;
  expect: Expected[];
  generic?: string[];
}

const SC = "Security Council";
const GA = "General Assembly";
const HRC = "Human Rights Council";

const ROWS: Row[] = [
  {
    form: "Resolution N after a generic mention (sample article)",
    text: "Lavrov reaffirmed Russia's opposition to the North going nuclear and its commitment to faithfully implement UNSC resolutions, including Resolution 2321 adopted in the wake of the North's fifth nuclear test in September, according to the ministry.",
    expect: [{ symbol: "S/RES/2321 (2016)", body: SC, number: 2321, year: 2016, mentions: ["Resolution 2321"], url: "https://undocs.org/S/RES/2321(2016)" }],
    generic: ["UNSC resolutions"],
  },
  {
    form: "Security Council … adopted Resolution N (fillers between body and keyword)",
    text: "The U.N. Security Council unanimously adopted Resolution 2321 on Wednesday, capping North Korea's coal exports.",
    expect: [{ symbol: "S/RES/2321 (2016)", mentions: ["Resolution 2321"] }],
  },
  {
    form: "UNSC Resolution N",
    text: "UNSC Resolution 2270, adopted in March 2016, imposed the toughest sanctions on Pyongyang in two decades.",
    expect: [{ symbol: "S/RES/2270 (2016)", body: SC, number: 2270, year: 2016, mentions: ["Resolution 2270"] }],
  },
  {
    form: "UNSCR N (even after another body's name)",
    text: "NATO's air campaign over Libya was authorised by UNSCR 1973.",
    expect: [{ symbol: "S/RES/1973 (2011)", year: 2011, mentions: ["UNSCR 1973"] }],
  },
  {
    form: "Security Council resolution N (YYYY)",
    text: "Security Council resolution 2231 (2015) endorsed the Joint Comprehensive Plan of Action.",
    expect: [{ symbol: "S/RES/2231 (2015)", year: 2015, mentions: ["resolution 2231 (2015)"] }],
  },
  {
    form: "resolutions N, N, N and N (list, bare with UN context)",
    text: "The launches violate resolutions 1718, 1874, 2087 and 2094, the U.N. said in a statement.",
    expect: [
      { symbol: "S/RES/1718 (2006)", mentions: ["resolutions 1718"] },
      { symbol: "S/RES/1874 (2009)", mentions: ["1874"] },
      { symbol: "S/RES/2087 (2013)", mentions: ["2087"] },
      { symbol: "S/RES/2094 (2013)", mentions: ["2094"] },
    ],
  },
  {
    form: "Security Council resolutions N and N",
    text: "Pyongyang's test was in breach of Security Council resolutions 1718 and 1874, diplomats said.",
    expect: [
      { symbol: "S/RES/1718 (2006)", mentions: ["resolutions 1718"] },
      { symbol: "S/RES/1874 (2009)", mentions: ["1874"] },
    ],
  },
  {
    form: "Resolution N of YYYY",
    text: "Tehran says it abides by Resolution 2231 of 2015, which the United Nations adopted after the nuclear deal.",
    expect: [{ symbol: "S/RES/2231 (2015)", mentions: ["Resolution 2231 of 2015"] }],
  },
  {
    form: "S/RES/N (YYYY)",
    text: "The panel's report cites S/RES/2270 (2016), paragraph 8.",
    expect: [{ symbol: "S/RES/2270 (2016)", mentions: ["S/RES/2270 (2016)"], url: "https://undocs.org/S/RES/2270(2016)" }],
  },
  {
    form: "S/RES/N(YYYY) without a space",
    text: "See S/RES/2270(2016) for the list of designated entities.",
    expect: [{ symbol: "S/RES/2270 (2016)", mentions: ["S/RES/2270(2016)"] }],
  },
  {
    form: "General Assembly resolution N/M",
    text: "General Assembly resolution 67/19 accorded Palestine non-member observer State status in the United Nations.",
    expect: [{ symbol: "A/RES/67/19", body: GA, number: "67/19", mentions: ["resolution 67/19"], url: "https://undocs.org/A/RES/67/19" }],
  },
  {
    form: "A/RES/N/M",
    text: "Document A/RES/67/19 was adopted on 29 November 2012.",
    expect: [{ symbol: "A/RES/67/19", body: GA, mentions: ["A/RES/67/19"] }],
  },
  {
    form: "resolution ES-N/M (emergency special session)",
    text: "The Assembly adopted resolution ES-11/1, deploring the aggression by the Russian Federation against Ukraine.",
    expect: [{ symbol: "A/RES/ES-11/1", body: GA, number: "ES-11/1", mentions: ["resolution ES-11/1"], url: "https://undocs.org/A/RES/ES-11/1" }],
  },
  {
    form: "bare ES-N/M",
    text: "The vote on ES-11/1 drew 141 votes in favour and five against.",
    expect: [{ symbol: "A/RES/ES-11/1", mentions: ["ES-11/1"] }],
  },
  {
    form: "A/RES/ES-N/M",
    text: "The text was issued as A/RES/ES-11/1 on 2 March 2022.",
    expect: [{ symbol: "A/RES/ES-11/1", mentions: ["A/RES/ES-11/1"] }],
  },
  {
    form: "A/RES/S-N/M (special session)",
    text: "The outcome document of the special session on children, A/RES/S-27/2, is titled \"A world fit for children\".",
    expect: [{ symbol: "A/RES/S-27/2", body: GA, mentions: ["A/RES/S-27/2"] }],
  },
  {
    form: "resolution N (Roman session) with the body after it",
    text: "Zionism was declared a form of racism in resolution 3379 (XXX) of the General Assembly, revoked in 1991.",
    expect: [{ symbol: "A/RES/3379 (XXX)", body: GA, number: 3379, year: 1975, mentions: ["resolution 3379 (XXX)"], url: "https://undocs.org/A/RES/3379(XXX)" }],
  },
  {
    form: "A/RES/N(Roman)",
    text: "The partition plan, A/RES/181(II), was adopted on 29 November 1947.",
    expect: [{ symbol: "A/RES/181 (II)", body: GA, year: 1947, mentions: ["A/RES/181(II)"] }],
  },
  {
    form: "U.N. resolution N",
    text: "Israel was asked to withdraw from occupied territories under U.N. resolution 242.",
    expect: [{ symbol: "S/RES/242 (1967)", body: SC, year: 1967, mentions: ["resolution 242"] }],
  },
  {
    form: "bare Resolution N with UN words in the paragraph",
    text: "Arab states insist on Resolution 242 and the land-for-peace formula endorsed at the United Nations.",
    expect: [{ symbol: "S/RES/242 (1967)", mentions: ["Resolution 242"] }],
  },
  {
    form: "A/HRC/RES/N/M",
    text: "The mandate was created by A/HRC/RES/31/1 in March 2016.",
    expect: [{ symbol: "A/HRC/RES/31/1", body: HRC, number: "31/1", mentions: ["A/HRC/RES/31/1"], url: "https://undocs.org/A/HRC/RES/31/1" }],
  },
  {
    form: "A/HRC/RES/S-N/M (special session)",
    text: "The commission of inquiry was set up under A/HRC/RES/S-29/1.",
    expect: [{ symbol: "A/HRC/RES/S-29/1", body: HRC, mentions: ["A/HRC/RES/S-29/1"] }],
  },
  {
    form: "Human Rights Council resolution N/M",
    text: "The Human Rights Council resolution 31/1 extended the special rapporteur's mandate.",
    expect: [{ symbol: "A/HRC/RES/31/1", body: HRC, mentions: ["resolution 31/1"] }],
  },
  {
    form: "UN General Assembly Resolution N (famous, bare number)",
    text: "Palestinian refugees cite UN General Assembly Resolution 194 on the right of return.",
    expect: [{ symbol: "A/RES/194 (III)", body: GA, year: 1948, mentions: ["Resolution 194"] }],
  },
  {
    form: "UN Resolution 2758 (General Assembly, not the Security Council's 2758)",
    text: "Beijing says UN Resolution 2758 settled the question of Taiwan's status.",
    expect: [{ symbol: "A/RES/2758 (XXVI)", body: GA, year: 1971, mentions: ["Resolution 2758"] }],
  },
  {
    form: "UNSCRs N and N",
    text: "The ship transfers are banned under UNSCRs 2375 and 2397.",
    expect: [
      { symbol: "S/RES/2375 (2017)", mentions: ["UNSCRs 2375"] },
      { symbol: "S/RES/2397 (2017)", mentions: ["2397"] },
    ],
  },
  {
    form: "resolutions N (YYYY) and N (YYYY)",
    text: "The regime was built by Security Council resolutions 1718 (2006) and 1874 (2009).",
    expect: [
      { symbol: "S/RES/1718 (2006)", mentions: ["resolutions 1718 (2006)"] },
      { symbol: "S/RES/1874 (2009)", mentions: ["1874 (2009)"] },
    ],
  },
  {
    form: "resolutions N, N and N (YYYY)",
    text: "In 2017 the Security Council passed resolutions 2371, 2375 and 2397 (2017).",
    expect: [
      { symbol: "S/RES/2371 (2017)", mentions: ["resolutions 2371"] },
      { symbol: "S/RES/2375 (2017)", mentions: ["2375"] },
      { symbol: "S/RES/2397 (2017)", mentions: ["2397 (2017)"] },
    ],
  },
  {
    form: "resolutions N-N (range: endpoints)",
    text: "Sanctions under UN Security Council resolutions 1718-1874 remain in force.",
    expect: [
      { symbol: "S/RES/1718 (2006)", mentions: ["resolutions 1718"] },
      { symbol: "S/RES/1874 (2009)", mentions: ["1874"] },
    ],
  },
  {
    form: "resolutions N through N (range: endpoints)",
    text: "The Security Council's resolutions 2371 through 2397 tightened the embargo.",
    expect: [
      { symbol: "S/RES/2371 (2017)", mentions: ["resolutions 2371"] },
      { symbol: "S/RES/2397 (2017)", mentions: ["2397"] },
    ],
  },
  {
    form: "resolution No. N",
    text: "Iran's foreign ministry said the Security Council's resolution No. 2231 had expired.",
    expect: [{ symbol: "S/RES/2231 (2015)", mentions: ["resolution No. 2231"] }],
  },
  {
    form: "S.C. Res. N and the symbol again (legal style; one resolution, two mentions)",
    text: "S.C. Res. 242, U.N. Doc. S/RES/242 (Nov. 22, 1967).",
    expect: [{ symbol: "S/RES/242 (1967)", mentions: ["Res. 242", "S/RES/242"] }],
  },
  {
    form: "G.A. Res. N (Roman)",
    text: "G.A. Res. 181 (II), Future Government of Palestine (Nov. 29, 1947).",
    expect: [{ symbol: "A/RES/181 (II)", body: GA, mentions: ["Res. 181 (II)"] }],
  },
  {
    form: "same resolution twice → one resolution, two mentions",
    text: "Resolution 2334 angered Israel. The Security Council adopted resolution 2334 (2016) with the U.S. abstaining.",
    expect: [{ symbol: "S/RES/2334 (2016)", mentions: ["Resolution 2334", "resolution 2334 (2016)"] }],
  },
  {
    form: "number beyond the table: year from the first-of-year table",
    text: "Security Council resolution 2728 (2024) demanded an immediate ceasefire in Gaza.",
    expect: [{ symbol: "S/RES/2728 (2024)", year: 2024, mentions: ["resolution 2728 (2024)"], url: "https://undocs.org/S/RES/2728(2024)" }],
  },
  {
    form: "number beyond every table: no year, UN Digital Library search link",
    text: "Diplomats are negotiating what would become Security Council resolution 2850.",
    expect: [{ symbol: "S/RES/2850", number: 2850, mentions: ["resolution 2850"], url: "https://digitallibrary.un.org/search?p=S%2FRES%2F2850" }],
  },
  {
    form: "written year contradicts the table: the number wins",
    text: "The U.N. Security Council resolution 2231 (2016) is often misdated.",
    expect: [{ symbol: "S/RES/2231 (2015)", year: 2015, mentions: ["resolution 2231 (2016)"] }],
  },
  {
    form: "generic: U.N. Security Council resolutions (sample article)",
    text: "The two ministers agreed on the need to fully implement the U.N. Security Council resolutions and vowed to keep strategic communication.",
    expect: [],
    generic: ["U.N. Security Council resolutions"],
  },
  {
    form: "generic: Security Council sanctions resolutions, General Assembly resolution",
    text: "China backs Security Council sanctions resolutions but opposes a General Assembly resolution on the matter.",
    expect: [],
    generic: ["Security Council sanctions resolutions", "General Assembly resolution"],
  },
  {
    form: "generic: resolutions adopted by the Security Council; UNSCRs",
    text: "Moscow says it respects the resolutions adopted by the Security Council, but not unilateral sanctions beyond UNSCRs.",
    expect: [],
    generic: ["resolutions adopted by the Security Council", "UNSCRs"],
  },
  {
    form: "generic: a UN resolution; a verb between body and keyword keeps the body out of the span",
    text: "Seoul wants a UN resolution condemning the launch. The Security Council adopted a resolution on Friday.",
    expect: [],
    generic: ["UN resolution", "resolution"],
  },
];

describe("findResolutions: citation forms", () => {
  it.each(ROWS)("$form", (row) => {
    const { resolutions, genericResolutionMentions } = findResolutions(row.text);
    expect(resolutions.map((r) => r.symbol)).toEqual(row.expect.map((e) => e.symbol));
    row.expect.forEach((e, i) => {
      const r = resolutions[i];
      expect(r.mentions.map((m) => m.text)).toEqual(e.mentions);
      if (e.body) expect(r.body).toBe(e.body);
      if (e.number !== undefined) expect(r.number).toBe(e.number);
      if (e.year !== undefined) expect(r.year).toBe(e.year);
      if (e.url) expect(r.url).toBe(e.url);
      expect(r.url).not.toMatch(/\s/);
      expect(r.confidence).toBeGreaterThan(0.5);
    });
    expect(genericResolutionMentions.map((s) => s.text)).toEqual(row.generic ?? []);
  });
});

describe("findResolutions: facts on Security Council resolutions", () => {
  it("fills title, adopted, topic and vote from the table", () => {
    const [r] = findResolutions("the U.N. Security Council resolution 2321").resolutions;
    expect(r).toMatchObject({ symbol: "S/RES/2321 (2016)", adopted: "2016-11-30", vote: "15-0-0" });
    expect(r.topic).toMatch(/Non-proliferation/);
    expect(r.topic).toMatch(/Democratic People's Republic of Korea/);
    expect(r.title).toBe(r.topic);
  });

  it("takes the body of a generic mention that introduces the number", () => {
    const [r] = findResolutions("Russia will implement UNSC resolutions, including Resolution 2321 adopted in November.").resolutions;
    expect(r.confidence).toBe(0.95);
  });

  it("gives confidence by evidence: symbol > named body > UN words nearby > UN words elsewhere", () => {
    const conf = (t: string): number | undefined => findResolutions(t).resolutions[0]?.confidence;
    const symbol = conf("S/RES/242 (1967)")!;
    const body = conf("Security Council resolution 242")!;
    const near = conf("The U.N. envoy cited resolution 242.")!;
    const far = conf("The envoy cited resolution 242.\n\nHe later spoke to the United Nations.")!;
    expect(symbol).toBe(1);
    expect(body).toBeLessThan(symbol);
    expect(near).toBeLessThan(body);
    expect(far).toBeLessThan(near);
    expect(conf("The envoy cited resolution 242.")).toBeUndefined();
  });
});
