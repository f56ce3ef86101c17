/** The NER weights at run time: a hashed-feature table (open addressing over feature ids) with int8 weights. */
import { NUM_TAGS } from "./features.ts";

/** Binary data of the model: base64 text in the generated data module, raw bytes when read from a binary file (model-file.ts). */
export type Bytes = string | Uint8Array;

/** The bytes of a binary field (decoding base64 text). */
export function bytesOf(b: Bytes): Uint8Array {
  return typeof b === "string" ? decodeBase64(b) : b;
}

/** One linear stage as serialised in the generated data module. */
export interface SerializedStage {
  /** Sorted feature ids, delta-coded as unsigned LEB128 varints. */
  keys: Bytes;
  /** int8 weights, NUM_TAGS per key in key order. */
  weights: Bytes;
  /** Multiply an int8 weight by this to get the trained weight. */
  scale: number;
  /** (NUM_TAGS + 1) × NUM_TAGS transition weights, previous tag by row, row NUM_TAGS = sentence start. */
  trans: number[];
}

/**
 * The whole serialised model. Stage 1 scores local features; stage 2 re-scores the same local features with its own
 * weights plus document-consistency features computed from stage 1's tags; the gazetteer is phrase hashes with type bits.
 */
export interface SerializedModel {
  version: number;
  slots: number;
  stage2Slots: number;
  stage1: SerializedStage;
  /** Stage-2 weights of the local features. */
  stage2: SerializedStage | null;
  /** Stage-2 weights of the document-consistency features (its `trans` is unused). */
  consistency: SerializedStage | null;
  gazetteer: { keys: Bytes; bits: Bytes; maxLen: number };
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const B64_INDEX = new Uint8Array(128);
for (let i = 0; i < 64; i++) B64_INDEX[B64.charCodeAt(i)] = i;

/** The engine's own base64 decoder (Uint8Array.fromBase64: current Chromium and Firefox), when it has one. */
const nativeFromBase64 = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array }).fromBase64;

/**
 * Decodes standard base64 (with or without padding) to bytes: natively where the engine can (the weights are megabytes
 * of base64, decoded on the first analysis of a worker's life), else in plain JS (Node 20).
 */
export function decodeBase64(s: string): Uint8Array {
  if (nativeFromBase64) return nativeFromBase64.call(Uint8Array, s);
  return decodeBase64Js(s);
}

/** Decodes standard base64 (with or without padding) to bytes, without relying on atob, Buffer or fromBase64. */
export function decodeBase64Js(s: string): Uint8Array {
  let len = s.length;
  while (len > 0 && s.charCodeAt(len - 1) === 61) len--;
  const out = new Uint8Array((len * 3) >> 2);
  let o = 0, i = 0;
  for (; i + 4 <= len; i += 4) {
    const v = (B64_INDEX[s.charCodeAt(i)] << 18) | (B64_INDEX[s.charCodeAt(i + 1)] << 12) | (B64_INDEX[s.charCodeAt(i + 2)] << 6) | B64_INDEX[s.charCodeAt(i + 3)];
    out[o++] = v >> 16; out[o++] = (v >> 8) & 255; out[o++] = v & 255;
  }
  const rest = len - i;
  if (rest >= 2) {
    const v = (B64_INDEX[s.charCodeAt(i)] << 18) | (B64_INDEX[s.charCodeAt(i + 1)] << 12) | (rest === 3 ? B64_INDEX[s.charCodeAt(i + 2)] << 6 : 0);
    out[o++] = v >> 16;
    if (rest === 3) out[o++] = (v >> 8) & 255;
  }
  return out;
}

/** Encodes bytes as standard base64 (used by the trainer). */
export function encodeBase64(b: Uint8Array): string {
  let s = "";
  let i = 0;
  const parts: string[] = [];
  for (; i + 3 <= b.length; i += 3) {
    const v = (b[i] << 16) | (b[i + 1] << 8) | b[i + 2];
    s += B64[v >> 18] + B64[(v >> 12) & 63] + B64[(v >> 6) & 63] + B64[v & 63];
    if (s.length > 65536) { parts.push(s); s = ""; }
  }
  if (b.length - i === 1) { const v = b[i] << 16; s += B64[v >> 18] + B64[(v >> 12) & 63] + "=="; }
  else if (b.length - i === 2) { const v = (b[i] << 16) | (b[i + 1] << 8); s += B64[v >> 18] + B64[(v >> 12) & 63] + B64[(v >> 6) & 63] + "="; }
  parts.push(s);
  return parts.join("");
}

