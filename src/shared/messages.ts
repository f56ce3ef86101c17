/** Typed messages between the extension's contexts: one call map per direction, every reply a `Result`. */
import type { Analysis } from "../analysis/types.ts";
import type { Note, NoteInput } from "../notes/index.ts";
import type { Result } from "./result.ts";

/** Tag on every Attaché message, so unrelated messages are ignored. */
export const CHANNEL = "attache/1";

/** Why only part of a page was analysed. */
export interface Truncation {
  analysedChars: number;
  totalChars: number;
}

/** The content script's answer to `analyze`. */
export interface AnalyzeReply {
  analysis: Analysis;
  /** Set when the page was too long and only its first part was analysed. */
  truncated?: Truncation;
  /** How many highlight ranges were painted (0 when highlighting is off). */
  highlighted: number;
  /** Spans of the analysis that could not be found again in the live page. */
  unmapped: number;
  /** Time to extract and analyse, in milliseconds (0 when the answer came from the cache). */
  elapsedMs: number;
}

/** Calls the popup makes to the content script in the page. */
export interface PopupToContentCalls {
  /** Extract and analyse the page (cached after the first call), optionally highlighting the result. */
  analyze: { request: { highlight: boolean }; response: AnalyzeReply };
  /** Turn highlights on or off; answers the number of ranges painted. */
  highlight: { request: { on: boolean }; response: { count: number } };
  /** Scroll the page to a span of the analysed text and flash it. */
  scrollTo: { request: { start: number; end: number }; response: { found: true } };
}

/** Calls the popup makes to the background service worker (the only writer of notes). */
export interface PopupToBackgroundCalls {
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
