/**
 * Background service worker: the analyser and the only writer of notes. It answers typed messages from the
 * extension's own pages (the popup) and ignores everything else, content scripts included. As the popup opens it asks
 * for the tab's article: the worker injects the content script, has it read the page, and analyses the text here,
 * off the page's thread (the name recogniser's weights are decoded on first use, while the page is read, and kept for
 * the worker's lifetime). A second request for the same tab joins the reading in progress; finished analyses are
 * remembered per tab, URL and text, so reopening the popup answers at once.
 */
import { analyze, type Analysis } from "../analysis/index.ts";
import { createNoteStore } from "../notes/index.ts";
import { browser, type Runtime } from "../shared/browser.ts";
import { isMessage, type ArticleReply, type ExtractReply, type Handlers, type PopupToBackgroundCalls, type ReadReply } from "../shared/messages.ts";
import { err, errorMessage, ok, type Result } from "../shared/result.ts";
import { AnalysisCache, hashText } from "./analysis-cache.ts";
import { InFlight } from "./in-flight.ts";
import { readTab, wallNow, type TabReading } from "./read-tab.ts";
import { isTrustedSender } from "./trusted-sender.ts";
import { loadNerModel, NER_MODEL_FILE } from "./ner-model-loader.ts";

const TYPES = ["article.read", "article.analysis", "notes.list", "notes.add", "notes.remove", "notes.search", "notes.export", "notes.import"] as const;
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

/**
 * The name recogniser's weights: a data file of the extension, not part of this script (which every wake-up of the
 * worker parses). Fetched on the first article request, then the analyser is loaded at once, while the page is still
 * being read. If the weights cannot be loaded, analyses still run and say that names come from gazetteers and titles
 * only.
 */
let modelReady: Promise<void> | undefined;
function ensureModel(): Promise<void> {
  return (modelReady ??= (async () => {
    const t0 = performance.now();
    try {
      await loadNerModel(browser.runtime.getURL(NER_MODEL_FILE));
      measure("model-fetch", t0);
    } catch (e) {
      console.warn(`Attaché: the name recogniser's weights could not be loaded: ${errorMessage(e)}`);
      return;
    }
    prepareQuietly();
  })());
}

/** True once the analyser is loaded in this worker. */
let analyserLoaded = false;

/** Loads the analyser unless it is loaded (throws when it cannot be loaded). */
function prepareAnalyser(): void {
  if (analyserLoaded) return;
  const t0 = performance.now();
  analyze(WARM_TEXT, { meta: {} });
  analyserLoaded = true;
  measure("model-load", t0);
}

/** Loads the analyser; a failure is reported by the analysis that follows. */
function prepareQuietly(): void {
  try {
    prepareAnalyser();
  } catch {
    // analyseArticle tries again and says what went wrong.
  }
}

/** A performance measure in the worker's timeline (`attache:<name>`), read by the bench (scripts/bench-browser.ts). */
function measure(name: string, start: number): void {
  try {
    performance.measure(`attache:${name}`, { start, end: performance.now() });
  } catch {
    // Measures are only instrumentation.
  }
}

const analyses = new AnalysisCache<Analysis>();

/** Analyses an article as read from a tab (or answers from the cache). */
function analyseArticle(tabId: number, read: ExtractReply, reading: TabReading): Result<ArticleReply> {
  const { url, text, meta, truncated, elapsedMs: readMs } = read;
  if (text.length > MAX_ANALYSIS_CHARS) return err("too-large", "This text is too long to analyse.");
  const hash = hashText(text);
  const key = `${tabId}:${hash}`;
  let analysis = analyses.get(tabId, url, hash);
  let analyseMs = 0;
  if (!analysis) {
    let t0: number;
    try {
      // Normally loaded already (while the page was read); loading is not counted as analysis time.
      prepareAnalyser();
      t0 = performance.now();
      analysis = analyze(text, { meta });
    } catch (e) {
      return err("analysis", `Attaché could not analyse this article: ${errorMessage(e)}`);
    }
    measure("analyze", t0);
    analyseMs = Math.max(1, Math.round(performance.now() - t0));
    analyses.set(tabId, url, hash, analysis);
  }
  const timeline = { injected: reading.injected, extracted: reading.extracted, analysed: wallNow() };
  return ok({ analysis, key, ...(truncated ? { truncated } : {}), readMs, analyseMs, timeline });
}

/** One reading and analysis of a tab's article: `read` settles once the page is read, `done` once it is analysed. */
interface ArticleJob {
  read: Promise<Result<ReadReply>>;
  done: Promise<Result<ArticleReply>>;
}

/** Reads the tab's article (loading the analyser meanwhile) and analyses it. */
function startArticleJob(tabId: number, url: string | undefined): ArticleJob {
  const failed = (e: unknown) => err<never>("internal", `Attaché failed to read this page: ${errorMessage(e)}`);
  const model = ensureModel();
  const reading = readTab(tabId, url);
  const read = reading.then(({ result: r }): Result<ReadReply> =>
    r.ok ? ok({ textChars: r.value.text.length, ...(r.value.truncated ? { truncated: r.value.truncated } : {}) }) : r,
  );
  // The analysis waits for the weights (fetched as the worker started; settled long before, except on its first request).
  const done = reading.then(async (rd) => (rd.result.ok ? (await model, analyseArticle(tabId, rd.result.value, rd)) : rd.result));
  return { read: read.catch(failed), done: done.catch(failed) };
}

const articleJobs = new InFlight<ArticleJob>();

// A closed tab's analysis is of no more use. (tabs.onRemoved needs no "tabs" permission.)
browser.tabs.onRemoved.addListener((tabId) => {
  analyses.delete(tabId);
  articleJobs.delete(tabId);
});

/** The tab's article job in flight, or a new one; null for a malformed request. */
function articleJob({ tabId, url }: { tabId: number; url?: string }): ArticleJob | null {
  if (!Number.isInteger(tabId) || (url !== undefined && typeof url !== "string")) return null;
  return articleJobs.join(tabId, url, () => startArticleJob(tabId, url));
}

const store = createNoteStore(browser.storage.local);

const handlers: Handlers<PopupToBackgroundCalls> = {
  async "article.read"(request) {
    return articleJob(request)?.read ?? err("bad-request", "article.read needs a tab id.");
  },
  async "article.analysis"(request) {
    return articleJob(request)?.done ?? err("bad-request", "article.analysis needs a tab id.");
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
