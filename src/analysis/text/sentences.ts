/** Sentence splitting over lossless tokens. */
import type { Token } from "./tokenize.ts";

/** A sentence: character offsets and the [tokenStart, tokenEnd) range of its tokens. */
export interface Sentence {
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
}

// Words that commonly open a sentence, so "… in the U.S. The minister …" splits after "U.S.".
const OPENERS = new Set([
  "the", "a", "an", "he", "she", "it", "they", "we", "i", "in", "on", "at", "but", "and", "this", "that",
  "there", "his", "her", "their", "its", "during", "after", "before", "meanwhile", "however", "as", "for", "while",
]);
const CLOSERS = new Set(['"', "”", "’", "'", ")", "]"]);

/** Splits tokens into sentences at ". ! ?" (and closing quotes after them) and at line breaks. */
export function splitSentences(text: string, tokens: Token[]): Sentence[] {
  const out: Sentence[] = [];
  let first = 0;
  const close = (lastIdx: number) => {
    if (lastIdx < first) return;
    out.push({ start: tokens[first].start, end: tokens[lastIdx].end, tokenStart: first, tokenEnd: lastIdx + 1 });
    first = lastIdx + 1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (!next) break;
    // A line break between two tokens always ends a sentence (paragraphs, headlines).
    const gap = text.slice(t.end, next.start);
    if (gap.includes("\n")) {
      close(i);
      continue;
    }
    let end = false;
    const w = t.text;
    if (w === "." || w === "!" || w === "?" || w === "…") end = true;
    else if (w.length > 2 && w.endsWith(".") && w.indexOf(".") < w.length - 1) {
      // Dotted abbreviation "U.S." ends a sentence only before a typical sentence opener.
      end = OPENERS.has(next.text.toLowerCase()) && /^\p{Lu}/u.test(next.text);
    }
    if (!end) continue;
    let j = i;
    while (tokens[j + 1] && CLOSERS.has(tokens[j + 1].text) && tokens[j + 1].start === tokens[j].end) j++;
    const after = tokens[j + 1];
    if (!after) break;
    if (after.start === tokens[j].end) continue; // "3.5", "a.m.x" – no space, no break
    // A sentence ends unless the next word starts in lower case ("… U.S. officials", "3 p.m. local time").
    if (!/^\p{Ll}/u.test(after.text)) {
      close(j);
      i = j;
    }
  }
  if (first < tokens.length) close(tokens.length - 1);
  return out;
}
