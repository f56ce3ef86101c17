/**
 * Reading a tab's article from the background: one `scripting.executeScript` call injects the content script file,
 * which sets itself up when absent (reading the page as it starts) and ends by asking its `ContentApi` for the article
 * (shared/extract-in-page.ts, appended at build time), so the call's result is the article. Failures become plain
 * words for the reader (shared/page-access.ts).
 */
import contentScript from "../content/content-script.ts?script&iife";
import { browser } from "../shared/browser.ts";
import { extractInPage } from "../shared/extract-in-page.ts";
import { CONTENT_GUARD, type ExtractReply } from "../shared/messages.ts";
import { injectionFailureReason, restrictedReason } from "../shared/page-access.ts";
import { err, errorMessage, isResult, type Result } from "../shared/result.ts";

/** Wall-clock time in milliseconds, comparable across the extension's contexts (for the bench's timeline). */
export function wallNow(): number {
  return performance.timeOrigin + performance.now();
}

/** True for an `extract` answer with the shape the background relies on. */
function isExtractResult(r: unknown): r is Result<ExtractReply> {
  if (!isResult(r)) return false;
  if (!r.ok) return true;
  const v = r.value as Partial<ExtractReply> | null;
  return !!v && typeof v.url === "string" && typeof v.text === "string" && !!v.meta && typeof v.meta === "object" && typeof v.elapsedMs === "number";
}

/** An injection's result as the article, or null when it carries none (no live content script answered). */
function answerOf(r: unknown): Result<ExtractReply> | null {
  if (r === null || r === undefined) return null;
  return isExtractResult(r) ? r : err("no-answer", "The page gave no answer. Reload it and try again.");
}

/** The content script's answer in the tab, asked with a function call, or null when it is not there. */
async function askPage(tabId: number): Promise<Result<ExtractReply> | null> {
  const [first] = await browser.scripting.executeScript({ target: { tabId }, func: extractInPage, args: [CONTENT_GUARD] });
  return answerOf(first?.result);
}

/** A tab's article as read, with when the content script was there and when its answer arrived (wall clock, ms). */
export interface TabReading {
  result: Result<ExtractReply>;
  injected: number;
  extracted: number;
}

/**
 * Reads the article of a tab: injects the content script file (a no-op beyond the answer when it is there already),
 * whose result is the article. Should a browser not return the file's completion value, the article is asked for with
 * a second call. `url` is the tab's address when known, for the wording of errors.
 */
export async function readTab(tabId: number, url: string | undefined): Promise<TabReading> {
  const reading = (result: Result<ExtractReply>, injected = wallNow()): TabReading => ({ result, injected, extracted: wallNow() });
  const restricted = restrictedReason(url);
  if (restricted) return reading(err("cannot-read", restricted));
  try {
    const [first] = await browser.scripting.executeScript({ target: { tabId }, files: [contentScript] });
    const injected = wallNow();
    const answer = answerOf(first?.result) ?? (await askPage(tabId));
    return reading(answer ?? err("cannot-read", injectionFailureReason("Receiving end does not exist", url)), injected);
  } catch (e) {
    return reading(err("cannot-read", injectionFailureReason(errorMessage(e), url)));
  }
}
