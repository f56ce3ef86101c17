/**
 * The NER model as one binary file, as the extension ships it (the generated data module holds the same model with its
 * binary fields as base64 text). Layout, little-endian:
 *   "ANER" · u32 header length · header · padding to 4 bytes · the fields' bytes, each at an offset that is a multiple of 4
 * The header is the model as ASCII JSON, each binary field (`keys`, `weights`, `bits`) replaced by
 * `{"$bytes": [offset, length]}`, the offset counted from the start of the fields' bytes (after the header's padding). Reading it costs no base64 decoding and no
 * parsing of megabytes of text: the fields become views over the file's buffer.
 */
import { bytesOf, type SerializedModel } from "./model.ts";

const MAGIC = "ANER";
/** Names of the model's binary fields. */
const BYTE_FIELDS = new Set(["keys", "weights", "bits"]);

const align4 = (n: number) => (n + 3) & ~3;

/** The model as one binary file. */
export function encodeModelFile(model: SerializedModel): Uint8Array {
  const parts: Uint8Array[] = [];
  let size = 0;
  const header = JSON.stringify(model, (key, value: unknown) => {
    if (!BYTE_FIELDS.has(key) || (typeof value !== "string" && !(value instanceof Uint8Array))) return value;
    const bytes = bytesOf(value);
    parts.push(bytes);
    const ref = { $bytes: [size, bytes.length] };
    size = align4(size + bytes.length);
    return ref;
  });
  const base = align4(8 + header.length);
  const out = new Uint8Array(base + size);
  for (let i = 0; i < 4; i++) out[i] = MAGIC.charCodeAt(i);
  new DataView(out.buffer).setUint32(4, header.length, true);
  for (let i = 0; i < header.length; i++) {
    const c = header.charCodeAt(i);
    if (c > 127) throw new Error("ner: the model file's header must be ASCII");
    out[8 + i] = c;
  }
  let at = base;
  for (const p of parts) {
    out.set(p, at);
    at = align4(at + p.length);
  }
  return out;
}

/** The model from a binary file (its binary fields are views over `buffer`); throws a plain message when malformed. */
export function decodeModelFile(buffer: ArrayBuffer): SerializedModel {
  const bytes = new Uint8Array(buffer);
  if (bytes.length < 8 || String.fromCharCode(bytes[0], bytes[1], bytes[2], bytes[3]) !== MAGIC) {
    throw new Error("not an Attaché NER model file");
  }
  const headerLength = new DataView(buffer).getUint32(4, true);
  const base = align4(8 + headerLength);
  if (base > bytes.length) throw new Error("the NER model file is cut short");
  let header = "";
  for (let i = 8; i < 8 + headerLength; i += 8192) header += String.fromCharCode(...bytes.subarray(i, Math.min(i + 8192, 8 + headerLength)));
  const model = JSON.parse(header, (key, value: unknown) => {
    if (!BYTE_FIELDS.has(key) || !value || typeof value !== "object" || !("$bytes" in value)) return value;
    const [offset, length] = (value as { $bytes: unknown }).$bytes as number[];
    if (!Number.isInteger(offset) || !Number.isInteger(length) || offset < 0 || length < 0 || base + offset + length > bytes.length) {
      throw new Error(`the NER model file's field "${key}" lies outside the file`);
    }
    return new Uint8Array(buffer, base + offset, length);
  }) as SerializedModel;
  if (!model || typeof model !== "object" || typeof model.version !== "number" || !model.stage1 || !model.gazetteer) {
    throw new Error("the NER model file's header is not a model");
  }
  return model;
}
