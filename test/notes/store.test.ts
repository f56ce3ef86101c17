import { afterEach, describe, expect, it, vi } from "vitest";
import { createNoteStore, MAX_TEXT_LENGTH, noteTags, noteText, type Note } from "../../src/notes/index.ts";
import { FailingArea, MemoryArea, QuotaArea, steppingClock } from "./fake-storage.ts";

const ARTICLE = "https://www.koreapost.com/news/articleView.html?idxno=12345";
const OTHER = "https://www.example.org/world/lavrov-munich";
const QUOTE = {
  exact: "vowed to keep strategic communication",
  prefix: "U.N. Security Council resolutions and ",
  suffix: " to deal with the growing nuclear threat",
  start: 151,
  end: 188,
};

function store(area = new MemoryArea()) {
  return { area, notes: createNoteStore(area, steppingClock()) };
}

async function added(promise: Promise<{ ok: boolean }>): Promise<Note> {
  const result = (await promise) as { ok: true; value: Note } | { ok: false; error: unknown };
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("add", () => {
  it("stores a W3C Web Annotation under note:<uuid> and lists it under its article", async () => {
    const { area, notes } = store();
    const note = await added(notes.add({ source: ARTICLE, title: "Yun, Lavrov discuss N. Korea", text: "  Russia backs UNSC line  ", tags: ["#sanctions", "Russia", "russia"], quote: QUOTE }));
    expect(note).toEqual({
      "@context": "http://www.w3.org/ns/anno.jsonld",
      id: expect.stringMatching(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
      type: "Annotation",
      created: "2024-02-18T09:00:00.000Z",
      modified: "2024-02-18T09:00:00.000Z",
      motivation: "commenting",
      body: [
        { type: "TextualBody", value: "Russia backs UNSC line", format: "text/plain", purpose: "commenting" },
        { type: "TextualBody", value: "sanctions", purpose: "tagging" },
        { type: "TextualBody", value: "Russia", purpose: "tagging" },
      ],
      target: {
        source: ARTICLE,
        selector: [
          { type: "TextQuoteSelector", exact: QUOTE.exact, prefix: QUOTE.prefix, suffix: QUOTE.suffix },
          { type: "TextPositionSelector", start: 151, end: 188 },
        ],
      },
      attache: { title: "Yun, Lavrov discuss N. Korea" },
    });
    const uuid = note.id.slice("urn:uuid:".length);
    expect(area.data.get(`note:${uuid}`)).toEqual(note);
    expect(area.data.get(`note-index:${ARTICLE}`)).toEqual([uuid]);
    expect(await notes.list(ARTICLE)).toEqual([note]);
  });

  it("files a note under the canonical URL, so tracking parameters and fragments find the same notes", async () => {
    const { notes } = store();
    const note = await added(notes.add({ source: `${ARTICLE}&utm_source=twitter&fbclid=abc#comments`, text: "Read later" }));
    expect(note.target.source).toBe(ARTICLE);
    expect(await notes.list(`${ARTICLE}#top`)).toEqual([note]);
  });

  it("keeps actor notes' actor in the extension field", async () => {
    const { notes } = store();
    const note = await added(notes.add({ source: ARTICLE, text: "Seventh meeting with Yun", actorId: "sergey-lavrov", actorName: "Sergey Lavrov" }));
    expect(note.attache).toEqual({ actorId: "sergey-lavrov", actorName: "Sergey Lavrov" });
    expect(note.target.selector).toBeUndefined();
  });

  it("makes a tag-only note a 'tagging' annotation", async () => {
    const { notes } = store();
    const note = await added(notes.add({ source: ARTICLE, text: " ", tags: ["THAAD"] }));
    expect(note.motivation).toBe("tagging");
    expect(noteText(note)).toBe("");
    expect(noteTags(note)).toEqual(["THAAD"]);
  });

  it.each([
    ["empty text and no tags", { source: ARTICLE, text: "" }, "empty-note"],
    ["only whitespace", { source: ARTICLE, text: " \n\t ", tags: ["  ", "#"] }, "empty-note"],
    ["text one over the limit", { source: ARTICLE, text: "x".repeat(MAX_TEXT_LENGTH + 1) }, "note-too-long"],
    ["no source", { source: "  ", text: "Lavrov" }, "invalid-source"],
    ["33 tags", { source: ARTICLE, text: "t", tags: Array.from({ length: 33 }, (_, i) => `tag${i}`) }, "too-many-tags"],
    ["tags not a list", { source: ARTICLE, text: "t", tags: "sanctions" as unknown as string[] }, "invalid-tags"],
    ["quote with end before start", { source: ARTICLE, text: "t", quote: { ...QUOTE, start: 10, end: 5 } }, "invalid-quote"],
    ["quote with an empty passage", { source: ARTICLE, text: "t", quote: { ...QUOTE, exact: "  " } }, "invalid-quote"],
    ["quote with a fractional offset", { source: ARTICLE, text: "t", quote: { ...QUOTE, start: 1.5 } }, "invalid-quote"],
  ])("rejects %s with a clear error and stores nothing", async (_name, input, code) => {
    const { area, notes } = store();
    const result = await notes.add(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message.length).toBeGreaterThan(20);
    }
    expect(area.data.size).toBe(0);
  });

  it("accepts a note of exactly the maximum length", async () => {
    const { notes } = store();
    expect((await notes.add({ source: ARTICLE, text: "y".repeat(MAX_TEXT_LENGTH) })).ok).toBe(true);
  });

  it("clamps long tags, titles and quote context instead of refusing them", async () => {
    const { notes } = store();
    const note = await added(notes.add({
      source: ARTICLE,
      text: "Long bits",
      title: "T".repeat(600),
      tags: ["k".repeat(100)],
      quote: { ...QUOTE, prefix: "p".repeat(100) + "END", suffix: "START" + "s".repeat(100) },
    }));
    expect(note.attache?.title).toHaveLength(500);
    expect(noteTags(note)[0]).toHaveLength(64);
    const quote = note.target.selector?.[0];
    expect(quote?.type === "TextQuoteSelector" && quote.prefix.endsWith("END") && quote.prefix.length === 64).toBe(true);
    expect(quote?.type === "TextQuoteSelector" && quote.suffix.startsWith("START") && quote.suffix.length === 64).toBe(true);
  });

  it("writes only the new note and its article's index, never the other notes", async () => {
    const { area, notes } = store();
    for (let i = 0; i < 5; i++) await added(notes.add({ source: i % 2 ? ARTICLE : OTHER, text: `note ${i}` }));
    area.writes.length = 0;
    const note = await added(notes.add({ source: ARTICLE, text: "sixth" }));
    expect(area.writes).toEqual([[`note:${note.id.slice(9)}`], [`note-index:${ARTICLE}`]]);
  });

  it("keeps order and every index entry when adds race each other", async () => {
    const { notes } = store();
    await notes.list(ARTICLE);
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => notes.add({ source: ARTICLE, text: `note ${i}` })));
    expect(results.every((r) => r.ok)).toBe(true);
    expect((await notes.list(ARTICLE)).map(noteText)).toEqual(Array.from({ length: 10 }, (_, i) => `note ${i}`));
  });

  it("gives notes made in the same millisecond distinct, increasing creation times", async () => {
    const area = new MemoryArea();
    const notes = createNoteStore(area, () => new Date("2024-02-18T09:00:00.000Z"));
    const a = await added(notes.add({ source: ARTICLE, text: "first" }));
    const b = await added(notes.add({ source: ARTICLE, text: "second" }));
    expect(a.created < b.created).toBe(true);
    expect((await notes.list(ARTICLE)).map(noteText)).toEqual(["first", "second"]);
  });

  it("makes UUIDs without crypto.randomUUID", async () => {
    vi.stubGlobal("crypto", undefined);
    const { notes } = store();
    const a = await added(notes.add({ source: ARTICLE, text: "one" }));
    const b = await added(notes.add({ source: ARTICLE, text: "two" }));
    expect(a.id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a.id).not.toBe(b.id);
  });
});