/**
 * Decodes delta-coded LEB128 varints back into sorted uint32 values: `count` of them (an error if the bytes hold another
 * number), or as many as the bytes hold when not given.
 */
export function decodeSortedKeys(bytes: Uint8Array, count = -1): Uint32Array {
  if (count < 0) {
    count = 0;
    for (let i = 0; i < bytes.length; i++) if (bytes[i] < 128) count++;
  }
  const out = new Uint32Array(count);
  let prev = 0, p = 0, v = 0, mul = 1;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 128) { prev += v + b * mul; out[p++] = prev; v = 0; mul = 1; }
    else { v += (b - 128) * mul; mul *= 128; }
  }
  if (p !== count) throw new Error(`ner: ${p} keys where ${count} were expected`);
  return out;
}

/** Encodes sorted uint32 values as delta LEB128 varints (used by the trainer). */
export function encodeSortedKeys(keys: ArrayLike<number>): Uint8Array {
  const out: number[] = [];
  let prev = 0;
  for (let i = 0; i < keys.length; i++) {
    let d = keys[i] - prev;
    prev = keys[i];
    while (d >= 128) { out.push((d % 128) | 128); d = Math.floor(d / 128); }
    out.push(d);
  }
  return Uint8Array.from(out);
}

/** Number of distinct values in two sorted arrays. */
function unionSize(a: Uint32Array, b: Uint32Array): number {
  let i = 0, j = 0, n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { i++; j++; } else if (a[i] < b[j]) i++; else j++;
    n++;
  }
  return n + (a.length - i) + (b.length - j);
}

/** Bytes of one weight row: NUM_TAGS int8 weights per stage, padded to a multiple of 4. */
function rowBytes(stages: number): number {
  return (NUM_TAGS * stages + 3) & ~3;
}

/**
 * Feature weights ready to score. Feature ids live in a compact open-addressing table of int32 keys (a probe for an
 * absent feature, the common case, touches only that array); the weights of every stage sit together in one row per
 * table slot, so a present feature costs one more memory access, whatever the number of stages. A stage without a
 * weight for a feature has zeros there, which add nothing.
 */
export class FeatureTable {
  private readonly keys: Int32Array;
  private readonly rows: Int8Array;
  private readonly row: number;
  private readonly cap: number;
  private readonly slotScale: number;
  readonly size: number;

  constructor(readonly stages: SerializedStage[], readonly slots: number) {
    if (stages.length < 1 || stages.length > 2) throw new Error(`ner: a feature table has one or two stages, not ${stages.length}`);
    // The weights give the number of keys (NUM_TAGS per key), so the keys are decoded in one pass, and checked.
    const weights = stages.map((s) => {
      const w = bytesOf(s.weights);
      if (w.length % NUM_TAGS !== 0) throw new Error(`ner: ${w.length} weights are not ${NUM_TAGS} per key`);
      return new Int8Array(w.buffer, w.byteOffset, w.length);
    });
    const keySets = stages.map((s, i) => decodeSortedKeys(bytesOf(s.keys), weights[i].length / NUM_TAGS));

    const k0 = keySets[0], k1 = keySets.length > 1 ? keySets[1] : new Uint32Array(0);
    const total = k1.length ? unionSize(k0, k1) : k0.length;
    const cap = Math.max(1024, Math.ceil(total / 0.6));
    const row = rowBytes(stages.length);
    // Feature ids are well-mixed hashes, so the home slot is their value scaled to the table: inserting the keys in sorted
    // order then writes the table front to back (fast to load), and the sorted keys stay delta-codable in the data file.
    const slotScale = cap / 4294967296;
    const keys = new Int32Array(cap);
    const rows = new Int8Array(cap * row);
    const put = (key: number, si: number, r: number) => {
      let slot = (key * slotScale) | 0;
      const k32 = key | 0;
      while (keys[slot] !== 0 && keys[slot] !== k32) slot = slot + 1 === cap ? 0 : slot + 1;
      keys[slot] = k32;
      const w = weights[si], from = r * NUM_TAGS, to = slot * row + si * NUM_TAGS;
      for (let t = 0; t < NUM_TAGS; t++) rows[to + t] = w[from + t];
    };
    let i = 0, j = 0;
    while (i < k0.length || j < k1.length) {
      if (j >= k1.length || (i < k0.length && k0[i] <= k1[j])) {
        if (j < k1.length && k0[i] === k1[j]) { put(k1[j], 1, j); j++; }
        put(k0[i], 0, i);
        i++;
      } else {
        put(k1[j], 1, j);
        j++;
      }
    }
    this.keys = keys;
    this.rows = rows;
    this.row = row;
    this.cap = cap;
    this.slotScale = slotScale;
    this.size = total;
  }

