/** 32-bit hashing helpers shared by the NER feature extractor, its trainer and its gazetteer. */

/** FNV-1a offset basis: the hash of the empty string. */
export const FNV_BASIS = 0x811c9dc5;

/** Extends an FNV-1a hash by one UTF-16 code unit. */
export function fnvStep(h: number, code: number): number {
  return Math.imul(h ^ code, 0x01000193);
}

/** FNV-1a hash of a whole string (unsigned 32-bit). */
export function hashString(s: string): number {
  let h = FNV_BASIS;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Combines two 32-bit values into one (order matters). */
export function hashPair(a: number, b: number): number {
  let h = Math.imul(a ^ 0x5bd1e995, 0x9e3779b1) ^ b;
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  return (h ^ (h >>> 12)) >>> 0;
}

/** Final feature id for template `t` with value `v`: well mixed, never 0 (0 means "no feature"). */
export function featureId(t: number, v: number): number {
  let h = (v ^ Math.imul(t + 1, 0x9e3779b1)) | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0 || 1;
}

/** Lowercase form of one UTF-16 code unit with ASCII digits mapped to "0" (the normalisation lexical features use). */
export function normalizeCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c >= 48 && c <= 57 ? 48 : c;
  const l = String.fromCharCode(c).toLowerCase();
  return l.length === 1 ? l.charCodeAt(0) : c;
}

/** FNV-1a hash of a word's normalised form: lowercased, digits as 0 ("1996-08-22" ≡ "0000-00-00", "Korea" ≡ "korea"). */
export function normalizedHash(w: string): number {
  let h = FNV_BASIS;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ normalizeCode(w.charCodeAt(i)), 0x01000193);
  return h >>> 0;
}
