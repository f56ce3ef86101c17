import { describe, it, expect } from "vitest";
import { tokenize } from "../../../src/analysis/text/tokenize.ts";
import { splitSentences } from "../../../src/analysis/text/sentences.ts";
import { detectLanguage } from "../../../src/analysis/text/language.ts";

describe("tokenize", () => {
  const rows: [string, string[]][] = [
    ["North Korea's repeated violations", ["North", "Korea", "'s", "repeated", "violations"]],
    ["the U.S.' global missile defense", ["the", "U.S.", "'", "global", "missile", "defense"]],
    ["U.N. Security Council", ["U.N.", "Security", "Council"]],
    ["S. Korea, Russia voice concerns", ["S.", "Korea", ",", "Russia", "voice", "concerns"]],
    ["Foreign Minister Yun Byung-se", ["Foreign", "Minister", "Yun", "Byung-se"]],
    ["Hayat Tahrir al-Sham fighters", ["Hayat", "Tahrir", "al-Sham", "fighters"]],
    ["Mr. Lavrov didn't comment.", ["Mr.", "Lavrov", "did", "n't", "comment", "."]],
    ["resolutions 1718, 1874 and 2,094.5", ["resolutions", "1718", ",", "1874", "and", "2,094.5"]],
    ["S/RES/2270 (2016)", ["S", "/", "RES", "/", "2270", "(", "2016", ")"]],
    ["Washington’s strategic assets", ["Washington", "’s", "strategic", "assets"]],
    ["Gen. Milley said", ["Gen.", "Milley", "said"]],
    ["Vladi\u00ADmir Putin", ["Vladi\u00ADmir", "Putin"]],
    ["President George H.W. Bush", ["President", "George", "H.W.", "Bush"]],
  ];
  it.each(rows)("%s", (text, expected) => {
    expect(tokenize(text).map((t) => t.text)).toEqual(expected);
  });

  it("is lossless: tokens are slices of the input and the gaps between them are whitespace", () => {
    const samples = [
      "Top diplomats of South Korea and Russia have expressed concerns over North Korea's violations.",
      "  leading and trailing  \n\n spaces\t",
      "emoji 🇰🇷 and RTL שלום عربى and CJK 北朝鮮 mixed—dashes…",
      "\u0000control\u0007chars\ud800lone surrogate",
    ];
    for (const text of samples) {
      const toks = tokenize(text);
      let pos = 0;
      for (const t of toks) {
        expect(t.text).toBe(text.slice(t.start, t.end));
        expect(t.end).toBeGreaterThan(t.start);
        expect(text.slice(pos, t.start).trim()).toBe("");
        pos = t.end;
      }
      expect(text.slice(pos).trim()).toBe("");
    }
  });
});

describe("splitSentences", () => {
  const rows: [string, number][] = [
    ["Lavrov met Yun. They discussed North Korea.", 2],
    ["The U.S. will send its strategic assets. Russia objected.", 2],
    ["He arrived at 3 p.m. local time and left.", 1],
    ["It is part of the U.S.' global missile defense system.\n\nSouth Korea and the U.S. are planning it.", 2],
    ['"We oppose it," he said. "It is not desirable."', 2],
    ["Headline without a period\n\nFirst paragraph.", 2],
    ["Gen. Milley and Mr. Yun met in Seoul. Nothing followed.", 2],
  ];
  it.each(rows)("%s → %i sentence(s)", (text, count) => {
    const toks = tokenize(text);
    const sents = splitSentences(text, toks);
    expect(sents.length).toBe(count);
    // Sentences are ordered and cover every token once.
    let next = 0;
    for (const s of sents) {
      expect(s.tokenStart).toBe(next);
      next = s.tokenEnd;
    }
    expect(next).toBe(toks.length);
  });
});

describe("detectLanguage", () => {
  it.each([
    ["Top diplomats of South Korea and Russia have expressed concerns over the North's violations.", "en"],
    ["Die Außenminister Südkoreas und Russlands haben ihre Besorgnis über die Verstöße Nordkoreas geäußert.", "und"],
    ["Les chefs de la diplomatie sud-coréenne et russe ont exprimé leur inquiétude face aux violations.", "und"],
    ["한국과 러시아 외교장관은 북한의 유엔 안보리 결의 위반에 우려를 표명했다.", "und"],
  ])("%s → %s", (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});

describe("detectLanguage: word scanning", () => {
  it("counts the same words as a plain \\p{L}+ scan: mixed scripts, accents, combining marks, astral letters", () => {
    // English function words glued to other scripts or accents are not English words ("theé", "andЖ").
    const en = "the of and to in a is that for on with as was by said it his he they at ".repeat(3);
    expect(detectLanguage(en)).toBe("en");
    expect(detectLanguage(en.replace(/ /g, "é "))).toBe("und");
    expect(detectLanguage(en.replace(/ /g, "Ж "))).toBe("und");
    expect(detectLanguage(en.replace(/ /g, "\u0301 "))).toBe("en"); // a combining mark is not a letter: the word ends
    expect(detectLanguage(en.replace(/ /g, "𝐀 "))).toBe("und"); // an astral letter continues the word
    expect(detectLanguage(en.replace(/ /g, "1"))).toBe("en"); // digits separate words
  });
});
