import { toCsv, toJson, toMarkdown } from "./export.ts";
import { parseImport } from "./import.ts";
import {
  buildBody,
  buildNote,
  checkInput,
  checkTags,
  checkText,
  looksLikeNote,
  newUuid,
  noteTags,
  noteText,
  uuidOf,
  type Note,
  type NoteInput,
  type NotePatch,
} from "./note.ts";
import { err, ok, type Result } from "../shared/result.ts";
import { searchNotes } from "./search.ts";
import { canonicalSource } from "./canonical-source.ts";

/** The part of `chrome.storage.local` (or `browser.storage.local`) the note store uses. */
export interface StorageAreaLike {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** Reading, writing, searching, exporting and importing a reader's notes. */
export interface NoteStore {
  /** Notes of one article (any form of its URL; it is made canonical), oldest first. */
  list(source: string): Promise<Note[]>;
  /** Every note, oldest first. */
  all(): Promise<Note[]>;
  /** Saves a new note; on failure nothing stored changes and the caller still holds its input. */
  add(input: NoteInput): Promise<Result<Note>>;
  /** Changes a note's text and/or tags. */
  update(id: string, patch: NotePatch): Promise<Result<Note>>;
  /** Deletes a note. */
  remove(id: string): Promise<Result<void>>;
  /** Notes matching every word of the query in their text, tags, quote, title or actor, ignoring case and accents; oldest first. */
  search(query: string): Promise<Note[]>;
  /** Every note in one of the export formats. */
  exportAll(format: "json" | "markdown" | "csv"): Promise<string>;
  /** Adds the notes of an exported JSON file (or another tool's Web Annotations), skipping those already here (same id) and counting the invalid ones. */
  importJson(text: string): Promise<Result<{ added: number; skipped: number; invalid: number }>>;
}

/** Storage key of one note: "note:<uuid>". */
export const NOTE_KEY_PREFIX = "note:";
/** Storage key of an article's list of note UUIDs: "note-index:<canonical url>". A cache, rebuilt from the notes when in doubt. */
export const INDEX_KEY_PREFIX = "note-index:";

const noteKey = (uuid: string): string => NOTE_KEY_PREFIX + uuid;
const indexKey = (source: string): string => INDEX_KEY_PREFIX + source;

/** True when a storage error means the storage area has no room left (Chrome: "QUOTA_BYTES quota exceeded"; Firefox: QuotaExceededError). */
export function isQuotaError(error: unknown): boolean {
  const name = error instanceof Error ? error.name : "";
  const message = error instanceof Error ? error.message : String(error);
  return /quota/i.test(name) || /quota|QUOTA_BYTES|no space|disk full/i.test(message);
}

function storageFailure<T>(error: unknown, what: string): Result<T> {
  if (isQuotaError(error)) {
    return err(
      "storage-full",
      `Storage is full: ${what}. Your text is still here. Export your notes (JSON) and delete some old ones to make room, then save again.`,
    );
  }
  const detail = error instanceof Error ? error.message : String(error);
  return err("storage-error", `Could not save to the browser's storage: ${what} (${detail}). Your text is still here; try again.`);
}

function byCreated(a: Note, b: Note): number {
  return a.created < b.created ? -1 : a.created > b.created ? 1 : 0;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

/**
 * A note store over a storage area. Each note is its own key, written before the per-article
 * index that lists it; the index is only a cache, checked against the notes once per store and
 * after any failed write, so a crash between the two writes never hides or loses a note.
 * Writes are queued, so one store instance never races itself; it assumes it is the only writer
 * (in the extension: the background service worker). `now` is for tests.
 */
export function createNoteStore(area: StorageAreaLike, now: () => Date = () => new Date()): NoteStore {
  let queue: Promise<unknown> = Promise.resolve();
  let indexTrusted = false;
  let lastCreated = 0;

  /** Runs writes one after another, so two index updates never overwrite each other. */
  function serialised<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }

  /** A timestamp for a new note, strictly after the previous one, so notes made in the same millisecond keep their order. */
  function nextCreated(): string {
    const time = Math.max(now().getTime(), lastCreated + 1);
    lastCreated = time;
    return new Date(time).toISOString();
  }

  async function readAll(): Promise<{ notes: Note[]; indexes: Map<string, string[]> }> {
    const items = await area.get(null);
    const notes: Note[] = [];
    const indexes = new Map<string, string[]>();
    for (const [key, value] of Object.entries(items)) {
      if (key.startsWith(NOTE_KEY_PREFIX) && looksLikeNote(value)) notes.push(value);
      else if (key.startsWith(INDEX_KEY_PREFIX)) indexes.set(key.slice(INDEX_KEY_PREFIX.length), stringList(value));
    }
    notes.sort(byCreated);
    return { notes, indexes };
  }

  /** Rewrites the indexes that disagree with the notes actually stored (only those). */
  async function reconcile(): Promise<Note[]> {
    const { notes, indexes } = await readAll();
    const wanted = new Map<string, string[]>();
    for (const note of notes) {
      const uuid = uuidOf(note.id);
      if (!uuid) continue;
      const ids = wanted.get(note.target.source) ?? [];
      ids.push(uuid);
      wanted.set(note.target.source, ids);
    }
    const changed: Record<string, string[]> = {};
    for (const [source, ids] of wanted) {
      if (JSON.stringify(indexes.get(source)) !== JSON.stringify(ids)) changed[indexKey(source)] = ids;
    }
    const stale = [...indexes.keys()].filter((source) => !wanted.has(source)).map(indexKey);
    try {
      if (Object.keys(changed).length) await area.set(changed);
      if (stale.length) await area.remove(stale);
      indexTrusted = true;
    } catch {
      // Full storage can block the repair; list() then keeps reading the notes themselves.
    }
    return notes;
  }

  async function readNote(id: string): Promise<Note | undefined> {
    const uuid = uuidOf(id);
    if (!uuid) return undefined;
    const value = (await area.get(noteKey(uuid)))[noteKey(uuid)];
    return looksLikeNote(value) ? value : undefined;
  }

  async function list(source: string): Promise<Note[]> {
    const canonical = canonicalSource(source);
    if (!indexTrusted) {
      const notes = await serialised(reconcile);
      return notes.filter((n) => n.target.source === canonical);
    }
    const ids = stringList((await area.get(indexKey(canonical)))[indexKey(canonical)]);
    if (!ids.length) return [];
    const keys = ids.map(noteKey);
    const items = await area.get(keys);
    // Tolerate an index that lists a deleted note or a note that has moved: read, then check.
    return keys
      .map((key) => items[key])
      .filter((v): v is Note => looksLikeNote(v) && v.target.source === canonical)
      .sort(byCreated);
  }

  async function all(): Promise<Note[]> {
    return (await readAll()).notes;
  }

  /** Adds UUIDs to an article's index; a failure only marks the index for repair, since the notes are already safe. */
  async function addToIndex(source: string, uuids: string[]): Promise<void> {
    try {
      const current = stringList((await area.get(indexKey(source)))[indexKey(source)]);
      const merged = [...current, ...uuids.filter((u) => !current.includes(u))];
      await area.set({ [indexKey(source)]: merged });
    } catch {
      indexTrusted = false;
    }
  }

  function add(input: NoteInput): Promise<Result<Note>> {
    const checked = checkInput(input);
    if (!checked.ok) return Promise.resolve(checked);
    return serialised(async () => {
      const uuid = newUuid();
      const created = nextCreated();
      const note = buildNote(checked.value, { id: `urn:uuid:${uuid}`, created, modified: created });
      try {
        await area.set({ [noteKey(uuid)]: note });
      } catch (error) {
        return storageFailure<Note>(error, "the note was not saved");
      }
      await addToIndex(note.target.source, [uuid]);
      return ok(note);
    });
  }

  function update(id: string, patch: NotePatch): Promise<Result<Note>> {
    return serialised(async () => {
      const existing = await readNote(id);
      if (!existing) return err<Note>("not-found", "This note no longer exists; it may have been deleted in another window.");
      const text = patch.text === undefined ? ok(noteText(existing)) : checkText(patch.text);
      if (!text.ok) return text;
      const tags = patch.tags === undefined ? ok(noteTags(existing)) : checkTags(patch.tags);
      if (!tags.ok) return tags;
      if (!text.value && !tags.value.length) {
        return err<Note>("empty-note", "The note would be empty: write something or keep a tag, or delete the note instead.");
      }
      if (text.value === noteText(existing) && JSON.stringify(tags.value) === JSON.stringify(noteTags(existing))) {
        return ok(existing);
      }
      const modified = new Date(Math.max(now().getTime(), Date.parse(existing.created) || 0)).toISOString();
      const updated: Note = {
        ...existing,
        modified,
        motivation: text.value ? "commenting" : "tagging",
        body: buildBody(text.value, tags.value),
      };
      try {
        await area.set({ [noteKey(uuidOf(existing.id) as string)]: updated });
      } catch (error) {
        return storageFailure<Note>(error, "the change was not saved");
      }
      return ok(updated);
    });
  }

  function remove(id: string): Promise<Result<void>> {
    return serialised(async () => {
      const existing = await readNote(id);
      if (!existing) return err<void>("not-found", "This note no longer exists; it may have been deleted already.");
      const uuid = uuidOf(existing.id) as string;
      try {
        // The note goes first: an index left pointing at it is harmless, list() skips missing notes.
        await area.remove(noteKey(uuid));
      } catch (error) {
        return storageFailure<void>(error, "the note was not deleted");
      }
      try {
        const source = existing.target.source;
        const ids = stringList((await area.get(indexKey(source)))[indexKey(source)]).filter((u) => u !== uuid);
        if (ids.length) await area.set({ [indexKey(source)]: ids });
        else await area.remove(indexKey(source));
      } catch {
        indexTrusted = false;
      }
      return ok(undefined);
    });
  }

  async function search(query: string): Promise<Note[]> {
    return searchNotes(await all(), query);
  }

  async function exportAll(format: "json" | "markdown" | "csv"): Promise<string> {
    const notes = await all();
    switch (format) {
      case "json":
        return toJson(notes);
      case "markdown":
        return toMarkdown(notes);
      case "csv":
        return toCsv(notes);
      default:
        throw new Error(`notes: unknown export format ${JSON.stringify(format)}`);
    }
  }

  function importJson(text: string): Promise<Result<{ added: number; skipped: number; invalid: number }>> {
    const parsed = parseImport(text, now());
    if (!parsed.ok) return Promise.resolve(parsed);
    return serialised(async () => {
      const { notes: existing } = await readAll();
      const known = new Set(existing.map((note) => note.id));
      let added = 0;
      let skipped = 0;
      const bySource = new Map<string, string[]>();
      let failure: Result<{ added: number; skipped: number; invalid: number }> | undefined;
      for (const note of parsed.value.notes) {
        if (known.has(note.id)) {
          skipped++;
          continue;
        }
        const uuid = uuidOf(note.id) as string;
        try {
          await area.set({ [noteKey(uuid)]: note });
        } catch (error) {
          failure = storageFailure(error, `${added} of ${parsed.value.notes.length} notes were imported before it filled up`);
          break;
        }
        known.add(note.id);
        added++;
        const ids = bySource.get(note.target.source) ?? [];
        ids.push(uuid);
        bySource.set(note.target.source, ids);
      }
      for (const [source, uuids] of bySource) await addToIndex(source, uuids);
      return failure ?? ok({ added, skipped, invalid: parsed.value.invalid });
    });
  }

  return { list, all, add, update, remove, search, exportAll, importJson };
}
