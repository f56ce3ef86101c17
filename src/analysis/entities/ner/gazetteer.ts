/** Gazetteer lookups for the NER tagger: phrases stored as hashes of their normalised tokens, with type bits. */
import { FNV_BASIS, hashPair, normalizedHash } from "./hash.ts";

/** Type bits a gazetteer phrase can carry (several may be set). */
export const GAZ = {
  FIRST_NAME: 1,
  LAST_NAME: 2,
  COUNTRY: 4,
  PLACE: 8,
  ORG: 16,
  DEMONYM: 32,
  TITLE: 64,
  ORG_WORD: 128,
} as const;

/** Phrase hash → type bits, and the longest phrase length in tokens. */
export interface Gazetteer {
  phrases: Map<number, number>;
  maxLen: number;
}

/** Hash of a phrase given as its tokens (normalised here, as the tagger does). */
export function phraseHash(words: readonly string[]): number {
  let h = FNV_BASIS;
  for (const w of words) h = hashPair(h, normalizedHash(w));
  return h;
}

/**
 * Marks every token covered by a gazetteer phrase: bits of phrases that begin at the token in the low byte,
 * bits of phrases that continue through it in the second byte. Only phrases starting at a token with a capital letter count.
 */
export function markGazetteer(gaz: Gazetteer, lowerHashes: Uint32Array, capital: Uint8Array, from: number, to: number, out: Uint32Array): void {
  for (let i = from; i < to; i++) out[i] = 0;
  for (let i = from; i < to; i++) {
    if (!capital[i]) continue;
    let h = FNV_BASIS;
    const last = Math.min(to, i + gaz.maxLen);
    for (let j = i; j < last; j++) {
      h = hashPair(h, lowerHashes[j]);
      const bits = gaz.phrases.get(h);
      if (bits === undefined) continue;
      out[i] |= bits;
      for (let k = i + 1; k <= j; k++) out[k] |= bits << 8;
    }
  }
}
