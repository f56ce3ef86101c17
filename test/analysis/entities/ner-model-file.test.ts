/** The NER model's binary file (as the extension ships it): the same model as the generated module, and clear errors. */
import { describe, expect, it } from "vitest";
import { NER_MODEL } from "../../../src/analysis/data/ner-model.ts";
import { NerTagger } from "../../../src/analysis/entities/ner/tagger.ts";
import { bytesOf, type SerializedModel } from "../../../src/analysis/entities/ner/model.ts";
import { decodeModelFile, encodeModelFile } from "../../../src/analysis/entities/ner/model-file.ts";

const SENTENCES = [
  ["South", "Korean", "Foreign", "Minister", "Yun", "Byung-se", "met", "Sergey", "Lavrov", "in", "Munich", "."],
  ["The", "U.N.", "Security", "Council", "adopted", "resolution", "2321", "on", "North", "Korea", "."],
  ["China", "'s", "foreign", "ministry", "spokesman", "Wang", "Wenbin", "urged", "restraint", "."],
];

/** The model with every binary field as bytes, for comparison. */
function asBytes(m: SerializedModel): unknown {
  return JSON.parse(JSON.stringify(m, (key, v: unknown) => (["keys", "weights", "bits"].includes(key) && (typeof v === "string" || v instanceof Uint8Array) ? Array.from(bytesOf(v)) : v)));
}

describe("NER model file", () => {
  const file = encodeModelFile(NER_MODEL);
  const buffer = file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer;

  it("holds the same model: every field, binary fields byte for byte, as views aligned to 4 bytes", () => {
    const decoded = decodeModelFile(buffer);
    expect(asBytes(decoded)).toEqual(asBytes(NER_MODEL));
    for (const f of [decoded.stage1.keys, decoded.stage1.weights, decoded.gazetteer.keys, decoded.gazetteer.bits]) {
      expect(f).toBeInstanceOf(Uint8Array);
      expect((f as Uint8Array).byteOffset % 4).toBe(0);
      expect((f as Uint8Array).buffer).toBe(buffer);
    }
    // Smaller than the base64 text it replaces.
    expect(file.length).toBeLessThan(JSON.stringify(NER_MODEL).length * 0.8);
  });

  it("tags exactly as the generated module does", () => {
    const fromModule = new NerTagger(NER_MODEL).tagDocument(SENTENCES);
    const fromFile = new NerTagger(decodeModelFile(buffer)).tagDocument(SENTENCES);
    expect(Array.from(fromFile)).toEqual(Array.from(fromModule));
    expect(fromModule.some((t) => t !== 0)).toBe(true);
  });

  it("encodes a decoded file to the same bytes", () => {
    expect(Array.from(encodeModelFile(decodeModelFile(buffer)))).toEqual(Array.from(file));
  });

  it("refuses malformed files with plain messages", () => {
    const bad = (bytes: Uint8Array) => () => decodeModelFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(bad(new Uint8Array(0))).toThrow("not an Attaché NER model file");
    expect(bad(new TextEncoder().encode('{"version":1}'))).toThrow("not an Attaché NER model file");
    expect(bad(file.slice(0, 100))).toThrow("cut short");
    // A field pointing past the end of the file (the last field's offset, with its digits all turned to 9s).
    const header = new TextDecoder().decode(file.subarray(8, 8 + new DataView(buffer).getUint32(4, true)));
    const offset = [...header.matchAll(/"\$bytes":\[(\d+),/g)].at(-1)![1];
    expect(Number("9".repeat(offset.length))).toBeGreaterThan(file.length);
    const moved = header.replace(`"$bytes":[${offset},`, `"$bytes":[${"9".repeat(offset.length)},`);
    const broken = file.slice();
    broken.set(new TextEncoder().encode(moved), 8);
    expect(bad(broken)).toThrow(/lies outside the file/);
    // A header that is JSON but not a model.
    const notModel = new Uint8Array(16);
    notModel.set(new TextEncoder().encode("ANER"), 0);
    new DataView(notModel.buffer).setUint32(4, 2, true);
    notModel.set(new TextEncoder().encode("{}"), 8);
    expect(bad(notModel)).toThrow("not a model");
  });
});
