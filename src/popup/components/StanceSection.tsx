/** The stances of the article, grouped by holder (one group per set of holders, in order of first appearance). */
import { useState } from "preact/hooks";
import type { Actor, Stance } from "../../analysis/types.ts";
import { groupByHolder } from "../stance-groups.ts";
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

/** A heading per holder set ("South Korea and Russia"), then a line per stance; ids are shown by actor name. */
export function StanceSection({ stances, actors, onShow }: StanceSectionProps) {
  const names = new Map(actors.map((a) => [a.id, a.name]));
  const nameOf = (id: string) => names.get(id) ?? id;
  const [all, setAll] = useState(false);
  const ordered = [...stances].sort((a, b) => a.evidence.start - b.evidence.start);
  const shown = all ? ordered : ordered.slice(0, FIRST);
  const groups = groupByHolder(shown, nameOf);
  return (
    <section class="section" aria-labelledby="stances-heading">
      <h2 id="stances-heading">Stances <span class="section-count">{stances.length}</span></h2>
      {stances.length === 0 ? <p class="empty">No stances found.</p> : null}
      <div data-testid="stances">
        {groups.map((g, gi) => (
          <div class="group stance-group" key={g.key} data-testid="stance-group">
            <h3 class="holder">{g.heading}</h3>
            <ul class="list">
              {g.stances.map(({ stance, index }) => (
                <StanceItem key={`${stance.evidence.start}-${index}`} stance={stance} id={`stance-${gi}-${index}`} nameOf={nameOf} onShow={onShow} />
              ))}
            </ul>
          </div>
        ))}
      </div>
      <ShowMore shown={shown.length} total={ordered.length} noun="stances" onShowAll={() => setAll(true)} />
    </section>
  );
}
