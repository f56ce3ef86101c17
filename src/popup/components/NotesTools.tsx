/** Search across all notes, export them (Markdown, CSV, JSON) and import a JSON export. */
import { useState } from "preact/hooks";
import { noteText, type Note } from "../../notes/index.ts";
import { callBackground } from "../api.ts";

const FORMATS = [
  { format: "markdown", label: "Markdown", ext: "md", type: "text/markdown" },
  { format: "csv", label: "CSV", ext: "csv", type: "text/csv" },
  { format: "json", label: "JSON", ext: "json", type: "application/json" },
] as const;

/** Saves text as a file through a temporary, never-inserted download anchor. */
function download(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A collapsible panel of tools over every note, not only this article's. */
export function NotesTools({ onImported }: { onImported(): void }) {
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<Note[] | undefined>(undefined);
  const [status, setStatus] = useState<string | undefined>(undefined);

  const search = async (e: Event) => {
    e.preventDefault();
    if (!query.trim()) return setResults(undefined);
    const r = await callBackground("notes.search", { query });
    if (r.ok) setResults(r.value);
    else setStatus(r.error.message);
  };

  const exportAs = async (f: (typeof FORMATS)[number]) => {
    const r = await callBackground("notes.export", { format: f.format });
    if (!r.ok) return setStatus(r.error.message);
    download(r.value, `attache-notes.${f.ext}`, f.type);
    setStatus(`Exported as ${f.label}.`);
  };

  const importFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const r = await callBackground("notes.import", { json: await file.text() });
    input.value = "";
    if (!r.ok) return setStatus(r.error.message);
    const { added, skipped, invalid } = r.value;
    setStatus(`Imported ${added} note${added === 1 ? "" : "s"}; ${skipped} already here${invalid ? `; ${invalid} not valid` : ""}.`);
    onImported();
  };

  return (
    <details class="notes-tools">
      <summary>All notes: search, export, import</summary>
      <form class="search-row" onSubmit={search} role="search">
        <label for="notes-query" class="visually-hidden">
          Search all notes
        </label>
        <input id="notes-query" type="search" placeholder="Search all notes" value={query} onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} />
        <button type="submit">Search</button>
      </form>
      {results ? (
        results.length === 0 ? (
          <p class="empty">No notes match.</p>
        ) : (
          <ul class="list" data-testid="search-results">
            {results.map((n) => (
              <li class="note" key={n.id}>
                <p class="note-text">{noteText(n)}</p>
                <p class="note-meta">{n.attache?.title ?? n.target.source}</p>
              </li>
            ))}
          </ul>
        )
      ) : null}
      <p class="tool-row">
        Export:{" "}
        {FORMATS.map((f) => (
          <button type="button" key={f.format} onClick={() => exportAs(f)}>
            {f.label}
          </button>
        ))}
      </p>
      <p class="tool-row">
        <label>
          Import a JSON export: <input type="file" accept=".json,application/json" onChange={importFile} />
        </label>
      </p>
      {status ? (
        <p class="empty" role="status">
          {status}
        </p>
      ) : null}
    </details>
  );
}
