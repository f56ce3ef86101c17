/** Guesses whether a text is English: script first, then which language's function words it uses most. */

const FUNCTION_WORDS: Record<string, string[]> = {
  en: ["the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "as", "was", "by", "said", "it", "his", "he", "they", "at", "from", "has", "have", "had", "an", "are", "were", "not", "this", "which", "its", "their", "will", "would", "but", "been", "also", "who", "urged", "after"],
  de: ["der", "die", "das", "und", "ist", "nicht", "mit", "den", "von", "zu", "ein", "eine", "im", "auf", "für", "sich", "dem", "des", "über", "haben", "wurde", "auch"],
  fr: ["le", "la", "les", "et", "est", "des", "une", "un", "du", "dans", "pour", "pas", "que", "qui", "sur", "au", "aux", "avec", "ont", "leur", "été"],
  es: ["el", "la", "los", "las", "y", "es", "del", "en", "una", "por", "con", "para", "que", "se", "su", "al", "como", "fue", "han", "sobre"],
  it: ["il", "la", "di", "e", "che", "è", "per", "una", "del", "della", "con", "non", "sono", "gli", "nel", "alla", "ha"],
  pt: ["o", "a", "os", "as", "de", "e", "do", "da", "em", "um", "uma", "para", "com", "não", "que", "no", "na", "foi", "pelo"],
  nl: ["de", "het", "een", "en", "van", "is", "niet", "op", "te", "dat", "zijn", "met", "voor", "ook", "werd"],
};
const LANGS = Object.keys(FUNCTION_WORDS);
/** Function word → bit per language (bit k = LANGS[k]) using it. */
const INDEX = new Map<string, number>();
LANGS.forEach((lang, k) => {
  for (const w of FUNCTION_WORDS[lang]) INDEX.set(w, (INDEX.get(w) ?? 0) | (1 << k));
});
const EN = LANGS.indexOf("en");
/** Longest function word: a longer word (lower-casing never shortens one) needs no look-up. */
const MAX_WORD = Math.max(...[...INDEX.keys()].map((w) => w.length));

/** True when every letter of a word is Latin script (Basic Latin through Latin Extended Additional). */
function isLatinWord(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c > 0x24f && (c < 0x1e00 || c > 0x1eff)) return false;
  }
  return true;
}

/** A run of letters at the sticky position (the words `detectLanguage` counts: maximal runs of \p{L}). */
const LETTERS_AT = /\p{L}+/uy;

const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** Returns "en" when the text reads as English, "und" (undetermined) otherwise; looks at the first 2,000 words only. */
export function detectLanguage(text: string): "en" | "und" {
  let words = 0;
  let latin = 0;
  const hits = new Int32Array(LANGS.length);
  const count = (w: string) => {
    words++;
    if (isLatinWord(w)) latin++;
    if (w.length > MAX_WORD) return;
    // Keys are lower case: a word found as written needs no lower-casing.
    let bits = INDEX.get(w);
    if (bits === undefined) bits = INDEX.get(w.toLowerCase());
    if (bits === undefined) return;
    for (let k = 0; k < LANGS.length; k++) if (bits & (1 << k)) hits[k]++;
  };
  // Scans ASCII by character codes; a run that has or meets a non-ASCII character is read with the expression.
  const n = text.length;
  let i = 0;
  while (i < n && words < 2000) {
    const c = text.charCodeAt(i);
    if (c < 128 && !isAsciiLetter(c)) {
      i++;
      continue;
    }
    const start = i;
    if (c < 128) {
      while (i < n && isAsciiLetter(text.charCodeAt(i))) i++;
      if (i >= n || text.charCodeAt(i) < 128) {
        count(text.slice(start, i));
        continue;
      }
    }
    LETTERS_AT.lastIndex = start;
    const m = LETTERS_AT.exec(text);
    if (m) {
      count(m[0]);
      i = start + m[0].length;
    } else i = start + 1;
  }
  if (words === 0) return "und";
  // Mostly another script (Cyrillic, Hangul, Arabic, CJK …): not English.
  if (latin / words < 0.5) return "und";
  const en = hits[EN];
  let other = 0;
  for (let k = 0; k < LANGS.length; k++) if (k !== EN && hits[k] > other) other = hits[k];
  // Short texts (headlines, lists of names) hold few function words: English unless another language shows more.
  if (words < 40) return en >= other ? "en" : "und";
  return en > other && en / words >= 0.06 ? "en" : "und";
}
