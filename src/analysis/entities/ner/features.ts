/**
 * Feature extraction for the NER tagger. Every token gets NUM_SLOTS hashed feature ids (0 = absent), computed from
 * per-token base hashes so the hot loop does integer mixing only, no string concatenation.
 */
import { featureId, FNV_BASIS, hashPair, normalizeCode } from "./hash.ts";
import { markGazetteer, type Gazetteer } from "./gazetteer.ts";

/** The IOB2 tag set, in weight-column order. */
export const TAGS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"] as const;
/** Number of tags (weight columns). */
export const NUM_TAGS = 9;
/** Feature slots per token for the local (first) stage. */
export const NUM_SLOTS = 36;
/** Feature slots per token for the document-consistency (second) stage, whose scores add to the first stage's. */
export const NUM_STAGE2_SLOTS = 11;

/** Capitalisation classes. */
const CLS_OTHER = 0, CLS_LOWER = 1, CLS_INITCAP = 2, CLS_ALLCAPS = 3, CLS_ONECAP = 4, CLS_MIXED = 5, CLS_DIGITS = 6, CLS_ALNUM = 7, CLS_DOTTED = 8;

/** One document prepared for tagging: flat per-token base values over all its sentences. */
export interface PreparedDoc {
  n: number;
  /** Sentence start offsets into the flat token arrays, plus n at the end. */
  sentences: number[];
  sentStart: Int32Array;
  sentEnd: Int32Array;
  /** Hash of the normalised word (lowercase, digits as 0). */
  lower: Uint32Array;
  /** Hash of the word as written (for all-caps headline words: as written in the body, when it occurs there). */
  raw: Uint32Array;
  shape: Uint32Array;
  /** Prefix hashes 1-4 then suffix hashes 1-4 of the normalised word, 8 per token (0 = word too short). */
  affix: Uint32Array;
  cls: Uint8Array;
  capital: Uint8Array;
  len: Uint8Array;
  headline: Uint8Array;
  gaz: Uint32Array;
  doc: Uint32Array;
  /** Dense id of the token's normalised form (same id, same `lower` hash), 0 … types - 1. */
  type: Int32Array;
  types: number;
}

function isUpperCode(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase();
}

function isLowerCode(c: number): boolean {
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase();
}

/** Prepares a document (sentences of words) for feature extraction: base hashes, gazetteer marks, document-level cues. */
export function prepareDocument(sents: readonly (readonly string[])[], gaz: Gazetteer): PreparedDoc {
  const words: string[] = [];
  const bounds: number[] = [];
  for (const s of sents) {
    bounds.push(words.length);
    for (const w of s) words.push(w);
  }
  bounds.push(words.length);
  return prepareWords(words, bounds, gaz);
}

/**
 * Prepares a document given as one flat list of words and its sentence starts (`bounds`, ending with the word count):
 * the same as `prepareDocument` without building an array per sentence.
 */
