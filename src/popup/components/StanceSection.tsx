/** The stances of the article, in text order. */
import { useState } from "preact/hooks";
import type { Actor, Stance } from "../../analysis/types.ts";
import { ShowMore } from "./ShowMore.tsx";
import { StanceItem } from "./StanceItem.tsx";

/** Stances listed before "show all". */
const FIRST = 40;

/** Props of StanceSection. */
export interface StanceSectionProps {
  stances: Stance[];
  actors: Actor[];
  onShow(span: { start: number; end: number }): void;
}

/** A list of stances; holder and target ids are shown by actor name. */
export function StanceSection({ stances, actors, onShow }: StanceSectionProps) {
  const names = new Map(actors.map((a) => [a.id, a.name]));
  const nameOf = (id: string) => names.get(id) ?? id;
  const [all, setAll] = useState(false);
  const ordered = [...stances].sort((a, b) => a.evidence.start - b.evidence.start);
  const shown = all ? ordered : ordered.slice(0, FIRST);
  return (
    <section class="section" aria-labelledby="stances-heading">
      <h2 id="stances-heading">Stances <span class="section-count">{stances.length}</span></h2>
      {stances.length === 0 ? <p class="empty">No stances found.</p> : null}
      <ul class="list" data-testid="stances">
        {shown.map((s, i) => (
          <StanceItem key={`${s.evidence.start}-${i}`} stance={s} index={i} nameOf={nameOf} onShow={onShow} />
        ))}
      </ul>
      <ShowMore shown={shown.length} total={ordered.length} noun="stances" onShowAll={() => setAll(true)} />
    </section>
  );
}