describe("list and all", () => {
  it("lists one article's notes oldest first and all notes across articles", async () => {
    const { notes } = store();
    await added(notes.add({ source: ARTICLE, text: "a1" }));
    await added(notes.add({ source: OTHER, text: "b1" }));
    await added(notes.add({ source: ARTICLE, text: "a2" }));
    expect((await notes.list(ARTICLE)).map(noteText)).toEqual(["a1", "a2"]);
    expect((await notes.list(OTHER)).map(noteText)).toEqual(["b1"]);
    expect((await notes.list("https://nowhere.example/")).length).toBe(0);
    expect((await notes.all()).map(noteText)).toEqual(["a1", "b1", "a2"]);
  });

  it("ignores other extension data and garbage under note keys", async () => {
    const { area, notes } = store();
    await added(notes.add({ source: ARTICLE, text: "real" }));
    await area.set({ settings: { highlights: true }, "note:broken": { hello: 1 }, "note:also-broken": "text" });
    expect((await notes.all()).map(noteText)).toEqual(["real"]);
    expect((await notes.list(ARTICLE)).map(noteText)).toEqual(["real"]);
  });

  it("finds a note whose index write never happened (crash between the two writes)", async () => {
    const area = new FailingArea((keys) => keys.some((k) => k.startsWith("note-index:")));
    const notes = createNoteStore(area, steppingClock());
    const note = await added(notes.add({ source: ARTICLE, text: "written before the crash" }));
    expect(area.data.has(`note-index:${ARTICLE}`)).toBe(false);
    expect(await notes.list(ARTICLE)).toEqual([note]);

    area.shouldFail = () => false;
    const restarted = createNoteStore(area, steppingClock());
    expect(await restarted.list(ARTICLE)).toEqual([note]);
    expect(area.data.get(`note-index:${ARTICLE}`)).toEqual([note.id.slice(9)]); // repaired
  });

  it("tolerates an index that lists deleted notes or notes of another article", async () => {
    const { area, notes } = store();
    const a = await added(notes.add({ source: ARTICLE, text: "a" }));
    const b = await added(notes.add({ source: OTHER, text: "b" }));
    await notes.list(ARTICLE); // the index is now trusted
    area.data.set(`note-index:${ARTICLE}`, [a.id.slice(9), "0b7e6c8e-58b1-4c43-9a4e-0c1f1f6a2d11", b.id.slice(9), 42]);
    expect(await notes.list(ARTICLE)).toEqual([a]);
  });
});

