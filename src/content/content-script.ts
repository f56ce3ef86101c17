/**
 * Content script, injected on demand by the popup (`scripting.executeScript`, activeTab). Safe to inject twice: the
 * second injection finds the guard and leaves the first listener to answer. Nothing here throws into the page:
 * every failure becomes a Result error for the popup.
 */
import { clearHighlights, hasHighlights, paintHighlights, scrollToRange } from "../page/highlight.ts";
import { browser, type Runtime } from "../shared/browser.ts";
import { isMessage, type Handlers, type PopupToContentCalls } from "../shared/messages.ts";
import { err, errorMessage, ok, type Result } from "../shared/result.ts";
import { analysePage, highlightRanges, type AnalysedPage } from "./analyse-page.ts";

const GUARD = "__attacheContentScript";
const TYPES = ["analyze", "highlight", "scrollTo"] as const;

let page: AnalysedPage | undefined;
/** What the last painting did, while its highlights are still on the page (a second popup reuses them). */
let painted: { count: number; unmapped: number } | undefined;

/** The analysed page for the current URL, analysing it on first use (or after an in-page navigation). */
function current(): Result<AnalysedPage> {
  const url = location.href;
  if (page && page.url === url) return ok({ ...page, elapsedMs: 0 });
  if (page) clearHighlights(document);
  page = undefined;
  painted = undefined;
  const result = analysePage(document, url);
  if (result.ok) page = result.value;
  return result;
}

function paint(p: AnalysedPage, reuse: boolean): { count: number; unmapped: number } {
  if (reuse && painted && hasHighlights(document)) return painted;
  const { groups, unmapped } = highlightRanges(p);
  painted = { count: paintHighlights(document, groups), unmapped };
  return painted;
}

function clear(): void {
  clearHighlights(document);
  painted = undefined;
}

const handlers: Handlers<PopupToContentCalls> = {
  analyze({ highlight }) {
    const result = current();
    if (!result.ok) return result;
    const p = result.value;
    let highlighted = 0;
    let unmapped = 0;
    if (highlight) ({ count: highlighted, unmapped } = paint(p, true));
    else clear();
    return ok({ analysis: p.analysis, truncated: p.truncated, highlighted, unmapped, elapsedMs: p.elapsedMs });
  },
  highlight({ on }) {
    if (!on) {
      clear();
      return ok({ count: 0 });
    }
    if (!page) return err("no-analysis", "This page has not been analysed yet.");
    const { count } = paint(page, false);
    return ok({ count });
  },
  scrollTo({ start, end }) {
    if (!page) return err("no-analysis", "This page has not been analysed yet.");
    if (!Number.isInteger(start) || !Number.isInteger(end)) return err("bad-request", "scrollTo needs integer offsets.");
    // With <mark> highlights the text nodes were split: refresh() notices and rebuilds the index.
    page.map.refresh();
    const range = page.map.rangeOf(start, end);
    if (!range) return err("not-found", "That passage could not be found in the page any more.");
    scrollToRange(document, range);
    return ok({ found: true as const });
  },
};

function onMessage(msg: unknown, sender: Runtime.MessageSender): Promise<Result<unknown>> | undefined {
  // Only this extension can reach a content script's onMessage; the id check is a second lock on that door.
  if (sender.id !== browser.runtime.id || !isMessage<PopupToContentCalls>(msg, TYPES)) return undefined;
  try {
    const handler = handlers[msg.type] as (p: unknown) => Result<unknown> | Promise<Result<unknown>>;
    return Promise.resolve(handler(msg.payload)).catch((e: unknown) => err("internal", `Attaché failed on this page: ${errorMessage(e)}`));
  } catch (e) {
    return Promise.resolve(err("internal", `Attaché failed on this page: ${errorMessage(e)}`));
  }
}

const scope = globalThis as unknown as Record<string, unknown>;
if (!scope[GUARD]) {
  scope[GUARD] = true;
  try {
    browser.runtime.onMessage.addListener(onMessage);
  } catch {
    // The extension was reloaded under this page; the new injection will register its own listener.
    scope[GUARD] = false;
  }
}

