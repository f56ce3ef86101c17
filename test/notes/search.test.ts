import { beforeAll, describe, expect, it } from "vitest";
import { createNoteStore, foldForSearch, noteText, type NoteStore } from "../../src/notes/index.ts";
import { MemoryArea, steppingClock } from "./fake-storage.ts";

const ARTICLE = "https://www.koreapost.com/news/articleView.html?idxno=12345";

describe("foldForSearch", () => {
  it.each([
    ["Zürich", "zurich"],
    ["Łukaszenka", "lukaszenka"],
    ["Straße", "strasse"],
    ["Œuvre", "oeuvre"],
    ["Diyarbakır", "diyarbakir"],
    ["ﬁnance", "finance"],
    ["U.N. Security-Council", "un security council"],
    ["Russia’s N. Korea policy", "russia n korea policy"],
    ["Zürich's Ħal-Œuvre", "zurich hal oeuvre"],
    ["O'Brien", "obrien"],
    ["  Yun   Byung-se  ", "yun byung se"],
  ])("%s → %s", (input, folded) => {
    expect(foldForSearch(input)).toBe(folded);
  });
});

describe("search", () => {
  let notes: NoteStore;

  beforeAll(async () => {
    notes = createNoteStore(new MemoryArea(), steppingClock());
    const inputs = [
      { source: ARTICLE, title: "Yun, Lavrov discuss N. Korea in Munich", text: "Russia says it will faithfully implement UNSC resolutions", tags: ["sanctions"] },
      { source: ARTICLE, text: "Opposes deployment of US strategic assets", actorId: "sergey-lavrov", actorName: "Sergey Lavrov" },
      {
        source: ARTICLE,
        text: "Check the THAAD timeline",
        quote: { exact: "Terminal High Altitude Area Defense (THAAD) system", prefix: "called the ", suffix: " in South Korea", start: 1300, end: 1350 },
      },
      { source: "https://example.org/zurich-talks", title: "Talks in Zürich", text: "Łukaszenka was not invited", tags: ["Belarus"] },
      { source: "https://example.org/un", text: "Resolution 2321 (2016) tightened the coal cap", tags: ["U.N."] },
    ];
    for (const input of inputs) {
      const result = await notes.add(input);
      if (!result.ok) throw new Error(result.error.message);
    }
  });

  it.each([
    ["lavrov", ["Russia says it will faithfully implement UNSC resolutions", "Opposes deployment of US strategic assets"]], // title, actor
    ["LAVROV strategic", ["Opposes deployment of US strategic assets"]], // all words must match, across fields
    ["sergey-lavrov", ["Opposes deployment of US strategic assets"]], // actor id
    ["#sanctions", ["Russia says it will faithfully implement UNSC resolutions"]], // tag, with the hash people type
    ["altitude defense", ["Check the THAAD timeline"]], // quote
    ["zurich", ["Łukaszenka was not invited"]], // accent in title, none in query
    ["ZÜRICH lukaszenka", ["Łukaszenka was not invited"]], // accent in query, and in the note
    ["belarus", ["Łukaszenka was not invited"]],
    ["2321 coal", ["Resolution 2321 (2016) tightened the coal cap"]],
    ["u.n.", ["Russia says it will faithfully implement UNSC resolutions", "Resolution 2321 (2016) tightened the coal cap"]], // "un…": UNSC, and the tag U.N.
    ["russia's", ["Russia says it will faithfully implement UNSC resolutions"]],
    ["implement", ["Russia says it will faithfully implement UNSC resolutions"]],
    ["impl", ["Russia says it will faithfully implement UNSC resolutions"]], // start of a word, as typed so far
    ["ussia", []], // but not the middle of one
    ["thaad sanctions", []],
    ["beijing", []],
  ])("%j finds %j", async (query, expected) => {
    expect((await notes.search(query)).map(noteText)).toEqual(expected);
  });

  it.each(["", "   ", "—"])("an empty query (%j) returns every note, oldest first", async (query) => {
    const all = await notes.all();
    expect(await notes.search(query)).toEqual(all);
    expect(all).toHaveLength(5);
  });
});
