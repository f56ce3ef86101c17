import { noteQuote, type Note } from "./note.ts";

/** A quoted passage as stored on a note: the quote with context, and where it was (when known). */
export interface QuoteLocator {
  exact: string;
  prefix: string;
  suffix: string;
  start?: number;
  end?: number;
}

/** Where a passage sits in the text, [start, end). */
export interface TextOffsets {
  start: number;
  end: number;
}

/** Quotes shorter than this are only placed exactly: a fuzzy match on three letters means nothing. */
const MIN_APPROX_LENGTH = 4;
/** Share of the quote's characters that may differ in an approximate match. */
const MAX_ERROR_RATE = 0.2;
/** Upper bound on edit-distance cells computed per call (text window × quote length), so a long article never stalls the page. */
const MAX_APPROX_CELLS = 20_000_000;
/** Most exact occurrences weighed against each other. */
const MAX_EXACT_CANDIDATES = 10_000;

// Weights of the candidate score; the quote itself counts most, then its context, then closeness to the old position.
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;

/** Length of the longest common ending of two strings. */
function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** Length of the longest common beginning of two strings. */
function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Scores a candidate place for the quote; higher is better. */
function scoreCandidate(text: string, sel: QuoteLocator, start: number, end: number, errors: number): number {
  const quoteSim = sel.exact.length ? 1 - errors / sel.exact.length : 1;
  const before = text.slice(Math.max(0, start - sel.prefix.length), start);
  const after = text.slice(end, end + sel.suffix.length);
  const prefixSim = sel.prefix.length ? commonSuffixLength(before, sel.prefix) / sel.prefix.length : 0;
  const suffixSim = sel.suffix.length ? commonPrefixLength(after, sel.suffix) / sel.suffix.length : 0;
  const positionSim = Number.isFinite(sel.start) && text.length ? 1 - Math.abs(start - (sel.start as number)) / text.length : 0;
  return QUOTE_WEIGHT * quoteSim + PREFIX_WEIGHT * prefixSim + SUFFIX_WEIGHT * suffixSim + POSITION_WEIGHT * positionSim;
}

/** Best of the exact occurrences of the quote, by context and position. */
function findExact(text: string, sel: QuoteLocator): TextOffsets | null {
  let best: TextOffsets | null = null;
  let bestScore = -Infinity;
  let count = 0;
  for (let i = text.indexOf(sel.exact); i !== -1 && count < MAX_EXACT_CANDIDATES; i = text.indexOf(sel.exact, i + 1), count++) {
    const score = scoreCandidate(text, sel, i, i + sel.exact.length, 0);
    if (score > bestScore) {
      bestScore = score;
      best = { start: i, end: i + sel.exact.length };
    }
  }
  return best;
}

/**
 * Best approximate place of the quote in text[from, to): an edit-distance search where the match
 * may start anywhere (Sellers' variant of Levenshtein), tracking where each alignment began.
 */
function findApproximate(text: string, sel: QuoteLocator, from: number, to: number): TextOffsets | null {
  const pattern = sel.exact;
  const m = pattern.length;
  const maxErrors = Math.floor(m * MAX_ERROR_RATE);
  let prevCost = new Int32Array(m + 1);
  let prevStart = new Int32Array(m + 1);
  let curCost = new Int32Array(m + 1);
  let curStart = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) {
    prevCost[i] = i;
    prevStart[i] = from;
  }
  let best: TextOffsets | null = null;
  let bestScore = -Infinity;
  for (let j = from; j < to; j++) {
    const ch = text.charCodeAt(j);
    curCost[0] = 0;
    curStart[0] = j + 1;
    for (let i = 1; i <= m; i++) {
      // Substitution or match (diagonal), then an extra text character, then a skipped quote character.
      let cost = prevCost[i - 1] + (pattern.charCodeAt(i - 1) === ch ? 0 : 1);
      let start = prevStart[i - 1];
      if (prevCost[i] + 1 < cost) {
        cost = prevCost[i] + 1;
        start = prevStart[i];
      }
      if (curCost[i - 1] + 1 < cost) {
        cost = curCost[i - 1] + 1;
        start = curStart[i - 1];
      }
      curCost[i] = cost;
      curStart[i] = start;
    }
    const errors = curCost[m];
    if (errors <= maxErrors) {
      const start = curStart[m];
      const score = scoreCandidate(text, sel, start, j + 1, errors);
      if (score > bestScore) {
        bestScore = score;
        best = { start, end: j + 1 };
      }
    }
    [prevCost, curCost] = [curCost, prevCost];
    [prevStart, curStart] = [curStart, prevStart];
  }
  return best;
}

/**
 * Finds a stored quote in the (possibly changed) article text: first at its stored position if
 * the text there still matches, then the exact occurrence whose context and position fit best,
 * then a bounded approximate search. Null when the passage cannot be placed.
 */
export function anchorQuote(text: string, sel: QuoteLocator): TextOffsets | null {
  const { exact } = sel;
  if (!exact) return null;
  const prefix = sel.prefix ?? "";
  const suffix = sel.suffix ?? "";
  const locator: QuoteLocator = { ...sel, prefix, suffix };
  const { start, end } = sel;
  if (
    Number.isSafeInteger(start) && Number.isSafeInteger(end) &&
    (start as number) >= 0 && text.slice(start as number, end as number) === exact
  ) {
    return { start: start as number, end: end as number };
  }
  const exactMatch = findExact(text, locator);
  if (exactMatch) return exactMatch;
  if (exact.length < MIN_APPROX_LENGTH) return null;

  // The match may be longer than the quote by up to maxErrors characters.
  const slack = Math.floor(exact.length * MAX_ERROR_RATE);
  const budget = Math.floor(MAX_APPROX_CELLS / exact.length);
  if (budget < exact.length + slack) return null;
  let from = 0;
  let to = text.length;
  if (to - from > budget) {
    if (!Number.isSafeInteger(start)) return null; // nowhere to centre a bounded search
    const centre = Math.min(Math.max(start as number, 0), text.length);
    from = Math.max(0, centre - Math.floor(budget / 2));
    to = Math.min(text.length, from + budget);
    from = Math.max(0, to - budget);
  }
  return findApproximate(text, locator, from, to);
}

/** Notes of one article sorted by whether their passage could be found in its text. */
export interface AnchoredNotes {
  /** Notes on a passage that was found, with where it now is. */
  placed: { note: Note; start: number; end: number }[];
  /** Notes on a passage that could not be found: shown in a list of their own, never dropped. */
  orphans: Note[];
  /** Notes on the whole article or an actor, with no passage to place. */
  unanchored: Note[];
}

/** Places each note's quote in the article text; every note ends up in exactly one of the three lists. */
export function anchorNotes(text: string, notes: readonly Note[]): AnchoredNotes {
  const result: AnchoredNotes = { placed: [], orphans: [], unanchored: [] };
  for (const note of notes) {
    const quote = noteQuote(note);
    if (!quote) {
      result.unanchored.push(note);
      continue;
    }
    const offsets = anchorQuote(text, quote);
    if (offsets) result.placed.push({ note, ...offsets });
    else result.orphans.push(note);
  }
  return result;
}
