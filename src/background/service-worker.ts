/**
 * Background service worker: the only writer of notes. It answers typed messages from the extension's own pages
 * (the popup) and ignores everything else, content scripts included.
 */
import { createNoteStore } from "../notes/index.ts";
import { browser, type Runtime } from "../shared/browser.ts";
import { isMessage, type Handlers, type PopupToBackgroundCalls } from "../shared/messages.ts";
import { err, errorMessage, ok, type Result } from "../shared/result.ts";
import { isTrustedSender } from "./trusted-sender.ts";

const TYPES = ["notes.list", "notes.add", "notes.remove", "notes.search", "notes.export", "notes.import"] as const;
/** Largest notes file accepted for import (characters). */
const MAX_IMPORT_CHARS = 20_000_000;
const FORMATS = new Set(["json", "markdown", "csv"]);

const store = createNoteStore(browser.storage.local);

const handlers: Handlers<PopupToBackgroundCalls> = {
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
    return Promise.resolve(err("forbidden", "Notes can only be changed from Attaché's own pages."));
  }
  const handler = handlers[msg.type] as (p: unknown) => Promise<Result<unknown>>;
  return handler(msg.payload).catch((e: unknown) => err("storage", `Attaché could not reach its notes: ${errorMessage(e)}`));
});
