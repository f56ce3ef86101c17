/**
 * Reading a tab's article from the background: one `scripting.executeScript` call asks the content script's
 * `ContentApi` for the article in place (no message round trip); when the script is absent it is injected first, and
 * it reads the page as it starts. Failures become plain words for the reader (shared/page-access.ts).
 */
import contentScript from "../content/content-script.ts?script&iife";
import { browser } from "../shared/browser.ts";
import { CONTENT_GUARD, type ContentApi, type ExtractReply } from "../shared/messages.ts";
import { injectionFailureReason, restrictedReason } from "../shared/page-access.ts";
import { err, errorMessage, isResult, type Result } from "../shared/result.ts";

/** Wall-clock time in milliseconds, comparable across the extension's contexts (for the bench's timeline). */
export function wallNow(): number {
  return performance.timeOrigin + performance.now();
}

/**
 * Runs in the page, in the content script's isolated world (serialised and injected by `executeScript`, so it may
 * use nothing from this module): the article, or null when no live content script is there.
 */
function extractInPage(guard: string): Result<ExtractReply> | null {
  const api = (globalThis as unknown as Record<string, ContentApi | undefined>)[guard];
  return api && typeof api.alive === "function" && api.alive() ? api.extract() : null;
}

/** True for an `extract` answer with the shape the background relies on. */
function isExtractResult(r: unknown): r is Result<ExtractReply> {
  if (!isResult(r)) return false;
  if (!r.ok) return true;
  const v = r.value as Partial<ExtractReply> | null;
  return !!v && typeof v.url === "string" && typeof v.text === "string" && !!v.meta && typeof v.meta === "object" && typeof v.elapsedMs === "number";
}

/** The content script's answer in the tab, or null when it is not there yet. */
async function askPage(tabId: number): Promise<Result<ExtractReply> | null> {
  const [first] = await browser.scripting.executeScript({ target: { tabId }, func: extractInPage, args: [CONTENT_GUARD] });
  const r: unknown = first?.result;
  if (r === null || r === undefined) return null;
  return isExtractResult(r) ? r : err("no-answer", "The page gave no answer. Reload it and try again.");
}

/** A tab's article as read, with when the content script was there and when its answer arrived (wall clock, ms). */
export interface TabReading {
  result: Result<ExtractReply>;
  injected: number;
  extracted: number;
}

/**
 * Reads the article of a tab: asks the content script, injecting it first when absent (it reads the page as it
 * starts). `url` is the tab's address when known, for the wording of errors.
 */
export async function readTab(tabId: number, url: string | undefined): Promise<TabReading> {
  const reading = (result: Result<ExtractReply>, injected = wallNow()): TabReading => ({ result, injected, extracted: wallNow() });
  const restricted = restrictedReason(url);
  if (restricted) return reading(err("cannot-read", restricted));
  try {
    const present = await askPage(tabId);
    if (present) return reading(present);
    await browser.scripting.executeScript({ target: { tabId }, files: [contentScript] });
    const injected = wallNow();
    const answer = await askPage(tabId);
    return reading(answer ?? err("cannot-read", injectionFailureReason("Receiving end does not exist", url)), injected);
  } catch (e) {
    return reading(err("cannot-read", injectionFailureReason(errorMessage(e), url)));
  }
}
