/**
 * The name recogniser's weights in the extension: a binary data file written by the build next to the worker
 * (vite.config.ts, format in src/analysis/entities/ner/model-file.ts), fetched from the extension's own package and
 * handed to the analysis. Parsing megabytes of data as part of the worker's script would slow every start of the
 * worker; the binary file is read as one buffer, with no base64 to decode and no text to parse.
 */
import { decodeModelFile, provideNerModel } from "../analysis/index.ts";

/** The data file's name in the built extension. */
export const NER_MODEL_FILE = "ner-model.bin";

/** Fetches the weights from `url` (the extension's own file) and hands them to the analysis. */
export async function loadNerModel(url: string): Promise<void> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${NER_MODEL_FILE}: HTTP ${response.status}`);
  provideNerModel(decodeModelFile(await response.arrayBuffer()));
}