export function prepareWords(words: readonly string[], bounds: readonly number[], gaz: Gazetteer): PreparedDoc {
  const n = words.length;
  const sentences: number[] = [];
  const sentStart = new Int32Array(n), sentEnd = new Int32Array(n);
  const lower = new Uint32Array(n), raw = new Uint32Array(n), shape = new Uint32Array(n), affix = new Uint32Array(n * 8);
  const cls = new Uint8Array(n), capital = new Uint8Array(n), len = new Uint8Array(n), headline = new Uint8Array(n);
  const gazMarks = new Uint32Array(n), doc = new Uint32Array(n);
  const type = new Int32Array(n);
  // Word types by normalised hash: an open-addressing table, at most half full (a Map would box every hash).
  let tableBits = 10;
  while (1 << tableBits < 2 * n) tableBits++;
  const mask = (1 << tableBits) - 1;
  const typeKeys = new Uint32Array(mask + 1), typeVals = new Int32Array(mask + 1), used = new Uint8Array(mask + 1);
  let types = 0;
  let p = 0;
  for (let b = 0; b + 1 < bounds.length; b++) {
    const from = p;
    sentences.push(from);
    let letters = 0, lowerSeen = false;
    for (; p < bounds[b + 1]; p++) {
      const w = words[p];
      // One pass over the word: raw hash, normalised hash, shape hash, character-class counts, prefixes.
      let rh = FNV_BASIS, lh = FNV_BASIS, sh = FNV_BASIS, prev = -1, slen = 0;
      let up = 0, low = 0, dig = 0, dots = 0;
      const L = w.length;
      const ab = p * 8;
      for (let i = 0; i < L; i++) {
        const c = w.charCodeAt(i);
        rh = Math.imul(rh ^ c, 0x01000193);
        let k: number, nc: number;
        if (c < 128) {
          if (c >= 97 && c <= 122) { low++; k = 120; nc = c; }
          else if (c >= 65 && c <= 90) { up++; k = 88; nc = c + 32; }
          else if (c >= 48 && c <= 57) { dig++; k = 100; nc = 48; }
          else { k = c; nc = c; if (c === 46) dots++; }
        } else {
          nc = normalizeCode(c);
          if (isUpperCode(c)) { up++; k = 88; }
          else if (isLowerCode(c)) { low++; k = 120; }
          else k = 64;
        }
        lh = Math.imul(lh ^ nc, 0x01000193);
        if (i < 4 && i < L - 1) affix[ab + i] = lh >>> 0;
        if (k !== prev && slen < 10) { sh = Math.imul(sh ^ k, 0x01000193); prev = k; slen++; }
      }
      let sf = FNV_BASIS;
      for (let k = 0; k < 4 && k < L - 1; k++) {
        sf = Math.imul(sf ^ normalizeCode(w.charCodeAt(L - 1 - k)), 0x01000193);
        affix[ab + 4 + k] = sf >>> 0;
      }
      const first = w.charCodeAt(0);
      const firstUp = isUpperCode(first) ? 1 : 0;
      let c: number;
      if (up + low === 0) c = dig > 0 ? CLS_DIGITS : CLS_OTHER;
      else if (dig > 0) c = CLS_ALNUM;
      else if (dots > 0 && up > 0) c = CLS_DOTTED;
      else if (up === 0) c = CLS_LOWER;
      else if (low === 0) c = up === 1 ? CLS_ONECAP : CLS_ALLCAPS;
      else if (firstUp && up === 1) c = CLS_INITCAP;
      else c = CLS_MIXED;
      lower[p] = lh >>> 0;
      const h = lower[p];
      let slot = Math.imul(h, 0x9e3779b1) >>> (32 - tableBits);
      while (used[slot] && typeKeys[slot] !== h) slot = (slot + 1) & mask;
      if (!used[slot]) { used[slot] = 1; typeKeys[slot] = h; typeVals[slot] = types++; }
      type[p] = typeVals[slot];
      raw[p] = rh >>> 0;
      shape[p] = sh >>> 0;
      cls[p] = c;
      capital[p] = firstUp;
      len[p] = L > 12 ? 12 : L;
      if (c !== CLS_OTHER && c !== CLS_DIGITS) {
        if (c === CLS_LOWER || c === CLS_INITCAP || c === CLS_MIXED) lowerSeen = true;
        if (up + low > 1) letters++;
      }
    }
    const isHeadline = letters > 0 && !lowerSeen ? 1 : 0;
    for (let i = from; i < p; i++) { sentStart[i] = from; sentEnd[i] = p; headline[i] = isHeadline; }
    markGazetteer(gaz, lower, capital, from, p, gazMarks);
  }
  sentences.push(n);
  markDocumentCues(n, types, type, cls, capital, headline, sentStart, raw, doc);
  return { n, sentences, sentStart, sentEnd, lower, raw, shape, affix, cls, capital, len, headline, gaz: gazMarks, doc, type, types };
}

/**
 * Label-free document cues per token: is the word seen lowercase elsewhere, seen capitalised mid-sentence elsewhere;
 * for all-caps headline tokens, the raw-form hash is replaced by the body's casing of the same word when there is one.
 * Counts are kept per word type (`type`, dense ids of the normalised form), in typed arrays.
 */
function markDocumentCues(n: number, types: number, type: Int32Array, cls: Uint8Array, capital: Uint8Array, headline: Uint8Array, sentStart: Int32Array, raw: Uint32Array, doc: Uint32Array): void {
  const lowerCount = new Int32Array(types);
  const capMidCount = new Int32Array(types);
  const bodyForm = new Uint32Array(types);
  const hasBody = new Uint8Array(types);
  for (let i = 0; i < n; i++) {
    if (headline[i]) continue;
    const k = type[i];
    if (cls[i] === CLS_LOWER) lowerCount[k]++;
    else if (capital[i]) {
      const mid = i > sentStart[i];
      if (mid) capMidCount[k]++;
      if (!hasBody[k] || mid) { bodyForm[k] = raw[i]; hasBody[k] = 1; }
    }
  }
  for (let i = 0; i < n; i++) {
    const k = type[i];
    let lc = lowerCount[k], cm = capMidCount[k];
    if (!headline[i]) {
      if (cls[i] === CLS_LOWER) lc--;
      else if (capital[i] && i > sentStart[i]) cm--;
    }
    let bits = (lc > 0 ? 1 : 0) | (cm > 0 ? 2 : 0);
    if (headline[i] && cls[i] !== CLS_OTHER && cls[i] !== CLS_DIGITS) {
      if (hasBody[k]) { bits |= 4; raw[i] = bodyForm[k]; }
      else if (lc > 0) bits |= 8;
    }
    doc[i] = bits;
  }
}

