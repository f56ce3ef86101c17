import { noteQuote, noteTags, noteText, type Note } from "./note.ts";

/** The notes as a JSON array of W3C Web Annotations, which `importJson` reads back unchanged. */
export function toJson(notes: readonly Note[]): string {
  return `${JSON.stringify(notes, null, 2)}\n`;
}

/** Groups notes by article, keeping the order in which each article first appears. */
function groupBySource(notes: readonly Note[]): Note[][] {
  const groups = new Map<string, Note[]>();
  for (const note of notes) {
    const group = groups.get(note.target.source);
    if (group) group.push(note);
    else groups.set(note.target.source, [note]);
  }
  return [...groups.values()];
}

/** Escapes the characters that would turn plain text into Markdown markup inside a link text or heading. */
function escapeMarkdownInline(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (ch) => `\\${ch}`);
}

/** Prefixes every line with "> ", so a multi-line quote stays one blockquote. */
function blockquote(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => (line ? `> ${line}` : ">"))
    .join("\n");
}

/**
 * The notes as Markdown: one `##` section per article (its title linked to its address), and per
 * note the quoted passage as a blockquote, the actor, the note text, the tags and the date.
 */
export function toMarkdown(notes: readonly Note[]): string {
  const lines: string[] = ["# Attaché notes", ""];
  if (!notes.length) {
    lines.push("No notes yet.", "");
    return lines.join("\n");
  }
  for (const group of groupBySource(notes)) {
    const source = group[0].target.source;
    const title = group.map((n) => n.attache?.title).find(Boolean);
    // Angle brackets keep addresses with spaces or parentheses intact as link targets.
    lines.push(`## ${title ? `[${escapeMarkdownInline(title)}](<${source.replace(/[<>]/g, encodeURIComponent)}>)` : `<${source}>`}`, "");
    for (const note of group) {
      const quote = noteQuote(note);
      if (quote) lines.push(blockquote(quote.exact), "");
      const actor = note.attache?.actorName ?? note.attache?.actorId;
      if (actor) lines.push(`**Actor:** ${escapeMarkdownInline(actor)}`, "");
      const text = noteText(note);
      if (text) lines.push(text, "");
      const tags = noteTags(note);
      if (tags.length) lines.push(`**Tags:** ${tags.map((t) => `\`${t.replace(/`/g, "'")}\``).join(", ")}`, "");
      lines.push(`*${note.created}*`, "", "---", "");
    }
  }
  return lines.join("\n");
}

/** Columns of the CSV export, in order. */
export const CSV_COLUMNS = ["id", "created", "modified", "source", "title", "actor", "actorId", "quote", "text", "tags"] as const;

/**
 * One CSV cell: text that a spreadsheet would run as a formula (starting with = + - @, tab or
 * carriage return) gets a leading single quote, then the cell is quoted as RFC 4180 asks when it
 * holds a comma, a double quote or a line break. `=1+1` → `'=1+1`; `a,"b"` → `"a,""b"""`.
 * Text that already starts with single quotes before such a character gets one more (`'=` →
 * `''=`), so removing one guard quote always gives the note's text back (no `'=` and `=` alike).
 */
export function csvCell(value: string): string {
  const safe = /^'*[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The notes as CSV (RFC 4180: CRLF line ends, a header row, tags joined by "; "). No byte-order
 * mark is added: whoever saves the file for Excel should prepend "\uFEFF" so accents survive.
 */
export function toCsv(notes: readonly Note[]): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const note of notes) {
    rows.push([
      note.id,
      note.created,
      note.modified,
      note.target.source,
      note.attache?.title ?? "",
      note.attache?.actorName ?? "",
      note.attache?.actorId ?? "",
      noteQuote(note)?.exact ?? "",
      noteText(note),
      noteTags(note).join("; "),
    ]);
  }
  return rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
