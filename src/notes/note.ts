import { canonicalSource } from "./canonical-source.ts";
import { err, ok, type Result } from "../shared/result.ts";

/** JSON-LD context of every W3C Web Annotation. */
export const ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
/** Longest note text accepted, in UTF-16 code units. */
export const MAX_TEXT_LENGTH = 20_000;
/** Longest quoted passage accepted. */
export const MAX_QUOTE_LENGTH = 20_000;
/** Quote context kept on each side; longer prefixes and suffixes are cut to the characters nearest the quote. */
export const MAX_CONTEXT_LENGTH = 64;
/** Most tags on one note. */
export const MAX_TAGS = 32;
/** Longest tag. */
export const MAX_TAG_LENGTH = 64;
/** Longest title, actor id or actor name kept. */
export const MAX_LABEL_LENGTH = 500;
/** Longest source URL accepted. */
export const MAX_SOURCE_LENGTH = 4_096;

/** The note itself, or one of its tags. */
export interface TextualBody {
  type: "TextualBody";
  value: string;
  format?: "text/plain";
  purpose: "commenting" | "tagging";
}

/** The quoted passage with some context on either side. */
export interface TextQuoteSelector {
  type: "TextQuoteSelector";
  exact: string;
  prefix: string;
  suffix: string;
}

/** Offsets of the quoted passage in the article text, [start, end). */
export interface TextPositionSelector {
  type: "TextPositionSelector";
  start: number;
  end: number;
}

/** A way to find the passage a note is about. */
export type Selector = TextQuoteSelector | TextPositionSelector;

/** Attaché's own fields, kept apart from the W3C ones. */
export interface NoteExtension {
  title?: string;
  actorId?: string;
  actorName?: string;
  /** The id the note had in the file it was imported from, when that was not a `urn:uuid:`. */
  originalId?: string;
}

/** A reader's note: a W3C Web Annotation on an article, a passage of it, or an actor in it. */
export interface Note {
  "@context": typeof ANNOTATION_CONTEXT;
  id: string;
  type: "Annotation";
  created: string;
  modified: string;
  motivation: "commenting" | "tagging";
  body: TextualBody[];
  target: { source: string; selector?: Selector[] };
  attache?: NoteExtension;
}

