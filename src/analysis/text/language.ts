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
const INDEX = new Map<string, string[]>();
for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
  for (const w of words) INDEX.set(w, [...(INDEX.get(w) ?? []), lang]);
}

/** True when every letter of a word is Latin script (Basic Latin through Latin Extended Additional). */
function isLatinWord(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c > 0x24f && (c < 0x1e00 || c > 0x1eff)) return false;
  }
  return true;
}

/** Returns "en" when the text reads as English, "und" (undetermined) otherwise; looks at the first 2,000 words only. */
export function detectLanguage(text: string): "en" | "und" {
  const re = /\p{L}+/gu;
  let words = 0;
  let latin = 0;
  const hits: Record<string, number> = {};
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && words < 2000) {
    words++;
    if (isLatinWord(m[0])) latin++;
    for (const lang of INDEX.get(m[0].toLowerCase()) ?? []) hits[lang] = (hits[lang] ?? 0) + 1;
  }
  if (words === 0) return "und";
  // Mostly another script (Cyrillic, Hangul, Arabic, CJK …): not English.
  if (latin / words < 0.5) return "und";
  const en = hits.en ?? 0;
  const other = Math.max(0, ...Object.entries(hits).filter(([l]) => l !== "en").map(([, v]) => v));
  // Short texts (headlines, lists of names) hold few function words: English unless another language shows more.
  if (words < 40) return en >= other ? "en" : "und";
  return en > other && en / words >= 0.06 ? "en" : "und";
}
