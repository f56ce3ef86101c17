/**
 * The notes tools of the popup in real Chromium on the built extension: search across all notes, export as Markdown,
 * CSV and JSON (real downloads), import of a malformed file (a clear message, nothing lost) and of a JSON export (added
 * once, skipped the second time). Like every feature, none of it makes a request beyond the local test page, and
 * nothing is thrown into the page.
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { BROWSER_PATH, clickAction, openPopup, openSampleArticle, type SampleArticleTab } from "./harness.ts";

const suite = BROWSER_PATH ? describe : describe.skip;

/** Clicks a button that downloads a file and answers the file's name and text. */
async function downloadOf(popup: Page, button: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([popup.waitForEvent("download"), popup.getByRole("button", { name: button, exact: true }).click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path!, "utf8") };
}

/** Chooses a file with the given name and text in the import field and answers the status line that follows. */
async function importFile(popup: Page, name: string, text: string): Promise<string> {
  const status = popup.locator(".notes-tools [role=status]");
  const before = (await status.count()) ? await status.innerText() : "";
  await popup.getByLabel("Import a JSON export:").setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
  await expect.poll(async () => ((await status.count()) ? await status.innerText() : "")).not.toBe(before);
  return status.innerText();
}

suite("notes tools: search, export, import (built extension, Chromium)", () => {
  let article: SampleArticleTab;
  let popup: Page;
  const noteText = `Lavrov and Yun disagree on THAAD, note ${Date.now()}`;
  let exportedJson = "";

  beforeAll(async () => {
    article = await openSampleArticle();
    const tabId = await clickAction(article.session, article.page);
    popup = await openPopup(article.session, tabId);
    await popup.getByTestId("note-input").fill(noteText);
    await popup.getByTestId("note-save").click();
    await popup.locator('[data-testid="note"]', { hasText: noteText }).waitFor();
    await popup.getByText("All notes: search, export, import").click();
  });

  afterAll(async () => {
    await article?.close();
  });

  test("search finds the note by a word of it, and says so when nothing matches", async () => {
    await popup.getByLabel("Search all notes").fill("THAAD");
    await popup.getByRole("button", { name: "Search", exact: true }).click();
    const results = popup.getByTestId("search-results");
    await results.waitFor();
    expect(await results.innerText()).toContain(noteText);
    await popup.getByLabel("Search all notes").fill("zzqx-no-such-word");
    await popup.getByRole("button", { name: "Search", exact: true }).click();
    await popup.getByText("No notes match.").waitFor();
  });

  test("export downloads the notes as Markdown, CSV and JSON (W3C Web Annotations)", async () => {
    const md = await downloadOf(popup, "Markdown");
    expect(md.name).toBe("attache-notes.md");
    expect(md.text).toContain(noteText);
    const csv = await downloadOf(popup, "CSV");
    expect(csv.name).toBe("attache-notes.csv");
    expect(csv.text).toContain(noteText);
    const json = await downloadOf(popup, "JSON");
    expect(json.name).toBe("attache-notes.json");
    const parsed = JSON.parse(json.text);
    const list: { type?: string; body?: { value?: string }[] }[] = Array.isArray(parsed) ? parsed : parsed.items ?? parsed.first?.items ?? [];
    const mine = list.find((a) => a.body?.some((b) => b.value === noteText));
    expect(mine?.type).toBe("Annotation");
    exportedJson = json.text;
  });

  test("a malformed import file gets a clear message and loses nothing", async () => {
    const status = await importFile(popup, "broken.json", '{"items": [ {"type": "Annotation", ');
    expect(status).toMatch(/not valid JSON/i);
    await popup.getByLabel("Search all notes").fill("THAAD");
    await popup.getByRole("button", { name: "Search", exact: true }).click();
    await popup.getByTestId("search-results").waitFor();
    expect(await popup.getByTestId("search-results").innerText()).toContain(noteText);
  });

  test("importing a JSON export adds a new note once and skips it the second time", async () => {
    expect(exportedJson).not.toBe("");
    // Another reader's export: the same note under a new id and with new text.
    const other = exportedJson.replace(/"id"\s*:\s*"([^"]+)"/g, (_m, id: string) => `"id": "${id}-imported"`).split(noteText).join("An imported note on Pyongyang");
    expect(await importFile(popup, "other.json", other)).toMatch(/^Imported 1 note; \d+ already here/);
    expect(await importFile(popup, "other.json", other)).toMatch(/^Imported 0 notes; 1 already here/);
    await popup.getByLabel("Search all notes").fill("Pyongyang");
    await popup.getByRole("button", { name: "Search", exact: true }).click();
    await popup.getByTestId("search-results").waitFor();
    expect(await popup.getByTestId("search-results").innerText()).toContain("An imported note on Pyongyang");
  });

  test("nothing was thrown into the page and no request left the machine", () => {
    expect(article.errors.errors).toEqual([]);
    expect(article.foreignRequests).toEqual([]);
  });
});
