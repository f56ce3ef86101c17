/** The NER weights at run time: a hashed-feature table (open addressing over feature ids) with int8 weights. */
import { NUM_SLOTS, NUM_TAGS } from "./features.ts";
import { constrain, type Transitions } from "./decode.ts";

/** One linear stage as serialised in the generated data module. */
export interface SerializedStage {
  /** Sorted feature ids, delta-coded as unsigned LEB128 varints, base64. */
  keys: string;
  /** int8 weights, NUM_TAGS per key in key order, base64. */
  weights: string;
  /** Multiply an int8 weight by this to get the trained weight. */
  scale: number;
  /** (NUM_TAGS + 1) × NUM_TAGS transition weights, previous tag by row, row NUM_TAGS = sentence start. */
  trans: number[];
}

/** The whole serialised model: two stages and the gazetteer. */
export interface SerializedModel {
  version: number;
  slots: number;
  stage1: SerializedStage;
  stage2: SerializedStage | null;
  gazetteer: { keys: string; bits: string; maxLen: number };
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const B64_INDEX = new Uint8Array(128);
for (let i = 0; i < 64; i++) B64_INDEX[B64.charCodeAt(i)] = i;

/** Decodes standard base64 (with or without padding) to bytes, without relying on atob or Buffer. */
export function decodeBase64(s: string): Uint8Array {
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

/** Decodes delta-coded LEB128 varints back into sorted uint32 values. */
export function decodeSortedKeys(bytes: Uint8Array): Uint32Array {
  let count = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] < 128) count++;
  const out = new Uint32Array(count);
  let prev = 0, p = 0, v = 0, shift = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    v += (b & 127) * 2 ** shift;
    if (b < 128) { prev += v; out[p++] = prev; v = 0; shift = 0; } else shift += 7;
  }
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

/** One linear stage ready to score: feature-id lookup table, int8 weights and constrained transitions. */
export class LinearStage {
  private readonly table: Uint32Array;
  private readonly rows: Int32Array;
  private readonly mask: number;
  readonly weights: Int8Array;
  readonly scale: number;
  readonly trans: Transitions;

  constructor(s: SerializedStage) {
    const keys = decodeSortedKeys(decodeBase64(s.keys));
    const w = decodeBase64(s.weights);
    this.weights = new Int8Array(w.buffer, w.byteOffset, w.length);
    if (this.weights.length !== keys.length * NUM_TAGS) throw new Error(`ner: weights (${this.weights.length}) do not match keys (${keys.length})`);
    let cap = 1024;
    while (cap < keys.length * 2) cap *= 2;
    this.table = new Uint32Array(cap);
    this.rows = new Int32Array(cap);
    this.mask = cap - 1;
    for (let r = 0; r < keys.length; r++) {
      let slot = Math.imul(keys[r], 0x9e3779b1) >>> 0 & this.mask;
      while (this.table[slot] !== 0) slot = (slot + 1) & this.mask;
      this.table[slot] = keys[r];
      this.rows[slot] = r * NUM_TAGS;
    }
    this.scale = s.scale;
    this.trans = constrain(s.trans);
  }

  /** Emission scores for tokens [0, n): emit[i * NUM_TAGS + tag] from the feature ids feats[i * NUM_SLOTS + slot]. */
  score(feats: Uint32Array, n: number, emit: Float64Array): void {
    const { table, rows, mask, weights } = this;
    const T = NUM_TAGS;
    for (let i = 0; i < n; i++) {
      let a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0, a8 = 0;
      const base = i * NUM_SLOTS;
      for (let f = 0; f < NUM_SLOTS; f++) {
        const h = feats[base + f];
        if (h === 0) continue;
        let slot = Math.imul(h, 0x9e3779b1) >>> 0 & mask;
        let k = table[slot];
        while (k !== h && k !== 0) { slot = (slot + 1) & mask; k = table[slot]; }
        if (k === 0) continue;
        const r = rows[slot];
        a0 += weights[r]; a1 += weights[r + 1]; a2 += weights[r + 2]; a3 += weights[r + 3]; a4 += weights[r + 4];
        a5 += weights[r + 5]; a6 += weights[r + 6]; a7 += weights[r + 7]; a8 += weights[r + 8];
      }
      const sc = this.scale, o = i * T;
      emit[o] = a0 * sc; emit[o + 1] = a1 * sc; emit[o + 2] = a2 * sc; emit[o + 3] = a3 * sc; emit[o + 4] = a4 * sc;
      emit[o + 5] = a5 * sc; emit[o + 6] = a6 * sc; emit[o + 7] = a7 * sc; emit[o + 8] = a8 * sc;
    }
  }
}
