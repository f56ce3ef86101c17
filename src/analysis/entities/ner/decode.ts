/** Viterbi decoding over IOB2 tags with the hard constraint that I-X only follows B-X or I-X. */
import { NUM_TAGS } from "./features.ts";

/** Transition weights: rows 0..8 are the previous tag, row 9 is the sentence start; NUM_TAGS columns. */
export type Transitions = Float64Array;

/** True when tag `to` may follow tag `from` (from = NUM_TAGS for the sentence start). */
export function allowed(from: number, to: number): boolean {
  if (to === 0 || (to & 1) === 1) return true; // O and B-X: always
  return from === to || from === to - 1; // I-X after B-X or I-X
}

let back = new Uint8Array(1024 * NUM_TAGS);
const cur = new Float64Array(NUM_TAGS), nxt = new Float64Array(NUM_TAGS);

/** Best tag sequence for tokens [from, to) given emission scores emit[i * NUM_TAGS + tag]; writes tags into out[i]. */
export function viterbi(emit: Float64Array, from: number, to: number, trans: Transitions, out: Uint8Array, skip?: Uint8Array): void {
  const len = to - from;
  if (len <= 0) return;
  if (back.length < len * NUM_TAGS) back = new Uint8Array(len * NUM_TAGS * 2);
  const T = NUM_TAGS;
  // Tokens in `skip` are known to be "O": only the O state is open there, and their emission scores are never read.
  if (skip && skip[from]) {
    cur[0] = trans[T * T];
    for (let t = 1; t < T; t++) cur[t] = -Infinity;
  } else for (let t = 0; t < T; t++) cur[t] = allowed(T, t) ? trans[T * T + t] + emit[from * T + t] : -Infinity;
  let prevSkip = !!(skip && skip[from]);
  for (let k = 1; k < len; k++) {
    const e = (from + k) * T, bk = k * T;
    if (skip && skip[from + k]) {
      // A token known to be "O": only the O state survives (its score adds the same to every path: left out).
      if (prevSkip) {
        // After another such token only O is open, so O → O is the best move: the same sum as the loop below finds.
        cur[0] = cur[0] + trans[0];
        for (let t = 0; t < T; t++) back[bk + t] = 0;
        continue;
      }
      prevSkip = true;
      let best = cur[0] + trans[0], arg = 0;
      for (let p = 1; p < T; p++) {
        const v = cur[p] + trans[p * T];
        if (v > best) { best = v; arg = p; }
      }
      nxt[0] = best;
      back[bk] = arg;
      for (let t = 1; t < T; t++) { nxt[t] = -Infinity; back[bk + t] = 0; }
      for (let t = 0; t < T; t++) cur[t] = nxt[t];
      continue;
    }
    prevSkip = false;
    for (let t = 0; t < T; t++) {
      let best: number, arg: number;
      if (t !== 0 && (t & 1) === 0) {
        // I-X: only from B-X (t - 1) or I-X (t).
        const vb = cur[t - 1] + trans[(t - 1) * T + t], vi = cur[t] + trans[t * T + t];
        if (vi > vb) { best = vi; arg = t; } else { best = vb; arg = t - 1; }
      } else {
        best = cur[0] + trans[t];
        arg = 0;
        for (let p = 1; p < T; p++) {
          const v = cur[p] + trans[p * T + t];
          if (v > best) { best = v; arg = p; }
        }
      }
      nxt[t] = best + emit[e + t];
      back[bk + t] = arg;
    }
    for (let t = 0; t < T; t++) cur[t] = nxt[t];
  }
  let best = -Infinity, arg = 0;
  for (let t = 0; t < T; t++) if (cur[t] > best) { best = cur[t]; arg = t; }
  for (let k = len - 1; k >= 0; k--) {
    out[from + k] = arg;
    arg = back[k * T + arg];
  }
}

/** Transition table with the IOB2 constraint applied: forbidden moves get -Infinity. */
export function constrain(trans: ArrayLike<number>): Transitions {
  const T = NUM_TAGS;
  const out = new Float64Array((T + 1) * T);
  for (let p = 0; p <= T; p++) for (let t = 0; t < T; t++) out[p * T + t] = allowed(p, t) ? trans[p * T + t] : -Infinity;
  return out;
}
