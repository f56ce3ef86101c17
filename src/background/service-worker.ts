/**
 * Background service worker: the analyser and the only writer of notes. It answers typed messages from the
 * extension's own pages (the popup) and ignores everything else, content scripts included. The analysis (with the
 * name recogniser's weights, decoded on first use and kept for the worker's lifetime) runs here, off the page's
 * thread; its results are remembered per tab, URL and text, so reopening the popup answers at once.
 */
import { analyze, type Analysis } from "../analysis/index.ts";
import { createNoteStore } from "../notes/index.ts";
import { browser, type Runtime } from "../shared/browser.ts";
import { isMessage, type Handlers, type PopupToBackgroundCalls } from "../shared/messages.ts";
import { err, errorMessage, ok, type Result } from "../shared/result.ts";
import { AnalysisCache, hashText } from "./analysis-cache.ts";
import { isTrustedSender } from "./trusted-sender.ts";

const TYPES = ["prepare", "analyze", "notes.list", "notes.add", "notes.remove", "notes.search", "notes.export", "notes.import"] as const;
/** Largest notes file accepted for import (characters). */
const MAX_IMPORT_CHARS = 20_000_000;
const FORMATS = new Set(["json", "markdown", "csv"]);
/** Largest text accepted for analysis (characters); the content script cuts far below this. */
const MAX_ANALYSIS_CHARS = 2_000_000;

/**
 * One sentence that runs every part of the analyser: analysing it loads the name recogniser's weights, the gazetteer
 * and the stance cue index, and compiles the hot code, so the article that follows pays none of that.
 */
const WARM_TEXT = "The United Nations Security Council adopted resolution 2231, and Russia said on Monday that it opposed the plan.";

/** How long loading the analyser took in this worker (undefined until it is loaded). */
let analyserLoadMs: number | undefined;

/** Loads the analyser unless it is loaded; answers whether this call loaded it and how long loading took. */
function prepareAnalyser(): { loaded: boolean; loadMs: number } {
  if (analyserLoadMs !== undefined) return { loaded: false, loadMs: analyserLoadMs };
  const t0 = performance.now();
  analyze(WARM_TEXT, { meta: {} });
  analyserLoadMs = Math.round(performance.now() - t0);
  measure("model-load", t0);
  return { loaded: true, loadMs: analyserLoadMs };
}

/** A performance measure in the worker's timeline (`attache:<name>`), read by the bench (scripts/bench-browser.ts). */
function measure(name: string, start: number): void {
  try {
    performance.measure(`attache:${name}`, { start, end: performance.now() });
  } catch {
    // Measures are only instrumentation.
  }
}

/** The analysis as sent to the popup: without the text, which the popup has (it sent it). */
function withoutText(analysis: Analysis): Omit<Analysis, "text"> {
  const { text: _text, ...rest } = analysis;
  return rest;
}

const analyses = new AnalysisCache<Analysis>();
// A closed tab's analysis is of no more use. (tabs.onRemoved needs no "tabs" permission.)
browser.tabs.onRemoved.addListener((tabId) => analyses.delete(tabId));

const store = createNoteStore(browser.storage.local);

const handlers: Handlers<PopupToBackgroundCalls> = {
  async prepare() {
    try {
      return ok(prepareAnalyser());
    } catch (e) {
      return err("analysis", `Attaché could not load its analyser: ${errorMessage(e)}`);
    }
  },
  async analyze({ tabId, url, text, meta }) {
    if (!Number.isInteger(tabId) || typeof url !== "string" || typeof text !== "string" || !meta || typeof meta !== "object") {
      return err("bad-request", "analyze needs a tab id, a URL, the text and its metadata.");
    }
    if (text.length > MAX_ANALYSIS_CHARS) return err("too-large", "This text is too long to analyse.");
    const hash = hashText(text);
    const key = `${tabId}:${hash}`;
    const cached = analyses.get(tabId, url, hash);
    if (cached) return ok({ analysis: withoutText(cached), key, elapsedMs: 0, cached: true });
    let analysis: Analysis;
    let t0: number;
    try {
      // Normally loaded already (the popup sends `prepare` as it opens); loading is not counted as analysis time.
      prepareAnalyser();
      t0 = performance.now();
      analysis = analyze(text, { meta });
    } catch (e) {
      return err("analysis", `Attaché could not analyse this article: ${errorMessage(e)}`);
    }
    measure("analyze", t0);
    analyses.set(tabId, url, hash, analysis);
    return ok({ analysis: withoutText(analysis), key, elapsedMs: Math.max(1, Math.round(performance.now() - t0)), cached: false });
  },
  async "notes.list"({ source }) {
    if (typeof source !== "string" || !source) return err("bad-request", "notes.list needs a source URL.");
    return ok(await store.list(source));
  },
  async "notes.add"({ input }) {
    if (!input || typeof input !== "object") return err("bad-request", "notes.add needs a note.");
    return store.add(input);
  },
  async "notes.remove"({ id }) {
    if (typeof id !== "string") return err("bad-request", "notes.remove needs a note id.");
    const result = await store.remove(id);
    return result.ok ? ok(null) : result;
  },
  async "notes.search"({ query }) {
    if (typeof query !== "string") return err("bad-request", "notes.search needs a query.");
    return ok(await store.search(query));
  },
  async "notes.export"({ format }) {
    if (!FORMATS.has(format)) return err("bad-request", "Unknown export format.");
    return ok(await store.exportAll(format));
  },
  async "notes.import"({ json }) {
    if (typeof json !== "string") return err("bad-request", "notes.import needs the file's text.");
    if (json.length > MAX_IMPORT_CHARS) return err("too-large", "That file is too large to import.");
    return store.importJson(json);
  },
};

browser.runtime.onMessage.addListener((msg: unknown, sender: Runtime.MessageSender): Promise<Result<unknown>> | undefined => {
  if (!isMessage<PopupToBackgroundCalls>(msg, TYPES)) return undefined;
  if (!isTrustedSender(sender, browser.runtime.id, browser.runtime.getURL(""))) {
    return Promise.resolve(err("forbidden", "Only Attaché's own pages may ask for analyses and notes."));
  }
  const handler = handlers[msg.type] as (p: unknown) => Promise<Result<unknown>>;
  return handler(msg.payload).catch((e: unknown) => err("storage", `Attaché could not reach its notes: ${errorMessage(e)}`));
});