describe("update and remove", () => {
  it("changes text and tags, keeps the rest and moves `modified`", async () => {
    const { notes } = store();
    const note = await added(notes.add({ source: ARTICLE, text: "draft", tags: ["korea"], quote: QUOTE }));
    const updated = await added(notes.update(note.id, { text: "Lavrov opposes THAAD" }));
    expect(noteText(updated)).toBe("Lavrov opposes THAAD");
    expect(noteTags(updated)).toEqual(["korea"]);
    expect(updated.target).toEqual(note.target);
    expect(updated.created).toBe(note.created);
    expect(updated.modified > note.modified).toBe(true);
    const retagged = await added(notes.update(note.id.slice(9), { tags: ["THAAD", "Russia"] }));
    expect(noteTags(retagged)).toEqual(["THAAD", "Russia"]);
    expect(await notes.list(ARTICLE)).toEqual([retagged]);
  });

  it.each([
    ["an unknown id", "urn:uuid:0b7e6c8e-58b1-4c43-9a4e-0c1f1f6a2d11", { text: "x" }, "not-found"],
    ["an id that is not a UUID", "nonsense", { text: "x" }, "not-found"],
    ["emptying the note", null, { text: "", tags: [] }, "empty-note"],
    ["a text too long", null, { text: "z".repeat(MAX_TEXT_LENGTH + 1) }, "note-too-long"],
  ])("refuses %s and leaves the note as it was", async (_name, id, patch, code) => {
    const { notes } = store();
    const note = await added(notes.add({ source: ARTICLE, text: "keep me" }));
    const result = await notes.update(id ?? note.id, patch);
    expect(result.ok ? "ok" : result.error.code).toBe(code);
    expect(await notes.list(ARTICLE)).toEqual([note]);
  });

  it("removes a note and its index entry", async () => {
    const { area, notes } = store();
    const a = await added(notes.add({ source: ARTICLE, text: "a" }));
    const b = await added(notes.add({ source: ARTICLE, text: "b" }));
    expect(await notes.remove(a.id)).toEqual({ ok: true, value: undefined });
    expect(await notes.list(ARTICLE)).toEqual([b]);
    expect((await notes.remove(b.id)).ok).toBe(true);
    expect(area.data.size).toBe(0);
    const again = await notes.remove(a.id);
    expect(again.ok ? "ok" : again.error.code).toBe("not-found");
  });
});

describe("full storage", () => {
  it("says storage is full, asks to export, and loses neither the stored notes nor the draft", async () => {
    const area = new QuotaArea(3_000);
    const notes = createNoteStore(area, steppingClock());
    const saved: Note[] = [];
    let refusal: { code: string; message: string } | undefined;
    for (let i = 0; i < 50 && !refusal; i++) {
      const result = await notes.add({ source: ARTICLE, text: `Note ${i}: ${"Lavrov and Yun met in Munich. ".repeat(5)}` });
      if (result.ok) saved.push(result.value);
      else refusal = result.error;
    }
    expect(refusal?.code).toBe("storage-full");
    expect(refusal?.message).toMatch(/^Storage is full: .*export your notes/i);
    expect(saved.length).toBeGreaterThan(0);
    expect(await notes.list(ARTICLE)).toEqual(saved);

    const draft = { source: ARTICLE, text: "My unsaved draft about THAAD", tags: ["THAAD"] };
    const copy = structuredClone(draft);
    const result = await notes.add(draft);
    expect(result.ok ? "ok" : result.error.code).toBe("storage-full");
    expect(draft).toEqual(copy);
    expect(await notes.list(ARTICLE)).toEqual(saved);
  });

  it("leaves a note unchanged when its update does not fit", async () => {
    const area = new QuotaArea(1_500);
    const notes = createNoteStore(area, steppingClock());
    const note = await added(notes.add({ source: ARTICLE, text: "short" }));
    const result = await notes.update(note.id, { text: "long ".repeat(400) });
    expect(result.ok ? "ok" : result.error.code).toBe("storage-full");
    expect(await notes.list(ARTICLE)).toEqual([note]);
  });

  it("reports other storage failures as storage-error", async () => {
    const area = new FailingArea(() => true, new Error("IO error: LOCK held"));
    const notes = createNoteStore(area, steppingClock());
    const result = await notes.add({ source: ARTICLE, text: "x" });
    expect(result.ok ? "ok" : result.error.code).toBe("storage-error");
  });

  it("keeps a saved note even when its index no longer fits", async () => {
    const area = new FailingArea((keys) => keys.some((k) => k.startsWith("note-index:")), new Error("QUOTA_BYTES quota exceeded"));
    const notes = createNoteStore(area, steppingClock());
    const note = await added(notes.add({ source: ARTICLE, text: "fits, index does not" }));
    expect(await notes.list(ARTICLE)).toEqual([note]);
  });
});
