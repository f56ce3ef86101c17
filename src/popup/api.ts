/** The popup's calls out: to the tab (inject if absent, then message the content script) and to the background (analysis, notes). */
import contentScript from "../content/content-script.ts?script&iife";
import { browser } from "../shared/browser.ts";
import { CONTENT_GUARD, message, type PopupToBackgroundCalls, type PopupToContentCalls, type RequestOf, type ResponseOf } from "../shared/messages.ts";
import { injectionFailureReason } from "../shared/page-access.ts";
import { err, errorMessage, isResult, type Result } from "../shared/result.ts";

/** The tab the popup works on: `?tab=<id>` when given (tests open the popup as a tab), else the active tab. */
export async function targetTab(): Promise<{ id: number; url?: string; title?: string } | undefined> {
  const param = new URLSearchParams(location.search).get("tab");
  if (param && /^\d+$/.test(param)) {
    const tab = await browser.tabs.get(Number(param));
    return tab.id === undefined ? undefined : { id: tab.id, url: tab.url, title: tab.title };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url, title: tab.title };
}

/** True when the content script already listens in the tab (it sets a guard flag in its isolated world). */
async function contentScriptPresent(tabId: number): Promise<boolean> {
  const [first] = await browser.scripting.executeScript({
    target: { tabId },
    func: (guard: string) => (globalThis as unknown as Record<string, unknown>)[guard] === true,
    args: [CONTENT_GUARD],
  });
  return first?.result === true;
}

/**
 * Injects the content script into the tab unless it is already there (a tiny probe first: the script is not parsed
 * again on every popup opening). `force` injects without probing (the script still guards itself).
 */
export async function injectContentScript(tabId: number, url: string | undefined, force = false): Promise<Result<{ injected: boolean }>> {
  try {
    if (!force && (await contentScriptPresent(tabId))) return { ok: true, value: { injected: false } };
    await browser.scripting.executeScript({ target: { tabId }, files: [contentScript] });
    return { ok: true, value: { injected: true } };
  } catch (e) {
    return err("cannot-read", injectionFailureReason(errorMessage(e), url));
  }
}

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

/** Calls the background service worker. */
export async function callBackground<K extends keyof PopupToBackgroundCalls & string>(
  type: K,
  payload: RequestOf<PopupToBackgroundCalls, K>,
): Promise<Result<ResponseOf<PopupToBackgroundCalls, K>>> {
  try {
    const reply: unknown = await browser.runtime.sendMessage(message<PopupToBackgroundCalls, K>(type, payload));
    if (isResult(reply)) return reply as Result<ResponseOf<PopupToBackgroundCalls, K>>;
    return err("no-answer", "Attaché's background worker gave no answer.");
  } catch (e) {
    return err("background", `Attaché's background worker failed: ${errorMessage(e)}`);
  }
}
