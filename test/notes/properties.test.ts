import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anchorQuote, createNoteStore, csvCell, toCsv, type Note } from "../../src/notes/index.ts";
import { MemoryArea, steppingClock } from "./fake-storage.ts";

/** Text from a small alphabet, so quotes repeat and context has to decide. */
const textArb = fc.string({ unit: fc.constantFrom("a", "b", " ", "é", "\n", ",", '"', "="), minLength: 1, maxLength: 200 });

describe("invariants", () => {
  it("anchorQuote finds an unchanged quote exactly where it was stored", () => {
    fc.assert(
      fc.property(textArb, fc.nat(), fc.nat(), (text, a, b) => {
        const start = a % text.length;
        const end = start + 1 + (b % (text.length - start));
        const sel = { exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32), start, end };
        expect(anchorQuote(text, sel)).toEqual({ start, end });
      }),
    );
  });

  it("anchorQuote, when it finds anything, returns offsets inside the text whose slice is near the quote", () => {
    fc.assert(
      fc.property(textArb, textArb, (text, exact) => {
        const found = anchorQuote(text, { exact, prefix: "", suffix: "" });
        if (!found) return;
        expect(0 <= found.start && found.start <= found.end && found.end <= text.length).toBe(true);
        expect(Math.abs(found.end - found.start - exact.length)).toBeLessThanOrEqual(Math.floor(exact.length * 0.2));
      }),
    );
  });

  it("every CSV cell is safe to open in a spreadsheet and reads back as the neutralised value", () => {
    const check = (value: string) => {
      const cell = csvCell(value);
      const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
      expect(/^[=+\-@\t\r]/.test(unquoted)).toBe(false);
      expect(unquoted.replace(/^'(?='*[=+\-@\t\r])/, "")).toBe(value);
      if (!cell.startsWith('"')) expect(/[",\r\n]/.test(cell)).toBe(false);
    };
    fc.assert(fc.property(fc.string({ maxLength: 40 }), check));
    // Mostly the characters that matter here (guard quotes, formula starts, CSV specials), so every run meets them.
    const tricky = fc.constantFrom("'", "=", "+", "-", "@", "\t", "\r", "\n", ",", '"', "a");
    fc.assert(fc.property(fc.array(tricky, { maxLength: 8 }).map((cs) => cs.join("")), check));
  });

  it("a JSON export imports back into the same notes, whatever the notes hold", async () => {
    const inputArb = fc.record({
      source: fc.constantFrom("https://a.example/x?id=1", "https://b.example/y", "https://c.example/z#frag"),
      text: fc.string({ minLength: 1, maxLength: 80 }).filter((t) => t.trim().length > 0),
      tags: fc.array(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 4 }),
      title: fc.option(fc.string({ maxLength: 30 }), { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(inputArb, { maxLength: 8 }), async (inputs) => {
        const store = createNoteStore(new MemoryArea(), steppingClock());
        for (const input of inputs) expect((await store.add(input)).ok).toBe(true);
        const fresh = createNoteStore(new MemoryArea(), steppingClock());
        const imported = await fresh.importJson(await store.exportAll("json"));
        expect(imported).toEqual({ ok: true, value: { added: inputs.length, skipped: 0, invalid: 0 } });
        const before: Note[] = await store.all();
        expect(await fresh.all()).toEqual(before);
        expect(toCsv(await fresh.all())).toBe(toCsv(before));
      }),
      { numRuns: 50 },
    );
  });
});