/** A quoted passage as the page side captures it. */
export interface QuoteInput {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

/** What a caller gives to create a note. */
export interface NoteInput {
  source: string;
  title?: string;
  text: string;
  tags?: string[];
  quote?: QuoteInput;
  actorId?: string;
  actorName?: string;
}

/** What a caller may change on an existing note. */
export interface NotePatch {
  text?: string;
  tags?: string[];
}

/** The note text (all commenting bodies, joined by a blank line); "" for a tag-only note. */
export function noteText(note: Note): string {
  return note.body
    .filter((b) => b.purpose === "commenting")
    .map((b) => b.value)
    .join("\n\n");
}

/** The note's tags, in the order they were given. */
export function noteTags(note: Note): string[] {
  return note.body.filter((b) => b.purpose === "tagging").map((b) => b.value);
}

/** The quoted passage of a note, if it has one; `start`/`end` are absent when only the quote was stored. */
export function noteQuote(note: Note): { exact: string; prefix: string; suffix: string; start?: number; end?: number } | undefined {
  const selectors = note.target.selector ?? [];
  const quote = selectors.find((s): s is TextQuoteSelector => s.type === "TextQuoteSelector");
  if (!quote) return undefined;
  const position = selectors.find((s): s is TextPositionSelector => s.type === "TextPositionSelector");
  return position
    ? { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix, start: position.start, end: position.end }
    : { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix };
}

/** The bare UUID of a note id (`urn:uuid:…` or already bare), lower-cased; undefined if it is not a UUID. */
export function uuidOf(id: string): string | undefined {
  // e.g. "urn:uuid:0b7e6c8e-58b1-4c43-9a4e-0c1f1f6a2d11" or "0B7E6C8E-58B1-4C43-9A4E-0C1F1F6A2D11"
  const match = /^(?:urn:uuid:)?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i.exec(id.trim());
  return match ? match[1].toLowerCase() : undefined;
}

/** A new random (version 4) UUID: `crypto.randomUUID` where the runtime has it, otherwise built from random bytes. */
export function newUuid(): string {
  const c = (globalThis as { crypto?: Partial<Crypto> }).crypto;
  if (c && typeof c.randomUUID === "function") return c.randomUUID();
  const bytes = new Uint8Array(16);
  if (c && typeof c.getRandomValues === "function") c.getRandomValues(bytes);
  else for (let i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256);
  bytes[6] = (bytes[6] & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 4122 variant
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The checked, cleaned-up content of a note, before it gets an id and dates. */
export interface NoteContent {
  source: string;
  text: string;
  tags: string[];
  quote?: { exact: string; prefix: string; suffix: string; start?: number; end?: number };
  extension: NoteExtension;
}

/** Trims a note text and rejects it when too long; "" stays "" (whether that is allowed depends on the tags). */
export function checkText(text: unknown): Result<string> {
  if (typeof text !== "string") return err("invalid-note", "The note text must be a string.");
  const trimmed = text.trim();
  if (trimmed.length > MAX_TEXT_LENGTH) {
    return err(
      "note-too-long",
      `The note is ${trimmed.length.toLocaleString("en")} characters long; the limit is ${MAX_TEXT_LENGTH.toLocaleString("en")}. Shorten it or split it into several notes.`,
    );
  }
  return ok(trimmed);
}

/**
 * Cleans a tag list: trims, drops a leading `#`, collapses inner whitespace, drops empty and
 * case-insensitive duplicates, cuts each tag to MAX_TAG_LENGTH and rejects more than MAX_TAGS.
 */
export function checkTags(tags: unknown): Result<string[]> {
  if (tags === undefined) return ok([]);
  if (!Array.isArray(tags) || tags.some((t) => typeof t !== "string")) {
    return err("invalid-tags", "Tags must be a list of words.");
  }
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags as string[]) {
    const tag = raw.trim().replace(/^#+/, "").replace(/\s+/g, " ").slice(0, MAX_TAG_LENGTH).trim();
    const key = tag.toLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  if (out.length > MAX_TAGS) return err("too-many-tags", `A note can have at most ${MAX_TAGS} tags; this one has ${out.length}.`);
  return ok(out);
}

function cleanLabel(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const cleaned = value.replace(/\s+/g, " ").trim().slice(0, MAX_LABEL_LENGTH);
  return cleaned || undefined;
}

function checkQuote(quote: unknown, requirePosition: boolean): Result<NoteContent["quote"]> {
  if (quote === undefined) return ok(undefined);
  const q = quote as Partial<QuoteInput> | null;
  if (!q || typeof q !== "object" || typeof q.exact !== "string") {
    return err("invalid-quote", "The quoted passage is missing its text.");
  }
  if (!q.exact.trim()) return err("invalid-quote", "The quoted passage is empty.");
  if (q.exact.length > MAX_QUOTE_LENGTH) {
    return err("quote-too-long", `The quoted passage is longer than ${MAX_QUOTE_LENGTH.toLocaleString("en")} characters; select a shorter one.`);
  }
  const prefix = typeof q.prefix === "string" ? q.prefix.slice(-MAX_CONTEXT_LENGTH) : "";
  const suffix = typeof q.suffix === "string" ? q.suffix.slice(0, MAX_CONTEXT_LENGTH) : "";
  const hasPosition = q.start !== undefined || q.end !== undefined;
  if (!hasPosition && !requirePosition) return ok({ exact: q.exact, prefix, suffix });
  const { start, end } = q;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || (start as number) < 0 || (end as number) < (start as number)) {
    return err("invalid-quote", "The quoted passage has invalid start and end offsets.");
  }
  return ok({ exact: q.exact, prefix, suffix, start: start as number, end: end as number });
}

/** Checks and cleans what a caller gives to `add`; the error says what to fix. */
export function checkInput(input: NoteInput, options: { requirePosition?: boolean } = {}): Result<NoteContent> {
  if (!input || typeof input !== "object") return err("invalid-note", "No note was given.");
  if (typeof input.source !== "string" || !input.source.trim()) {
    return err("invalid-source", "The note has no article address to be saved under.");
  }
  const source = canonicalSource(input.source);
  if (source.length > MAX_SOURCE_LENGTH) return err("invalid-source", "The article address is too long to save notes under.");
  const text = checkText(input.text);
  if (!text.ok) return text;
  const tags = checkTags(input.tags);
  if (!tags.ok) return tags;
  if (!text.value && !tags.value.length) {
    return err("empty-note", "The note is empty: write something or add a tag before saving.");
  }
  const quote = checkQuote(input.quote, options.requirePosition ?? true);
  if (!quote.ok) return quote;
  const extension: NoteExtension = {};
  const title = cleanLabel(input.title);
  const actorId = cleanLabel(input.actorId);
  const actorName = cleanLabel(input.actorName);
  if (title) extension.title = title;
  if (actorId) extension.actorId = actorId;
  if (actorName) extension.actorName = actorName;
  return ok({ source, text: text.value, tags: tags.value, quote: quote.value, extension });
}

/** The annotation body for a text and tags: the comment first (if any), then one tagging body per tag. */
export function buildBody(text: string, tags: string[]): TextualBody[] {
  const body: TextualBody[] = [];
  if (text) body.push({ type: "TextualBody", value: text, format: "text/plain", purpose: "commenting" });
  for (const tag of tags) body.push({ type: "TextualBody", value: tag, purpose: "tagging" });
  return body;
}

/** Assembles a Note from checked content. */
export function buildNote(content: NoteContent, meta: { id: string; created: string; modified: string }): Note {
  const note: Note = {
    "@context": ANNOTATION_CONTEXT,
    id: meta.id,
    type: "Annotation",
    created: meta.created,
    modified: meta.modified,
    motivation: content.text ? "commenting" : "tagging",
    body: buildBody(content.text, content.tags),
    target: { source: content.source },
  };
  if (content.quote) {
    const { exact, prefix, suffix, start, end } = content.quote;
    const selector: Selector[] = [{ type: "TextQuoteSelector", exact, prefix, suffix }];
    if (start !== undefined && end !== undefined) selector.push({ type: "TextPositionSelector", start, end });
    note.target.selector = selector;
  }
  if (Object.keys(content.extension).length) note.attache = { ...content.extension };
  return note;
}

/** A cheap shape check for values read back from storage (which another version may have written). */
export function looksLikeNote(value: unknown): value is Note {
  if (!value || typeof value !== "object") return false;
  const v = value as Partial<Note>;
  return (
    v.type === "Annotation" &&
    typeof v.id === "string" &&
    typeof v.created === "string" &&
    Array.isArray(v.body) &&
    !!v.target &&
    typeof v.target === "object" &&
    typeof v.target.source === "string"
  );
}
