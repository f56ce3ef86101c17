import { describe, expect, it } from "vitest";
import { anchorNotes, anchorQuote, createNoteStore, type Note, type QuoteLocator } from "../../src/notes/index.ts";
import { MemoryArea, steppingClock } from "./fake-storage.ts";

// Paragraphs of the sample article (test/fixtures/korea-post-yun-lavrov.html).
const ARTICLE = [
  "Top diplomats of South Korea and Russia have expressed concerns over North Korea's repeated violations of U.N. Security Council resolutions and vowed to keep strategic communication to deal with the growing nuclear threat from Pyongyang.",
  "South Korean Foreign Minister Yun Byung-se and his Russian counterpart Sergey Lavrov met on the sidelines of the Munich Security Conference on Saturday and discussed a range of issues, including their bilateral ties and evolving nuclear capabilities of the North, the ministry said.",
  "Lavrov reaffirmed Russia's opposition to the North going nuclear and its commitment to faithfully implement UNSC resolutions, including Resolution 2321 adopted in the wake of the North's fifth nuclear test in September, according to the ministry.",
  "In their seventh meeting, Yun and Lavrov also agreed to improve bilateral cooperation on economic and other fronts, the ministry said.",
  "South Korea and the U.S. are planning to install a THAAD battery this year on Korean soil as part of efforts to better counter missile threats from the North.",
].join("\n\n");

/** A selector for the nth occurrence of `exact` in the article, with 32 characters of context, as the page side would build it. */
function locate(exact: string, nth = 0, text = ARTICLE): QuoteLocator & { start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(exact, start + 1);
  if (start === -1) throw new Error(`not in text: ${exact}`);
  const end = start + exact.length;
  return { exact, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32), start, end };
}

const at = (text: string, exact: string, nth = 0) => {
  const { start, end } = locate(exact, nth, text);
  return { start, end };
};

const EDITED = `Updated 18 Feb.\n\n${ARTICLE}`;
const REWORDED = ARTICLE.replace("vowed to keep strategic communication", "vowed to keep up strategic communications");
const SHORTER = ARTICLE.split("\n\n").slice(0, 4).join("\n\n");

describe("anchorQuote", () => {
  it.each([
    ["the stored position when the text is unchanged", ARTICLE, locate("Sergey Lavrov"), at(ARTICLE, "Sergey Lavrov")],
    ["the quote again after text was added above it", EDITED, locate("Resolution 2321"), at(EDITED, "Resolution 2321")],
    [
      "the right one of repeated words, by prefix and suffix",
      EDITED,
      locate("the ministry said", 1), // the second "the ministry said" (seventh meeting)
      at(EDITED, "the ministry said", 1),
    ],
    [
      "a repeated word with a wrong position, by context alone",
      ARTICLE,
      { ...locate("the North", 2), start: 0, end: 9 },
      at(ARTICLE, "the North", 2),
    ],
    [
      "a repeated word with no context, by the nearest position",
      ARTICLE,
      { exact: "Lavrov", prefix: "", suffix: "", start: ARTICLE.indexOf("Lavrov reaffirmed") + 3, end: 0 },
      { start: ARTICLE.indexOf("Lavrov reaffirmed"), end: ARTICLE.indexOf("Lavrov reaffirmed") + 6 },
    ],
    [
      "a passage that was reworded a little, approximately, up to where the old suffix resumes",
      REWORDED,
      locate("vowed to keep strategic communication"),
      at(REWORDED, "vowed to keep up strategic communications"),
    ],
    [
      "a typo fixed in the page, approximately",
      ARTICLE.replace("Byung-se", "Byung-sae"),
      locate("Foreign Minister Yun Byung-se and his Russian"),
      at(ARTICLE.replace("Byung-se", "Byung-sae"), "Foreign Minister Yun Byung-sae and his Russian"),
    ],
  ])("finds %s", (_name, text, sel, expected) => {
    expect(anchorQuote(text, sel)).toEqual(expected);
  });

  it.each([
    ["a passage the page no longer has", SHORTER, locate("install a THAAD battery this year")],
    ["a passage rewritten beyond recognition", ARTICLE, { exact: "China and Japan signed a fisheries accord", prefix: "", suffix: "", start: 10, end: 51 }],
    ["a short quote that is not there exactly", ARTICLE, { exact: "UNGA", prefix: "", suffix: "", start: 0, end: 4 }],
    ["an empty quote", ARTICLE, { exact: "", prefix: "", suffix: "", start: 0, end: 0 }],
  ])("gives null for %s", (_name, text, sel) => {
    expect(anchorQuote(text, sel)).toBeNull();
  });

  it("stays bounded on a long text: searches near the old position, and gives up without one", () => {
    const filler = "Lorem ipsum dolor sit amet. ".repeat(40_000); // about a million characters
    const text = `${filler}${ARTICLE}${filler}`;
    const sel = { ...locate("vowed to keep strategic communication", 0, `${filler}${ARTICLE}`) };
    const reworded = text.replace("vowed to keep strategic communication", "vowed to keep strategic comunication");
    const started = Date.now();
    expect(anchorQuote(reworded, sel)).toEqual({ start: sel.start, end: sel.end - 1 });
    expect(anchorQuote(reworded, { exact: sel.exact, prefix: sel.prefix, suffix: sel.suffix })).toBeNull();
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe("anchorNotes", () => {
  it("puts every note in exactly one list: placed, orphans or unanchored", async () => {
    const store = createNoteStore(new MemoryArea(), steppingClock());
    const source = "https://www.koreapost.com/news/articleView.html?idxno=12345";
    for (const input of [
      { source, text: "on the resolution", quote: locate("Resolution 2321") },
      { source, text: "on THAAD", quote: locate("install a THAAD battery this year") },
      { source, text: "on the article" },
      { source, text: "on Lavrov", actorId: "sergey-lavrov", actorName: "Sergey Lavrov" },
    ]) {
      const result = await store.add(input);
      if (!result.ok) throw new Error(result.error.message);
    }
    const notes: Note[] = await store.list(source);
    const anchored = anchorNotes(SHORTER, notes);
    expect(anchored.placed.map((p) => [p.note, p.start, p.end])).toEqual([[notes[0], ...Object.values(at(SHORTER, "Resolution 2321"))]]);
    expect(anchored.orphans).toEqual([notes[1]]);
    expect(anchored.unanchored).toEqual([notes[2], notes[3]]);
  });
});
