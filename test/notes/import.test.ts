import { describe, expect, it } from "vitest";
import { createNoteStore, noteTags, noteText, type Note } from "../../src/notes/index.ts";
import { MemoryArea, QuotaArea, steppingClock } from "./fake-storage.ts";

const ARTICLE = "https://www.koreapost.com/news/articleView.html?idxno=12345";

function annotation(uuid: string, text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    id: `urn:uuid:${uuid}`,
    type: "Annotation",
    created: "2024-02-17T10:00:00.000Z",
    modified: "2024-02-17T11:00:00.000Z",
    motivation: "commenting",
    body: [{ type: "TextualBody", value: text, format: "text/plain", purpose: "commenting" }],
    target: { source: ARTICLE },
    ...extra,
  };
}

const U1 = "11111111-1111-4111-8111-111111111111";
const U2 = "22222222-2222-4222-8222-222222222222";
const U3 = "33333333-3333-4333-8333-333333333333";

describe("importJson errors", () => {
  it.each([
    ["truncated JSON", '[{"type": "Annotation"', "invalid-json"],
    ["not JSON at all", "Lavrov,Yun\n1,2", "invalid-json"],
    ["an empty file", "", "invalid-json"],
    ["a number", "42", "invalid-format"],
    ["a string", '"notes"', "invalid-format"],
    ["null", "null", "invalid-format"],
    ["an object that is not an annotation", '{"notes": []}', "invalid-format"],
    ["a list of numbers", "[1, 2, 3]", "invalid-format"],
    ["a list of other objects", '[{"type": "Person", "name": "Lavrov"}]', "invalid-format"],
  ])("%s → %s, and nothing stored", async (_name, text, code) => {
    const area = new MemoryArea();
    const result = await createNoteStore(area).importJson(text);
    expect(result.ok ? "ok" : result.error.code).toBe(code);
    if (!result.ok) expect(result.error.message).toMatch(/JSON/);
    expect(area.data.size).toBe(0);
  });
});

describe("importJson", () => {
  it("imports an empty list as nothing", async () => {
    expect(await createNoteStore(new MemoryArea()).importJson("[]")).toEqual({ ok: true, value: { added: 0, skipped: 0, invalid: 0 } });
  });

  it("counts bad items as invalid and imports the rest", async () => {
    const notes = createNoteStore(new MemoryArea(), steppingClock());
    const file = [
      annotation(U1, "good one"),
      annotation(U2, "   "), // empty
      annotation(U3, "x".repeat(20_001)), // too long
      { ...annotation("44444444-4444-4444-8444-444444444444", "no target"), target: 7 },
      { type: "Annotation" }, // nothing in it
      "a string",
      annotation("55555555-5555-4555-8555-555555555555", "bad quote", {
        target: { source: ARTICLE, selector: [{ type: "TextQuoteSelector", exact: 5 }] },
      }),
    ];
    expect(await notes.importJson(JSON.stringify(file))).toEqual({ ok: true, value: { added: 1, skipped: 0, invalid: 6 } });
    expect((await notes.list(ARTICLE)).map(noteText)).toEqual(["good one"]);
  });

  it("skips notes already in the store and repeated ids within the file", async () => {
    const notes = createNoteStore(new MemoryArea(), steppingClock());
    const file = JSON.stringify([annotation(U1, "one"), annotation(U2, "two"), annotation(U1, "one again")]);
    expect(await notes.importJson(file)).toEqual({ ok: true, value: { added: 2, skipped: 1, invalid: 0 } });
    expect(await notes.importJson(file)).toEqual({ ok: true, value: { added: 0, skipped: 3, invalid: 0 } });
    expect((await notes.all()).map(noteText)).toEqual(["one", "two"]);
  });

  it("keeps ids, dates and selectors exactly", async () => {
    const notes = createNoteStore(new MemoryArea(), steppingClock());
    const source = annotation(U1, "with quote", {
      target: {
        source: ARTICLE,
        selector: [
          { type: "TextQuoteSelector", exact: "Resolution 2321", prefix: "including ", suffix: " adopted" },
          { type: "TextPositionSelector", start: 900, end: 915 },
        ],
      },
      attache: { title: "Yun, Lavrov discuss N. Korea" },
    });
    await notes.importJson(JSON.stringify([source]));
    expect(await notes.all()).toEqual([source]);
  });

  it("reads other tools' annotations: an AnnotationPage, a target list, bodyValue, non-UUID ids", async () => {
    const notes = createNoteStore(new MemoryArea(), steppingClock());
    const page = {
      "@context": "http://www.w3.org/ns/anno.jsonld",
      type: "AnnotationPage",
      items: [
        {
          id: "https://hypothes.is/a/Ab12Cd34",
          type: "Annotation",
          created: "2023-11-02T08:15:00Z",
          body: [{ type: "TextualBody", value: "Yonhap wording", purpose: "commenting" }, { type: "TextualBody", value: "korea", purpose: "tagging" }],
          target: [{ source: `${ARTICLE}&utm_medium=social`, selector: [{ type: "TextQuoteSelector", exact: "THAAD battery", prefix: "install a ", suffix: " this year" }] }],
        },
        { type: ["Annotation"], bodyValue: "Just text", target: "https://example.org/un#section" },
      ],
    };
    expect(await notes.importJson(JSON.stringify(page))).toEqual({ ok: true, value: { added: 2, skipped: 0, invalid: 0 } });
    const [hyp, bare] = await notes.all();
    expect(hyp.id).toMatch(/^urn:uuid:/);
    expect(hyp.attache).toEqual({ originalId: "https://hypothes.is/a/Ab12Cd34" });
    expect(hyp.target).toEqual({ source: ARTICLE, selector: [{ type: "TextQuoteSelector", exact: "THAAD battery", prefix: "install a ", suffix: " this year" }] });
    expect(hyp.created).toBe("2023-11-02T08:15:00Z");
    expect(noteTags(hyp)).toEqual(["korea"]);
    expect(noteText(bare)).toBe("Just text");
    expect(bare.target.source).toBe("https://example.org/un");
    // The same file again is recognised: ids are derived from the original id, or from the content when there is none.
    expect(await notes.importJson(JSON.stringify(page))).toEqual({ ok: true, value: { added: 0, skipped: 2, invalid: 0 } });
  });

  it("accepts a byte-order mark at the start of the file", async () => {
    const notes = createNoteStore(new MemoryArea());
    const result = await notes.importJson(`\uFEFF${JSON.stringify([annotation(U1, "bom")])}`);
    expect(result.ok).toBe(true);
  });

  it("stops with storage-full when the storage fills up, keeping what was there and what got in", async () => {
    const area = new QuotaArea(2_500);
    const notes = createNoteStore(area, steppingClock());
    const before = await notes.add({ source: ARTICLE, text: "already here" });
    expect(before.ok).toBe(true);
    const file = Array.from({ length: 20 }, (_, i) =>
      annotation(`${String(i).padStart(8, "0")}-0000-4000-8000-000000000000`, `imported ${i} ${"padding ".repeat(20)}`),
    );
    const result = await notes.importJson(JSON.stringify(file));
    expect(result.ok ? "ok" : result.error.code).toBe("storage-full");
    if (!result.ok) expect(result.error.message).toMatch(/^Storage is full: \d+ of 20 notes were imported/);
    const all: Note[] = await notes.all();
    expect(all.map(noteText)).toContain("already here");
    expect(all.length).toBeGreaterThan(1);
    expect((await notes.list(ARTICLE)).length).toBe(all.length);
  });
});
