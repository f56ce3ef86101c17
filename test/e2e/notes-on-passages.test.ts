/**
 * Notes on a passage and on an actor, in real Chromium on the built extension: the reader's selection in the article
 * is offered as a quote (mapped to offsets of the analysed text, with 32 characters of context), the note keeps it
 * across a reload; an actor's "Add note" button files the note under that actor. A selection outside the article
 * offers nothing. No request leaves the machine and nothing is thrown into the page.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { BROWSER_PATH, clickAction, openPopup, openSampleArticle, type SampleArticleTab, type Session } from "./harness.ts";

const suite = BROWSER_PATH ? describe : describe.skip;

/** The canonical URL of the sample article: its notes are filed under it. */
const CANONICAL = "http://localhost/news/articleView.html?idxno=1001";

/** Selects the page's text from the start of `from` to the end of `to` (each the first text node holding it). */
async function select(page: Page, from: string, to: string): Promise<string> {
  return page.evaluate(
    ([a, b]) => {
      const find = (s: string) => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const i = (n as Text).data.indexOf(s);
          if (i >= 0) return { node: n, i };
        }
        throw new Error(`no text ${s}`);
      };
      const x = find(a);
      const y = find(b);
      const range = document.createRange();
      range.setStart(x.node, x.i);
      range.setEnd(y.node, y.i + b.length);
      const sel = document.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      return sel.toString();
    },
    [from, to],
  );
}

/** The notes stored by the extension, read in its service worker. */
async function storedNotes(session: Session): Promise<{ target: { source: string; selector?: Record<string, unknown>[] }; attache?: Record<string, string>; body: { value: string }[] }[]> {
  return session.sw.evaluate(async () => {
    const all = await chrome.storage.local.get(null);
    return Object.entries(all)
      .filter(([k]) => k.startsWith("note:"))
      .map(([, v]) => v) as never;
  });
}

suite("notes on a passage and on an actor (built extension, Chromium)", () => {
  let article: SampleArticleTab;
  let session: Session;
  let page: Page;
  let popup: Page;

  beforeAll(async () => {
    article = await openSampleArticle();
    ({ session, page } = article);
  });

  afterAll(async () => {
    await article?.close();
  });

  test("a selection outside the article offers no passage note", async () => {
    expect(await select(page, "Most viewed", "Most viewed")).toBe("Most viewed");
    const tabId = await clickAction(session, page);
    popup = await openPopup(session, tabId);
    await popup.waitForSelector('[data-testid="analysis"]');
    await popup.getByTestId("note-input").waitFor();
    await popup.waitForTimeout(300);
    expect(await popup.getByTestId("selection-offer").count()).toBe(0);
    await popup.close();
  });

  test("a note on the selected passage (across three paragraphs) saves with its quote and context, and survives a reload", async () => {
    const selected = await select(page, "Russia's opposition", "Lavrov was said");
    expect(selected).toContain("according to the ministry.");
    const tabId = await clickAction(session, page);
    popup = await openPopup(session, tabId);
    const offer = popup.getByTestId("selection-offer");
    await offer.waitFor();
    const offered = await offer.locator("blockquote").innerText();
    expect(offered).toMatch(/^Russia's opposition to the North going nuclear/);
    expect(offered).toMatch(/according to the ministry\.\s+In their seventh meeting, [^\n]+ the ministry said\.\s+Meanwhile, during the meeting, Lavrov was said$/);
    await popup.getByRole("button", { name: "Note on the selected passage" }).click();
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe("note-draft");
    expect(await popup.getByTestId("note-target").locator("blockquote").innerText()).toBe(offered);
    const text = `Two positions in one passage ${Date.now()}`;
    await popup.getByLabel("New note on the selected passage").fill(text);
    await popup.getByTestId("note-save").click();
    const saved = popup.locator('[data-testid="note"]', { hasText: text });
    await saved.waitFor();
    expect(await saved.getByTestId("note-quote").innerText()).toBe(offered);
    // The editor goes back to the whole article after saving.
    expect(await popup.getByTestId("note-target").count()).toBe(0);

    // Stored as a W3C annotation on the canonical URL: quote with 32 characters either side, and its offsets.
    const notes = await storedNotes(session);
    const note = notes.find((n) => n.body.some((b) => b.value === text))!;
    expect(note.target.source).toBe(CANONICAL);
    const quote = note.target.selector!.find((s) => s.type === "TextQuoteSelector") as { exact: string; prefix: string; suffix: string };
    const position = note.target.selector!.find((s) => s.type === "TextPositionSelector") as { start: number; end: number };
    expect(quote.exact.replace(/\s+/g, " ")).toBe(offered.replace(/\s+/g, " "));
    expect(quote.prefix).toHaveLength(32);
    expect(quote.prefix.endsWith("Lavrov reaffirmed ")).toBe(true);
    expect(quote.suffix).toHaveLength(32);
    expect(quote.suffix.startsWith(" to have voiced his opposition")).toBe(true);
    expect(position.end - position.start).toBe(quote.exact.length);
    await popup.close();

    // Reload: the selection is gone (no offer), the note and its quote are there.
    await page.reload();
    const again = await clickAction(session, page);
    popup = await openPopup(session, again);
    const back = popup.locator('[data-testid="note"]', { hasText: text });
    await back.waitFor();
    expect(await back.getByTestId("note-quote").innerText()).toBe(offered);
    expect(await popup.getByTestId("selection-offer").count()).toBe(0);
  });

  test("an actor's Add note button opens the editor on that actor, and the note saves with the actor's name", async () => {
    await popup.getByRole("button", { name: "Add a note on Sergey Lavrov" }).click();
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe("note-draft");
    expect(await popup.getByTestId("note-target").innerText()).toContain("On Sergey Lavrov");
    const text = `Lavrov's line on THAAD ${Date.now()}`;
    await popup.getByLabel("New note on Sergey Lavrov").fill(text);
    await popup.getByTestId("note-save").click();
    const saved = popup.locator('[data-testid="note"]', { hasText: text });
    await saved.waitFor();
    expect(await saved.getByTestId("note-actor").innerText()).toBe("On Sergey Lavrov");
    const note = (await storedNotes(session)).find((n) => n.body.some((b) => b.value === text))!;
    expect(note.target.source).toBe(CANONICAL);
    expect(note.attache).toMatchObject({ actorId: "sergey-lavrov", actorName: "Sergey Lavrov" });
    expect(note.target.selector ?? []).toEqual([]);
    // The note on the passage is still listed with its quote, and a plain note has neither.
    expect(await popup.locator('[data-testid="note"] [data-testid="note-quote"]').count()).toBe(1);
    await popup.getByTestId("note-input").fill("A plain note");
    await popup.getByTestId("note-save").click();
    const plain = popup.locator('[data-testid="note"]', { hasText: "A plain note" });
    await plain.waitFor();
    expect(await plain.locator('[data-testid="note-quote"], [data-testid="note-actor"]').count()).toBe(0);
  });

  test("nothing was thrown into the page and no request left the machine", () => {
    expect(article.errors.errors).toEqual([]);
    expect(article.foreignRequests).toEqual([]);
  });
});
