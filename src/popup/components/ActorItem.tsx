/** One actor: name (with role and affiliation for people), an "Add note" button and the mention count; clicking the name shows its first mention. */
import type { Actor } from "../../analysis/types.ts";

/** Props of ActorItem. */
export interface ActorItemProps {
  actor: Actor;
  /** Name of the actor's affiliation, when it has one. */
  affiliationName?: string;
  onShow(span: { start: number; end: number }): void;
  /** Opens the note editor on this actor. */
  onAddNote?(actor: Actor): void;
}

/** "Sergey Lavrov — Foreign Minister, Russia" as a button, then the mention count. */
export function ActorItem({ actor, affiliationName, onShow, onAddNote }: ActorItemProps) {
  const detail = [actor.role, affiliationName].filter(Boolean).join(", ");
  const first = actor.mentions.reduce<Actor["mentions"][number] | undefined>((a, m) => (!a || m.start < a.start ? m : a), undefined);
  const count = actor.mentions.length;
  return (
    <li class="actor" data-testid="actor" data-actor-id={actor.id}>
      <button
        type="button"
        class="link-button actor-button"
        disabled={!first}
        title="Show the first mention in the page"
        onClick={() => first && onShow(first)}
      >
        <span class="actor-name">{actor.name}</span>
        {detail ? <span class="actor-detail"> — {detail}</span> : null}
      </button>
      <span class="actor-end">
        {onAddNote ? (
          <button type="button" class="actor-note" data-testid="actor-add-note" aria-label={`Add a note on ${actor.name}`} title={`Add a note on ${actor.name}`} onClick={() => onAddNote(actor)}>
            Note
          </button>
        ) : null}
        <span class="count" aria-label={`${count} mention${count === 1 ? "" : "s"}`}>
          {count}
        </span>
      </span>
    </li>
  );
}
