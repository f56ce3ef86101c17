/** The one entry of the analysis: text in, `Analysis` out, stages in an explicit order. */
import type { Analysis, AnalyzeOptions } from "./types.ts";
import { tokenize } from "./text/tokenize.ts";
import { splitSentences } from "./text/sentences.ts";
import { detectLanguage } from "./text/language.ts";
import { findResolutions } from "./resolutions/find-resolutions.ts";
import { findActors } from "./entities/find-actors.ts";
import { recognizeEntities } from "./entities/ner/index.ts";
import { findStances } from "./stances/find-stances.ts";

/** Analyses an article text: actors, stances and UN resolutions, all spans as offsets into `text`. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  if (typeof text !== "string") throw new TypeError("analysis: text must be a string");
  const meta = { ...options.meta };
  const lang = meta.lang && meta.lang !== "und" ? meta.lang : detectLanguage(text);
  meta.lang = lang;
  // 1. Resolutions: symbols are language-neutral, so this stage runs on every text.
  const { resolutions, genericResolutionMentions } = findResolutions(text);
  const analysis: Analysis = {
    schema: "attache.analysis/1",
    meta,
    text,
    actors: [],
    stances: [],
    resolutions,
    genericResolutionMentions,
  };
  if (!lang.startsWith("en")) {
    analysis.notices = ["Actors and stances are analysed in English only for now; UN resolution symbols are listed."];
    return analysis;
  }
  // 2. Tokens and sentences (lossless offsets).
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  // 3. Names from the learned recogniser (PER/ORG/LOC/MISC spans).
  let names: ReturnType<typeof recognizeEntities> = [];
  const notices: string[] = [];
  try {
    names = recognizeEntities(text, tokens, sentences);
  } catch (e) {
    // A broken model must not cost the reader the rest of the analysis; the notice says what is missing.
    notices.push(`The name recogniser failed (${(e as Error).message}); actors come from gazetteers and titles only.`);
  }
  // 4. Actors: gazetteers, titles and recognised names → merged actors with roles, affiliations and coreference.
  const actorResult = findActors(text, tokens, sentences, names);
  analysis.actors = actorResult.actors;
  // 5. Stances: cues → holder, polarity, target, evidence, attribution.
  analysis.stances = findStances(text, tokens, sentences, actorResult);
  if (notices.length) analysis.notices = notices;
  return analysis;
}
