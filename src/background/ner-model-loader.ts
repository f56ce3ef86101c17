/**
 * The name recogniser's weights in the extension: a JSON data file written by the build next to the worker
 * (vite.config.ts), fetched from the extension's own package and handed to the analysis. Parsing megabytes of data as
 * part of the worker's script would slow every start of the worker; JSON.parse of the file takes milliseconds.
 */
import { provideNerModel, type NerModel } from "../analysis/index.ts";

/** The data file's name in the built extension. */
export const NER_MODEL_FILE = "ner-model.json";

/** Fetches the weights from `url` (the extension's own file) and hands them to the analysis. */
export async function loadNerModel(url: string): Promise<void> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${NER_MODEL_FILE}: HTTP ${response.status}`);
  provideNerModel((await response.json()) as NerModel);
}
