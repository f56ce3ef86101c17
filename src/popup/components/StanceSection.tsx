/** The stances of the article, in text order. */
import type { Actor, Stance } from "../../analysis/types.ts";
import { StanceItem } from "./StanceItem.tsx";

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
  const ordered = [...stances].sort((a, b) => a.evidence.start - b.evidence.start);
  return (
    <section class="section" aria-labelledby="stances-heading">
      <h2 id="stances-heading">Stances <span class="section-count">{stances.length}</span></h2>
      {stances.length === 0 ? <p class="empty">No stances found.</p> : null}
      <ul class="list" data-testid="stances">
        {ordered.map((s, i) => (
          <StanceItem key={`${s.evidence.start}-${i}`} stance={s} index={i} nameOf={nameOf} onShow={onShow} />
        ))}
      </ul>
    </section>
  );
}
