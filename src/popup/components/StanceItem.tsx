/** One stance: a plain-English verb and its target, a marker when it is not simply asserted; expanding shows its evidence. */
import { useState } from "preact/hooks";
import { cameoInfo } from "../../analysis/stances/cameo.ts";
import type { Stance } from "../../analysis/types.ts";
import { stanceVerb, verbBefore } from "../../shared/stance-verb.ts";

/** Visible marker and accessible wording of each modality other than "asserted". */
const MARKERS: Record<Exclude<NonNullable<Stance["modality"]>, "asserted">, { mark: string; label: string }> = {
  reported: { mark: "reported", label: "reported" },
  hedged: { mark: "hedged", label: "hedged (e.g. “was said to”)" },
  negated: { mark: "negated", label: "negated" },
  future: { mark: "future", label: "intended or future" },
};

/** A pronoun as the reporter: "he", "She", "they". */
const PRONOUN = /^(?:he|she|they|it|we|i|you)$/i;

/** Props of StanceItem. */
export interface StanceItemProps {
  stance: Stance;
  /** Unique in the popup: names the details region. */
  id: string;
  nameOf(id: string): string;
  onShow(span: { start: number; end: number }): void;
}

/** A disclosure button ("opposes the plan", with its marker) and, when open, the evidence (a button that scrolls to it) and facts. */
export function StanceItem({ stance, id, nameOf, onShow }: StanceItemProps) {
  const [open, setOpen] = useState(false);
  const detailsId = `${id}-details`;
  const reportedBy = stance.reportedBy ? nameOf(stance.reportedBy) : undefined;
  // A bare pronoun ("he said") names no one the reader could look up: the marker then just says "reported".
  const namedReporter = reportedBy && !PRONOUN.test(reportedBy) ? reportedBy : undefined;
  const verb = stanceVerb(stance);
  const target = stance.target.text.trim();
  const modality = stance.modality && stance.modality !== "asserted" ? stance.modality : undefined;
  const marker = modality ? MARKERS[modality] : undefined;
  const markerLabel = modality === "reported" && namedReporter ? `reported by ${namedReporter}` : marker?.label;
  const cameo = stance.cameo ? cameoInfo(stance.cameo) : undefined;
  return (
    <li class={`stance polarity-${stance.polarity}`} data-testid="stance" data-modality={stance.modality}>
      <button type="button" class="stance-button" aria-expanded={open} aria-controls={detailsId} onClick={() => setOpen(!open)}>
        <span class={`verb polarity-text-${stance.polarity}`} data-testid="stance-verb">{target ? verbBefore(verb, target) : verb}</span>
        {target ? <span class="target"> {target}</span> : null}
        {marker ? (
          <span class={`marker marker-${modality}`} data-testid="stance-marker">
            {" "}
            <span aria-hidden="true">{marker.mark}</span>
            <span class="visually-hidden">({markerLabel})</span>
          </span>
        ) : null}
      </button>
      {open ? (
        <div class="stance-details" id={detailsId}>
          <blockquote class="evidence">
            <button type="button" class="evidence-button" title="Show this sentence in the page" onClick={() => onShow(stance.evidence)}>
              {stance.evidence.text}
            </button>
          </blockquote>
          <dl class="facts">
            {stance.cue ? (
              <>
                <dt>Cue</dt>
                <dd>{stance.cue.text}</dd>
              </>
            ) : null}
            {stance.cameo ? (
              <>
                <dt>CAMEO</dt>
                <dd data-testid="stance-cameo">
                  {stance.cameo}
                  {cameo ? ` — ${cameo.name}` : ""}
                </dd>
              </>
            ) : null}
            {modality ? (
              <>
                <dt>How held</dt>
                <dd>{MARKERS[modality].label}</dd>
              </>
            ) : null}
            {reportedBy ? (
              <>
                <dt>Reported by</dt>
                <dd>{reportedBy}</dd>
              </>
            ) : null}
          </dl>
        </div>
      ) : null}
    </li>
  );
}
