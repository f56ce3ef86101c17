/** Reader's notes: the W3C Web Annotation model, storage over an injected storage area, search, export, import and anchoring. */
export { createNoteStore, isQuotaError, type NoteStore, type StorageAreaLike } from "./store.ts";
export { canonicalSource } from "./canonical-source.ts";
export { anchorNotes, anchorQuote, type AnchoredNotes, type QuoteLocator, type TextOffsets } from "./anchor.ts";
export { foldForSearch, searchNotes } from "./search.ts";
export { csvCell, toCsv, toJson, toMarkdown } from "./export.ts";
export {
  MAX_TAGS,
  MAX_TAG_LENGTH,
  MAX_TEXT_LENGTH,
  noteQuote,
  noteTags,
  noteText,
  type Note,
  type NoteInput,
  type NotePatch,
  type Selector,
  type TextPositionSelector,
  type TextQuoteSelector,
  type TextualBody,
} from "./note.ts";
export type { Result } from "../shared/result.ts";
