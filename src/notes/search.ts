import { noteTags, noteText, type Note } from "./note.ts";

/** Letters that Unicode decomposition leaves alone but readers type without the mark, e.g. "Łukaszenka" as "lukaszenka". */
const EXTRA_FOLDS: Record<string, string> = {
  ß: "ss", æ: "ae", œ: "oe", ø: "o", đ: "d", ð: "d", ł: "l", ı: "i", þ: "th", ħ: "h", ŀ: "l",
};

/**
 * Folds text for matching: compatibility-decomposed, marks removed, lower-cased, the letters of
 * EXTRA_FOLDS spelled out, a possessive 's dropped, dots and apostrophes dropped (so "U.N." is
 * "un", "Russia's" is "russia", "O'Brien" is "obrien"), and every other run of non-letters/non-digits
 * turned into one space. "Zürich's Ħal-Œuvre" → "zurich hal oeuvre".
 */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[ßæœøđðłıþħŀ]/g, (ch) => EXTRA_FOLDS[ch] ?? ch)
    .replace(/['\u2019]s\b/g, "") // possessive: "russia's" → "russia"
    .replace(/['.\u2019\u00b7]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Everything a search looks in: note text, tags, quote, article title and actor. */
export function searchableText(note: Note): string {
  const quote = note.target.selector?.find((s) => s.type === "TextQuoteSelector");
  return [
    noteText(note),
    noteTags(note).join(" "),
    quote && quote.type === "TextQuoteSelector" ? quote.exact : "",
    note.attache?.title ?? "",
    note.attache?.actorName ?? "",
    note.attache?.actorId ?? "",
  ].join("\n");
}

/** The words of a query, folded; an empty list for a query of only spaces or punctuation. */
export function queryWords(query: string): string[] {
  const folded = foldForSearch(query);
  return folded ? folded.split(" ") : [];
}

/**
 * Notes in whose searchable text every word of the query starts a word ("impl" finds "implement",
 * "ussia" does not find "Russia"), ignoring case and accents, in the order given. An empty query
 * matches every note.
 */
export function searchNotes(notes: readonly Note[], query: string): Note[] {
  const words = queryWords(query);
  if (!words.length) return [...notes];
  return notes.filter((note) => {
    const haystack = ` ${foldForSearch(searchableText(note))}`;
    return words.every((word) => haystack.includes(` ${word}`));
  });
}
