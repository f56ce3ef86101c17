/** A "show all" button under a list that is cut short, so huge pages do not render thousands of rows at once. */
import { formatCount } from "../format.ts";

/** Props of ShowMore. */
export interface ShowMoreProps {
  shown: number;
  total: number;
  noun: string;
  onShowAll(): void;
}

/** Nothing when the whole list is shown; else a button naming how many are hidden. */
export function ShowMore({ shown, total, noun, onShowAll }: ShowMoreProps) {
  if (shown >= total) return null;
  return (
    <button type="button" class="show-more" onClick={onShowAll}>
      Show all {formatCount(total)} {noun} ({formatCount(total - shown)} more)
    </button>
  );
}
