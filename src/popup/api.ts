/** The popup's calls out: to the content script in the tab (painting, scrolling, selection) and to the background (notes). */
import { browser } from "../shared/browser.ts";
import { message, type PopupToContentCalls, type RequestOf, type ResponseOf } from "../shared/messages.ts";
import { injectionFailureReason } from "../shared/page-access.ts";
import { err, errorMessage, isResult, type Result } from "../shared/result.ts";

/** Calls the content script in a tab. */
export async function callContent<K extends keyof PopupToContentCalls & string>(
  tabId: number,
  type: K,
  payload: RequestOf<PopupToContentCalls, K>,
): Promise<Result<ResponseOf<PopupToContentCalls, K>>> {
  try {
    const reply: unknown = await browser.tabs.sendMessage(tabId, message<PopupToContentCalls, K>(type, payload));
    if (isResult(reply)) return reply as Result<ResponseOf<PopupToContentCalls, K>>;
    return err("no-answer", "The page gave no answer. Reload it and try again.");
  } catch (e) {
    return err("cannot-read", injectionFailureReason(errorMessage(e), undefined));
  }
}

export { callBackground } from "./start.ts";
