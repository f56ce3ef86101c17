import { describe, expect, it } from "vitest";
import { createNoteStore, csvCell, type NoteStore } from "../../src/notes/index.ts";
import { MemoryArea, steppingClock } from "./fake-storage.ts";

const ARTICLE = "https://www.koreapost.com/news/articleView.html?idxno=12345";

async function sampleStore(): Promise<NoteStore> {
  const notes = createNoteStore(new MemoryArea(), steppingClock());
  const inputs = [
    {
      source: ARTICLE,
      title: "Yun, Lavrov discuss N. Korea [Munich]",
      text: "Russia restates support for UNSC resolutions.\nWatch for THAAD follow-up.",
      tags: ["sanctions", "Russia"],
      quote: { exact: "vowed to keep strategic communication", prefix: "resolutions and ", suffix: " to deal with", start: 151, end: 188 },
    },
    { source: "https://example.org/un", text: "=HYPERLINK(\"http://evil.example\",\"click\")", tags: ["-2", "@ops"] },
    { source: ARTICLE, text: "Seventh meeting, \"economic and other fronts\"", actorId: "sergey-lavrov", actorName: "Sergey Lavrov" },
  ];
  for (const input of inputs) {
    const result = await notes.add(input);
    if (!result.ok) throw new Error(result.error.message);
  }
  return notes;
}

/** A small RFC 4180 reader, to check the export parses back into the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += ch;
  }
  return rows;
}

describe("csvCell", () => {
  it.each([
    ["plain", "plain"],
    ["Yun, Lavrov", '"Yun, Lavrov"'],
    ['He said "no"', '"He said ""no"""'],
    ["line one\nline two", '"line one\nline two"'],
    ["=1+1", "'=1+1"],
    ["+7 495 000", "'+7 495 000"],
    ["-2", "'-2"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", "'\tcmd"],
    ['=HYPERLINK("x","y")', `"'=HYPERLINK(""x"",""y"")"`],
    ["a=b", "a=b"],
    ["'=1+1", "''=1+1"],
    ["'quoted'", "'quoted'"],
    ["", ""],
  ])("%j → %j", (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});

describe("exportAll", () => {
  it("csv: a header, one CRLF row per note, quoted per RFC 4180, formulas neutralised", async () => {
    const notes = await sampleStore();
    const csv = await notes.exportAll("csv");
    expect(csv.endsWith("\r\n")).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual(["id", "created", "modified", "source", "title", "actor", "actorId", "quote", "text", "tags"]);
    expect(rows).toHaveLength(4);
    const all = await notes.all();
    expect(rows[1]).toEqual([
      all[0].id, "2024-02-18T09:00:00.000Z", "2024-02-18T09:00:00.000Z", ARTICLE,
      "Yun, Lavrov discuss N. Korea [Munich]", "", "", "vowed to keep strategic communication",
      "Russia restates support for UNSC resolutions.\nWatch for THAAD follow-up.", "sanctions; Russia",
    ]);
    expect(rows[2][8]).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(rows[2][9]).toBe("'-2; @ops");
    expect(rows[3].slice(5, 7)).toEqual(["Sergey Lavrov", "sergey-lavrov"]);
    expect(rows[3][8]).toBe('Seventh meeting, "economic and other fronts"');
  });

  it("csv of no notes is just the header", async () => {
    const notes = createNoteStore(new MemoryArea());
    expect(await notes.exportAll("csv")).toBe("id,created,modified,source,title,actor,actorId,quote,text,tags\r\n");
  });

  it("markdown: grouped by article, quote as blockquote, actor, text, tags, date", async () => {
    const notes = await sampleStore();
    expect(await notes.exportAll("markdown")).toBe(
      [
        "# Attaché notes",
        "",
        `## [Yun, Lavrov discuss N. Korea \\[Munich\\]](<${ARTICLE}>)`,
        "",
        "> vowed to keep strategic communication",
        "",
        "Russia restates support for UNSC resolutions.",
        "Watch for THAAD follow-up.",
        "",
        "**Tags:** `sanctions`, `Russia`",
        "",
        "*2024-02-18T09:00:00.000Z*",
        "",
        "---",
        "",
        "**Actor:** Sergey Lavrov",
        "",
        'Seventh meeting, "economic and other fronts"',
        "",
        "*2024-02-18T09:02:00.000Z*",
        "",
        "---",
        "",
        "## <https://example.org/un>",
        "",
        '=HYPERLINK("http://evil.example","click")',
        "",
        "**Tags:** `-2`, `@ops`",
        "",
        "*2024-02-18T09:01:00.000Z*",
        "",
        "---",
        "",
      ].join("\n"),
    );
  });

  it("markdown keeps a multi-line quote in one blockquote", async () => {
    const notes = createNoteStore(new MemoryArea(), steppingClock());
    await notes.add({ source: ARTICLE, text: "two paragraphs", quote: { exact: "First line.\n\nSecond line.", prefix: "", suffix: "", start: 0, end: 25 } });
    expect(await notes.exportAll("markdown")).toContain("> First line.\n>\n> Second line.\n");
  });

  it("markdown of no notes says so", async () => {
    expect(await createNoteStore(new MemoryArea()).exportAll("markdown")).toBe("# Attaché notes\n\nNo notes yet.\n");
  });

  it("json: an array of the annotations, oldest first, that imports back into the same notes", async () => {
    const notes = await sampleStore();
    const json = await notes.exportAll("json");
    const parsed = JSON.parse(json);
    expect(parsed).toEqual(await notes.all());
    expect(parsed.every((a: { type: string; "@context": string }) => a.type === "Annotation" && a["@context"] === "http://www.w3.org/ns/anno.jsonld")).toBe(true);

    const fresh = createNoteStore(new MemoryArea(), steppingClock("2030-01-01T00:00:00.000Z"));
    expect(await fresh.importJson(json)).toEqual({ ok: true, value: { added: 3, skipped: 0, invalid: 0 } });
    expect(await fresh.all()).toEqual(await notes.all());
    expect(await fresh.exportAll("json")).toBe(json);
    expect(await fresh.list(ARTICLE)).toEqual(await notes.list(ARTICLE));
  });
});
