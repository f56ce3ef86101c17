/** One saved note: what it is about (a quoted passage or an actor), its text, when it was written, and a delete button. */
import { noteQuote, noteText, type Note } from "../../notes/index.ts";

/** Props of NoteItem. */
export interface NoteItemProps {
  note: Note;
  busy: boolean;
  onDelete(id: string): void;
}

/** The quote or the actor, then the note's text as plain text (line breaks kept by CSS), its date and a delete button. */
export function NoteItem({ note, busy, onDelete }: NoteItemProps) {
  const text = noteText(note);
  const quote = noteQuote(note);
  const actorName = note.attache?.actorName;
  const when = new Date(note.modified || note.created);
  return (
    <li class="note" data-testid="note">
      {quote ? (
        <blockquote class="quote" data-testid="note-quote">
          {quote.exact}
        </blockquote>
      ) : actorName ? (
        <p class="note-about" data-testid="note-actor">
          On <strong>{actorName}</strong>
        </p>
      ) : null}
      <p class="note-text">{text}</p>
      <p class="note-meta">
        <time dateTime={note.modified}>{isNaN(when.getTime()) ? note.modified : when.toLocaleString()}</time>
        <button type="button" class="link-button danger" disabled={busy} onClick={() => onDelete(note.id)} aria-label={`Delete note: ${text.slice(0, 40)}`}>
          Delete
        </button>
      </p>
    </li>
  );
}
