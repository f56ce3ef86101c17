/**
 * The popup's first module, evaluated before the UI code is even loaded: it finds the tab and asks the background to
 * read and analyse its article at once, so that work overlaps the popup's own start-up (loading Preact and the UI, the
 * first render, and in a fresh browser process the first font lookups). The UI awaits `opening`. It reaches the browser API directly
 * (`browser` in Firefox, `chrome` in Chromium: both answer with promises) rather than through webextension-polyfill,
 * so it runs before anything else is set up; the rest of the popup uses ./api.ts.
 */
import { message, type ArticleReply, type PopupToBackgroundCalls, type ReadReply, type RequestOf, type ResponseOf } from "../shared/messages.ts";
import { err, errorMessage, isResult, type Result } from "../shared/result.ts";

/** The tab the popup works on. */
export interface TabInfo {
  id: number;
  url?: string;
  title?: string;
}

/** What the popup asked for as it opened. */
export interface Opening {
  /** Undefined when there is no tab to read. */
  tab?: TabInfo;
  /** Settles once the page is read (the popup then says it is analysing). */
  read: Promise<Result<ReadReply>>;
  /** Settles with the analysis. */
  analysed: Promise<Result<ArticleReply>>;
}

const api: typeof chrome = (globalThis as { browser?: typeof chrome }).browser ?? chrome;

/** Calls the background service worker (directly with the browser's own API; ./api.ts re-exports this). */
export async function callBackground<K extends keyof PopupToBackgroundCalls & string>(
  type: K,
  payload: RequestOf<PopupToBackgroundCalls, K>,
): Promise<Result<ResponseOf<PopupToBackgroundCalls, K>>> {
  try {
    const reply: unknown = await api.runtime.sendMessage(message<PopupToBackgroundCalls, K>(type, payload));
    if (isResult(reply)) return reply as Result<ResponseOf<PopupToBackgroundCalls, K>>;
    return err("no-answer", "Attaché's background worker gave no answer.");
  } catch (e) {
    return err("background", `Attaché's background worker failed: ${errorMessage(e)}`);
  }
}

/** The tab the popup works on: `?tab=<id>` when given (tests open the popup as a tab), else the active tab. */
async function targetTab(): Promise<TabInfo | undefined> {
  const param = new URLSearchParams(location.search).get("tab");
  const tab = param && /^\d+$/.test(param) ? await api.tabs.get(Number(param)) : (await api.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url, title: tab.title };
}

async function open(): Promise<Opening> {
  try {
    performance.mark("attache:start");
  } catch {
    // Marks are only instrumentation.
  }
  const tab = await targetTab().catch(() => undefined);
  const none = Promise.resolve(err<never>("no-tab", "There is no tab to read."));
  if (!tab) return { read: none, analysed: none };
  // Both calls join the same work in the background: the first answers when the page is read, the second at the end.
  const request = { tabId: tab.id, ...(tab.url ? { url: tab.url } : {}) };
  return { tab, read: callBackground("article.read", request), analysed: callBackground("article.analysis", request) };
}

/** The popup's request for its tab's article, sent as this module is evaluated; resolves once sent (never rejects). */
export const opening: Promise<Opening> = open();