const BOS1 = 0x1b0501, BOS2 = 0x1b0502, EOS1 = 0x1e0501, EOS2 = 0x1e0502;

/** Stage-2 inputs: first-stage tags for the document and per-token consistency hints derived from them. */
export interface Stage2Info {
  tags: Uint8Array;
  hints: Uint32Array;
  /** Per token: bit per entity type (O, PER, ORG, LOC, MISC) seen among the other occurrences. */
  types: Uint8Array;
}

/** Derives stage-2 hints: the majority first-stage tag of the other capitalised occurrences of each word in the document. */
export function stage2Hints(doc: PreparedDoc, tags: Uint8Array): Stage2Info {
  const { n, type, capital, cls } = doc;
  // Tag counts per word type over its capitalised (or all-caps) occurrences; types never seen so are left at zero.
  const counts = new Int32Array(doc.types * NUM_TAGS);
  const seen = new Uint8Array(doc.types);
  for (let i = 0; i < n; i++) {
    if (!capital[i] && cls[i] !== CLS_ALLCAPS) continue;
    counts[type[i] * NUM_TAGS + tags[i]]++;
    seen[type[i]] = 1;
  }
  const hints = new Uint32Array(n);
  const types = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (!seen[type[i]]) continue;
    const c = type[i] * NUM_TAGS;
    const own = capital[i] || cls[i] === CLS_ALLCAPS ? tags[i] : -1;
    let best = -1, bestCount = 0, total = 0;
    for (let t = 0; t < NUM_TAGS; t++) {
      const v = counts[c + t] - (t === own ? 1 : 0);
      total += v;
      if (v > bestCount) { best = t; bestCount = v; }
    }
    if (best < 0) continue;
    const bucket = total === 1 ? 0 : total <= 3 ? 1 : 2;
    hints[i] = 1 + best + (bestCount === total ? 16 : 0) + (bucket << 5);
    let mask = 0;
    for (let t = 0; t < NUM_TAGS; t++) if (counts[c + t] - (t === own ? 1 : 0) > 0) mask |= 1 << ((t + 1) >> 1);
    types[i] = mask;
  }
  return { tags, hints, types };
}

