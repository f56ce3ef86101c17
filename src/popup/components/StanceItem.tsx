/** One stance: holder → polarity → target; expanding shows the evidence sentence, cue, modality and source. */
import { useState } from "preact/hooks";
import type { Stance } from "../../analysis/types.ts";

const POLARITY_LABEL: Record<Stance["polarity"], string> = {
  support: "supports",
  oppose: "opposes",
  concern: "concern",
  neutral: "neutral",
};

const MODALITY_LABEL: Record<NonNullable<Stance["modality"]>, string> = {
  asserted: "asserted",
  reported: "reported",
  hedged: "hedged (e.g. “was said to”)",
  negated: "negated",
  future: "intended or future",
};

/** Props of StanceItem. */
export interface StanceItemProps {
  stance: Stance;
  index: number;
  nameOf(id: string): string;
  onShow(span: { start: number; end: number }): void;
}

/** A disclosure button for the stance and, when open, its evidence. */
export function StanceItem({ stance, index, nameOf, onShow }: StanceItemProps) {
  const [open, setOpen] = useState(false);
  const holders = stance.holder.length ? stance.holder.map(nameOf).join(", ") : "Unattributed";
  const detailsId = `stance-details-${index}`;
  const reportedBy = stance.reportedBy ? nameOf(stance.reportedBy) : undefined;
  return (
    <li class={`stance polarity-${stance.polarity}`} data-testid="stance">
      <button
        type="button"
        class="stance-button"
        aria-expanded={open}
        aria-controls={detailsId}
        onClick={() => {
          setOpen(!open);
          if (!open) onShow(stance.evidence);
        }}
      >
        <span class="holder">{holders}</span>
        <span class="arrow" aria-hidden="true"> → </span>
        <span class={`polarity polarity-badge-${stance.polarity}`}>{POLARITY_LABEL[stance.polarity]}</span>
        <span class="arrow" aria-hidden="true"> → </span>
        <span class="target">{stance.target.text || "—"}</span>
      </button>
      {open ? (
        <div class="stance-details" id={detailsId}>
          <blockquote class="evidence">{stance.evidence.text}</blockquote>
          <dl class="facts">
            {stance.cue ? (
              <>
                <dt>Cue</dt>
                <dd>{stance.cue.text}</dd>
              </>
            ) : null}
            {stance.modality ? (
              <>
                <dt>Modality</dt>
                <dd>{MODALITY_LABEL[stance.modality] ?? stance.modality}</dd>
              </>
            ) : null}
            {reportedBy ? (
              <>
                <dt>Reported by</dt>
                <dd>{reportedBy}</dd>
              </>
            ) : null}
            {stance.cameo ? (
              <>
                <dt>CAMEO</dt>
                <dd>{stance.cameo}</dd>
              </>
            ) : null}
          </dl>
        </div>
      ) : null}
    </li>
  );
}
