/** The switch that shows or hides Attaché's highlights in the page, with the colour key. */

/** Props of HighlightToggle. */
export interface HighlightToggleProps {
  on: boolean;
  busy: boolean;
  onChange(on: boolean): void;
}

/** A labelled checkbox and a legend of the highlight colours. */
export function HighlightToggle({ on, busy, onChange }: HighlightToggleProps) {
  return (
    <div class="toggle-row">
      <label class="toggle">
        <input
          type="checkbox"
          checked={on}
          disabled={busy}
          data-testid="highlight-toggle"
          onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
        />
        Highlight in page
      </label>
      <span class="legend" aria-hidden="true">
        <span class="key key-actor">actor</span>
        <span class="key key-stance">stance</span>
        <span class="key key-resolution">resolution</span>
      </span>
    </div>
  );
}
