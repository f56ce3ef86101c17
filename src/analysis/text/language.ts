/** Guesses whether a text is English from the share of common English function words. */

const ENGLISH_FUNCTION_WORDS = new Set([
  "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "as", "was", "by", "said", "it",
  "his", "her", "he", "she", "they", "at", "from", "be", "has", "have", "had", "an", "are", "were", "not",
  "this", "which", "its", "their", "will", "would", "but", "or", "been", "also", "who",
]);

/** Returns "en" when the text reads as English, "und" (undetermined) otherwise; looks at the first 2,000 words only. */
export function detectLanguage(text: string): "en" | "und" {
  const re = /\p{L}+/gu;
  let words = 0;
  let hits = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && words < 2000) {
    words++;
    if (ENGLISH_FUNCTION_WORDS.has(m[0].toLowerCase())) hits++;
  }
  if (words < 8) return words > 0 && hits > 0 ? "en" : "und";
  return hits / words >= 0.12 ? "en" : "und";
}
