/**
 * The built extension on the bundled sample article, in real Chromium: toolbar click → popup with actors, stances
 * and S/RES/2321 (2016); highlights in the page and the toggle; the resolution hover card in the page; click-to-scroll;
 * a note that survives a reload and a browser restart; no network requests beyond the local test page; a screenshot
 * of the popup for the README.
 */
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  BROWSER_PATH,
  citationCentre,
  clickAction,
  FIXTURES,
  highlightState,
  launch,
  openPopup,
  startServer,
  tempProfile,
  watchErrors,
  watchForeignRequests,
  type Session,
  type TestServer,
} from "./harness.ts";

const suite = BROWSER_PATH ? describe : describe.skip;

suite("sample article in Chromium (built extension)", () => {
  let server: TestServer;
  let session: Session;
  let profile: string;
  let page: Page;
  let popup: Page;
  let tabId: number;
  let errors: { errors: string[] };
  const foreignRequests: string[] = [];

  const watchNetwork = (s: Session) => watchForeignRequests(s, server.origin, foreignRequests);

  /** A browser on the test profile, the article open in a tab, the toolbar clicked and the popup open. */
  const openArticle = async () => {
    session = await launch(profile);
    watchNetwork(session);
    page = await session.ctx.newPage();
    errors = watchErrors(page);
    await page.goto(server.url("/news/korea-russia.html"));
    tabId = await clickAction(session, page);
    popup = await openPopup(session, tabId);
  };

  beforeAll(async () => {
    const html = readFileSync(join(FIXTURES, "korea-post-yun-lavrov.html"), "utf8");
    server = await startServer({ "/news/korea-russia.html": html });
    profile = tempProfile();
    await openArticle();
  });

  afterAll(async () => {
    await session?.close();
    rmSync(profile, { recursive: true, force: true });
    await server?.close();
  });

  test("the popup shows actors with roles, stances and S/RES/2321 (2016) with its undocs.org link", async () => {
    await popup.waitForSelector('[data-testid="analysis"]');
    const people = await popup.locator('[data-testid="actors-person"] [data-testid="actor"]').allInnerTexts();
    expect(people.join("\n")).toMatch(/Sergey Lavrov\s+— Foreign Minister, Russia/);
    expect(people.join("\n")).toMatch(/Yun Byung-se\s+— Foreign Minister, South Korea/);
    const countries = await popup.locator('[data-testid="actors-country"]').innerText();
    for (const c of ["North Korea", "South Korea", "Russia", "United States", "China"]) expect(countries).toContain(c);
    expect(await popup.locator('[data-testid="stance"]').count()).toBeGreaterThanOrEqual(1);
    // The name recogniser's weights (a data file of the extension, fetched by the worker) were loaded.
    expect(await popup.locator("body").innerText()).not.toContain("name recogniser");
    const resolution = popup.locator('[data-testid="resolution"]').filter({ hasText: "S/RES/2321 (2016)" });
    await expect.poll(() => resolution.count()).toBe(1);
    const link = resolution.locator("a");
    expect(await link.getAttribute("href")).toBe("https://undocs.org/S/RES/2321(2016)");
    expect(await link.getAttribute("target")).toBe("_blank");
    expect(await link.getAttribute("rel")).toContain("noopener");
    // The only links in the popup are resolution links.
    const hrefs = await popup.locator("a").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const h of hrefs) expect(h.startsWith("https://")).toBe(true);
  });

  test("the popup is accessible: named controls, labelled fields, headings in order", async () => {
    const report = await popup.evaluate(() => {
      const unnamed = [...document.querySelectorAll("button, a, input, textarea")]
        .filter((el) => {
          const label = el.getAttribute("aria-label") || el.textContent?.trim() || el.getAttribute("placeholder") || (el.id && document.querySelector(`label[for="${el.id}"]`)?.textContent?.trim()) || el.closest("label")?.textContent?.trim();
          return !label;
        })
        .map((el) => el.outerHTML.slice(0, 80));
      const levels = [...document.querySelectorAll("h1, h2, h3, h4")].map((h) => Number(h.tagName[1]));
      const jumps = levels.filter((l, i) => i > 0 && l > levels[i - 1] + 1);
      const expandable = [...document.querySelectorAll("[aria-expanded]")].every((b) => b.tagName === "BUTTON");
      return { unnamed, first: levels[0], jumps, expandable, lang: document.documentElement.lang };
    });
    expect(report).toEqual({ unnamed: [], first: 1, jumps: [], expandable: true, lang: "en" });
  });

  test("stances are grouped by holder, in plain English, with markers for reported and hedged ones", async () => {
    const headings = await popup.locator('[data-testid="stance-group"] h3').allInnerTexts();
    expect(headings[0]).toBe("South Korea and Russia");
    expect(new Set(headings).size).toBe(headings.length);
    expect(headings).toEqual(expect.arrayContaining(["Sergey Lavrov", "Russia"]));
    const first = popup.locator('[data-testid="stance-group"]').first().locator('[data-testid="stance"]').first();
    expect(await first.getByTestId("stance-verb").innerText()).toBe("is concerned about");
    expect(await first.locator("button").first().innerText()).toContain("North Korea's repeated violations");
    // Reported stances carry a visible marker and say who reported them to assistive technology.
    const lavrov = popup.locator('[data-testid="stance-group"]', { has: popup.locator("h3", { hasText: /^Sergey Lavrov$/ }) });
    const verbs = await lavrov.getByTestId("stance-verb").allInnerTexts();
    expect(verbs).toEqual(expect.arrayContaining(["opposes", "is concerned about"]));
    await expect.poll(() => popup.getByRole("button", { name: /\(reported by the ministry\)/ }).count()).toBeGreaterThan(0);
    await expect.poll(() => popup.getByRole("button", { name: /\(hedged/ }).count()).toBe(1);
    const marker = lavrov.locator('[data-testid="stance"][data-modality="hedged"] [data-testid="stance-marker"]');
    expect(await marker.innerText()).toContain("hedged");
    // Page text stays text: no markup from the page in the stance list.
    expect(await popup.locator('[data-testid="stances"] :is(b, i, a, img, script)').count()).toBe(0);
  });

  test("a stance expands to its evidence sentence, cue and CAMEO code; clicking the evidence scrolls the page to it", async () => {
    const stance = popup.locator('[data-testid="stance"]').first();
    const button = stance.locator("button").first();
    expect(await button.getAttribute("aria-expanded")).toBe("false");
    await button.click();
    expect(await button.getAttribute("aria-expanded")).toBe("true");
    const evidence = await stance.locator(".evidence").innerText();
    expect(evidence.length).toBeGreaterThan(20);
    const pageText = await page.evaluate(() => document.body.innerText.replace(/\s+/g, " "));
    expect(pageText).toContain(evidence.replace(/\s+/g, " ").slice(0, 60));
    expect(await stance.getByTestId("stance-cameo").innerText()).toBe("012 — Make pessimistic comment");
    expect(await stance.locator(".facts").innerText()).toMatch(/Cue\s+expressed concerns/);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await stance.locator(".evidence button").click();
    await expect
      .poll(() => page.evaluate(() => {
        const h = CSS.highlights.get("attache-flash");
        const r = h ? [...h][0] : undefined;
        return r instanceof Range ? r.toString().replace(/\s+/g, " ") : "";
      }))
      .toBe(evidence.replace(/\s+/g, " "));
    await button.click();
    expect(await button.getAttribute("aria-expanded")).toBe("false");
  });

  test("the page is highlighted by kind, and the toggle clears and restores the highlights", async () => {
    const on = await highlightState(page);
    expect(on.names).toEqual(expect.arrayContaining(["attache-actor", "attache-resolution"]));
    expect(on.ranges).toBeGreaterThan(10);
    expect(on.texts).toEqual(expect.arrayContaining(["Sergey Lavrov", "Resolution 2321"]));
    const toggle = popup.getByTestId("highlight-toggle");
    await toggle.uncheck();
    await expect.poll(async () => (await highlightState(page)).ranges).toBe(0);
    await toggle.check();
    await expect.poll(async () => (await highlightState(page)).ranges).toBe(on.ranges);
  });

  test("hovering the resolution citation in the page shows its card (text and https link); toggling highlights off removes it", async () => {
    await page.bringToFront();
    const card = page.getByTestId("attache-resolution-card");
    const at = await page.evaluate(citationCentre, "Resolution 2321");
    expect(at).toBeDefined();
    // A reader's pointer arrives with a few moves; a scroll event that lands meanwhile closes the card, as it should,
    // so the pointer moves again (up to three times) as a reader's would.
    for (let attempt = 0; attempt < 3; attempt++) {
      await page.mouse.move(at!.x - 40, at!.y - 40);
      await page.mouse.move(at!.x, at!.y, { steps: 3 });
      if (await card.waitFor({ state: "visible", timeout: 2000 }).then(() => true, () => false)) break;
    }
    await card.waitFor({ state: "visible", timeout: 2000 });
    // The card lives in the host's shadow root (the host itself has no text of its own).
    const text = await card.locator("[role=tooltip]").innerText();
    expect(text).toContain("S/RES/2321 (2016)");
    expect(text).toContain("Adopted: 2016-11-30");
    expect(text).toMatch(/Topic: Non-proliferation/);
    expect(text).toMatch(/Vote: \S/);
    const link = card.locator("a");
    expect(await link.count()).toBe(1);
    expect(await link.getAttribute("href")).toBe("https://undocs.org/S/RES/2321(2016)");
    expect(await link.getAttribute("target")).toBe("_blank");
    expect(await link.getAttribute("rel")).toContain("noopener");
    // Near the pointer, inside the viewport.
    const box = (await card.locator("[role=tooltip]").boundingBox())!;
    const vp = page.viewportSize()!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(vp.width);
    expect(Math.abs(box.y - at!.y)).toBeLessThan(box.height + 40);
    // Away from the citation, the card goes.
    await page.mouse.move(5, 5, { steps: 3 });
    await expect.poll(() => card.count()).toBe(0);
    // Highlights off: no card, and hovering shows none; back on: the card returns.
    await page.mouse.move(at!.x, at!.y, { steps: 3 });
    await card.waitFor({ state: "visible", timeout: 5000 });
    const toggle = popup.getByTestId("highlight-toggle");
    await toggle.uncheck();
    await expect.poll(() => card.count()).toBe(0);
    await page.bringToFront();
    await page.mouse.move(at!.x + 1, at!.y, { steps: 3 });
    await page.waitForTimeout(300);
    expect(await card.count()).toBe(0);
    await toggle.check();
    await expect.poll(async () => (await highlightState(page)).ranges).toBeGreaterThan(10);
    await page.bringToFront();
    await page.mouse.move(at!.x, at!.y, { steps: 3 });
    await card.waitFor({ state: "visible", timeout: 5000 });
    await page.mouse.move(5, 5, { steps: 3 });
    await expect.poll(() => card.count()).toBe(0);
  });

  test("clicking an actor scrolls the page to its first mention", async () => {
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.setViewportSize({ width: 900, height: 240 });
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const before = await page.evaluate(() => window.scrollY);
    expect(before).toBeGreaterThan(200);
    await popup.locator('[data-testid="actor"] button', { hasText: "Yun Byung-se" }).click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(before);
    // The flash highlight marks the first mention, and it is inside the viewport.
    const flash = await page.evaluate(() => {
      const h = CSS.highlights.get("attache-flash");
      const r = h ? [...h][0] : undefined;
      if (!r || !(r instanceof Range)) return undefined;
      const rect = r.getBoundingClientRect();
      return { text: r.toString(), top: rect.top, bottom: rect.bottom, vh: window.innerHeight };
    });
    expect(flash?.text).toBe("Yun Byung-se");
    expect(flash!.top).toBeGreaterThanOrEqual(0);
    expect(flash!.bottom).toBeLessThanOrEqual(flash!.vh);
    await page.setViewportSize({ width: 1000, height: 700 });
  });

  test("a saved note survives a page reload and a browser restart", async () => {
    const note = `Check Lavrov's wording <b>not bold</b> ${Date.now()}`;
    await popup.getByTestId("note-input").fill(note);
    await popup.getByTestId("note-save").click();
    await expect.poll(() => popup.locator('[data-testid="note"]').allInnerTexts()).toEqual([expect.stringContaining(note)]);
    await popup.close();

    // Reload: the activeTab grant ends with the navigation, so the reader clicks the button again.
    await page.reload();
    tabId = await clickAction(session, page);
    popup = await openPopup(session, tabId);
    await expect.poll(() => popup.locator('[data-testid="note"]').allInnerTexts()).toEqual([expect.stringContaining(note)]);

    // Restart: a new browser on the same profile.
    await session.close({ keepProfile: true });
    await openArticle();
    await expect.poll(() => popup.locator('[data-testid="note"]').allInnerTexts()).toEqual([expect.stringContaining(note)]);
    // Search across all notes, and export them as Markdown.
    await popup.locator("summary", { hasText: "All notes" }).click();
    await popup.getByLabel("Search all notes").fill("wording");
    await popup.getByRole("button", { name: "Search", exact: true }).click();
    await expect.poll(() => popup.locator('[data-testid="search-results"] .note-text').allInnerTexts()).toEqual([note]);
    const [download] = await Promise.all([popup.waitForEvent("download"), popup.getByRole("button", { name: "Markdown" }).click()]);
    expect(download.suggestedFilename()).toBe("attache-notes.md");
    expect(readFileSync((await download.path())!, "utf8")).toContain(note);
    // Delete works too.
    await popup.locator('[data-testid="note"] button', { hasText: "Delete" }).click();
    await expect.poll(() => popup.locator('[data-testid="note"]').count()).toBe(0);
  });

  test("screenshots of the popup and the highlighted page are saved for the README", async () => {
    // A fresh popup, scrolled to the top, with one note on the article.
    await popup.reload();
    await popup.waitForSelector('[data-testid="analysis"]');
    await popup.getByTestId("note-input").fill("Compare with Lavrov's remarks at the Munich Security Conference.");
    await popup.getByTestId("note-save").click();
    await popup.locator('[data-testid="note"]').first().waitFor();
    await popup.getByRole("button", { name: "Add a note on Sergey Lavrov" }).click();
    await popup.getByTestId("note-input").fill("Ask the embassy whether this opposition covers THAAD too.");
    await popup.getByTestId("note-save").click();
    await popup.locator('[data-testid="note-actor"]').first().waitFor();
    await popup.evaluate(() => window.scrollTo(0, 0));
    mkdirSync("docs", { recursive: true });
    const height = await popup.evaluate(() => document.documentElement.scrollHeight);
    await popup.setViewportSize({ width: 400, height: Math.min(height, 1400) });
    await popup.screenshot({ path: "docs/popup.png" });
    await page.setViewportSize({ width: 1000, height: 560 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: "docs/page-highlights.png" });
  });

  test("nothing was thrown into the page and no request left the machine", () => {
    expect(errors.errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});
