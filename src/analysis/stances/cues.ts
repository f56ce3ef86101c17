/** Compiles the cue lexicon (data/stance-cues.ts) into an index by first token, once per process. */
import type { Polarity } from "../types.ts";
import { CUE_GROUPS, type CueFlags, type CueKind } from "../data/stance-cues.ts";

export type { CueKind } from "../data/stance-cues.ts";

/** One entry of the lexicon after compilation. */
export interface CueEntry {
  /** Words of the cue as written in the lexicon (verbs: first word a lemma). */
  words: string[];
  kind: CueKind;
  polarity: Polarity;
  cameo: string;
  flags: CueFlags;
  /** Index of the group in CUE_GROUPS (the rule this cue belongs to). */
  group: number;
}

/** A compiled cue: exact lower-case token sequence; "…" is a gap of 1–5 tokens. */
export interface CompiledCue {
  tokens: string[];
  entry: CueEntry;
  /** The verb form is a past participle or -ed form (for passive detection). */
  participle: boolean;
}

/** The gap marker inside a cue ("engage … in a firefight"). */
export const GAP = "…";

// Irregular and consonant-doubling verb forms.
const IRREGULAR: Record<string, string[]> = {
  hold: ["held"], meet: ["met"], fight: ["fought"], seek: ["sought"], make: ["made"], send: ["sent"], take: ["took", "taken"],
  commit: ["committed", "committing"], regret: ["regretted", "regretting"], plan: ["planned", "planning"], give: ["gave", "given"],
  veto: ["vetoes", "vetoed", "vetoing"], rebut: ["rebutted"], abet: ["abetted"], sit: ["sat", "sitting"], speak: ["spoke", "spoken"],
  swear: ["swore", "sworn"], undertake: ["undertook", "undertaken"], set: ["setting"], cut: ["cutting"], put: ["putting"],
  break: ["broke", "broken"], leave: ["left"], fly: ["flew", "flown"], go: ["went", "gone"], stand: ["stood"], throw: ["threw", "thrown"],
  strike: ["struck", "striking"], hit: ["hitting"], shoot: ["shot"], wage: ["waged", "waging"], bar: ["barred", "barring"],
  lead: ["led"], deny: ["denies", "denied", "denying"], pay: ["paid"], bring: ["brought"], drop: ["dropped", "dropping"], ban: ["banned", "banning"],
  slam: ["slammed", "slamming"], stop: ["stopped", "stopping"], slap: ["slapped", "slapping"], sue: ["sued", "suing"], kidnap: ["kidnapped", "kidnapping"],
  lend: ["lent"], sell: ["sold"], win: ["won"], draw: ["drew", "drawn"], file: ["filed", "filing"], chide: ["chided"], begin: ["began", "begun"],
  prefer: ["preferred"], refer: ["referred"], rebuff: ["rebuffed"], want: ["wanted"], shell: ["shelled", "shelling"], expel: ["expelled", "expelling"],
  control: ["controlled"], withdraw: ["withdrew", "withdrawn"], blow: ["blew", "blown"], patrol: ["patrolled"], travel: ["traveled", "travelled", "traveling", "travelling"], cancel: ["canceled", "cancelled"],
};

/** Inflected forms of a verb lemma ("oppose" → oppose, opposes, opposed, opposing). */
export function verbForms(lemma: string): string[] {
  const forms = new Set([lemma, ...(IRREGULAR[lemma] ?? [])]);
  if (IRREGULAR[lemma]?.some((f) => f.endsWith("ed") && f !== lemma + "ed")) {
    // Doubling verbs list their -ed and -ing forms.
    if (!/(s|sh|ch|x|z)$/.test(lemma)) forms.add(lemma + "s");
    return [...forms];
  }
  if (/(s|sh|ch|x|z|o)$/.test(lemma)) forms.add(lemma + "es");
  else if (/[^aeiou]y$/.test(lemma)) forms.add(lemma.slice(0, -1) + "ies");
  else forms.add(lemma + "s");
  if (lemma.endsWith("ee")) {
    forms.add(lemma + "d");
    forms.add(lemma + "ing");
  } else if (lemma.endsWith("e")) {
    forms.add(lemma + "d");
    forms.add(lemma.slice(0, -1) + "ing");
  } else if (/[^aeiou]y$/.test(lemma)) {
    forms.add(lemma.slice(0, -1) + "ied");
    forms.add(lemma + "ing");
  } else {
    if (!IRREGULAR[lemma]?.some((f) => !f.endsWith("ing"))) forms.add(lemma + "ed");
    forms.add(lemma + "ing");
  }
  return [...forms];
}

/** Plural of a noun cue's last word ("threat" → "threats"); words already ending in "s" stay. */
function plural(word: string): string {
  if (word.endsWith("s")) return word;
  if (/(sh|ch|x|z)$/.test(word)) return word + "es";
  if (/[^aeiou]y$/.test(word)) return word.slice(0, -1) + "ies";
  return word + "s";
}

let compiled: Map<string, CompiledCue[]> | null = null;

/** The lexicon indexed by first lower-case token, longest cue first. */
export function getCueIndex(): Map<string, CompiledCue[]> {
  if (compiled) return compiled;
  const index = new Map<string, CompiledCue[]>();
  const add = (tokens: string[], entry: CueEntry, participle = false) => {
    const list = index.get(tokens[0]) ?? [];
    // The first group that lists a phrase with the same kind owns it.
    if (list.some((c) => c.tokens.join(" ") === tokens.join(" ") && c.entry.kind === entry.kind)) return;
    list.push({ tokens, entry, participle });
    index.set(tokens[0], list);
  };
  CUE_GROUPS.forEach((g, group) => {
    for (const cue of g.cues) {
      const words = cue.split(" ");
      const entry: CueEntry = { words, kind: g.kind, polarity: g.polarity, cameo: g.cameo, flags: g.flags ?? {}, group };
      if (g.kind === "verb") {
        const [lemma, ...rest] = words;
        for (const f of verbForms(lemma)) add([f, ...rest], entry, f !== lemma && /(ed|en|t|wn|ld|ht|ne)$/.test(f));
      } else if (g.kind === "noun") {
        add(words, entry);
        const pl = [...words.slice(0, -1), plural(words[words.length - 1])];
        if (pl.join(" ") !== cue) add(pl, entry);
      } else add(words, entry);
    }
  });
  for (const list of index.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  compiled = index;
  return index;
}

/** Number of rule types (cue groups) and cue phrases in the lexicon, for the test-table size check. */
export function cueCounts(): { groups: number; cues: number } {
  return { groups: CUE_GROUPS.length, cues: CUE_GROUPS.reduce((n, g) => n + g.cues.length, 0) };
}
