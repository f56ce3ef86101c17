/** The plain-English verb of a stance ("opposes", "is concerned about", "does not call for"), from its CAMEO code and polarity. */
import type { Stance } from "../analysis/types.ts";

/** A verb phrase in the third person ("calls for") and in the base form ("call for"), for negation and the future. */
type Verb = readonly [third: string, base: string];

/** Verbs by CAMEO code; the longest listed prefix of a code wins (e.g. "1631" → "163" → "16"). */
const BY_CODE: Record<string, Verb> = {
  "01": ["comments on", "comment on"],
  "011": ["declines to comment on", "decline to comment on"],
  "012": ["is concerned about", "be concerned about"],
  "013": ["is optimistic about", "be optimistic about"],
  "014": ["considers", "consider"],
  "015": ["claims responsibility for", "claim responsibility for"],
  "016": ["denies", "deny"],
  "018": ["expresses sympathy for", "express sympathy for"],
  "019": ["agrees with", "agree with"],
  "02": ["calls for", "call for"],
  "03": ["commits to", "commit to"],
  "036": ["intends to meet", "intend to meet"],
  "04": ["meets", "meet"],
  "040": ["consults on", "consult on"],
  "041": ["speaks by phone with", "speak by phone with"],
  "042": ["visits", "visit"],
  "043": ["hosts", "host"],
  "045": ["mediates", "mediate"],
  "046": ["negotiates", "negotiate"],
  "05": ["cooperates with", "cooperate with"],
  "051": ["supports", "support"],
  "052": ["defends", "defend"],
  "054": ["recognises", "recognise"],
  "055": ["apologises for", "apologise for"],
  "056": ["forgives", "forgive"],
  "057": ["signs an agreement on", "sign an agreement on"],
  "06": ["cooperates on", "cooperate on"],
  "07": ["provides aid to", "provide aid to"],
  "072": ["provides military aid to", "provide military aid to"],
  "073": ["provides humanitarian aid to", "provide humanitarian aid to"],
  "08": ["yields on", "yield on"],
  "084": ["releases", "release"],
  "085": ["eases sanctions on", "ease sanctions on"],
  "087": ["de-escalates", "de-escalate"],
  "09": ["investigates", "investigate"],
  "10": ["demands", "demand"],
  "11": ["disapproves of", "disapprove of"],
  "110": ["opposes", "oppose"],
  "111": ["criticises", "criticise"],
  "112": ["accuses", "accuse"],
  "114": ["complains about", "complain about"],
  "115": ["sues", "sue"],
  "12": ["rejects", "reject"],
  "129": ["vetoes", "veto"],
  "13": ["threatens", "threaten"],
  "138": ["threatens force against", "threaten force against"],
  "14": ["protests against", "protest against"],
  "15": ["shows force against", "show force against"],
  "16": ["reduces relations with", "reduce relations with"],
  "160": ["cuts ties with", "cut ties with"],
  "163": ["sanctions", "sanction"],
  "166": ["expels", "expel"],
  "17": ["coerces", "coerce"],
  "171": ["seizes", "seize"],
  "173": ["arrests", "arrest"],
  "174": ["expels", "expel"],
  "18": ["attacks", "attack"],
  "181": ["abducts", "abduct"],
  "19": ["attacks", "attack"],
  "194": ["fires on", "fire on"],
  "195": ["carries out air strikes on", "carry out air strikes on"],
  "20": ["uses mass violence against", "use mass violence against"],
};

/** Verbs by polarity, for a stance without a CAMEO code. */
const BY_POLARITY: Record<Stance["polarity"], Verb> = {
  support: ["supports", "support"],
  oppose: ["opposes", "oppose"],
  concern: ["is concerned about", "be concerned about"],
  neutral: ["comments on", "comment on"],
};

/**
 * Cue words that name a sharper verb than their CAMEO code: praise and welcome share 051 (endorse), a meeting and a
 * discussion share 040 (consult). Example matches: "welcomed", "hailed", "met", "urged".
 */
const BY_CUE: { code: string; cue: RegExp; verb: Verb }[] = [
  { code: "051", cue: /^welcom/i, verb: ["welcomes", "welcome"] },
  { code: "051", cue: /^(?:prais|hail|applaud|commend|laud)/i, verb: ["praises", "praise"] },
  { code: "040", cue: /^(?:met|meet)/i, verb: ["meets", "meet"] },
  { code: "020", cue: /^urg/i, verb: ["urges", "urge"] },
  { code: "130", cue: /^warn/i, verb: ["warns", "warn"] },
];

/** The verb listed for the longest prefix of `code`. */
function verbOfCode(code: string): Verb | undefined {
  for (let n = code.length; n >= 2; n--) {
    const v = BY_CODE[code.slice(0, n)];
    if (v) return v;
  }
  return undefined;
}

/** The parts of a stance the verb depends on. */
export type StanceVerbInput = Pick<Stance, "polarity" | "cameo" | "modality"> & { cue?: { text: string } };

/**
 * The verb phrase of a stance, in the third person present (plural for several holders): "opposes", "is concerned about", "welcomes"; negated
 * stances read "does not oppose" / "is not concerned about"; future ones "intends to" (for an intent to cooperate)
 * or "will oppose".
 */
export function stanceVerb(stance: StanceVerbInput, plural = false): string {
  const code = stance.cameo ?? "";
  const byCue = stance.cue ? BY_CUE.find((c) => code === c.code && c.cue.test(stance.cue!.text.trim())) : undefined;
  let [third, base] = byCue?.verb ?? verbOfCode(code) ?? BY_POLARITY[stance.polarity];
  if (stance.modality === "future") {
    if (code.startsWith("03")) [third, base] = ["intends to", "intend to"];
    else return `will ${base}`;
  }
  // Several holders ("South Korea and Russia"): "are concerned about", "oppose".
  const be = plural ? "are" : "is";
  if (plural) third = base.startsWith("be ") ? `are ${base.slice(3)}` : base;
  if (stance.modality === "negated") return third.startsWith(`${be} `) ? `${be} not ${third.slice(be.length + 1)}` : `${plural ? "do" : "does"} not ${base}`;
  return third;
}

/** The verb to show before `target`, without a preposition the target repeats ("consults on" before "on the sidelines…"). */
export function verbBefore(verb: string, target: string): string {
  const t = target.trim().toLowerCase();
  const last = verb.slice(verb.lastIndexOf(" ") + 1);
  // Example: "consults on" + "on the sidelines of the Munich Security Conference" → "consults".
  if (/^(?:on|about|for|with|to|of|against)$/.test(last) && t.startsWith(`${last} `)) return verb.slice(0, -last.length - 1);
  return verb;
}
