/** Actors grouped by kind: people, countries, organisations, groups. */
import { useState } from "preact/hooks";
import type { Actor, ActorType } from "../../analysis/types.ts";
import { ActorItem } from "./ActorItem.tsx";
import { ShowMore } from "./ShowMore.tsx";

/** Actors of one kind listed before "show all". */
const FIRST = 25;

const GROUPS: { type: ActorType; label: string }[] = [
  { type: "person", label: "People" },
  { type: "country", label: "Countries" },
  { type: "organization", label: "Organisations" },
  { type: "group", label: "Groups" },
];

/** Props of ActorSection. */
export interface ActorSectionProps {
  actors: Actor[];
  onShow(span: { start: number; end: number }): void;
  /** Opens the note editor on an actor. */
  onAddNote?(actor: Actor): void;
}

/** A section per actor kind, most-mentioned first; nothing when there are no actors. */
export function ActorSection({ actors, onShow, onAddNote }: ActorSectionProps) {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const [expanded, setExpanded] = useState<ActorType[]>([]);
  return (
    <section class="section" aria-labelledby="actors-heading">
      <h2 id="actors-heading">Actors <span class="section-count">{actors.length}</span></h2>
      {actors.length === 0 ? <p class="empty">No actors found.</p> : null}
      {GROUPS.map(({ type, label }) => {
        const list = actors.filter((a) => a.type === type).sort((a, b) => b.mentions.length - a.mentions.length);
        if (list.length === 0) return null;
        const shown = expanded.includes(type) ? list : list.slice(0, FIRST);
        return (
          <div class="group" key={type}>
            <h3>{label}</h3>
            <ul class="list" data-testid={`actors-${type}`}>
              {shown.map((a) => (
                <ActorItem
                  key={a.id}
                  actor={a}
                  affiliationName={a.affiliation ? byId.get(a.affiliation)?.name ?? a.affiliation : undefined}
                  onShow={onShow}
                  onAddNote={onAddNote}
                />
              ))}
            </ul>
            <ShowMore shown={shown.length} total={list.length} noun={label.toLowerCase()} onShowAll={() => setExpanded([...expanded, type])} />
          </div>
        );
      })}
    </section>
  );
}
