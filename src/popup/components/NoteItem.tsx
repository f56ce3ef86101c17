/** One saved note: its text, when it was written, and a delete button. */
import { noteText, type Note } from "../../notes/index.ts";

/** Props of NoteItem. */
export interface NoteItemProps {
  note: Note;
  busy: boolean;
  onDelete(id: string): void;
}

/** The note's text as plain text (line breaks kept by CSS), its date and a delete button. */
export function NoteItem({ note, busy, onDelete }: NoteItemProps) {
  const text = noteText(note);
  const when = new Date(note.modified || note.created);
  return (
    <li class="note" data-testid="note">
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
