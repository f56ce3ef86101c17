/**
 * Browser part of the bench: the built extension (dist/) in headless Chromium, driven with puppeteer-core through the
 * REAL popup (see ../shared/BROWSER-TESTING.md): a toolbar click (`page.triggerExtensionAction`, CDP
 * Extensions.triggerAction, which grants activeTab) opens popup.html as the browser's own popup, and Puppeteer attaches
 * to it. Click → summary is the time from sending the click to the popup's `attache:summary` performance mark (set once
 * the summary is on screen), both read on the wall clock; the time for Puppeteer to see the summary is kept alongside.
 *
 * Per browser launch (fresh profile): a COLD click (first after the browser started: the worker has not loaded the
 * name recogniser yet) on one page, then a WARM click on the other page (worker and model loaded, content script not
 * yet in that page), then the worker is stopped (CDP ServiceWorker.stopAllWorkers, as Chromium does after 30 s idle)
 * and the cold page is clicked again, fresh: a RESTARTED click, which also pays for starting the worker. Launches
 * alternate which page is cold, so each page gets `reps` cold, warm and restarted runs.
 * Also per click: time to the first highlight in the page, the page's JS heap before and after (CDP
 * Performance.getMetrics), and the popup's and worker's own marks (inject, extract, analyse, model load).
 *
 * Runnable alone: `npx tsx scripts/bench-browser.ts [--reps N]` (needs `npm run build` first).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import puppeteer, { type Browser, type CDPSession } from "puppeteer-core";
import { BROWSER_PATH, DIST, startServer } from "../test/e2e/harness.ts";

/** One page to measure: served at /bench/<id>/<n>.html (a fresh URL per click, so nothing is reused across clicks). */
export interface BrowserPage {
  id: string;
  html: string;
}

/** Where the time of one click went (ms from the click; popup marks are relative to the click on the wall clock). */
export interface ClickBreakdown {
  /** Click → popup document started (navigation start of popup.html). */
  popupStartMs: number;
  /** Click → the popup's first module asks the background for the tab's article (src/popup/start.ts). */
  startedMs: number;
  /** Click → the background's injection call returned (it sets the content script up when absent and returns the article). */
  injectedMs: number;
  /** Click → the article as read by the content script reached the background. */
  extractedMs: number;
  /** Click → the background finished the analysis. */
  analysedMs: number;
  /** Click → the popup received the analysis (the rest, to the summary, is the popup's rendering). */
  receivedMs: number;
  /** Extraction in the page, as the content script timed it. */
  extractMs: number;
  /** Analysis in the worker, as the worker timed it (0 when cached). */
  analyseMs: number;
  /** Characters of analysed text sent popup → worker. */
  textChars: number;
}

/** One click. */
export interface ClickRun {
  cold: boolean;
  /** The worker had been stopped before this click (it starts again, then loads the name recogniser). */
  restarted: boolean;
  /** Click → `attache:summary` mark in the popup (summary rendered). */
  summaryMs: number;
  /** Click → Puppeteer saw the summary element (adds the polling and protocol latency). */
  summarySeenMs: number;
  highlightMs: number;
  ranges: number;
  heapBefore: number;
  heapAfter: number;
  heapAfterGc: number;
  breakdown: Partial<ClickBreakdown>;
  /** Worker's `attache:*` measures during this click (model load, prepare, analyse), ms. */
  worker: Record<string, number>;
}

/** Medians over the repetitions on one page. */
export interface BrowserResult {
  id: string;
  reps: number;
  /** Medians, cold clicks (first click after the browser started). */
  coldSummaryMs: number;
  /** Medians, warm clicks (second click, on another page). */
  warmSummaryMs: number;
  /** Medians, clicks after the worker was stopped (what a reader gets after 30 s without using Attaché). */
  restartedSummaryMs: number;
  /** The figure checked against the targets: the cold click (the slower, and what a reader gets first). */
  clickToSummaryMs: number;
  coldSummarySeenMs: number;
  warmSummarySeenMs: number;
  clickToHighlightMs: number;
  highlightRanges: number;
  heapBeforeMB: number;
  heapAfterMB: number;
  heapGrowthMB: number;
  heapGrowthAfterGcMB: number;
  coldBreakdown: Partial<ClickBreakdown>;
  warmBreakdown: Partial<ClickBreakdown>;
  restartedBreakdown: Partial<ClickBreakdown>;
  /** Median worker measures over cold clicks (e.g. attache:model-load). */
  coldWorker: Record<string, number>;
  restartedWorker: Record<string, number>;
  error?: string;
}

