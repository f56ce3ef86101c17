/**
 * End-to-end harness: finds a Chromium, launches it with the built extension (dist/), serves test pages on
 * 127.0.0.1, clicks the toolbar button for real (CDP `Extensions.triggerAction`, which grants activeTab) and opens
 * the popup page for a tab. Without a browser the suites are skipped loudly, or fail when CI=true.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from "playwright-core";

/** The built extension. */
export const DIST = resolve("dist");
/** Test fixtures of the repo. */
export const FIXTURES = resolve("test/fixtures");
/** The shared corpus (outside the repo; absent on a bare clone). */
export const SHARED = resolve("../shared");

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

/** Path of a Chromium-family browser: CHROME_PATH, else the usual install locations. */
export function findBrowser(): string | undefined {
  const env = process.env.CHROME_PATH;
  if (env && existsSync(env)) return env;
  return CANDIDATES.find((p) => existsSync(p));
}

/** The browser to use, or undefined after a loud warning (a missing browser fails the run when CI=true). */
export const BROWSER_PATH: string | undefined = (() => {
  const found = findBrowser();
  if (found) return found;
  const msg =
    "\n" +
    "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n" +
    "!! E2E SKIPPED: no Chromium found (CHROME_PATH, /usr/bin/chromium, …).        !!\n" +
    "!! Install one with `apt-get install -y chromium` or set CHROME_PATH.          !!\n" +
    "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n";
  if (process.env.CI === "true") throw new Error(`e2e: CI=true but no browser was found.${msg}`);
  console.warn(msg);
  return undefined;
})();

/** A served page: its HTML, or its body with extra response headers (e.g. a Content-Security-Policy). */
export type Route = string | { body: string; headers?: Record<string, string> };
/** Served pages by path. */
export type Routes = Record<string, Route>;

/** A local HTTP server for test pages. */
export interface TestServer {
  origin: string;
  url(path: string): string;
  /** Adds or replaces a page. */
  set(path: string, route: Route): void;
  /** Paths requested so far. */
  requests: string[];
  close(): Promise<void>;
}

