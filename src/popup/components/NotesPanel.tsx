/** Notes on this article: a textarea to write one, and the notes already saved (kept by the background worker). */
import { useEffect, useState } from "preact/hooks";
import type { Note } from "../../notes/index.ts";
import { callBackground } from "../api.ts";
import { NoteItem } from "./NoteItem.tsx";
import { NotesTools } from "./NotesTools.tsx";

/** Props of NotesPanel. */
export interface NotesPanelProps {
  /** The article's canonical URL (or the tab URL): notes are filed under it. */
  source: string;
  title?: string;
}

/** Writes, lists and deletes the notes of one article. */
export function NotesPanel({ source, title }: NotesPanelProps) {
  const [notes, setNotes] = useState<Note[] | undefined>(undefined);
  const [draft, setDraft] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);

  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let live = true;
    void callBackground("notes.list", { source }).then((r) => {
      if (!live) return;
      if (r.ok) setNotes(r.value);
      else setError(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [source, generation]);

  const save = async (e: Event) => {
    e.preventDefault();
    if (!draft.trim() || busy) return;
    setBusy(true);
    setError(undefined);
    const r = await callBackground("notes.add", { input: { source, title, text: draft } });
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    setDraft("");
    setNotes((list) => [...(list ?? []), r.value]);
  };

  const remove = async (id: string) => {
    setBusy(true);
    setError(undefined);
    const r = await callBackground("notes.remove", { id });
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    setNotes((list) => (list ?? []).filter((n) => n.id !== id));
  };

  return (
    <section class="section notes" aria-labelledby="notes-heading">
      <h2 id="notes-heading">Notes {notes ? <span class="section-count">{notes.length}</span> : null}</h2>
      <form onSubmit={save}>
        <label for="note-draft" class="visually-hidden">
          New note on this article
        </label>
        <textarea
          id="note-draft"
          data-testid="note-input"
          rows={3}
          placeholder="Write a note on this article…"
          value={draft}
          onInput={(e) => setDraft((e.currentTarget as HTMLTextAreaElement).value)}
        />
        <button type="submit" class="primary" data-testid="note-save" disabled={busy || !draft.trim()}>
          Save note
        </button>
      </form>
      {error ? (
        <p class="error-line" role="alert">
          {error}
        </p>
      ) : null}
      {notes === undefined && !error ? <p class="empty">Loading notes…</p> : null}
      {notes && notes.length === 0 ? <p class="empty">No notes on this article yet.</p> : null}
      {notes && notes.length > 0 ? (
        <ul class="list" data-testid="notes">
          {[...notes].reverse().map((n) => (
            <NoteItem key={n.id} note={n} busy={busy} onDelete={remove} />
          ))}
        </ul>
      ) : null}
      <NotesTools onImported={() => setGeneration((g) => g + 1)} />
    </section>
  );
}
