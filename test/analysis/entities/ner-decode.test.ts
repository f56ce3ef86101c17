/** Viterbi decoding with tokens known to be "O" (skipped) gives the path of a full decode where those tokens can only be O. */
import { describe, expect, it } from "vitest";
import { allowed, constrain, viterbi } from "../../../src/analysis/entities/ner/decode.ts";
import { NUM_TAGS } from "../../../src/analysis/entities/ner/features.ts";

/** Deterministic pseudo-random numbers in [0, 1). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
}

describe("viterbi with skipped tokens", () => {
  it("matches a full decode that allows only O on the skipped tokens, over runs of skips of every length", () => {
    const T = NUM_TAGS;
    for (let seed = 1; seed <= 200; seed++) {
      const rnd = random(seed);
      const n = 1 + Math.floor(rnd() * 40);
      const trans = constrain(Array.from({ length: (T + 1) * T }, () => rnd() * 4 - 2));
      const emit = Float64Array.from({ length: n * T }, () => rnd() * 6 - 3);
      // Runs of skipped tokens: long ones, single ones, at the start and the end.
      const skip = new Uint8Array(n);
      for (let i = 0; i < n; ) {
        const run = 1 + Math.floor(rnd() * 6);
        const on = rnd() < 0.6 ? 1 : 0;
        for (let k = 0; k < run && i < n; k++, i++) skip[i] = on;
      }
      // Reference: no skipping; a skipped token scores 0 as O and cannot be anything else.
      const forced = Float64Array.from(emit);
      for (let i = 0; i < n; i++) if (skip[i]) for (let t = 0; t < T; t++) forced[i * T + t] = t === 0 ? 0 : -Infinity;
      const want = new Uint8Array(n), got = new Uint8Array(n);
      viterbi(forced, 0, n, trans, want);
      viterbi(emit, 0, n, trans, got, skip);
      expect(Array.from(got), `seed ${seed}`).toEqual(Array.from(want));
      for (let i = 0; i < n; i++) {
        if (skip[i]) expect(got[i], `seed ${seed}, token ${i}`).toBe(0);
        expect(allowed(i === 0 ? T : got[i - 1], got[i])).toBe(true);
      }
    }
  });
});
