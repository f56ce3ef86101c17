/**
 * Stands in for the generated `src/analysis/data/ner-model.ts` in the extension build (vite.config.ts aliases it
 * here), so the worker's script carries no weights: they ship as a data file beside it (`ner-model-loader.ts`).
 */
import type { NerModel } from "../analysis/index.ts";

/** Never the weights here: the analysis uses what `provideNerModel` was given. */
export const NER_MODEL = null as unknown as NerModel;
