/**
 * The cue lexicon: words and phrases by which news reports positions, each with a polarity and a CAMEO code.
 * Verbs are given as lemmas and inflected here; nouns take a plural "s"; adjectives follow a form of "be".
 */
import type { Polarity } from "../types.ts";

/** How a cue finds its holder and target. */
export type CueKind =
  | "verb" // holder = subject, target = object ("Russia opposed the plan")
  | "noun" // holder = possessor or subject of the light verb ("Russia's opposition to …", "expressed concern over …")
  | "state" // holder = subject of "be" ("Seoul is concerned about …")
  | "judgement"; // target = subject of "be", holder = the speaker ("the move is not desirable", Lavrov was quoted as saying)

/** One entry of the lexicon. */
export interface CueEntry {
  /** Words of the cue; for verbs the first word is a lemma. */
  words: string[];
  kind: CueKind;
  polarity: Polarity;
  cameo: string;
  /** Marks intent or plans ("plans to"): modality "future". */
  future?: boolean;
}

// [cue, polarity, CAMEO]
const VERBS: [string, Polarity, string][] = [
  // support, praise, endorsement (CAMEO 051 praise or endorse)
  ["support", "support", "051"], ["back", "support", "051"], ["endorse", "support", "051"], ["welcome", "support", "051"],
  ["praise", "support", "051"], ["hail", "support", "051"], ["applaud", "support", "051"], ["commend", "support", "051"],
  ["laud", "support", "051"], ["favor", "support", "051"], ["favour", "support", "051"], ["embrace", "support", "051"],
  ["champion", "support", "051"], ["defend", "support", "051"], ["approve", "support", "051"],
  // intent to cooperate (030), commitments
  ["vow to", "support", "030"], ["pledge to", "support", "030"], ["promise to", "support", "030"], ["agree to", "support", "030"],
  ["commit to", "support", "030"], ["offer to", "support", "030"], ["resolve to", "support", "030"],
  ["pledge", "support", "030"], ["promise", "support", "030"], ["vow", "support", "030"],
  ["agree on", "support", "030"], ["agree", "support", "030"],
  ["cooperate", "support", "050"], ["sign", "support", "057"], ["ratify", "support", "057"], ["recognize", "support", "054"],
  ["recognise", "support", "054"],
  // appeals and demands (020, 100)
  ["call for", "support", "020"], ["call on", "support", "020"], ["urge", "support", "020"], ["appeal for", "support", "020"],
  ["appeal to", "support", "020"], ["press for", "support", "020"], ["push for", "support", "020"], ["ask", "support", "020"],
  ["request", "support", "020"], ["encourage", "support", "020"], ["demand", "support", "100"], ["insist on", "support", "100"],
  // disapproval, criticism, accusation (110, 111, 112)
  ["oppose", "oppose", "110"], ["object to", "oppose", "110"], ["disapprove of", "oppose", "110"], ["frown on", "oppose", "110"],
  ["criticize", "oppose", "111"], ["criticise", "oppose", "111"], ["condemn", "oppose", "111"], ["denounce", "oppose", "111"],
  ["slam", "oppose", "111"], ["blast", "oppose", "111"], ["lambaste", "oppose", "111"], ["decry", "oppose", "111"],
  ["deplore", "oppose", "111"], ["censure", "oppose", "111"], ["rebuke", "oppose", "111"], ["chide", "oppose", "111"],
  ["accuse", "oppose", "112"], ["blame", "oppose", "112"],
  // rejection (120, 129), protest (140), threats (130), sanctions (163), force (190)
  ["reject", "oppose", "120"], ["refuse", "oppose", "120"], ["rebuff", "oppose", "120"], ["dismiss", "oppose", "120"],
  ["veto", "oppose", "129"], ["boycott", "oppose", "120"], ["protest", "oppose", "140"], ["threaten", "oppose", "130"],
  ["warn", "oppose", "130"], ["sanction", "oppose", "163"], ["impose sanctions on", "oppose", "163"],
  ["expel", "oppose", "166"], ["attack", "oppose", "190"], ["invade", "oppose", "190"],
  // concern (012 pessimistic comment)
  ["worry about", "concern", "012"], ["fear", "concern", "012"], ["lament", "concern", "012"], ["regret", "concern", "012"],
  // consultation (04): neutral
  ["meet with", "neutral", "040"], ["hold talks with", "neutral", "043"], ["negotiate with", "neutral", "046"],
  ["visit", "neutral", "042"], ["host", "neutral", "043"], ["mediate", "neutral", "045"],
  // intent and plans: the plan itself is supported, held as future
  ["plan to", "support", "030"], ["intend to", "support", "030"], ["seek to", "support", "030"], ["aim to", "support", "030"],
  ["prepare to", "support", "030"],
];

const NOUNS: [string, Polarity, string][] = [
  ["concern", "concern", "012"], ["worry", "concern", "012"], ["alarm", "concern", "012"], ["fear", "concern", "012"],
  ["anxiety", "concern", "012"], ["unease", "concern", "012"], ["disquiet", "concern", "012"],
  ["opposition", "oppose", "110"], ["objection", "oppose", "110"], ["disapproval", "oppose", "110"],
  ["criticism", "oppose", "111"], ["condemnation", "oppose", "111"], ["rejection", "oppose", "120"],
  ["protest", "oppose", "140"], ["displeasure", "oppose", "110"], ["dissatisfaction", "oppose", "110"],
  ["support", "support", "051"], ["backing", "support", "051"], ["endorsement", "support", "051"], ["praise", "support", "051"],
  ["commitment", "support", "030"], ["pledge", "support", "030"], ["determination", "support", "030"],
  ["willingness", "support", "030"], ["readiness", "support", "030"], ["resolve", "support", "030"],
  ["call", "support", "020"], ["appeal", "support", "020"], ["demand", "support", "100"],
];

