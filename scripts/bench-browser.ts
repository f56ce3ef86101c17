/**
 * Browser part of the bench: the built extension in headless Chromium, driven through the e2e harness
 * (test/e2e/harness.ts). Per page: toolbar click (CDP Extensions.triggerAction) → popup summary visible, time to the
 * first highlight in the page, and the page's JS heap (CDP Performance.getMetrics, JSHeapUsedSize) before and after.
 */
import type { Page } from "playwright-core";
import { BROWSER_PATH, clickAction, highlightState, launch, openPopup, startServer } from "../test/e2e/harness.ts";

/** One page to measure: served at /bench/<id>.html. */
export interface BrowserPage {
  id: string;
  html: string;
}

/** Medians over the repetitions on one page. */
export interface BrowserResult {
  id: string;
  reps: number;
  clickToSummaryMs: number;
  clickToHighlightMs: number;
  highlightRanges: number;
  heapBeforeMB: number;
  heapAfterMB: number;
  heapGrowthMB: number;
  heapGrowthAfterGcMB: number;
  error?: string;
}

const MB = 1024 * 1024;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function jsHeap(page: Page, gc: boolean): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send("Performance.enable");
    if (gc) await cdp.send("HeapProfiler.collectGarbage");
    const { metrics } = await cdp.send("Performance.getMetrics");
    return metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? NaN;
  } finally {
    await cdp.detach();
  }
}

/** Measures every page `reps` times (after one warm-up on the first page); answers undefined without a browser. */
export async function measureBrowser(pages: BrowserPage[], reps = 3): Promise<{ browser: string; results: BrowserResult[] } | { skipped: string }> {
  if (!BROWSER_PATH) return { skipped: "no Chromium found (CHROME_PATH, /usr/bin/chromium); install with `apt-get install -y chromium`" };
  const server = await startServer(Object.fromEntries(pages.map((p) => [`/bench/${p.id}.html`, p.html])));
  const session = await launch();
  try {
    const once = async (p: BrowserPage) => {
      const page = await session.ctx.newPage();
      try {
        await page.goto(server.url(`/bench/${p.id}.html`), { waitUntil: "load" });
        const heapBefore = await jsHeap(page, true);
        const t0 = performance.now();
        const tabId = await clickAction(session, page);
        // Playwright does not expose the real popup as a page: the harness opens the popup page for the tab in a window
        // (so the figure includes opening a window, an overestimate of a real click).
        const popup = await openPopup(session, tabId);
        await popup.waitForSelector('[data-testid="summary"]', { timeout: 30_000 });
        const summaryMs = performance.now() - t0;
        let ranges = 0;
        let highlightMs = NaN;
        const deadline = t0 + 30_000;
        while (performance.now() < deadline) {
          ranges = (await highlightState(page)).ranges;
          if (ranges > 0) {
            highlightMs = performance.now() - t0;
            break;
          }
          await new Promise((r) => setTimeout(r, 5));
        }
        const heapAfter = await jsHeap(page, false);
        const heapAfterGc = await jsHeap(page, true);
        await popup.close();
        return { summaryMs, highlightMs, ranges, heapBefore, heapAfter, heapAfterGc };
      } finally {
        await page.close();
      }
    };
    await once(pages[0]); // warm-up: the extension's first load and compile
    const results: BrowserResult[] = [];
    for (const p of pages) {
      const runs = [];
      try {
        for (let r = 0; r < reps; r++) runs.push(await once(p));
        results.push({
          id: p.id,
          reps,
          clickToSummaryMs: median(runs.map((x) => x.summaryMs)),
          clickToHighlightMs: median(runs.map((x) => x.highlightMs)),
          highlightRanges: median(runs.map((x) => x.ranges)),
          heapBeforeMB: median(runs.map((x) => x.heapBefore)) / MB,
          heapAfterMB: median(runs.map((x) => x.heapAfter)) / MB,
          heapGrowthMB: median(runs.map((x) => x.heapAfter - x.heapBefore)) / MB,
          heapGrowthAfterGcMB: median(runs.map((x) => x.heapAfterGc - x.heapBefore)) / MB,
        });
      } catch (e) {
        results.push({ id: p.id, reps: runs.length, error: (e as Error).message.split("\n")[0] } as BrowserResult);
      }
    }
    return { browser: BROWSER_PATH, results };
  } finally {
    await session.close();
    await server.close();
  }
}