/** Writes NUM_SLOTS stage-1 feature ids per token of the document into `out` (length n * NUM_SLOTS). */
export function extractFeatures(d: PreparedDoc, out: Uint32Array, skip?: Uint8Array): void {
  const { n, lower, raw, shape, affix, cls, headline, gaz, doc, sentStart, sentEnd } = d;
  const F = NUM_SLOTS;
  for (let i = 0; i < n; i++) {
    const s = sentStart[i], e = sentEnd[i];
    const o = i * F;
    if (skip && skip[i]) continue; // never read: scoring skips these tokens
    const l0 = lower[i];
    const lm1 = i - 1 >= s ? lower[i - 1] : BOS1, lm2 = i - 2 >= s ? lower[i - 2] : BOS2;
    const lp1 = i + 1 < e ? lower[i + 1] : EOS1, lp2 = i + 2 < e ? lower[i + 2] : EOS2;
    const s0 = shape[i];
    const sm1 = i - 1 >= s ? shape[i - 1] : BOS1, sp1 = i + 1 < e ? shape[i + 1] : EOS1;
    const c0 = cls[i], cm1 = i - 1 >= s ? cls[i - 1] : 15, cp1 = i + 1 < e ? cls[i + 1] : 14;
    const hl = headline[i];
    const initial = i === s ? 1 : 0;
    out[o] = featureId(0, 0);
    out[o + 1] = featureId(1, l0);
    out[o + 2] = featureId(2, raw[i]);
    out[o + 3] = featureId(3, lm1);
    out[o + 4] = featureId(4, lp1);
    out[o + 5] = featureId(5, lm2);
    out[o + 6] = featureId(6, lp2);
    out[o + 7] = featureId(7, hashPair(lm1, l0));
    out[o + 8] = featureId(8, hashPair(l0, lp1));
    out[o + 9] = featureId(9, s0);
    out[o + 10] = featureId(10, sm1);
    out[o + 11] = featureId(11, sp1);
    out[o + 12] = featureId(12, hashPair(sm1, s0));
    out[o + 13] = featureId(13, hashPair(s0, sp1));
    for (let k = 0; k < 8; k++) {
      const a = affix[i * 8 + k];
      out[o + 14 + k] = a === 0 ? 0 : featureId(14 + k, a);
    }
    out[o + 22] = featureId(22, c0 | (initial << 4) | (hl << 5));
    out[o + 23] = featureId(23, gaz[i]);
    out[o + 24] = featureId(24, i - 1 >= s ? gaz[i - 1] : 0x7fffffff);
    out[o + 25] = featureId(25, i + 1 < e ? gaz[i + 1] : 0x7ffffffe);
    out[o + 26] = featureId(26, hashPair(lm1, s0));
    out[o + 27] = featureId(27, hashPair(s0, lp1));
    out[o + 28] = featureId(28, doc[i] | (c0 << 4) | (initial << 8));
    out[o + 29] = hl ? featureId(29, l0) : 0;
    out[o + 30] = featureId(30, cm1 | (c0 << 4) | (cp1 << 8));
    out[o + 31] = featureId(31, hashPair(hashPair(lm1, l0), lp1));
    out[o + 32] = featureId(32, hashPair(lm2, lm1));
    out[o + 33] = featureId(33, hashPair(lp1, lp2));
    out[o + 34] = featureId(34, d.len[i] | (c0 << 4));
    out[o + 35] = featureId(35, hashPair(gaz[i], c0 | (initial << 4)));
  }
}

/**
 * Marks tokens that cannot be part of a name and need no scoring: a lower-case word, number or punctuation mark outside
 * any gazetteer phrase, not in a headline, with no capitalised, all-caps or dotted word right before or after it
 * ("the", "said", "over", "2,000", ",").
 */
export function plainTokens(d: PreparedDoc): Uint8Array {
  const { n, cls, headline, gaz, sentStart, sentEnd } = d;
  const out = new Uint8Array(n);
  const plain = (c: number) => c === CLS_LOWER || c === CLS_OTHER || c === CLS_DIGITS;
  for (let i = 0; i < n; i++) {
    if (!plain(cls[i]) || headline[i] || gaz[i] !== 0) continue;
    if (i - 1 >= sentStart[i] && !plain(cls[i - 1])) continue;
    if (i + 1 < sentEnd[i] && !plain(cls[i + 1])) continue;
    out[i] = 1;
  }
  return out;
}

/** Writes NUM_STAGE2_SLOTS stage-2 feature ids per token (first-stage tags and consistency hints) into `out`. */
export function extractStage2Features(d: PreparedDoc, stage2: Stage2Info, out: Uint32Array, skip?: Uint8Array): void {
  const { n, cls, sentStart, sentEnd } = d;
  const { tags, hints } = stage2;
  const F = NUM_STAGE2_SLOTS;
  for (let i = 0; i < n; i++) {
    const s = sentStart[i], e = sentEnd[i];
    const o = i * F;
    if (skip && skip[i]) continue; // never read: scoring skips these tokens
    const h0 = hints[i], c0 = cls[i], initial = i === s ? 1 : 0;
    const tm1 = i - 1 >= s ? tags[i - 1] : 15, tp1 = i + 1 < e ? tags[i + 1] : 14;
    out[o] = featureId(36, h0);
    out[o + 1] = featureId(37, h0 | (c0 << 8) | (initial << 12));
    out[o + 2] = featureId(38, tags[i]);
    out[o + 3] = featureId(39, tm1 | (tags[i] << 4));
    out[o + 4] = featureId(40, tags[i] | (tp1 << 4));
    out[o + 5] = featureId(41, i - 1 >= s ? hints[i - 1] : 0xfff);
    out[o + 6] = featureId(42, i + 1 < e ? hints[i + 1] : 0xffe);
    out[o + 7] = featureId(43, h0 | (tags[i] << 8));
    out[o + 8] = featureId(44, stage2.types[i] | (c0 << 8) | (initial << 12));
    out[o + 9] = featureId(45, h0 | (d.headline[i] << 12));
    out[o + 10] = featureId(46, tm1 | (tags[i] << 4) | (tp1 << 8));
  }
}
