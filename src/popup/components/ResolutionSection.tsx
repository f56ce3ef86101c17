/** UN resolutions cited by the article, plus a count of mentions that name no resolution number. */
import type { Resolution, Span } from "../../analysis/types.ts";
import { ResolutionItem } from "./ResolutionItem.tsx";

/** Props of ResolutionSection. */
export interface ResolutionSectionProps {
  resolutions: Resolution[];
  generic: Span[];
  text: string;
  onShow(span: { start: number; end: number }): void;
}

/** The list of resolutions, or a line saying there are none. */
export function ResolutionSection({ resolutions, generic, text, onShow }: ResolutionSectionProps) {
  return (
    <section class="section" aria-labelledby="resolutions-heading">
      <h2 id="resolutions-heading">UN resolutions <span class="section-count">{resolutions.length}</span></h2>
      {resolutions.length === 0 ? <p class="empty">No UN resolutions cited.</p> : null}
      <ul class="list" data-testid="resolutions">
        {resolutions.map((r) => (
          <ResolutionItem key={r.symbol} resolution={r} text={text} onShow={onShow} />
        ))}
      </ul>
      {generic.length ? (
        <p class="generic">
          <button type="button" class="link-button" onClick={() => onShow(generic[0])}>
            {generic.length} mention{generic.length === 1 ? "" : "s"} of UN resolutions without a number
          </button>
        </p>
      ) : null}
    </section>
  );
}