const STATES: [string, Polarity, string][] = [
  ["concerned about", "concern", "012"], ["concerned over", "concern", "012"], ["concerned by", "concern", "012"],
  ["concerned that", "concern", "012"], ["worried about", "concern", "012"], ["worried by", "concern", "012"],
  ["worried that", "concern", "012"], ["alarmed by", "concern", "012"], ["alarmed at", "concern", "012"],
  ["troubled by", "concern", "012"], ["deeply concerned", "concern", "012"], ["concerned", "concern", "012"],
  ["opposed to", "oppose", "110"], ["against", "oppose", "110"], ["critical of", "oppose", "111"],
  ["committed to", "support", "030"], ["ready to", "support", "030"], ["willing to", "support", "030"],
  ["determined to", "support", "030"], ["in favor of", "support", "051"], ["in favour of", "support", "051"],
  ["supportive of", "support", "051"], ["open to", "support", "030"], ["planning to", "support", "030"],
];

const JUDGEMENTS: [string, Polarity, string][] = [
  ["not desirable", "oppose", "110"], ["undesirable", "oppose", "110"], ["unacceptable", "oppose", "111"],
  ["illegal", "oppose", "111"], ["illegitimate", "oppose", "111"], ["a provocation", "oppose", "111"],
  ["provocative", "oppose", "111"], ["a violation", "oppose", "112"], ["a threat", "oppose", "111"],
  ["dangerous", "oppose", "111"], ["a mistake", "oppose", "111"], ["irresponsible", "oppose", "111"],
  ["counterproductive", "oppose", "111"], ["destabilizing", "oppose", "111"], ["destabilising", "oppose", "111"],
  ["not acceptable", "oppose", "111"], ["not helpful", "oppose", "110"], ["a positive step", "support", "051"],
  ["a step in the right direction", "support", "051"], ["welcome", "support", "051"], ["important", "support", "051"],
  ["necessary", "support", "051"], ["essential", "support", "051"],
];

// Irregular and consonant-doubling verb forms.
const IRREGULAR: Record<string, string[]> = {
  hold: ["held"], meet: ["met"], fight: ["fought"], seek: ["sought"], make: ["made"], send: ["sent"],
  commit: ["committed", "committing"], regret: ["regretted", "regretting"], plan: ["planned", "planning"],
  veto: ["vetoes", "vetoed", "vetoing"], rebut: ["rebutted"], abet: ["abetted"],
};

/** Inflected forms of a verb lemma ("oppose" → oppose, opposes, opposed, opposing). */
export function verbForms(lemma: string): string[] {
  const forms = new Set([lemma, ...(IRREGULAR[lemma] ?? [])]);
  if (/(s|sh|ch|x|z|o)$/.test(lemma)) forms.add(lemma + "es");
  else if (/[^aeiou]y$/.test(lemma)) forms.add(lemma.slice(0, -1) + "ies");
  else forms.add(lemma + "s");
  if (lemma.endsWith("e")) {
    forms.add(lemma + "d");
    forms.add(lemma.slice(0, -1) + "ing");
  } else if (/[^aeiou]y$/.test(lemma)) {
    forms.add(lemma.slice(0, -1) + "ied");
    forms.add(lemma + "ing");
  } else {
    if (!IRREGULAR[lemma]) forms.add(lemma + "ed");
    forms.add(lemma + "ing");
  }
  return [...forms];
}

/** A compiled cue: exact lower-case token sequence. */
export interface CompiledCue {
  tokens: string[];
  entry: CueEntry;
  /** The verb form is a past participle or -ed form (for passive detection). */
  participle: boolean;
}

let compiled: Map<string, CompiledCue[]> | null = null;

/** The lexicon indexed by first lower-case token, longest cue first. */
export function getCueIndex(): Map<string, CompiledCue[]> {
  if (compiled) return compiled;
  const index = new Map<string, CompiledCue[]>();
  const add = (tokens: string[], entry: CueEntry, participle = false) => {
    const list = index.get(tokens[0]) ?? [];
    if (list.some((c) => c.tokens.join(" ") === tokens.join(" "))) return;
    list.push({ tokens, entry, participle });
    index.set(tokens[0], list);
  };
  for (const [cue, polarity, cameo] of VERBS) {
    const [lemma, ...rest] = cue.split(" ");
    const entry: CueEntry = { words: cue.split(" "), kind: "verb", polarity, cameo, future: /^(plan|intend|seek|aim|prepare) to$/.test(cue) };
    for (const f of verbForms(lemma)) add([f, ...rest], entry, /(ed|en|t)$/.test(f) && f !== lemma);
  }
  for (const [cue, polarity, cameo] of NOUNS) {
    const entry: CueEntry = { words: [cue], kind: "noun", polarity, cameo };
    add([cue], entry);
    add([/(s|sh|ch|x)$/.test(cue) ? cue + "es" : /[^aeiou]y$/.test(cue) ? cue.slice(0, -1) + "ies" : cue + "s"], entry);
  }
  for (const [cue, polarity, cameo] of STATES) {
    add(cue.split(" "), { words: cue.split(" "), kind: "state", polarity, cameo, future: cue === "planning to" });
  }
  for (const [cue, polarity, cameo] of JUDGEMENTS) {
    add(cue.split(" "), { words: cue.split(" "), kind: "judgement", polarity, cameo });
  }
  for (const list of index.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  compiled = index;
  return index;
}

/** Number of cue entries in the lexicon (for the rule-count check of the test table). */
export const CUE_COUNTS = { verbs: VERBS.length, nouns: NOUNS.length, states: STATES.length, judgements: JUDGEMENTS.length };
