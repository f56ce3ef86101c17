/** Facts about Security Council resolutions: the generated table, and the first-of-year table beyond it. */
import { UNSC_LAST, UNSC_ROWS, UNSC_TOPICS, UNSC_VOTES } from "../data/unsc-resolutions.ts";
import { UNSC_FIRST_OF_YEAR, UNSC_LAST_DATED } from "../data/unsc-first-of-year.ts";

/** What the project's table says about one Security Council resolution. */
export interface UnscFacts {
  year: number;
  /** ISO date of the adopting meeting (can differ by a day from the formal date for night meetings). */
  adopted: string;
  /** Agenda topic, e.g. "Non-proliferation / Democratic People's Republic of Korea". */
  topic: string;
  /** "15-0-0" (yes-no-abstain), "Unanimous", "Without vote"; undefined when the source has none. */
  vote?: string;
}

const RECORD = 7;
const EPOCH_MS = Date.UTC(1946, 0, 1);
const DAY_MS = 86_400_000;

/** Highest resolution number with facts in the table. */
export const UNSC_TABLE_LAST = UNSC_LAST;

/** Decodes the table row of resolution `n`, or undefined when the table has none. */
export function unscFacts(n: number): UnscFacts | undefined {
  if (!Number.isInteger(n) || n < 1 || n > UNSC_LAST) return undefined;
  const rec = UNSC_ROWS.slice((n - 1) * RECORD, n * RECORD);
  if (rec.length !== RECORD || rec[0] === "-") return undefined;
  const adopted = new Date(EPOCH_MS + parseInt(rec.slice(0, 3), 36) * DAY_MS).toISOString().slice(0, 10);
  const vote = UNSC_VOTES[parseInt(rec.slice(5, 7), 36)];
  const facts: UnscFacts = { year: Number(adopted.slice(0, 4)), adopted, topic: UNSC_TOPICS[parseInt(rec.slice(3, 5), 36)] };
  if (vote) facts.vote = vote;
  return facts;
}

/** Year of Security Council resolution `n`: from the table, else the first-of-year table; undefined when unknown. */
export function unscYear(n: number): number | undefined {
  const facts = unscFacts(n);
  if (facts) return facts.year;
  if (!Number.isInteger(n) || n < 1) return undefined;
  for (let i = UNSC_FIRST_OF_YEAR.length - 1; i >= 0; i--) {
    const [year, first] = UNSC_FIRST_OF_YEAR[i];
    if (first === null || first > n) continue;
    const next = UNSC_FIRST_OF_YEAR[i + 1];
    if (next && next[1] !== null) return year; // bounded by the next year's first number
    return year === UNSC_LAST_DATED[1] && n <= UNSC_LAST_DATED[0] ? year : undefined;
  }
  return undefined;
}

/** Highest number accepted as a Security Council resolution (the newest dated one plus a year's margin). */
export const UNSC_MAX_PLAUSIBLE = UNSC_LAST_DATED[0] + 100;
