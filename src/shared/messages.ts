/** Typed messages between the extension's contexts: one call map per direction, every reply a `Result`. */
import type { Analysis, ArticleMeta } from "../analysis/types.ts";
import type { Note, NoteInput } from "../notes/index.ts";
import type { QuoteInput } from "./quote.ts";
import type { Result } from "./result.ts";

/** Tag on every Attaché message, so unrelated messages are ignored. */
export const CHANNEL = "attache/1";

/**
 * Global the content script sets in its isolated world once it listens: its `ContentApi`, which the background calls
 * through `scripting.executeScript` (a function injected into the same world) to read the page without a message.
 */
export const CONTENT_GUARD = "__attacheContentScript";

/** What the content script leaves under `CONTENT_GUARD` in its isolated world. */
export interface ContentApi {
  /** False in a content script left behind by an earlier copy of the extension (updated or reloaded under the page). */
  alive(): boolean;
  /** The article of the page (cached per URL), as the `extract` call answers it. */
  extract(): Result<ExtractReply>;
}

/** Why only part of a page was analysed. */
export interface Truncation {
  analysedChars: number;
  totalChars: number;
}

/** The article as the content script read it: the text to analyse (cut short on very long pages) and its metadata. */
export interface ExtractReply {
  /** The page's address when it was read (the analysis cache is keyed on it). */
  url: string;
  /** The article's text as analysed: blocks joined by blank lines. */
  text: string;
  meta: ArticleMeta;
  /** Set when the page was too long and only its first part is to be analysed. */
  truncated?: Truncation;
  /** Time to extract, in milliseconds (0 when the content script answered from its cache). */
  elapsedMs: number;
}

/** Facts about one cited resolution, for the hover card in the page (plain text and an https link only). */
export interface ResolutionCardInfo {
  symbol: string;
  adopted?: string;
  year?: number;
  topic?: string;
  vote?: string;
  url?: string;
  /** Where the article cites it, as [start, end) offsets of the analysed text. */
  mentions: [number, number][];
}

/** What to paint in the page: spans of the analysed text by kind, and the resolution cards to show on hover. */
export interface PaintRequest {
  /** Identifies the analysis; painting the same key again while highlights are on reuses them. */
  key: string;
  actor: [number, number][];
  stance: [number, number][];
  /** Resolution mentions without a card (generic "UN resolutions"); cited resolutions come with `cards`. */
  resolution: [number, number][];
  cards: ResolutionCardInfo[];
}

/** The background's answer to `article.read`: the tab's article has been read and is being analysed. */
export interface ReadReply {
  /** Characters of the text to analyse. */
  textChars: number;
  truncated?: Truncation;
}

/** The background's answer to `article.analysis`: the tab's article, read and analysed. */
export interface ArticleReply {
  /** The analysis, with the analysed text. */
  analysis: Analysis;
  /** Identifies the analysed text (a hash of tab, URL and text). */
  key: string;
  truncated?: Truncation;
  /** Time to read the article in the page, in milliseconds (0 when the content script answered from its cache). */
  readMs: number;
  /** Time the analysis took in the background, in milliseconds (0 when it came from the background's cache). */
  analyseMs: number;
  /**
   * When the background had the content script in the page, the article read and the analysis done, as wall-clock
   * times (`performance.timeOrigin + performance.now()`), for the bench's breakdown (scripts/bench-browser.ts).
   */
  timeline: { injected: number; extracted: number; analysed: number };
}

/**
 * Calls the popup makes to the content script in the page (which never analyses: it reads, maps and paints). The
 * background reads the article through the content script's `ContentApi` instead, as it injects the script.
 */
export interface PopupToContentCalls {
  /** Paint the spans of an analysis; answers how many ranges were painted and how many spans were not found. */
  paint: { request: PaintRequest; response: { count: number; unmapped: number } };
  /** Turn highlights (and the hover cards) off, or back on from the last painted spans; answers the ranges painted. */
  highlight: { request: { on: boolean }; response: { count: number } };
  /** The reader's text selection in the article, as a quote of the analysed text (null when nothing in it is selected). */
  selection: { request: Record<string, never>; response: { quote: QuoteInput | null } };
  /** Scroll the page to a span of the analysed text and flash it. */
  scrollTo: { request: { start: number; end: number }; response: { found: true } };
}

/** Calls the popup makes to the background service worker (the only writer of notes, and the analyser). */
export interface PopupToBackgroundCalls {
  /**
   * Read the tab's article (injecting the content script if needed) and analyse it; answers once the article is read.
   * The popup sends this and `article.analysis` together as it opens: both join the tab's reading in progress, or
   * start one (`url` is the tab's address as the popup sees it, for the wording of errors; absent without access).
   */
  "article.read": { request: { tabId: number; url?: string }; response: ReadReply };
  /** The same reading of the tab's article; answers once it is analysed (cached per tab, URL and text). */
  "article.analysis": { request: { tabId: number; url?: string }; response: ArticleReply };
  "notes.list": { request: { source: string }; response: Note[] };
  "notes.add": { request: { input: NoteInput }; response: Note };
  "notes.remove": { request: { id: string }; response: null };
  "notes.search": { request: { query: string }; response: Note[] };
  "notes.export": { request: { format: "json" | "markdown" | "csv" }; response: string };
  "notes.import": { request: { json: string }; response: { added: number; skipped: number; invalid?: number } };
}

/** A message of a call map, as it travels. */
export type MessageOf<M> = { [K in keyof M]: { channel: typeof CHANNEL; type: K; payload: RequestOf<M, K> } }[keyof M];
/** The request payload of call K. */
export type RequestOf<M, K extends keyof M> = M[K] extends { request: infer Q } ? Q : never;
/** The response value of call K. */
export type ResponseOf<M, K extends keyof M> = M[K] extends { response: infer R } ? R : never;

/** Builds a message of a call map. */
export function message<M, K extends keyof M & string>(type: K, payload: RequestOf<M, K>): MessageOf<M> {
  return { channel: CHANNEL, type, payload } as MessageOf<M>;
}

/** True when a value is an Attaché message whose type is one of `types`. */
export function isMessage<M>(value: unknown, types: readonly (keyof M & string)[]): value is MessageOf<M> {
  if (!value || typeof value !== "object") return false;
  const v = value as { channel?: unknown; type?: unknown; payload?: unknown };
  return v.channel === CHANNEL && typeof v.type === "string" && (types as readonly string[]).includes(v.type) &&
    typeof v.payload === "object" && v.payload !== null;
}

/** The handler of each call of a map: request in, Result out. */
export type Handlers<M> = { [K in keyof M]: (payload: RequestOf<M, K>) => Promise<Result<ResponseOf<M, K>>> | Result<ResponseOf<M, K>> };