const MB = 1024 * 1024;
const median = (xs: number[]) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
/** Wall clock in ms with sub-millisecond resolution (comparable with a browser page's timeOrigin + now()). */
const wall = () => performance.timeOrigin + performance.now();

function medianRecord(rs: Record<string, number | undefined>[]): Record<string, number> {
  const keys = new Set(rs.flatMap((r) => Object.keys(r)));
  return Object.fromEntries([...keys].map((k) => [k, median(rs.map((r) => r[k] ?? NaN))]));
}

async function jsHeap(cdp: CDPSession, gc: boolean): Promise<number> {
  if (gc) await cdp.send("HeapProfiler.collectGarbage");
  const { metrics } = await cdp.send("Performance.getMetrics");
  return metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? NaN;
}

async function launchBrowser(): Promise<{ browser: Browser; extId: string; profile: string }> {
  if (!existsSync(join(DIST, "manifest.json"))) throw new Error("dist/ is not built; run `npm run build` first.");
  const profile = mkdtempSync(join(tmpdir(), "attache-bench-"));
  const browser = await puppeteer.launch({
    executablePath: BROWSER_PATH,
    headless: true,
    userDataDir: profile,
    pipe: true,
    enableExtensions: [DIST],
    defaultViewport: { width: 1000, height: 700 },
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const sw = await browser.waitForTarget((t) => t.type() === "service_worker" && t.url().startsWith("chrome-extension://"), { timeout: 15_000 });
  return { browser, extId: new URL(sw.url()).host, profile };
}

/** The worker's `attache:*` performance measures (name → duration), cleared after reading. */
async function workerMeasures(browser: Browser, extId: string): Promise<Record<string, number>> {
  const target = browser.targets().find((t) => t.type() === "service_worker" && t.url().startsWith(`chrome-extension://${extId}/`));
  if (!target) return {};
  // A session of our own, detached after reading: Chromium does not stop a worker while DevTools is attached to it.
  const session = await target.createCDPSession();
  try {
    const expression = `(() => {
      const out = {};
      for (const e of performance.getEntriesByType("measure")) if (e.name.startsWith("attache:")) out[e.name] = (out[e.name] ?? 0) + e.duration;
      performance.clearMeasures();
      return out;
    })()`;
    const { result } = await session.send("Runtime.evaluate", { expression, returnByValue: true });
    return (result.value ?? {}) as Record<string, number>;
  } finally {
    await session.detach().catch(() => undefined);
  }
}

/** Stops the extension's service worker (as Chromium does after 30 s idle) and waits until it is gone. */
async function stopWorker(browser: Browser): Promise<void> {
  const page = await browser.newPage();
  try {
    const cdp = await page.createCDPSession();
    await cdp.send("ServiceWorker.enable");
    await cdp.send("ServiceWorker.stopAllWorkers");
    const deadline = Date.now() + 10_000;
    while (browser.targets().some((t) => t.type() === "service_worker")) {
      if (Date.now() > deadline) throw new Error("the service worker did not stop");
      await new Promise((r) => setTimeout(r, 20));
    }
  } finally {
    await page.close().catch(() => undefined);
  }
}

/** One toolbar click on a fresh load of `url`: everything measured, popup and page closed after. */
async function click(browser: Browser, extId: string, url: string, cold: boolean, restarted = false): Promise<ClickRun> {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  try {
    await page.goto(url, { waitUntil: "load" });
    await page.bringToFront();
    await cdp.send("Performance.enable");
    const heapBefore = await jsHeap(cdp, true);
    await workerMeasures(browser, extId); // drop earlier entries
    const extension = (await browser.extensions()).get(extId);
    if (!extension) throw new Error("extension not found");
    const popupUrl = `chrome-extension://${extId}/popup.html`;
    const popupTarget = browser.waitForTarget((t) => t.url() === popupUrl, { timeout: 15_000 });
    const t0 = wall();
    await page.triggerExtensionAction(extension);
    const popup = (await (await popupTarget).asPage())!;
    try {
      await popup.waitForSelector('[data-testid="summary"]', { timeout: 30_000 });
      const summarySeenMs = wall() - t0;
      const marks = await popup.evaluate(async () => {
        // The summary mark is set in an effect right after the render: wait a moment for it if needed.
        for (let i = 0; i < 100 && !performance.getEntriesByName("attache:summary").length; i++) await new Promise((r) => setTimeout(r, 10));
        const out: Record<string, number> = { origin: performance.timeOrigin };
        for (const e of performance.getEntriesByType("mark")) if (e.name.startsWith("attache:")) out[e.name.slice(8)] = e.startTime;
        const el = document.querySelector<HTMLElement>("[data-read-ms]");
        out.readMs = Number(el?.dataset.readMs ?? NaN);
        out.analyseMs = Number(el?.dataset.analyseMs ?? NaN);
        out.textChars = Number(el?.dataset.textChars ?? NaN);
        return out;
      });
      const at = (name: string) => (marks[name] === undefined ? NaN : marks.origin + marks[name] - t0);
      const summaryMs = at("summary");
      let ranges = 0;
      let highlightMs = NaN;
      const deadline = t0 + 30_000;
      while (wall() < deadline) {
        ranges = await page.evaluate(() => {
          let n = 0;
          CSS.highlights.forEach((h, name) => {
            if (name.startsWith("attache-") && name !== "attache-flash") n += h.size;
          });
          return n;
        });
        if (ranges > 0) {
          highlightMs = wall() - t0;
          break;
        }
        await new Promise((r) => setTimeout(r, 5));
      }
      const heapAfter = await jsHeap(cdp, false);
      const heapAfterGc = await jsHeap(cdp, true);
      const worker = await workerMeasures(browser, extId);
      return {
        cold,
        restarted,
        summaryMs,
        summarySeenMs,
        highlightMs,
        ranges,
        heapBefore,
        heapAfter,
        heapAfterGc,
        breakdown: {
          popupStartMs: marks.origin - t0,
          startedMs: at("start"),
          injectedMs: at("injected"),
          extractedMs: at("extracted"),
          analysedMs: at("analysed"),
          receivedMs: at("received"),
          extractMs: marks.readMs,
          analyseMs: marks.analyseMs,
          textChars: marks.textChars,
        },
        worker,
      };
    } finally {
      await popup.close().catch(() => undefined);
    }
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close().catch(() => undefined);
  }
}

/**
 * Measures every page cold and warm, `reps` times each. With one page only, the warm click is on the same page served
 * at another URL (so the content script is injected and the text read again; only the worker is warm).
 */
export async function measureBrowser(pages: BrowserPage[], reps = 3): Promise<{ browser: string; method: string; loadAverage: number[]; results: BrowserResult[] } | { skipped: string }> {
  if (!BROWSER_PATH) return { skipped: "no Chromium found (CHROME_PATH, /usr/bin/chromium); install with `apt-get install -y chromium`" };
  let n = 0;
  const server = await startServer({});
  const urlOf = (p: BrowserPage) => {
    const path = `/bench/${p.id}/${++n}.html`;
    server.set(path, p.html);
    return server.url(path);
  };
  const runs = new Map<string, ClickRun[]>(pages.map((p) => [p.id, []]));
  const errors = new Map<string, string>();
  try {
    for (let r = 0; r < reps; r++) {
      for (let i = 0; i < pages.length; i++) {
        const cold = pages[i];
        const warm = pages[(i + 1) % pages.length];
        const { browser, extId, profile } = await launchBrowser();
        try {
          for (const [p, isCold, restarted] of [[cold, true, false], [warm, false, false], [cold, false, true]] as const) {
            try {
              if (restarted) await stopWorker(browser);
              runs.get(p.id)!.push(await click(browser, extId, urlOf(p), isCold, restarted));
            } catch (e) {
              errors.set(p.id, (e as Error).message.split("\n")[0]);
            }
          }
        } finally {
          await browser.close().catch(() => undefined);
          rmSync(profile, { recursive: true, force: true });
        }
      }
    }
  } finally {
    await server.close();
  }
  const results: BrowserResult[] = pages.map((p) => {
    const all = runs.get(p.id)!;
    if (!all.length) return { id: p.id, reps: 0, error: errors.get(p.id) ?? "no run" } as BrowserResult;
    const coldRuns = all.filter((x) => x.cold);
    const warmRuns = all.filter((x) => !x.cold && !x.restarted);
    const restartedRuns = all.filter((x) => x.restarted);
    const coldSummaryMs = median(coldRuns.map((x) => x.summaryMs));
    return {
      id: p.id,
      reps: Math.min(coldRuns.length, warmRuns.length, restartedRuns.length),
      coldSummaryMs,
      warmSummaryMs: median(warmRuns.map((x) => x.summaryMs)),
      restartedSummaryMs: median(restartedRuns.map((x) => x.summaryMs)),
      clickToSummaryMs: coldSummaryMs,
      coldSummarySeenMs: median(coldRuns.map((x) => x.summarySeenMs)),
      warmSummarySeenMs: median(warmRuns.map((x) => x.summarySeenMs)),
      clickToHighlightMs: median(all.map((x) => x.highlightMs)),
      highlightRanges: median(all.map((x) => x.ranges)),
      heapBeforeMB: median(all.map((x) => x.heapBefore)) / MB,
      heapAfterMB: median(all.map((x) => x.heapAfter)) / MB,
      heapGrowthMB: median(all.map((x) => x.heapAfter - x.heapBefore)) / MB,
      heapGrowthAfterGcMB: median(all.map((x) => x.heapAfterGc - x.heapBefore)) / MB,
      coldBreakdown: medianRecord(coldRuns.map((x) => x.breakdown)),
      warmBreakdown: medianRecord(warmRuns.map((x) => x.breakdown)),
      restartedBreakdown: medianRecord(restartedRuns.map((x) => x.breakdown)),
      coldWorker: medianRecord(coldRuns.map((x) => x.worker)),
      restartedWorker: medianRecord(restartedRuns.map((x) => x.worker)),
      ...(errors.has(p.id) ? { error: errors.get(p.id) } : {}),
    };
  });
  return { browser: BROWSER_PATH, method: "puppeteer-core, real popup (Extensions.triggerAction)", loadAverage: loadavg(), results };
}

/** Formats the results as lines of text (used by scripts/bench.ts and when run alone). */
export function browserReport(res: Awaited<ReturnType<typeof measureBrowser>>): string[] {
  if ("skipped" in res) return [`Browser: SKIPPED, ${res.skipped}`];
  const f = (x: number | undefined, d = 0) => (x === undefined || !Number.isFinite(x) ? "–" : x.toFixed(d));
  const out = [`Browser (headless ${res.browser}, ${res.method}; medians; load average ${res.loadAverage.map((x) => x.toFixed(2)).join(" ")})`];
  for (const r of res.results) {
    if (r.error && !r.reps) {
      out.push(`  ${r.id}: ERROR ${r.error}`);
      continue;
    }
    out.push(`  ${r.id} (${r.reps}× cold, ${r.reps}× warm, ${r.reps}× after the worker stopped${r.error ? `; error once: ${r.error}` : ""})`);
    out.push(`    click → summary: cold ${f(r.coldSummaryMs)} ms, warm ${f(r.warmSummaryMs)} ms, after the worker stopped ${f(r.restartedSummaryMs)} ms  (seen by Puppeteer: ${f(r.coldSummarySeenMs)} / ${f(r.warmSummarySeenMs)} ms)`);
    out.push(`    click → first highlight ${f(r.clickToHighlightMs)} ms (${r.highlightRanges} ranges); page JS heap ${f(r.heapBeforeMB, 1)} MB, growth ${f(r.heapGrowthMB, 1)} MB (${f(r.heapGrowthAfterGcMB, 1)} after GC)`);
    for (const [label, b] of [["cold", r.coldBreakdown], ["warm", r.warmBreakdown], ["restarted", r.restartedBreakdown]] as const) {
      out.push(
        `    ${label}: popup starts ${f(b.popupStartMs)} · asks ${f(b.startedMs)} · injected ${f(b.injectedMs)} · extracted ${f(b.extractedMs)} (in page ${f(b.extractMs)}) · analysed ${f(b.analysedMs)} (in worker ${f(b.analyseMs)}) · popup has it ${f(b.receivedMs)} ms; text ${f(b.textChars)} chars`,
      );
    }
    const w = Object.entries(r.coldWorker).map(([k, v]) => `${k.slice(8)} ${f(v)} ms`).join(", ");
    if (w) out.push(`    worker on the cold click: ${w}`);
    const rw = Object.entries(r.restartedWorker ?? {}).map(([k, v]) => `${k.slice(8)} ${f(v)} ms`).join(", ");
    if (rw) out.push(`    worker after it was stopped: ${rw}`);
  }
  return out;
}

// Run alone: the sample article and the longest corpus page (wikipedia-2), when present.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const ROOT = resolve(".");
  const repsArg = process.argv.indexOf("--reps");
  const reps = repsArg > 0 ? Number(process.argv[repsArg + 1]) : 3;
  const pages: BrowserPage[] = [{ id: "korea-post-yun-lavrov", html: readFileSync(join(ROOT, "test/fixtures/korea-post-yun-lavrov.html"), "utf8") }];
  const longest = join(ROOT, "../shared/corpus/readability-pages/wikipedia-2/source.html");
  if (existsSync(longest)) pages.push({ id: "wikipedia-2", html: readFileSync(longest, "utf8") });
  else console.log(`bench-browser: ${longest} is absent; measuring the sample article only.`);
  const res = await measureBrowser(pages, reps);
  console.log(browserReport(res).join("\n"));
}
