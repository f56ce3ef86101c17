/** A quoted passage of the analysed text as notes store it: the exact text, some context either side, and its offsets. */
import type { NoteInput } from "../notes/index.ts";

/** A quoted passage as a note takes it (src/notes does not export the type by name from its index). */
export type QuoteInput = NonNullable<NoteInput["quote"]>;

/** Characters of context kept before and after a quote. */
export const QUOTE_CONTEXT = 32;
/** Longest passage quoted (the note store refuses longer ones). */
export const MAX_QUOTED_CHARS = 20_000;

/**
 * The quote of [start, end) of `text`, with whitespace at either end left out and at most `MAX_QUOTED_CHARS`
 * characters; undefined when only whitespace is covered.
 */
export function quoteOf(text: string, start: number, end: number, context = QUOTE_CONTEXT): QuoteInput | undefined {
  let s = Math.max(0, Math.min(start, text.length));
  let e = Math.max(s, Math.min(end, text.length));
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  if (e <= s) return undefined;
  e = Math.min(e, s + MAX_QUOTED_CHARS);
  // Do not cut a surrogate pair in two at the end.
  if (e < text.length && /[\uDC00-\uDFFF]/.test(text[e])) e--;
  return { exact: text.slice(s, e), prefix: text.slice(Math.max(0, s - context), s), suffix: text.slice(e, e + context), start: s, end: e };
}