  /**
   * Emission scores for tokens [0, n) from feature ids feats[i * slots + f]: stage 0's into emit0 and, when given,
   * stage 1's into emit1; overwritten, or added to with `add`.
   */
  score(feats: Uint32Array, n: number, emit0: Float64Array, emit1: Float64Array | null = null, add = false, skip?: Uint8Array): void {
    const { keys, rows, row, cap, slotScale, slots } = this;
    if (emit1 && this.stages.length < 2) throw new Error("ner: this feature table has one stage");
    const sc0 = this.stages[0].scale, sc1 = this.stages.length > 1 ? this.stages[1].scale : 0;
    for (let i = 0; i < n; i++) {
      if (skip && skip[i]) continue; // tokens known to be "O" get their scores from the caller
      let a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0, a8 = 0;
      let b0 = 0, b1 = 0, b2 = 0, b3 = 0, b4 = 0, b5 = 0, b6 = 0, b7 = 0, b8 = 0;
      const base = i * slots;
      for (let f = 0; f < slots; f++) {
        const hu = feats[base + f];
        if (hu === 0) continue;
        const h = hu | 0;
        let slot = (hu * slotScale) | 0;
        let k = keys[slot];
        while (k !== h) {
          if (k === 0) break;
          slot = slot + 1 === cap ? 0 : slot + 1;
          k = keys[slot];
        }
        if (k === 0) continue;
        const r = slot * row;
        a0 += rows[r]; a1 += rows[r + 1]; a2 += rows[r + 2]; a3 += rows[r + 3]; a4 += rows[r + 4];
        a5 += rows[r + 5]; a6 += rows[r + 6]; a7 += rows[r + 7]; a8 += rows[r + 8];
        if (emit1) {
          b0 += rows[r + 9]; b1 += rows[r + 10]; b2 += rows[r + 11]; b3 += rows[r + 12]; b4 += rows[r + 13];
          b5 += rows[r + 14]; b6 += rows[r + 15]; b7 += rows[r + 16]; b8 += rows[r + 17];
        }
      }
      const o = i * NUM_TAGS;
      const e = emit0;
      if (add) {
        e[o] += a0 * sc0; e[o + 1] += a1 * sc0; e[o + 2] += a2 * sc0; e[o + 3] += a3 * sc0; e[o + 4] += a4 * sc0;
        e[o + 5] += a5 * sc0; e[o + 6] += a6 * sc0; e[o + 7] += a7 * sc0; e[o + 8] += a8 * sc0;
      } else {
        e[o] = a0 * sc0; e[o + 1] = a1 * sc0; e[o + 2] = a2 * sc0; e[o + 3] = a3 * sc0; e[o + 4] = a4 * sc0;
        e[o + 5] = a5 * sc0; e[o + 6] = a6 * sc0; e[o + 7] = a7 * sc0; e[o + 8] = a8 * sc0;
      }
      if (emit1) {
        const g = emit1;
        if (add) {
          g[o] += b0 * sc1; g[o + 1] += b1 * sc1; g[o + 2] += b2 * sc1; g[o + 3] += b3 * sc1; g[o + 4] += b4 * sc1;
          g[o + 5] += b5 * sc1; g[o + 6] += b6 * sc1; g[o + 7] += b7 * sc1; g[o + 8] += b8 * sc1;
        } else {
          g[o] = b0 * sc1; g[o + 1] = b1 * sc1; g[o + 2] = b2 * sc1; g[o + 3] = b3 * sc1; g[o + 4] = b4 * sc1;
          g[o + 5] = b5 * sc1; g[o + 6] = b6 * sc1; g[o + 7] = b7 * sc1; g[o + 8] = b8 * sc1;
        }
      }
    }
  }
}