/** Serves `routes` (path → HTML) on 127.0.0.1 at a free port. */
export async function startServer(routes: Routes = {}): Promise<TestServer> {
  const pages = new Map(Object.entries(routes));
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    requests.push(path);
    if (path === "/favicon.ico") {
      res.writeHead(204);
      res.end();
      return;
    }
    const route = pages.get(path);
    if (route === undefined) {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
      return;
    }
    const { body, headers } = typeof route === "string" ? { body: route, headers: {} } : route;
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", ...headers });
    res.end(body);
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const port = (server.address() as { port: number }).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => origin + path,
    set: (path, route) => void pages.set(path, route),
    requests,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

/** A running browser with the extension loaded. */
export interface Session {
  ctx: BrowserContext;
  sw: Worker;
  extId: string;
  cdp: CDPSession;
  userDataDir: string;
  close(opts?: { keepProfile?: boolean }): Promise<void>;
}

/** A fresh temporary profile directory. */
export function tempProfile(): string {
  return mkdtempSync(join(tmpdir(), "attache-e2e-"));
}

/** Launches Chromium with dist/ loaded, on `userDataDir` (a new temp profile when omitted). */
export async function launch(userDataDir = tempProfile()): Promise<Session> {
  if (!BROWSER_PATH) throw new Error("e2e: no browser");
  if (!existsSync(join(DIST, "manifest.json"))) throw new Error("e2e: dist/ is not built; run `npm run build` first.");
  const ctx = await chromium.launchPersistentContext(userDataDir, {
    executablePath: BROWSER_PATH,
    headless: true,
    viewport: { width: 1000, height: 700 },
    args: [
      `--disable-extensions-except=${DIST}`,
      `--load-extension=${DIST}`,
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent("serviceworker"));
  const extId = new URL(sw.url()).host;
  const cdp = await ctx.browser()!.newBrowserCDPSession();
  return {
    ctx,
    sw,
    extId,
    cdp,
    userDataDir,
    async close(opts) {
      await ctx.close();
      if (!opts?.keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Records into `into` every request of the browser that leaves the machine: anything but the local test server
 * (`origin`), the extension's own files and in-memory data:/blob: URLs. Attaché must make none.
 */
export function watchForeignRequests(s: Session, origin: string, into: string[]): void {
  s.ctx.on("request", (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith("chrome-extension://") && !url.startsWith("data:") && !url.startsWith("blob:")) into.push(url);
  });
}

/** Everything that went wrong in a page's own console. */
export interface PageErrors {
  errors: string[];
}

/** Collects uncaught errors and console errors of a page (they must stay empty: Attaché never throws into pages). */
export function watchErrors(page: Page): PageErrors {
  const out: PageErrors = { errors: [] };
  page.on("pageerror", (e) => out.errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") out.errors.push(`console.error: ${m.text()}`);
  });
  return out;
}

/** Clicks the toolbar button on the page's tab (opens the real popup and grants activeTab); answers the tab id. */
export async function clickAction(s: Session, page: Page): Promise<number> {
  await page.bringToFront();
  const url = page.url();
  const { targetInfos } = (await s.cdp.send("Target.getTargets" as never, { filter: [{ type: "tab" }] } as never)) as {
    targetInfos: { targetId: string; url: string; type: string }[];
  };
  const target = targetInfos.find((t) => t.url === url);
  if (!target) throw new Error(`e2e: no tab target for ${url}`);
  await s.cdp.send("Extensions.triggerAction" as never, { id: s.extId, targetId: target.targetId } as never);
  // With the activeTab grant the tab's URL is visible to the extension: that is how the tab id is found.
  const tabId = await s.sw.evaluate(async (u: string) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
  }, url);
  if (typeof tabId !== "number") throw new Error(`e2e: could not find the tab id of ${url}`);
  return tabId;
}

/** Opens the popup page for a tab (as a tab of its own: Playwright does not expose the real popup) and waits until it settles. */
export async function openPopup(s: Session, tabId: number): Promise<Page> {
  const popup = await s.ctx.newPage();
  await popup.setViewportSize({ width: 400, height: 900 });
  await popup.goto(`chrome-extension://${s.extId}/popup.html?tab=${tabId}`);
  // Settled: the analysis, or a message that is not a progress step ("Reading the article…", "Analysing…").
  await popup.waitForSelector('[data-testid="analysis"], main:not([aria-busy="true"]) [data-testid="status"]', { timeout: 30_000 });
  return popup;
}

/** Reads the Attaché highlights registered in a page (CSS Custom Highlight API, seen from the main world). */
export async function highlightState(page: Page): Promise<{ names: string[]; ranges: number; texts: string[] }> {
  return page.evaluate(() => {
    const names: string[] = [];
    let ranges = 0;
    const texts: string[] = [];
    CSS.highlights.forEach((h, name) => {
      if (!name.startsWith("attache-") || name === "attache-flash") return;
      names.push(name);
      ranges += h.size;
      for (const r of h) if (texts.length < 1000) texts.push(r.toString());
    });
    return { names, ranges, texts };
  });
}

/**
 * Page-side: scrolls the highlighted citation with this text into view, lets the scroll settle (its scroll event
 * closes any card), and answers the centre of its first box. Pass to `page.evaluate` (Playwright or Puppeteer).
 */
export async function citationCentre(text: string): Promise<{ x: number; y: number } | undefined> {
  const h = CSS.highlights.get("attache-resolution");
  const r = h ? [...h].find((x) => x instanceof Range && x.toString() === text) : undefined;
  if (!(r instanceof Range)) return undefined;
  (r.startContainer.parentElement as Element).scrollIntoView({ block: "center" });
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  const box = r.getClientRects()[0];
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

/** The sample article served locally and open in a tab of a browser on a fresh profile, with requests and page errors watched. */
export interface SampleArticleTab {
  server: TestServer;
  session: Session;
  page: Page;
  errors: PageErrors;
  /** Requests that left the machine (must stay empty). */
  foreignRequests: string[];
  /** Closes the browser, deletes its profile and stops the server. */
  close(): Promise<void>;
}

/** Serves the sample article at /news/korea-russia.html and opens it in a new browser (no toolbar click yet). */
export async function openSampleArticle(): Promise<SampleArticleTab> {
  const server = await startServer({ "/news/korea-russia.html": readFileSync(join(FIXTURES, "korea-post-yun-lavrov.html"), "utf8") });
  const profile = tempProfile();
  const foreignRequests: string[] = [];
  let session: Session | undefined;
  const close = async () => {
    await session?.close();
    rmSync(profile, { recursive: true, force: true });
    await server.close();
  };
  try {
    session = await launch(profile);
    watchForeignRequests(session, server.origin, foreignRequests);
    const page = await session.ctx.newPage();
    const errors = watchErrors(page);
    await page.goto(server.url("/news/korea-russia.html"));
    return { server, session, page, errors, foreignRequests, close };
  } catch (e) {
    await close().catch(() => undefined);
    throw e;
  }
}
