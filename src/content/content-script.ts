/**
 * Content script, injected on demand by the background (`scripting.executeScript`, activeTab) when the popup opens.
 * It reads the article (at once on injection: that is what it is injected for), maps spans of the analysed text back
 * to live Ranges, paints highlights, shows resolution hover cards and scrolls; the analysis itself runs in the
 * background worker, so nothing heavy runs in the page's thread. The background reads the article through the
 * `ContentApi` left under the guard; the popup sends messages for the rest. The background injects the file on every
 * popup opening (its last statement, appended by the build, answers with the article): a later injection finds a live
 * guard and leaves the first listener, and the page as read, in charge.
 * Nothing here throws into the page: every failure becomes a Result error for the popup.
 */
import { clearHighlights, hasHighlights, HIGHLIGHT_KINDS, paintHighlights, scrollToRange, type HighlightKind } from "../page/highlight.ts";
import { ResolutionHoverCards, type CardTarget } from "../page/resolution-card.ts";
import { browser, type Runtime } from "../shared/browser.ts";
import { CONTENT_GUARD, isMessage, type ContentApi, type ExtractReply, type Handlers, type PaintRequest, type PopupToContentCalls } from "../shared/messages.ts";
import { quoteOf } from "../shared/quote.ts";
import { err, errorMessage, ok, type Result } from "../shared/result.ts";
import { readPage, type ReadPage } from "./read-page.ts";

const TYPES = ["paint", "highlight", "selection", "scrollTo"] as const;
/** Most spans accepted in one paint request (a huge page has tens of thousands; this only stops nonsense). */
const MAX_SPANS = 500_000;

let page: ReadPage | undefined;
/** The last paint request, kept so the toggle can paint it again. */
let request: PaintRequest | undefined;
/** What the last painting did, while its highlights are still on the page (a second popup reuses them). */
let painted: { key: string; count: number; unmapped: number } | undefined;
const cards = new ResolutionHoverCards(document);

/** The page as read for the current URL, reading it on first use (or after an in-page navigation); `fresh` when read now. */
function current(maxChars?: number): Result<{ page: ReadPage; fresh: boolean }> {
  const url = location.href;
  if (page && page.url === url && (maxChars === undefined || page.text.length <= maxChars)) return ok({ page, fresh: false });
  if (page) clear();
  page = undefined;
  request = undefined;
  const result = readPage(document, url, maxChars);
  if (!result.ok) return result;
  page = result.value;
  return ok({ page, fresh: true });
}

function clear(): void {
  clearHighlights(document);
  cards.clear();
  painted = undefined;
}

/** True for a list of [start, end) integer pairs. */
function isSpanList(v: unknown): v is [number, number][] {
  return Array.isArray(v) && v.length <= MAX_SPANS && v.every((s) => Array.isArray(s) && s.length === 2 && Number.isInteger(s[0]) && Number.isInteger(s[1]));
}

function isPaintRequest(r: PaintRequest): boolean {
  return typeof r.key === "string" && isSpanList(r.actor) && isSpanList(r.stance) && isSpanList(r.resolution) &&
    Array.isArray(r.cards) && r.cards.every((c) => c && typeof c.symbol === "string" && isSpanList(c.mentions));
}

function paint(p: ReadPage, req: PaintRequest): { count: number; unmapped: number } {
  if (painted && painted.key === req.key && hasHighlights(document)) return { count: painted.count, unmapped: painted.unmapped };
  const map = p.map();
  map.refresh();
  let unmapped = 0;
  const groups = {} as Record<HighlightKind, Range[]>;
  for (const kind of HIGHLIGHT_KINDS) groups[kind] = [];
  const add = (kind: HighlightKind, [s, e]: [number, number]) => {
    const range = map.rangeOf(s, e);
    if (range) groups[kind].push(range);
    else unmapped++;
  };
  for (const span of req.actor) add("actor", span);
  for (const span of req.stance) add("stance", span);
  for (const span of req.resolution) add("resolution", span);
  for (const c of req.cards) for (const span of c.mentions) add("resolution", span);
  const count = paintHighlights(document, groups);
  // With <mark> painting the text nodes were split: map the citations again for the hover cards.
  map.refresh();
  const targets: CardTarget[] = [];
  for (const c of req.cards) {
    for (const [s, e] of c.mentions) {
      const range = map.rangeOf(s, e);
      if (range) targets.push({ range, card: c });
    }
  }
  cards.set(targets);
  painted = { key: req.key, count, unmapped };
  return { count, unmapped };
}

/** The first reading of the page, done as the script was injected, until the background asks for it. */
let firstRead: { url: string; result: Result<ExtractReply> } | undefined;

/** The article of the page as the background gets it (without the DOM-side parts of the read page). */
function extract(): Result<ExtractReply> {
  const first = firstRead;
  firstRead = undefined;
  if (first && first.url === location.href) return first.result;
  try {
    const result = current();
    if (!result.ok) return result;
    const { url, text, meta, truncated, elapsedMs } = result.value.page;
    return ok({ url, text, meta, ...(truncated ? { truncated } : {}), elapsedMs: result.value.fresh ? elapsedMs : 0 });
  } catch (e) {
    return err("internal", `Attaché failed on this page: ${errorMessage(e)}`);
  }
}

const handlers: Handlers<PopupToContentCalls> = {
  paint(req) {
    if (!page || page.url !== location.href) return err("no-analysis", "This page has not been read yet.");
    if (!isPaintRequest(req)) return err("bad-request", "paint needs lists of [start, end) spans.");
    request = req;
    return ok(paint(page, req));
  },
  highlight({ on }) {
    if (!on) {
      clear();
      return ok({ count: 0 });
    }
    if (!page || !request) return err("no-analysis", "This page has not been analysed yet.");
    return ok({ count: paint(page, request).count });
  },
  selection() {
    if (!page || page.url !== location.href) return err("no-analysis", "This page has not been read yet.");
    const selection = document.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return ok({ quote: null });
    const map = page.map();
    map.refresh();
    // Only the first range: Firefox can hold several (table cells, Ctrl-selections); a quote is one passage.
    const offsets = map.offsetsOf(selection.getRangeAt(0));
    return ok({ quote: offsets ? quoteOf(page.text, offsets.start, offsets.end) ?? null : null });
  },
  scrollTo({ start, end }) {
    if (!page) return err("no-analysis", "This page has not been analysed yet.");
    if (!Number.isInteger(start) || !Number.isInteger(end)) return err("bad-request", "scrollTo needs integer offsets.");
    const map = page.map();
    // With <mark> highlights the text nodes were split: refresh() notices and rebuilds the index.
    map.refresh();
    const range = map.rangeOf(start, end);
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

/** True while this copy of the extension runs (an update or reload leaves older content scripts without a runtime). */
function alive(): boolean {
  try {
    return !!browser.runtime.id;
  } catch {
    return false;
  }
}

const scope = globalThis as unknown as Record<string, ContentApi | undefined>;
if (!scope[CONTENT_GUARD]?.alive()) {
  try {
    browser.runtime.onMessage.addListener(onMessage);
    scope[CONTENT_GUARD] = { alive, extract };
    // The background injects this script to read the page: read it now, while the background loads its analyser.
    firstRead = { url: location.href, result: extract() };
  } catch {
    // The extension was reloaded under this page; the new injection will register its own listener.
    scope[CONTENT_GUARD] = undefined;
  }
}
