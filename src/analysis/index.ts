/** Public entry of the pure analysis core. */
export { analyze } from "./analyze.ts";
export { provideNerModel } from "./entities/ner/index.ts";
export { decodeModelFile, encodeModelFile } from "./entities/ner/model-file.ts";
export type { SerializedModel as NerModel } from "./entities/ner/model.ts";
export type * from "./types.ts";
