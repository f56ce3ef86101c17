/**
 * The extension in Firefox ESR (puppeteer-core over WebDriver BiDi), on the sample article. Firefox cannot simulate a
 * toolbar click, so this uses the firefox-test build (host access to 127.0.0.1 only, built here into
 * dist-firefox-test/) and opens the popup page for the article's tab. Skipped with a message when Firefox is absent.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { citationCentre, FIXTURES, startServer, type TestServer } from "./harness.ts";

const FIREFOX = [process.env.FIREFOX_PATH, "/usr/bin/firefox-esr", "/usr/bin/firefox"].find((p): p is string => !!p && existsSync(p));
if (!FIREFOX) console.warn("\n!! e2e: no Firefox found (FIREFOX_PATH, /usr/bin/firefox-esr): the Firefox suite is SKIPPED. Install: apt-get install -y firefox-esr\n");

const ADDON_ID = "attache@attache.invalid";
const UUID = "5b0e9a3c-6f1d-4c2b-8e7a-1d2c3b4a5f60";
const ORIGIN = `moz-extension://${UUID}`;
const DIST_FIREFOX_TEST = resolve("dist-firefox-test");

/** Polls `fn` until it returns a truthy value. */
async function until<T>(fn: () => Promise<T>, what: string, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch {
      // The page may still be loading: try again.
    }
    if (Date.now() > end) throw new Error(`firefox e2e: timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** Opens an extension page; Puppeteer's goto never resolves for moz-extension:// pages, so it polls instead. */
async function openExtensionPage(browser: Browser, path: string): Promise<Page> {
  const page = await browser.newPage();
  void page.goto(`${ORIGIN}/${path}`).catch(() => undefined);
  await until(() => page.evaluate(() => location.href.startsWith("moz-extension:") && document.readyState === "complete"), path);
  return page;
}

/** Opens the popup for a tab and waits until it shows a result or a message. */
async function openPopup(browser: Browser, tabId: number): Promise<Page> {
  const popup = await openExtensionPage(browser, `popup.html?tab=${tabId}`);
  await until(
    () => popup.evaluate(() => !!document.querySelector('[data-testid="analysis"]') || !!document.querySelector('[data-testid="status"]:not([aria-busy])')?.textContent?.match(/can't|doesn't|wrong/)),
    "the popup's answer",
  );
  return popup;
}

const countHighlights = (page: Page) =>
  page.evaluate(() => {
    let n = 0;
    CSS.highlights.forEach((h, name) => {
      if (name.startsWith("attache-") && name !== "attache-flash") n += h.size;
    });
    return n;
  });

describe.skipIf(!FIREFOX)("sample article in Firefox ESR (firefox-test build)", () => {
  let server: TestServer;
  let browser: Browser;
  let article: Page;
  let tabId: number;

  beforeAll(async () => {
    execFileSync(process.execPath, [resolve("node_modules/vite/bin/vite.js"), "build", "--mode", "firefox-test", "--logLevel", "error"], { stdio: "pipe" });
    server = await startServer({ "/news/korea-russia.html": readFileSync(join(FIXTURES, "korea-post-yun-lavrov.html"), "utf8") });
    browser = await puppeteer.launch({
      browser: "firefox",
      executablePath: FIREFOX,
      headless: true,
      args: ["-remote-allow-system-access"],
      extraPrefsFirefox: { "extensions.webextensions.uuids": JSON.stringify({ [ADDON_ID]: UUID }) },
    });
    await browser.installExtension(DIST_FIREFOX_TEST);
    article = await browser.newPage();
    await article.goto(server.url("/news/korea-russia.html"));
    // With host access to 127.0.0.1 the extension sees the tab's URL: that is how its id is found.
    const probe = await openExtensionPage(browser, "popup.html?tab=-1");
    tabId = (await until(
      () =>
        probe.evaluate(async (url) => {
          const tabs = await (globalThis as unknown as { browser: typeof chrome }).browser.tabs.query({});
          return tabs.find((t) => t.url === url)?.id;
        }, server.url("/news/korea-russia.html")),
      "the article's tab id",
    )) as number;
    await probe.close();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test("the popup shows actors, stances and S/RES/2321 (2016); the page is highlighted, with the resolution hover card", async () => {
    const popup = await openPopup(browser, tabId);
    const text = await popup.evaluate(() => document.body.innerText);
    expect(text).toMatch(/Sergey Lavrov\s+— Foreign Minister, Russia/);
    expect(text).toContain("S/RES/2321 (2016)");
    // The name recogniser's weights (a data file of the extension) were loaded: no notice that it failed.
    expect(text).not.toContain("name recogniser");
    expect(await popup.evaluate(() => document.querySelectorAll('[data-testid="stance"]').length)).toBeGreaterThan(0);
    expect(await popup.evaluate(() => document.querySelector('[data-testid="resolution"] a')?.getAttribute("href"))).toBe(
      "https://undocs.org/S/RES/2321(2016)",
    );
    expect(await countHighlights(article)).toBeGreaterThan(10);

    // Hovering the resolution citation shows its card (caretPositionFromPoint in Firefox).
    await article.bringToFront();
    const at = await article.evaluate(citationCentre, "Resolution 2321");
    expect(at).toBeDefined();
    const hover = async () => {
      await article.mouse.move(at!.x - 30, at!.y - 30);
      await article.mouse.move(at!.x, at!.y, { steps: 3 });
    };
    await hover();
    let tries = 0;
    const card = await until(
      async () => {
        const found = await article.evaluate(() => {
          const root = document.querySelector('[data-testid="attache-resolution-card"]')?.shadowRoot;
          const a = root?.querySelector("a");
          return root ? { text: root.textContent ?? "", href: a?.getAttribute("href") } : undefined;
        });
        // A scroll event landing meanwhile closes the card, as it should: the pointer moves again, as a reader's would.
        if (!found && ++tries % 10 === 0) await hover();
        return found;
      },
      "the resolution card",
      10_000,
    );
    expect(card!.text).toContain("S/RES/2321 (2016)");
    expect(card!.text).toContain("2016-11-30");
    expect(card!.href).toBe("https://undocs.org/S/RES/2321(2016)");

    // The toggle clears the highlights.
    await popup.click('[data-testid="highlight-toggle"]');
    await until(async () => (await countHighlights(article)) === 0, "highlights to clear");
    expect(await article.evaluate(() => document.querySelector('[data-testid="attache-resolution-card"]') === null)).toBe(true);

    // A note is saved through the background and listed again by a new popup.
    await popup.type('[data-testid="note-input"]', "Firefox note");
    await popup.click('[data-testid="note-save"]');
    await until(() => popup.evaluate(() => document.querySelector('[data-testid="note"]')?.textContent?.includes("Firefox note")), "the saved note");
    await popup.close();
    const again = await openPopup(browser, tabId);
    await until(() => again.evaluate(() => document.querySelector('[data-testid="note"]')?.textContent?.includes("Firefox note")), "the note in a new popup");
    await again.close();
  });
});
