/** Notes on this article, on a passage of it or on an actor in it: the editor, and the notes already saved (kept by the background worker). */
import { useEffect, useRef, useState } from "preact/hooks";
import type { Note } from "../../notes/index.ts";
import type { QuoteInput } from "../../shared/quote.ts";
import { callBackground } from "../api.ts";
import { NoteItem } from "./NoteItem.tsx";
import { NotesTools } from "./NotesTools.tsx";

/** What a new note is about. */
export type NoteTarget = { kind: "article" } | { kind: "passage"; quote: QuoteInput } | { kind: "actor"; id: string; name: string };

/** A request from elsewhere in the popup (an actor's "Add note" button) to write a note on an actor; `n` tells repeated clicks apart. */
export interface ActorNoteRequest {
  id: string;
  name: string;
  n: number;
}

/** Props of NotesPanel. */
export interface NotesPanelProps {
  /** The article's canonical URL (or the tab URL): notes are filed under it. */
  source: string;
  title?: string;
  /** The reader's selection in the article when the popup opened, offered as the passage of a note. */
  selection?: QuoteInput;
  actorRequest?: ActorNoteRequest;
}

const ARTICLE: NoteTarget = { kind: "article" };

/** Writes, lists and deletes the notes of one article. */
export function NotesPanel({ source, title, selection, actorRequest }: NotesPanelProps) {
  const [notes, setNotes] = useState<Note[] | undefined>(undefined);
  const [draft, setDraft] = useState("");
  const [target, setTarget] = useState<NoteTarget>(ARTICLE);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const [generation, setGeneration] = useState(0);
  const editor = useRef<HTMLTextAreaElement>(null);

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

  const focusEditor = () => {
    const el = editor.current;
    if (!el) return;
    el.scrollIntoView?.({ block: "center" });
    el.focus();
  };

  useEffect(() => {
    if (!actorRequest) return;
    setTarget({ kind: "actor", id: actorRequest.id, name: actorRequest.name });
    focusEditor();
  }, [actorRequest?.n]);

  const save = async (e: Event) => {
    e.preventDefault();
    if (!draft.trim() || busy) return;
    setBusy(true);
    setError(undefined);
    const about =
      target.kind === "passage" ? { quote: target.quote } : target.kind === "actor" ? { actorId: target.id, actorName: target.name } : {};
    const r = await callBackground("notes.add", { input: { source, title, text: draft, ...about } });
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    setDraft("");
    setTarget(ARTICLE);
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

  const about = target.kind === "passage" ? "the selected passage" : target.kind === "actor" ? target.name : "this article";
  return (
    <section class="section notes" aria-labelledby="notes-heading">
      <h2 id="notes-heading">Notes {notes ? <span class="section-count">{notes.length}</span> : null}</h2>
      {selection && target.kind !== "passage" ? (
        <div class="note-offer" data-testid="selection-offer">
          <blockquote class="quote">{selection.exact}</blockquote>
          <button
            type="button"
            data-testid="note-on-selection"
            onClick={() => {
              setTarget({ kind: "passage", quote: selection });
              focusEditor();
            }}
          >
            Note on the selected passage
          </button>
        </div>
      ) : null}
      <form onSubmit={save}>
        {target.kind !== "article" ? (
          <div class="note-target" data-testid="note-target">
            <p class="note-about">
              {target.kind === "passage" ? "On the selected passage:" : <>On <strong>{target.name}</strong></>}{" "}
              <button type="button" class="link-button" onClick={() => setTarget(ARTICLE)} aria-label="Write on the whole article instead">
                (whole article instead)
              </button>
            </p>
            {target.kind === "passage" ? <blockquote class="quote">{target.quote.exact}</blockquote> : null}
          </div>
        ) : null}
        <label for="note-draft" class="visually-hidden">
          New note on {about}
        </label>
        <textarea
          id="note-draft"
          ref={editor}
          data-testid="note-input"
          rows={3}
          placeholder={`Write a note on ${about}…`}
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
