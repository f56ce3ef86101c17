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

/** Phrase hash → type bits (a Map while training, a `PhraseTable` at run time). */
export interface PhraseLookup {
  get(hash: number): number | undefined;
}

/** Phrase hash → type bits, and the longest phrase length in tokens. */
export interface Gazetteer {
  phrases: PhraseLookup;
  maxLen: number;
}

/** Phrase hashes with their type bits in an open-addressing table of typed arrays (no boxed numbers, as a Map has). */
export class PhraseTable implements PhraseLookup {
  private readonly keys: Uint32Array;
  private readonly bits: Uint8Array;
  private readonly used: Uint8Array;
  private readonly shift: number;
  private readonly mask: number;

  constructor(keys: ArrayLike<number>, bits: ArrayLike<number>) {
    let b = 4;
    while (1 << b < 2 * keys.length) b++;
    this.shift = 32 - b;
    this.mask = (1 << b) - 1;
    this.keys = new Uint32Array(1 << b);
    this.bits = new Uint8Array(1 << b);
    this.used = new Uint8Array(1 << b);
    for (let i = 0; i < keys.length; i++) {
      const h = keys[i] >>> 0;
      let slot = Math.imul(h, 0x9e3779b1) >>> this.shift;
      while (this.used[slot] && this.keys[slot] !== h) slot = (slot + 1) & this.mask;
      this.used[slot] = 1;
      this.keys[slot] = h;
      this.bits[slot] = bits[i];
    }
  }

  get(hash: number): number | undefined {
    const h = hash >>> 0;
    let slot = Math.imul(h, 0x9e3779b1) >>> this.shift;
    while (this.used[slot]) {
      if (this.keys[slot] === h) return this.bits[slot];
      slot = (slot + 1) & this.mask;
    }
    return undefined;
  }
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
