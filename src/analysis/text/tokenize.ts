/** Lossless tokenisation: every token is a [start, end) slice of the input; the gaps between tokens are whitespace only. */

/** One token of the text. */
export interface Token {
  start: number;
  end: number;
  text: string;
}

// Abbreviations that keep their period: "Mr.", "Gen.", "Jan.", "Sen.".
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "cpl", "pvt",
  "sen", "rep", "gov", "pres", "amb", "rev", "hon", "st", "sr", "jr", "messrs", "mt", "ft", "vs", "etc",
  "no", "nos", "vol", "art", "para", "fig", "approx", "est", "dept", "univ", "corp", "inc", "ltd", "co", "bros",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
]);

// One token at a time, tried in order:
//   dotted abbreviation "U.S." "U.N." "S.Korea"→"S." | number "2,000" "3.5" "1718" | word with inner hyphens/apostrophes
//   "Byung-se" "al-Sham" "O'Brien" | "n't" | any other single non-space character.
// Soft hyphens and zero-width characters inside a word stay in it ("Vladi\u00ADmir" is one word).
const TOKEN_RE =
  /(?:\p{L}\.){2,}|\p{N}+(?:[.,:/]\p{N}+)*(?:\p{L}+)?|[\p{L}\p{M}\p{N}_]+(?:[\u00AD\u200B-\u200D\u2060]+[\p{L}\p{M}\p{N}_]+|[-'’][\p{L}\p{M}\p{N}_]+)*|\S/uy;
const SPACE_RE = /\s+/y;
/** ' or ’ */
const isApostrophe = (c: number) => c === 39 || c === 0x2019;

/** Character classes of ASCII codes for the fast path: 1 = space, 2 = word character [A-Za-z0-9_], 3 = other punctuation. */
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII_CLASS[c] = /\s/.test(ch) ? 1 : /\w/.test(ch) ? 2 : c > 32 && c < 127 ? 3 : 0;
}
const DIGIT_0 = 48, DIGIT_9 = 57;

/**
 * End of a plain ASCII word starting at `pos` ([A-Za-z_][A-Za-z0-9_]*) when nothing after it could extend the token
 * (a ".", "-", "'" or any non-ASCII character sends the caller to the full expression); -1 otherwise.
 */
function plainWordEnd(text: string, pos: number, n: number): number {
  let end = pos + 1;
  while (end < n) {
    const c = text.charCodeAt(end);
    if (c < 128 && ASCII_CLASS[c] === 2) end++;
    else break;
  }
  if (end === n) return end;
  const next = text.charCodeAt(end);
  if (next >= 128 || next === 46 /* . */ || next === 45 /* - */ || next === 39 /* ' */) return -1;
  return end;
}

/** Splits text into lossless tokens ("Korea's" → "Korea", "'s"; "U.S." and "Mr." stay whole). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  const n = text.length;
  while (pos < n) {
    // Fast path for ASCII: spaces, single punctuation marks and plain words need no regular expression (the same
    // tokens as TOKEN_RE: no alternative before `\S` matches at an ASCII punctuation mark other than "_").
    let c = text.charCodeAt(pos);
    if (c < 128) {
      const k = ASCII_CLASS[c];
      if (k === 1) {
        pos++;
        while (pos < n && (c = text.charCodeAt(pos)) < 128 && ASCII_CLASS[c] === 1) pos++;
        if (pos >= n) break;
        if (c >= 128) {
          SPACE_RE.lastIndex = pos;
          if (SPACE_RE.test(text)) pos = SPACE_RE.lastIndex;
          if (pos >= n) break;
          c = text.charCodeAt(pos);
        }
      }
      if (c < 128) {
        const k2 = ASCII_CLASS[c];
        if (k2 === 3) {
          tokens.push({ start: pos, end: pos + 1, text: text[pos] });
          pos++;
          continue;
        }
        if (k2 === 2 && (c < DIGIT_0 || c > DIGIT_9)) {
          const end = plainWordEnd(text, pos, n);
          if (end > 0) {
            tokens.push({ start: pos, end, text: text.slice(pos, end) });
            pos = end;
            continue;
          }
        }
      }
    } else {
      SPACE_RE.lastIndex = pos;
      if (SPACE_RE.test(text)) {
        pos = SPACE_RE.lastIndex;
        if (pos >= n) break;
      }
    }
    TOKEN_RE.lastIndex = pos;
    const m = TOKEN_RE.exec(text);
    if (!m) {
      // Lone surrogate or similar: take one code unit so we always advance.
      tokens.push({ start: pos, end: pos + 1, text: text[pos] });
      pos += 1;
      continue;
    }
    let word = m[0];
    let end = pos + word.length;
    // "Mr." "Gen." "S." (single capital initial): keep the period with the word.
    if (text.charCodeAt(end) === 46 /* . */ && /^\p{L}+$/u.test(word)) {
      const lower = word.toLowerCase();
      if (ABBREVIATIONS.has(lower) || (word.length === 1 && /\p{Lu}/u.test(word))) {
        word += ".";
        end += 1;
      }
    }
    // Split "Korea's" → "Korea" "'s" and "didn't" → "did" "n't" (checked by character codes: this is the hot loop).
    const len = word.length;
    let cut = 0;
    const last = word.charCodeAt(len - 1);
    if (len > 2 && (last === 115 || last === 83) && isApostrophe(word.charCodeAt(len - 2))) cut = len - 2;
    else if (len > 3 && last === 116 && isApostrophe(word.charCodeAt(len - 2)) && word.charCodeAt(len - 3) === 110) cut = len - 3;
    if (cut > 0) {
      tokens.push({ start: pos, end: pos + cut, text: word.slice(0, cut) });
      tokens.push({ start: pos + cut, end, text: word.slice(cut) });
    } else {
      tokens.push({ start: pos, end, text: word });
    }
    pos = end;
  }
  return tokens;
}
