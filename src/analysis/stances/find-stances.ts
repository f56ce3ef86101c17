/** Cues → stance records: holder, polarity, target, CAMEO code, evidence, attribution and modality. */
import type { Stance, Modality, Span } from "../types.ts";
import type { Token } from "../text/tokenize.ts";
import type { Sentence } from "../text/sentences.ts";
import type { ActorResult } from "../entities/find-actors.ts";
import { getCueIndex, GAP, type CompiledCue, type CueEntry } from "./cues.ts";
import { cameoInfo, quadClass } from "./cameo.ts";
import { findParticipants, type Participant } from "./participants.ts";
import { SPEECH_VERBS } from "../data/stance-cues.ts";
import { getGazetteer } from "../entities/gazetteer.ts";

const DETERMINERS = new Set(["the", "a", "an", "its", "his", "her", "their", "our", "'s", "’s", "this", "that", "these", "those", "no"]);
const LIGHT_VERBS = new Set([
  "express", "expressed", "expresses", "expressing", "voice", "voiced", "voices", "voicing", "reaffirm", "reaffirmed",
  "reaffirms", "reiterate", "reiterated", "reiterates", "state", "stated", "show", "showed", "shown", "register",
  "registered", "convey", "conveyed", "stress", "stressed", "underline", "underlined", "signal", "signaled",
  "signalled", "renew", "renewed", "raise", "raised", "raises", "lodge", "lodged", "issue", "issued", "have", "has",
  "had", "made", "make", "makes", "repeated", "emphasized", "emphasised", "declared", "pledged", "offered", "voicing",
  "paid", "pay", "pays", "held", "hold", "holds", "staged", "stage", "stages", "launched", "launch", "conducted", "filed", "announced",
  "leveled", "levelled", "delivered", "sent", "provided", "extended", "imposed", "received",
]);
const INTENSIFIERS = new Set([
  "strong", "strongest", "deep", "deepest", "serious", "grave", "great", "growing", "firm", "full", "continued",
  "unwavering", "staunch", "strict", "vehement", "fierce", "repeated", "renewed", "increasing", "mounting", "sharp",
  "concerted", "own", "total", "clear", "firm", "steadfast", "broad", "outright", "official", "formal",
  "further", "more", "additional", "new", "fresh", "stern", "dramatic", "massive", "rare", "surprise",
]);
const AUX_ADV = new Set([
  "have", "has", "had", "also", "again", "repeatedly", "strongly", "firmly", "publicly", "openly", "once", "further",
  "will", "would", "could", "may", "might", "must", "should", "can", "did", "does", "do", "not", "n't", "never",
  "reportedly", "allegedly", "apparently", "previously", "earlier", "already", "jointly", "both", "all", "then",
  "is", "are", "was", "were", "be", "been", "being", "to", "unanimously", "quickly", "immediately", "swiftly",
]);
const BE = new Set(["is", "are", "was", "were", "be", "been", "being", "'s", "remain", "remains", "remained", "seemed", "seems"]);
const SPEECH = new Set([...SPEECH_VERBS, "demonstrates", "showed", "shows"]);
const BLOCKING_PREP = new Set([
  "in", "at", "on", "by", "from", "with", "to", "for", "over", "against", "during", "about", "into", "toward",
  "towards", "near", "between", "among", "under", "after", "before", "through", "across", "around", "since",
]);
const GROUP_HEADS = new Set([
  "diplomats", "leaders", "officials", "ministers", "envoys", "representatives", "delegations", "governments",
  "delegates", "heads", "presidents", "members", "troops", "forces", "authorities", "negotiators", "militaries",
]);
const NEGATORS = new Set(["not", "n't", "never", "no", "neither", "nor", "without"]);
const HEDGES = new Set(["reportedly", "allegedly", "apparently", "purportedly", "supposedly", "possibly", "perhaps"]);
const FUTURE = new Set(["will", "would", "shall", "'ll"]);
const INTRO_WORDS = new Set([
  "during", "in", "on", "at", "after", "before", "meanwhile", "however", "earlier", "later", "separately", "also",
  "speaking", "as", "while", "following", "amid", "since", "despite", "for", "last", "this", "on", "according", "ahead",
]);
const TOPIC_INTRO = ["as for", "regarding", "concerning", "with regard to", "on the issue of", "as to"];
const PRONOUN_POSSESSORS = new Set(["its", "their", "his", "her"]);

interface Ctx {
  text: string;
  tokens: Token[];
  lw: string[];
  owner: string[];
  actorType: Map<string, string>;
}

/** Lower-case token texts; a token with no upper-case letter is reused as is (most of a text: no new strings). */
function lowerTokens(tokens: Token[]): string[] {
  const out = new Array<string>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i].text;
    let upper = false;
    for (let k = 0; k < t.length; k++) {
      const c = t.charCodeAt(k);
      if ((c >= 65 && c <= 90) || c > 127) {
        upper = true;
        break;
      }
    }
    out[i] = upper ? t.toLowerCase() : t;
  }
  return out;
}

/** Actors of a coordinated group starting at token i: "South Korea and the U.S.", "Russia, along with China,". */
function groupAt(ctx: Ctx, i: number, limit: number): { ids: string[]; end: number } {
  const ids: string[] = [];
  let k = personAhead(ctx, i, limit);
  while (k < limit) {
    const id = ctx.owner[k];
    if (!id) break;
    if (!ids.includes(id)) ids.push(id);
    while (k < limit && ctx.owner[k] === id) k++;
    // Possessive "'s" ends a group ("Russia's opposition").
    let q = k;
    const w = ctx.lw[q];
    if (w === "and" || w === "," || w === "&") q++;
    else if (w === "along" && ctx.lw[q + 1] === "with") q += 2;
    else if (w === "together" && ctx.lw[q + 1] === "with") q += 2;
    else if (w === "as" && ctx.lw[q + 1] === "well" && ctx.lw[q + 2] === "as") q += 3;
    else break;
    if (ctx.lw[q] === "," || ctx.lw[q] === "along" || ctx.lw[q] === "and") {
      if (ctx.lw[q] === "along" && ctx.lw[q + 1] === "with") q += 2;
      else if (ctx.lw[q] === "and") q++;
      else q++;
    }
    if (ctx.lw[q] === "the") q++;
    q = personAhead(ctx, q, limit);
    if (!ctx.owner[q] || q >= limit) break;
    k = q;
  }
  return { ids, end: k };
}

/**
 * A person named after a country word and a title or role noun stands for the whole phrase:
 * "South Korean Foreign Minister Yun Byung-se", "his Russian counterpart Sergey Lavrov". Returns where the person starts, or i.
 */
function personAhead(ctx: Ctx, i: number, limit: number): number {
  let k = i;
  if (PRONOUN_POSSESSORS.has(ctx.lw[k])) k++;
  const c = ctx.owner[k];
  if (c && ctx.actorType.get(c) === "country") {
    while (k < limit && ctx.owner[k] === c) k++;
    // "Iran's foreign minister Abbas Araghchi": a possessive country before the title.
    if (ctx.lw[k] === "'s" || ctx.lw[k] === "’s") k++;
  } else if (k === i) return i;
  const from = k;
  while (k < limit && k - from < 4 && !ctx.owner[k] && /^[\p{L}.-]+$/u.test(ctx.tokens[k].text) && !BLOCKING_PREP.has(ctx.lw[k]) && ctx.lw[k] !== "and") k++;
  if (k > from && k < limit && ctx.owner[k] && ctx.actorType.get(ctx.owner[k]) === "person") return k;
  return i;
}

/** The subject group of a clause [from, to): the first actor group not inside a prepositional phrase. */
function subjectIn(ctx: Ctx, from: number, to: number): string[] {
  for (let i = from; i < to; i++) {
    if (!ctx.owner[i]) continue;
    const prev = ctx.lw[i - 1] === "the" ? ctx.lw[i - 2] : ctx.lw[i - 1];
    let blocked = i > from && prev !== undefined && BLOCKING_PREP.has(prev);
    // "Top diplomats of South Korea and Russia": an "of" after a people noun keeps the subject.
    if (prev === "of") {
      const head = ctx.lw[ctx.lw[i - 1] === "the" ? i - 3 : i - 2];
      blocked = !GROUP_HEADS.has(head);
    }
    const g = groupAt(ctx, i, to);
    // A demonym before a common noun that names no one ("The Israeli election results suggest …") modifies a subject
    // that is no actor: there is no holder here, rather than the country.
    if (!blocked && g.end < to && /^\p{Ll}/u.test(ctx.tokens[g.end].text) && !GROUP_HEADS.has(ctx.lw[g.end]) && !TITLE_LIKE.has(ctx.lw[g.end])) {
      let allDemonyms = true;
      for (let q = i; q < g.end; q++) if (ctx.owner[q] && !getGazetteer().demonyms.has(ctx.lw[q])) allDemonyms = false;
      if (allDemonyms) return [];
    }
    // A possessive in subject position is the subject's owner ("Russia's envoy said"): still the holder's side.
    if (!blocked) return g.ids;
    i = g.end - 1;
  }
  return [];
}

// Lower-case words that continue a title after a demonym ("Chinese foreign minister Wang Yi").
// Lower-case words after a demonym that still name an agent ("Somali militant group", "Chinese foreign minister").
const TITLE_LIKE = new Set([
  "foreign", "defense", "defence", "prime", "president", "minister", "ambassador", "envoy", "leader", "officials",
  "official", "government", "authorities", "army", "military", "navy", "police", "state", "counterpart", "delegation",
  "side", "militant", "militants", "group", "rebel", "rebels", "armed", "security", "special", "opposition", "national",
  "news", "media", "ruling", "governing", "coalition", "parliament", "lawmakers", "soldiers", "troops", "forces",
  "diplomats", "team", "warplanes", "jets", "air", "border", "coast", "interior", "intelligence", "embassy", "consulate",
  "company", "firm", "bank", "navy", "president-elect", "junta", "regime", "separatists", "fighters", "negotiators",
  "students", "activists", "protesters", "demonstrators", "workers", "police", "court", "judge", "prosecutors", "agency",
]);

/** Token index where the clause holding token `at` begins (after "said that", "as saying", ";"). */
function clauseStart(ctx: Ctx, s: Sentence, at: number): number {
  for (let i = at - 1; i > s.tokenStart; i--) {
    const w = ctx.lw[i];
    if (w === ";" || w === ":") return i + 1;
    if (w === "that" && i - 1 >= s.tokenStart) {
      for (let q = i - 1; q >= Math.max(s.tokenStart, i - 3); q--) if (SPEECH.has(ctx.lw[q])) return i + 1;
      // A second reported clause: "They said that X …, but that better relations could help …".
      if (ctx.lw[i - 1] === "but" || (ctx.lw[i - 1] === "and" && ctx.lw[i - 2] === ",")) return i + 1;
    }
    if (SPEECH.has(w) && ctx.lw[i + 1] !== "that" && i > s.tokenStart && i + 1 < at && ctx.lw[i + 1] !== ",") {
      // "Lavrov said the move …" without "that": the clause starts after the speech verb.
      if (ctx.owner[i - 1] || ctx.lw[i - 1] === "also") return i + 1;
    }
    if (w === "saying" && ctx.lw[i - 1] === "as") return i + 1;
  }
  return s.tokenStart;
}

/** Skips an introductory phrase ("During the meeting,", "In their seventh meeting,") at a sentence start. */
function afterIntro(ctx: Ctx, s: Sentence): number {
  const first = ctx.lw[s.tokenStart];
  if (!INTRO_WORDS.has(first)) return s.tokenStart;
  for (let i = s.tokenStart; i < Math.min(s.tokenEnd, s.tokenStart + 25); i++) if (ctx.lw[i] === ",") return i + 1;
  return s.tokenStart;
}

/** Who reports a sentence: ", the ministry said", "according to officials", "a source … quoted X as saying". */
function reporterOf(ctx: Ctx, s: Sentence, holder: string[], clauseFrom: number): string | undefined {
  const { lw, tokens, text } = ctx;
  const spanText = (a: number, b: number) => text.slice(tokens[a].start, tokens[b - 1].end);
  // "according to X"
  for (let i = s.tokenStart; i < s.tokenEnd - 2; i++) {
    if (lw[i] === "according" && lw[i + 1] === "to") {
      let e = i + 2;
      while (e < s.tokenEnd && ![",", ".", ";"].includes(lw[e])) e++;
      return spanText(i + 2, e);
    }
  }
  // ", the ministry said." at the end
  const endIdx = lw[s.tokenEnd - 1] === "." ? s.tokenEnd - 1 : s.tokenEnd;
  if (endIdx - 1 > s.tokenStart && SPEECH.has(lw[endIdx - 1])) {
    let b = endIdx - 2;
    while (b > s.tokenStart && lw[b] !== ",") b--;
    if (lw[b] === "," && b + 1 < endIdx - 1) {
      const who = ctx.owner.slice(b + 1, endIdx - 1).filter(Boolean);
      if (!who.some((w) => holder.includes(w))) return spanText(b + 1, endIdx - 1);
    }
  }
  // "X said (that) …" / "X quoted Y as saying …" before the holder's clause
  if (clauseFrom > s.tokenStart) {
    for (let i = s.tokenStart; i < clauseFrom; i++) {
      if (SPEECH.has(lw[i]) || lw[i] === "quoted") {
        let a = afterIntro(ctx, s);
        if (a >= i) a = s.tokenStart;
        const who = ctx.owner.slice(a, i).filter(Boolean);
        if (i > a && !who.some((w) => holder.includes(w))) {
          let e = i;
          while (e > a && (lw[e - 1] === "earlier" || lw[e - 1] === "also" || lw[e - 1] === "later")) e--;
          return spanText(a, e);
        }
        break;
      }
    }
  }
  return undefined;
}

/** A stance with the CAMEO actor codes of its holder and target, for event-data output and evaluation. */
export interface StanceEvent {
  stance: Stance;
  /** CAMEO actor codes of the holder side, one per holder participant ("USAGOV", "SYRREB", "IGOUNO"). */
  sourceCodes: string[];
  /** CAMEO actor codes of the target side; ["---"] when the target names no actor. */
  targetCodes: string[];
  /** Pairs coded between the members of a compound holder ("the US and Russia met"): [source, target] codes. */
  pairs: [string, string][];
  /** False for stances that are not events (negated acts: "did not oppose"). */
  event: boolean;
  /** An event implied by another (a host's guest visits), for event data only: not a stance record of its own. */
  derived?: boolean;
  /** A possible or required act ("could attack", "should withdraw"): not the holder's position, not an event. */
  speculative?: boolean;
}

// Nouns that make a cue word before them a modifier: "press secretary", "aid workers", "protest movement".
const COMPOUND_HEADS = new Set([
  "secretary", "secretaries", "spokesman", "spokeswoman", "spokesperson", "conference", "conferences", "release",
  "releases", "office", "officer", "officers", "corps", "briefing", "agency", "agencies", "group", "groups", "workers",
  "worker", "organization", "organizations", "organisation", "organisations", "convoy", "convoys", "package",
  "packages", "movement", "movements", "leader", "leaders", "staff", "helicopter", "helicopters", "submarine",
  "submarines", "dog", "dogs", "freedom", "card", "cards", "room", "rooms", "line", "lines",
]);

const APPEAL_ROOTS = new Set(["02", "10"]);
const DOC_NOUNS = new Set(["report", "statement", "communique", "communiqué", "letter", "study", "document", "dossier", "resolution", "declaration", "note", "memo", "investigation", "probe", "inquiry"]);
const CLAUSE_BREAK = new Set([";", ":", "but", "while", "whereas", "although", "though", "because", "since", "when", "after", "before", "who", "which", "where"]);
const MODIFIER_NOUNS = new Set(["tank", "air", "artillery", "missile", "rocket", "mortar", "drone", "naval", "military", "ground", "aerial", "cross-border", "deadly", "fresh", "new", "latest", "overnight", "heavy", "suicide", "car", "joint", "surprise", "official", "state", "two-day", "three-day", "first", "second"]);
const PLACE_PREPS = new Set(["in", "at", "to", "from", "into", "near", "inside", "over", "on"]);
// Verbs of receiving: the giver after "from" holds the noun's act ("faces pressure from Congress", "received weapons from").
const INVERSE_LIGHT = new Set(["face", "faces", "faced", "facing", "receive", "receives", "received", "receiving", "get", "gets", "got", "draw", "draws", "drew", "drawn", "enjoy", "enjoys", "enjoyed", "win", "wins", "won", "under"]);
// Verbs of giving that make an aid noun an act ("provided aid", "offering further military support").
const GIVE_VERBS = new Set(["provide", "provides", "provided", "providing", "offer", "offers", "offered", "offering", "send", "sends", "sent", "sending", "deliver", "delivers", "delivered", "delivering", "supply", "supplies", "supplied", "supplying", "give", "gives", "gave", "given", "giving", "pledge", "pledged", "pledges", "promise", "promised", "grant", "granted", "extend", "extended", "extending", "ship", "shipped"]);
const RELATIVE = new Set(["that", "which", "who"]);
const SUBORDINATORS = new Set(["after", "before", "when", "while", "as", "because", "since", "although", "though", "whereas", "until", "once"]);
// Cues whose object is an act: that act is part of the target, not a separate event ("claimed responsibility for the attack").
const ACT_OBJECT = new Set(["015", "016", "112"]);
const PERSONAL = new Set(["it", "they", "we", "he", "she"]);

/** The code an intended act gets: intent to cooperate (03x) for cooperative acts, a threat (13x) for conflict. */
function intendedCode(code: string): string {
  const root = code.slice(0, 2);
  if (root === "06") return "031";
  if (root === "07") return "033";
  if (root === "08") return "035";
  if (root === "04") return "036";
  if (root === "05") return "032";
  if (["18", "19", "20"].includes(root)) return "138";
  if (["14", "15", "16", "17"].includes(root)) return "130";
  return code;
}

/** The code of a refused or ruled-out act: rejection (12x). */
function rejectedCode(code: string): string {
  const root = code.slice(0, 2);
  if (root === "06" || root === "07") return "121";
  if (root === "08") return "124";
  if (root === "04") return "125";
  return "120";
}

/** Events and stances with CAMEO actor codes: the full output of the stance stage, before records drop their codes. */
export function findEvents(text: string, tokens: Token[], sentences: Sentence[], actors: ActorResult): StanceEvent[] {
  const index = getCueIndex();
  const lw = lowerTokens(tokens);
  const actorType = new Map(actors.actors.map((a) => [a.id, a.type]));
  const { owner, parts } = findParticipants(text, tokens, sentences, actors, lw);
  const ctx: Ctx = { text, tokens, lw, owner, actorType };
  const out: StanceEvent[] = [];
  const span = (a: number, b: number): Span => ({ start: tokens[a].start, end: tokens[b - 1].end, text: text.slice(tokens[a].start, tokens[b - 1].end) });
  const partOf = (key: string): Participant | undefined => parts.get(key);
  let lastReporter: string | undefined;

  for (const s of sentences) {
    // 1. Cues of this sentence, longest first, no overlaps.
    const found: { at: number; end: number; cue: CompiledCue; gap?: [number, number] }[] = [];
    let proseCase: boolean | undefined;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const list = index.get(lw[i]);
      if (!list) continue;
      // In running prose a capitalised cue word inside the sentence belongs to a name or slogan ("Free Tibet banners",
      // "Operation Protective Edge"); title-case headlines ("Russia Condemns US Strikes") keep their cues.
      if (i > s.tokenStart && /^\p{Lu}/u.test(tokens[i].text) && lw[i - 1] !== ":" && (proseCase ??= isProse(tokens, s))) continue;
      let chosen: { cue: CompiledCue; end: number; gap?: [number, number] } | null = null;
      for (const c of list) {
        let k = i + 1;
        let gap: [number, number] | undefined;
        let ok = true;
        for (let q = 1; ok && q < c.tokens.length; q++) {
          if (c.tokens[q] === GAP) {
            // "engage … in a firefight": the gap (1–5 tokens) ends where the next cue word is found.
            const next = c.tokens[q + 1];
            let g = k + 1;
            while (g < s.tokenEnd && g - k <= 5 && lw[g] !== next) g++;
            if (lw[g] !== next) ok = false;
            else {
              gap = [k, g];
              k = g;
            }
            continue;
          }
          if (k >= s.tokenEnd || lw[k] !== c.tokens[q]) ok = false;
          else k++;
        }
        if (!ok) continue;
        const kind = c.entry.kind;
        const prev = lw[i - 1];
        // A word that names a participant is not a cue ("government forces").
        if (owner[i]) continue;
        // A bare noun cue after a preposition is a circumstance, not an act: "would not negotiate under pressure".
        if (kind === "noun" && prev !== undefined && prev !== "to" && BLOCKING_PREP.has(prev) && !(prev === "in" && (lw[i + 1] === "of" || lw[i + 1] === "against"))) continue;
        // A cue word that modifies the noun after it is part of a name of a thing: "press secretary", "aid workers".
        if ((kind === "verb" || kind === "noun") && c.tokens.length === 1 && COMPOUND_HEADS.has(lw[i + 1] ?? "")) continue;
        if (kind === "verb") {
          // A verb right after another cue verb is that verb's object: "hailed signs of hope", "rejected calls for talks".
          const last = found[found.length - 1];
          if (
            last && last.end === i && last.cue.entry.kind === "verb" && !last.cue.entry.flags.intent && !last.cue.entry.flags.decide &&
            !["to", "on", "for", "with", "against", "at", "from"].includes(last.cue.tokens[last.cue.tokens.length - 1])
          ) continue;
          // "demonstrated a willingness": with a direct object the verb means "show", not the act.
          if (c.entry.flags.intransitive && c.tokens.length === 1 && ["a", "an", "the", "its", "their", "his", "her", "our", "this", "that"].includes(lw[i + 1] ?? "")) continue;
          // After a preposition a bare verb form is a noun: "access for aid groups", "a call for support".
          if (prev !== undefined && prev !== "to" && BLOCKING_PREP.has(prev) && !c.tokens[0].endsWith("ing")) continue;
          // "-ing" forms act only in the progressive or after an intention ("is attacking", "to avoid"); else they modify.
          if (c.tokens[0].endsWith("ing") && c.tokens[0] !== c.entry.words[0] && !BE.has(prev) && prev !== "to" && !(AUX_ADV.has(prev) && BE.has(lw[i - 2]))) continue;
          // A noun modifier before the word makes it a noun: "mortar bomb", "museum shooting".
          if ((MODIFIER_NOUNS.has(prev) || ["such", "latest", "last", "recent", "any", "every", "each", "another"].includes(prev)) && ["14", "15", "17", "18", "19", "20"].includes(c.entry.cameo.slice(0, 2)) && !BE.has(lw[i - 2])) continue;
          // After a verb of receiving it is a noun: "faces pressure from".
          if (INVERSE_LIGHT.has(prev)) continue;
        }
        const prevIsNounContext = prev !== undefined && (DETERMINERS.has(prev) || INTENSIFIERS.has(prev) || LIGHT_VERBS.has(prev) || INVERSE_LIGHT.has(prev) || !!owner[i - 1]);
        if (kind === "noun" && owner[i - 1] && !["18", "19", "20", "14", "16"].includes(c.entry.cameo.slice(0, 2)) && list.some((o) => o.entry.kind === "verb" && o.tokens.length === 1)) continue;
        if (kind === "noun" && c.entry.cameo.startsWith("07") && !GIVE_VERBS.has(prev) && !GIVE_VERBS.has(lw[i - 2]) && !GIVE_VERBS.has(lw[i - 3]) && !INVERSE_LIGHT.has(prev) && !INVERSE_LIGHT.has(lw[i - 2])) continue;
        if (kind === "noun" && !prevIsNounContext && !nominalPassive(lw, owner, k, s.tokenEnd)) {
          // Attack nouns take modifiers: "Israeli tank shelling", "fresh air strikes".
          const attack = ["18", "19", "20"].includes(c.entry.cameo.slice(0, 2)) || c.entry.cameo === "141" || c.entry.cameo === "163";
          if (!(attack && prev !== undefined && (MODIFIER_NOUNS.has(prev) || owner[i - 2] || DETERMINERS.has(lw[i - 2] ?? "")))) continue;
        }
        if (kind === "verb" && prevIsNounContext && DETERMINERS.has(prev)) continue;
        if ((kind === "state" || kind === "judgement") && !BE.has(prev) && !(prev === "not" && BE.has(lw[i - 2])) && !(c.entry.words[0] === "deeply")) {
          // "X is concerned", "the move is not desirable": adjectives need a form of "be" before them.
          if (!(kind === "state" && (prev === "deeply" || prev === "very" || prev === "gravely" || prev === "also" || prev === "stand" || prev === "stands" || prev === "stood") && (BE.has(lw[i - 2]) || owner[i - 2] || prev.startsWith("stand")))) continue;
        }
        // "wants Y to …": an appeal only when an actor and "to" follow.
        if (c.entry.flags.appeal) {
          let q = k;
          if (lw[q] === "the") q++;
          if (!owner[q]) continue;
          const g = groupAt(ctx, q, s.tokenEnd);
          if (lw[g.end] !== "to") continue;
        }
        chosen = { cue: c, end: k, gap };
        break;
      }
      if (!chosen) continue;
      found.push({ at: i, end: chosen.end, cue: chosen.cue, gap: chosen.gap });
      i = chosen.end - 1;
    }
    if (!found.length) continue;

    const reporterCache = new Map<number, string | undefined>();
    let prevInSentence: { stance: Stance; end: number; cs: number } | null = null;
    // Cues inside the request of an appeal ("urged Seoul to halt the drills") are part of its target, not acts.
    let suppressUntil = -1;
    // An intention frame handed to the next cue: "pledged to expel", "wants to attack", "refused to lift".
    let frame: { entry: CueEntry; at: number } | null = null;
    const seen = new Set<string>();
    const isComplement = (f: number) => f > 0 && found[f].cue.entry.kind === "verb" && lw[found[f].at - 1] === "to";
    for (let f = 0; f < found.length; f++) {
      const { at, end, cue } = found[f];
      const e = cue.entry;
      if (at < suppressUntil) continue;
      // Intention and decision cues hand over to a cue verb that follows within two tokens ("vowed to retaliate").
      if ((e.flags.intent || e.flags.decide) && f + 1 < found.length) {
        const nx = found[f + 1];
        let q = end;
        while (q < nx.at && (lw[q] === "to" || lw[q] === "be" || lw[q] === "have" || AUX_ADV.has(lw[q]) || lw[q] === "further")) q++;
        if (q === nx.at && nx.cue.entry.kind === "verb" && !nx.cue.entry.flags.intent && nx.at - end <= 3) {
          frame = { entry: e, at };
          continue;
        }
      }
      // A schedule word with no known act after it says nothing about what is scheduled ("is scheduled to give a speech").
      if (e.flags.intent === "schedule") continue;
      const framed = frame && frame.at < at ? frame : null;
      frame = null;
      // An infinitive after another cue is that cue's complement ("opposition to the move … to deploy"), not a new act.
      if (!framed && isComplement(f)) continue;
      // The cue span grows left over a light verb and its determiners: "expressed concerns", "voiced his opposition".
      let cueStart = framed ? framed.at : at;
      let possessor: string[] = [];
      let inverse = false;
      if (e.kind === "noun") {
        let p = at - 1;
        while (p >= s.tokenStart && at - p <= 3 && !INVERSE_LIGHT.has(lw[p]) && (INTENSIFIERS.has(lw[p]) || MODIFIER_NOUNS.has(lw[p]) || DETERMINERS.has(lw[p]) || lw[p] === "further" || lw[p] === "more")) p--;
        if (INVERSE_LIGHT.has(lw[p])) {
          let q = end;
          while (q < s.tokenEnd && q - end <= 3 && lw[q] !== "from") q++;
          inverse = lw[q] === "from";
        }
      }
      if (e.kind === "noun" && !framed) {
        let p = at - 1;
        while (p >= s.tokenStart && (INTENSIFIERS.has(lw[p]) || MODIFIER_NOUNS.has(lw[p]) || lw[p] === "the" || lw[p] === "a" || lw[p] === "an")) p--;
        if (p >= s.tokenStart && (lw[p] === "'s" || lw[p] === "’s") && owner[p - 1]) {
          possessor = [owner[p - 1]];
          p--;
          while (p >= s.tokenStart && owner[p] === possessor[0]) p--;
        } else if (p >= s.tokenStart && PRONOUN_POSSESSORS.has(lw[p])) {
          if (owner[p]) possessor = [owner[p]];
          else if ((lw[p] === "its" || lw[p] === "their") && prevInSentence && ["and", ","].includes(lw[p - 1])) possessor = prevInSentence.stance.holder;
          p--;
        } else if (p >= s.tokenStart && owner[p] && p === at - 1 - countMods(lw, p + 1, at)) {
          // A demonym or country modifier holds an attack noun: "Israeli tank shelling", "U.S. air strikes".
          const g = owner[p];
          const part = partOf(g);
          if (part && ["18", "19", "20", "14", "16"].some((r) => e.cameo.startsWith(r))) {
            possessor = [g];
            while (p >= s.tokenStart && owner[p] === g) p--;
          }
        }
        if (!possessor.length && lw[end] === "by" && owner[end + 1 + (lw[end + 1] === "the" ? 1 : 0)] && !inverse) {
          // "an air strike by government forces"
          possessor = groupAt(ctx, end + 1 + (lw[end + 1] === "the" ? 1 : 0), s.tokenEnd).ids;
        }
        if (p >= s.tokenStart && LIGHT_VERBS.has(lw[p])) cueStart = p;
        else if (p >= s.tokenStart && INVERSE_LIGHT.has(lw[p])) cueStart = p;
        else if (!possessor.length && p >= s.tokenStart && !LIGHT_VERBS.has(lw[p]) && !inverse && !nominalPassive(lw, owner, end, s.tokenEnd)) {
          // A bare noun ("the opposition", "concerns remain") without light verb or possessor is not a stance of anyone here.
          if (!(lw[p] === "and" && prevInSentence)) continue;
        }
      }
      // 2. Holder.
      let holder: string[] = possessor;
      let target: [number, number] | null = null;
      const cs = clauseStart(ctx, s, cueStart);
      // Inverse frames: "faces pressure from Congress", "received assurances from the government".
      if (inverse) {
        let q = end;
        while (q < s.tokenEnd && q - end <= 3 && lw[q] !== "from" && lw[q] !== "by") q++;
        if (lw[q] !== "from" && lw[q] !== "by") continue;
        q++;
        if (lw[q] === "the") q++;
        if (!owner[q]) continue;
        const g = groupAt(ctx, q, s.tokenEnd);
        holder = g.ids;
        const subj = subjectSpan(ctx, s, cs, cueStart);
        if (!subj) continue;
        target = subj;
      }
      // A noun subject of a passive names its holder after "by": "Evidence against Russia was presented by the US".
      if (!holder.length && e.kind === "noun") {
        const np = nominalPassive(lw, owner, end, s.tokenEnd);
        if (np) {
          holder = groupAt(ctx, np.by, s.tokenEnd).ids;
          target = [end, np.be];
        }
      }
      // Passive: "the plan was opposed by Russia", "were released yesterday by Putin", "a mortar was fired at it from Gaza".
      const reduced = e.kind === "verb" && cue.participle && !framed && reducedRelative(lw, owner, tokens, at, cs, s.tokenEnd);
      const bare = e.kind === "verb" && cue.participle && !framed && !!e.flags.transitive && cue.tokens.length === 1 && lacksObject(lw, at, end, s);
      // "[…] and criticized by the Obama administration": a participle with a "by" agent is passive, auxiliary or not.
      const byAgent = e.kind === "verb" && cue.participle && lw[end] === "by" && !!owner[end + 1 + (lw[end + 1] === "the" ? 1 : 0)];
      const passive = e.kind === "verb" && cue.participle && !framed && (reduced || bare || byAgent || isPassive(lw, at, s.tokenStart));
      if (!holder.length && passive) {
        let q = end;
        while (q < s.tokenEnd && q - end <= 3 && lw[q] !== "by" && !CLAUSE_BREAK.has(lw[q]) && lw[q] !== ",") q++;
        if (lw[q] === "by") {
          const h = q + 1 + (lw[q + 1] === "the" || lw[q + 1] === "a" || lw[q + 1] === "an" ? 1 : 0);
          const g = owner[h] ? groupAt(ctx, h, s.tokenEnd) : null;
          // "by the Malaysia Airlines flight": a country word inside a longer name is not the agent.
          if (g && !(g.end < s.tokenEnd && /^\p{Lu}/u.test(tokens[g.end].text) && !owner[g.end])) holder = g.ids;
        } else if (e.flags.place && ["18", "19", "20"].includes(e.cameo.slice(0, 2))) {
          // Fire from a place is fired by its side.
          for (let k = end; k < Math.min(s.tokenEnd, end + 8); k++) {
            if (lw[k] === "from") {
              const h = k + 1 + (lw[k + 1] === "the" ? 1 : 0);
              if (owner[h]) holder = groupAt(ctx, h, s.tokenEnd).ids;
              break;
            }
          }
        }
        if (holder.length) {
          const subj = subjectSpan(ctx, s, cs, cueStart);
          target = subj ?? null;
          // Attack verbs name their object after "at/on" even in the passive: "fired at it".
          if (e.flags.place) {
            for (let k = end; k < Math.min(s.tokenEnd, end + 4); k++) {
              if ((lw[k] === "at" || lw[k] === "on") && owner[k + 1]) {
                target = [k + 1, groupAt(ctx, k + 1, s.tokenEnd).end];
                break;
              }
            }
          }
        }
      }
      // A passive without its agent names no holder: "four children were killed", "officials accused of".
      if (passive && !holder.length) continue;
      let q = cueStart - 1;
      while (q >= s.tokenStart && AUX_ADV.has(lw[q])) q--;
      // A relative clause: the holder is the noun before "that/which/who" ("the group that has seized …"). Its act is
      // background to the reported one ("Hamas, which seized Gaza in 2007, …"): a stance, not an event.
      let relative = false;
      if (!holder.length && q >= s.tokenStart && RELATIVE.has(lw[q]) && !SPEECH.has(lw[q - 1]) && !(lw[q] === "that" && SPEECH.has(lw[q - 2] ?? ""))) {
        const ante = owner[q - 1] || (lw[q - 1] === "," ? owner[q - 2] : "");
        if (!ante) continue;
        holder = [ante];
        relative = true;
      }
      const coordinated = q >= s.tokenStart && (lw[q] === "and" || lw[q] === "but") && !owner[q - 1];
      if (!holder.length && e.kind === "judgement") {
        // The speaker holds the judgement: "quoted Lavrov as saying the move is not desirable", "Lavrov said the move …".
        for (let i = cs - 1; i >= s.tokenStart; i--) {
          if (lw[i] === "saying" && lw[i - 1] === "as") {
            let k = i - 2;
            while (k >= s.tokenStart && !owner[k]) k--;
            if (k >= s.tokenStart) holder = [owner[k]];
            break;
          }
          if (SPEECH.has(lw[i])) {
            holder = subjectIn(ctx, afterIntro(ctx, s), i);
            break;
          }
        }
        // "The move is a positive step, Lavrov said.": a trailing speaker.
        if (!holder.length) {
          const last = lw[s.tokenEnd - 1] === "." ? s.tokenEnd - 1 : s.tokenEnd;
          if (SPEECH.has(lw[last - 1])) {
            let b = last - 2;
            while (b > at && lw[b] !== ",") b--;
            if (lw[b] === ",") holder = subjectIn(ctx, b + 1, last - 1);
          }
        }
        target = [cs, at - (BE.has(lw[at - 1]) ? 1 : 0) - (lw[at - 1] === "not" ? 1 : 0)];
        while (target[1] > target[0] && BE.has(lw[target[1] - 1])) target[1]--;
      }
      if (!holder.length && coordinated) {
        holder = prevInSentence?.stance.holder.length && prevInSentence.cs === cs ? prevInSentence.stance.holder : subjectIn(ctx, afterIntro(ctx, s), q);
      }
      // An actor right before a finite cue verb is its subject, whatever the clause looks like: "a move Beijing
      // condemned as a violation" (adverbs and auxiliaries may stand between). Used below when the clause subject
      // found otherwise does not include it.
      let adjacent: string | null = null;
      if (!holder.length && e.kind === "verb" && !passive && !framed && !coordinated) {
        let k = cueStart - 1;
        while (k > s.tokenStart && AUX_ADV.has(lw[k]) && lw[k] !== "to" && !BE.has(lw[k])) k--;
        if (k >= s.tokenStart && owner[k] && lw[k] !== "'s" && lw[k] !== "’s") {
          let g = k;
          while (g > s.tokenStart && owner[g - 1] === owner[k]) g--;
          const before = lw[g - 1] === "the" ? lw[g - 2] : lw[g - 1];
          if (!(before !== undefined && (BLOCKING_PREP.has(before) || before === "of"))) adjacent = owner[k];
        }
      }
      if (!holder.length && e.kind !== "judgement") {
        let from = cs === s.tokenStart ? afterIntro(ctx, s) : cs;
        // ", after rebels kidnapped …": a subordinate clause has its own subject.
        for (let k = cueStart - 1; k > from; k--) {
          if (SUBORDINATORS.has(lw[k]) && (lw[k - 1] === "," || owner[k + 1] || lw[k + 1] === "the")) {
            from = k + 1;
            break;
          }
          if (lw[k] === ",") break;
        }
        // ", which tried to rally support": a relative clause's subject is the noun before the comma (or no one).
        for (let k = cueStart - 1; k > from; k--) {
          if ((lw[k] === "which" || lw[k] === "who") && lw[k - 1] === ",") {
            from = k + 1;
            break;
          }
        }
        holder = subjectIn(ctx, from, cueStart);
        if (!holder.length && (lw[from - 1] === "which" || lw[from - 1] === "who") && lw[from - 2] === ",") {
          const ante = from - 3;
          if (ante >= s.tokenStart && owner[ante]) holder = [owner[ante]];
        }
        // "Obama and Putin said they will attack": the pronoun subject is the speakers.
        if (PERSONAL.has(lw[from]) && from > s.tokenStart) {
          const sv = speechVerbBefore(lw, s.tokenStart, from + 1);
          if (sv >= 0 && (!holder.length || holder.length === 1)) {
            const spk = subjectIn(ctx, afterIntro(ctx, s), sv);
            if (spk.length > 1 || (!holder.length && spk.length)) holder = spk;
          }
        }
        // A document speaks for where it comes from: "a report released in the Rwandan capital alleged".
        if (!holder.length) holder = documentSource(ctx, cs === s.tokenStart ? afterIntro(ctx, s) : cs, cueStart);
      }
      if (adjacent && parts.has(adjacent) && !holder.includes(adjacent)) holder = [adjacent];
      holder = holder.filter((h) => parts.has(h));
      if (!holder.length) continue;
      // "released a report", "a new report released on Monday by …": publishing is no release of persons or property.
      if (e.cameo === "084" && (PUBLICATIONS.has(lw[at - 1]) || lw.slice(end, end + 4).some((w) => PUBLICATIONS.has(w)))) continue;

      // 3. Target: after the cue up to the clause end or the next cue; a topic phrase ("As for X,") when there is none.
      const appeal = APPEAL_ROOTS.has(e.cameo.slice(0, 2)) || !!e.flags.appeal;
      if (!target) {
        let a = end;
        if (found[f].gap) a = found[f].gap![0];
        if (e.kind === "noun" && ["over", "about", "at", "to", "for", "of", "on", "regarding", "against", "with", "that", "toward", "towards"].includes(lw[a])) a++;
        let b = a;
        let nf = f + 1;
        // Nouns after a determiner are objects ("condemned the attack on"), not new acts; infinitives are complements.
        while (nf < found.length && (isComplement(nf) || (found[nf].cue.entry.kind === "noun" && !LIGHT_VERBS.has(lw[found[nf].at - 1]) && lw[found[nf].at - 1] !== "and"))) nf++;
        const nextCue = nf < found.length && !appeal && !ACT_OBJECT.has(e.cameo) ? found[nf].at : s.tokenEnd;
        while (b < s.tokenEnd && b < nextCue && b - a < 40) {
          const w = lw[b];
          if (w === ";" || (w === "." && b === s.tokenEnd - 1)) break;
          if (w === "," && (["saying", "according", "adding", "while", "which", "but", "as"].includes(lw[b + 1]) || reporterAhead(lw, b + 1, s.tokenEnd))) break;
          // ", two days after …": the setting of the act is not its object.
          if (w === "," && settingAhead(lw, b + 1, s.tokenEnd)) break;
          if (w === "and" && f + 1 < found.length && found[f + 1].at - b <= 4 && !appeal) break;
          b++;
        }
        if (b > a && !(e.kind === "noun" && lw[end] !== lw[a - 1] && ["given", "because", "since", "as"].includes(lw[a]))) target = [a, b];
        const first = s.tokenStart;
        const intro = TOPIC_INTRO.find((t) => t.split(" ").every((w, k) => lw[first + k] === w));
        if (intro && (!target || ["given", "because", "since"].includes(lw[a]))) {
          const from = first + intro.split(" ").length;
          let to = from;
          while (to < s.tokenEnd && lw[to] !== ",") to++;
          target = [from, to];
        }
        if ((appeal || ACT_OBJECT.has(e.cameo)) && target) suppressUntil = target[1];
      }
      const mutualNoTarget = !!e.flags.mutual && holder.length > 1;
      if ((!target || target[1] <= target[0]) && !mutualNoTarget) continue;
      if (!target) target = [end, end];
      // Trim trailing punctuation.
      while (target[1] > target[0] && [",", ".", ")", "(", "'", "’", '"'].includes(lw[target[1] - 1])) target[1]--;
      if (target[1] <= target[0] && !mutualNoTarget) continue;
      const targetSpan = target[1] > target[0] ? span(target[0], target[1]) : { start: tokens[end - 1].end, end: tokens[end - 1].end, text: "" };
      // Target participants: the first actor group of the target (the object), else a place after a preposition.
      let targetParts: string[] = [];
      for (let i = target[0]; i < target[1]; i++) {
        const o = owner[i];
        if (!o || holder.includes(o)) continue;
        if (i > target[0] && lw[i - 1] === "than") continue;
        targetParts = groupAt(ctx, i, target[1]).ids.filter((id) => !holder.includes(id));
        break;
      }
      if (!targetParts.length && e.flags.place) {
        for (let i = Math.max(end, cs); i < s.tokenEnd; i++) {
          if (CLAUSE_BREAK.has(lw[i])) break;
          const k = i + 1 + (lw[i + 1] === "the" ? 1 : 0);
          if (PLACE_PREPS.has(lw[i]) && owner[k] && !holder.includes(owner[k])) {
            targetParts = groupAt(ctx, k, s.tokenEnd).ids.filter((id) => !holder.includes(id));
            break;
          }
        }
      }

      // 4. Modality and attribution.
      let modality: Modality = "asserted";
      const before = lw.slice(Math.max(cs, cueStart - 6), cueStart);
      const negated = before.slice(-3).some((w) => NEGATORS.has(w)) && e.kind !== "judgement";
      const hedged =
        before.some((w) => HEDGES.has(w)) ||
        (before.includes("said") && before.includes("to") && before.some((w) => w === "was" || w === "were" || w === "is")) ||
        (before.includes("believed") && before.includes("to")) ||
        (before.includes("reported") && before.includes("to")) ||
        before.slice(-2).some((w) => w === "might" || w === "may" || w === "could");
      const future = (!!framed && !framed.entry.flags.decide) || before.slice(-3).some((w) => FUTURE.has(w)) || (lw[cueStart - 1] === "to" && ["plans", "planning", "plan", "intends", "going", "expected", "scheduled", "set"].includes(lw[cueStart - 2]));
      if (!reporterCache.has(cs)) reporterCache.set(cs, reporterOf(ctx, s, holder, cs));
      let reportedBy = reporterCache.get(cs);
      if (negated) modality = "negated";
      else if (hedged) {
        modality = "hedged";
        // "was said to have …" names no source: the article's last named source is the likely one.
        reportedBy ??= lastReporter;
      } else if (future) modality = "future";
      else if (reportedBy) modality = "reported";

      // News codes the reported act of a sentence; acts in its setting (a temporal clause or phrase, a participial
      // elaboration, a relative clause) are background, kept as stances but not coded as events.
      const background = relative || inSetting(ctx, s, cueStart);
      // Speculation is no event: "might want", "could attack".
      // An obligation is the speaker's wish, not the subject's act: "the ministry should be equipped to fight".
      const speculative = before.slice(-6).some((w) => w === "might" || w === "may" || w === "could" || w === "should" || w === "ought" || w === "must");

      // 5. The CAMEO code: intentions, refusals and ruled-out acts change the act's code.
      let cameo = e.cameo;
      let polarity = e.polarity;
      let event = true;
      if (framed) {
        const kind = framed.entry.flags.intent;
        if (framed.entry.cameo.startsWith("12")) cameo = rejectedCode(cameo);
        else if (kind === "desire") cameo = intendedCode(cameo);
        else if (kind === "commit" && ["04", "05", "06", "07", "08"].includes(cameo.slice(0, 2))) cameo = intendedCode(cameo);
        if (framed.entry.cameo.startsWith("12") || cameo.startsWith("03")) polarity = framed.entry.polarity === "neutral" ? polarity : framed.entry.polarity;
      }
      if (negated) {
        const willNot = before.slice(-3).some((w) => FUTURE.has(w) || w === "cannot" || w === "can");
        if (willNot && ["03", "04", "05", "06", "07", "08"].includes(cameo.slice(0, 2))) {
          cameo = rejectedCode(cameo);
          modality = "asserted";
        } else event = false;
      }
      // A violent act announced for the future is a threat of force: "said they will attack Iraq".
      if (!framed && future && !negated && ["18", "19", "20"].includes(cameo.slice(0, 2))) cameo = "138";
      // A cooperative act someone says they will do is their stated intent (03x): "announced it would free 150
      // prisoners" is 035; the journalist's own "X will supply arms" keeps the act's code.
      if (!framed && future && !negated && ["04", "05", "06", "07", "08"].includes(cameo.slice(0, 2)) && cs > s.tokenStart && speechVerbBefore(lw, s.tokenStart, cs) >= 0) cameo = intendedCode(cameo);
      // A purpose infinitive names an aim, not a done act: "will send a team to help identify victims" is intent to aid.
      if (!framed && e.kind === "verb" && lw[cueStart - 1] === "to" && !negated && ["04", "05", "06", "07", "08"].includes(cameo.slice(0, 2))) {
        cameo = intendedCode(cameo);
        if (modality === "asserted" || modality === "reported") modality = "future";
      }
      if (cameo.startsWith("12") && e.polarity !== "oppose") polarity = "oppose";
      else if (cameo.startsWith("13") && framed) polarity = "oppose";

      // 6. "X said Y attacked Z" is X's accusation against Y; "X said it attacked Z" is X's claim of responsibility.
      let holderParts = holder;
      let accusedSpan: [number, number] | null = null;
      let targetOut = targetParts;
      if (["17", "18", "19", "20"].includes(cameo.slice(0, 2))) {
        let sv = -1;
        for (let k = cueStart - 1; k > s.tokenStart; k--) {
          if (SPEECH.has(lw[k]) && lw[k - 1] !== "as" && lw[k + 1] !== "to" && !BE.has(lw[k - 1])) {
            sv = k;
            break;
          }
        }
        if (sv >= 0) {
          const speaker = subjectIn(ctx, afterIntro(ctx, s), sv).filter((k) => parts.has(k));
          const spk = speaker.map((k) => parts.get(k)!);
          if (speaker.length && !spk.some((p) => p.source)) {
            const same = holder.some((h) => speaker.includes(h));
            if (same) {
              if (!future) cameo = "015";
            } else {
              targetOut = holder;
              holderParts = speaker;
              cameo = "112";
              // The accusation's target is the reported act: "Iraq had attacked its neighbours".
              const from = sv + 1 + (lw[sv + 1] === "that" ? 1 : 0);
              if (from < target[1]) accusedSpan = [from, target[1]];
              polarity = "oppose";
            }
          }
        }
      }

      const toIds = (keys: string[]) => {
        const ids: string[] = [];
        for (const k of keys) for (const id of parts.get(k)?.actorIds ?? []) if (actorType.has(id) && !ids.includes(id)) ids.push(id);
        return ids;
      };
      const holderIds = toIds(holderParts);
      const stance: Stance = {
        holder: holderIds,
        polarity,
        cameo,
        target: { text: accusedSpan ? span(accusedSpan[0], accusedSpan[1]).text : targetSpan.text, actors: toIds(targetOut).filter((id) => !holderIds.includes(id)) },
        evidence: { start: s.start, end: s.end, text: text.slice(s.start, s.end) },
        cue: span(cueStart, end),
        modality,
      };
      if (reportedBy) stance.reportedBy = reportedBy;
      const info = cameoInfo(cameo) ?? cameoInfo(cameo.slice(0, 2) + "0");
      if (info) {
        stance.quadClass = quadClass(cameo);
        stance.goldstein = info.goldstein;
      }
      const sourceCodes = holderParts.flatMap((k) => parts.get(k)?.codes ?? []);
      const targetCodes = targetOut.length ? targetOut.flatMap((k) => parts.get(k)?.codes ?? []) : ["---"];
      const pairs: [string, string][] = [];
      if (mutualNoTarget && !targetParts.length) {
        for (const x of sourceCodes) for (const y of sourceCodes) if (x !== y) pairs.push([x, y]);
      }
      // An event between two unknown parties carries nothing an event dataset could use.
      if (sourceCodes.every((c) => c.startsWith("---")) && targetCodes.every((c) => c.startsWith("---"))) event = false;
      if (background || speculative) event = false;
      // The holder's own country as the bare target is a place in the sentence, not a party ("Canada announced bans on
      // travel to Canada against Russian officers"): no event between a country and itself.
      const ownCountries = new Set(sourceCodes.map((c) => c.slice(0, 3)));
      if (targetOut.length && targetCodes.every((c) => c.length === 3 && ownCountries.has(c))) event = false;
      const sig = `${holderParts.join("+")}|${cameo.slice(0, 2)}|${targetOut.join("+")}`;
      if (seen.has(sig)) event = false;
      seen.add(sig);
      out.push({ stance, sourceCodes, targetCodes, pairs, event, speculative });
      // The converse act, coded alongside for event data only: "X hosted Y" is also Y's visit to X.
      if (e.flags.converse && event && targetOut.length && !negated) {
        const info2 = cameoInfo(e.flags.converse);
        const conv: Stance = { ...stance, holder: toIds(targetOut), cameo: e.flags.converse, target: { text: span(cs, cueStart).text, actors: holderIds } };
        if (info2) {
          conv.quadClass = quadClass(e.flags.converse);
          conv.goldstein = info2.goldstein;
        }
        out.push({ stance: conv, sourceCodes: targetCodes, targetCodes: sourceCodes, pairs: [], event: true, derived: true });
      }
      prevInSentence = { stance: { ...stance, holder: holderParts }, end, cs };
    }
    const rep = reporterOf(ctx, s, [], s.tokenEnd);
    if (rep) lastReporter = rep;
  }
  return out;
}

/** A comma-led reporter ahead: ", US Deputy Secretary of Energy Jeffrey Kupfer said". */
function reporterAhead(lw: string[], from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, from + 10); k++) {
    if (SPEECH.has(lw[k])) return true;
    if (lw[k] === "," || lw[k] === "." || lw[k] === "that") return false;
  }
  return false;
}

/** A setting phrase ahead within four tokens: ", two days after", ", during", ", a week before". */
function settingAhead(lw: string[], from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, from + 4); k++) {
    if (SETTING_OPENERS.has(lw[k]) || (lw[k] === "ahead" && lw[k + 1] === "of")) return true;
    if (lw[k] === "," || lw[k] === ".") return false;
  }
  return false;
}

/** "… was presented by the US": a passive after a noun cue, with the index of "be" and of the agent. */
function nominalPassive(lw: string[], owner: string[], from: number, to: number): { be: number; by: number } | null {
  for (let k = from; k < Math.min(to, from + 8); k++) {
    if (lw[k] === "," || lw[k] === ";") return null;
    if (BE.has(lw[k]) && /(ed|en|wn)$/.test(lw[k + 1] ?? "") && lw[k + 2] === "by") {
      const h = k + 3 + (lw[k + 3] === "the" ? 1 : 0);
      return owner[h] ? { be: k, by: h } : null;
    }
  }
  return null;
}

/** A participle right after a noun, without "be": a reduced relative ("the agreement forced on Qatar", "officials accused of"). */
function reducedRelative(lw: string[], owner: string[], tokens: Token[], at: number, from: number, to: number): boolean {
  const p = at - 1;
  if (p < from) return false;
  const w = lw[p];
  if (owner[p] || !/^[a-z][a-z-]*$/.test(tokens[p].text)) return false;
  if (AUX_ADV.has(w) || BE.has(w) || PERSONAL.has(w) || SPEECH.has(w) || ["and", "or", "but", "then", "who", "which", "that", "i", "you", "yesterday", "today", "tonight"].includes(w)) return false;
  // The clause already has its verb ("pledged to expel leaders … forced on", "there were soldiers killed"), or gets it later
  // ("the civilians imprisoned for … were released").
  for (let k = from; k < p; k++) if ((BE.has(lw[k]) && lw[k] !== "'s" && lw[k] !== "’s") || FUTURE.has(lw[k]) || SPEECH.has(lw[k]) || lw[k] === "has" || lw[k] === "have" || lw[k] === "had") return true;
  for (let k = at + 1; k < Math.min(to, at + 12); k++) {
    if (lw[k] === "," || lw[k] === ";" || RELATIVE.has(lw[k]) || SUBORDINATORS.has(lw[k])) break;
    if (BE.has(lw[k]) && lw[k] !== "'s" && lw[k] !== "’s") return true;
  }
  return false;
}

// Words after a participle that show it has no object: a preposition, a time word, the clause end.
// ("and" and "," are left out: "killed, pillaged and destroyed all they found" shares one object.)
const NO_OBJECT = new Set(["in", "on", "at", "for", "during", "since", "after", "before", "near", "from", "under", "inside", "last", "yesterday", "today", "earlier", "this", "when", "while", "as", ".", ";", ":"]);
// Things published, not persons or property handed back: "released a report" is no release (CAMEO 084).
const PUBLICATIONS = new Set([
  ...DOC_NOUNS, "video", "videos", "footage", "data", "figures", "findings", "album", "film", "details", "images", "photos", "photographs",
  "list", "results", "version", "update", "transcript", "book", "text", "reports", "statements", "documents", "game", "app", "software",
]);
const TIME_UNITS = new Set(["year", "years", "month", "months", "week", "weeks", "day", "days", "decade", "decades"]);

/**
 * A transitive participle with no object is passive: "a Hamas member jailed over a year ago", "soldiers killed in Ukraine".
 * A perfect ("has jailed") stays active; "over" counts only before a span of time ("jailed over 100 protesters" is active).
 */
function lacksObject(lw: string[], at: number, end: number, s: Sentence): boolean {
  let q = at - 1;
  while (q >= s.tokenStart && AUX_ADV.has(lw[q]) && !["have", "has", "had"].includes(lw[q])) q--;
  if (q >= s.tokenStart && ["have", "has", "had"].includes(lw[q])) return false;
  if (end >= s.tokenEnd) return true;
  const w = lw[end];
  if (w === "over") return TIME_UNITS.has(lw[end + 2] ?? "") || TIME_UNITS.has(lw[end + 3] ?? "");
  return NO_OBJECT.has(w);
}

// Words that open the setting of a reported act: temporal clauses and phrases ("two weeks after rebels kidnapped",
// "during a visit to Beirut", "ahead of talks with").
const SETTING_OPENERS = new Set(["after", "before", "until", "since", "during", "amid", "following", "despite"]);
// "-ing" words after a comma that are not participial elaborations.
// Speech participles open new reported content (", saying Hamas fired rockets"), not an elaboration of the act.
const NOT_PARTICIPIAL = new Set([
  "according", "including", "regarding", "concerning", "notwithstanding", "saying", "adding", "noting", "stressing", "claiming",
  "alleging", "insisting", "arguing", "warning", "accusing", "calling", "urging", "describing", "citing", "telling",
]);

/**
 * Whether the cue at `cueStart` sits in the setting of the sentence's reported act rather than being it: inside a temporal
 * clause or phrase ("…, two weeks after rebels kidnapped dozens", "during a surprise visit to Beirut", "a day before
 * Sarkozy heads to Beijing"), or in a participial elaboration after a comma (", making a decisive turn in favor of …").
 * The scan stops at the nearest comma or clause break before the cue.
 */
function inSetting(ctx: Ctx, s: Sentence, cueStart: number): boolean {
  const { lw, tokens } = ctx;
  for (let k = cueStart - 1; k >= s.tokenStart; k--) {
    const w = lw[k];
    if (SETTING_OPENERS.has(w)) return true;
    if (w === "ahead" && lw[k + 1] === "of") return true;
    if (w === "," || w === ";" || w === ":" || w === "--" || w === "—") {
      const nx = k + 1;
      return nx < cueStart && /^[a-z]+ing$/.test(tokens[nx].text) && !NOT_PARTICIPIAL.has(lw[nx]) && !SPEECH.has(lw[nx]);
    }
    if (SPEECH.has(w) || w === "that") return false;
  }
  return false;
}

/** Whether a sentence is running prose (most words lower-case), not a title-case headline. */
function isProse(tokens: Token[], s: Sentence): boolean {
  let words = 0, upper = 0;
  for (let i = s.tokenStart + 1; i < s.tokenEnd; i++) {
    const t = tokens[i].text;
    if (!/^\p{L}/u.test(t)) continue;
    words++;
    if (/^\p{Lu}/u.test(t)) upper++;
  }
  return upper * 2 < words;
}

/** Number of modifier words between [from, to): "tank" in "Israeli tank shelling". */
function countMods(lw: string[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (MODIFIER_NOUNS.has(lw[i])) n++;
  return n;
}

/** Whether the participle at `at` is passive: a form of "be" (or "get") before it, adverbs allowed in between. */
function isPassive(lw: string[], at: number, from: number): boolean {
  let q = at - 1;
  while (q >= from && at - q <= 3 && (AUX_ADV.has(lw[q]) && !BE.has(lw[q]))) q--;
  return q >= from && (BE.has(lw[q]) || lw[q] === "got" || lw[q] === "being");
}

/** The subject span of a clause [cs, cue): from its start to the auxiliary before the cue. */
function subjectSpan(ctx: Ctx, s: Sentence, cs: number, cueStart: number): [number, number] | null {
  const from = cs === s.tokenStart ? afterIntro(ctx, s) : cs;
  let b = cueStart;
  while (b > from && (AUX_ADV.has(ctx.lw[b - 1]) || BE.has(ctx.lw[b - 1]) || ctx.lw[b - 1] === "faces" || ctx.lw[b - 1] === "face" || ctx.lw[b - 1] === "faced")) b--;
  return b > from ? [from, b] : null;
}

/** Index of the speech verb that opens the clause starting at `cs` ("Israel said a mortar …"), or -1. */
function speechVerbBefore(lw: string[], from: number, cs: number): number {
  for (let i = cs - 1; i >= from && cs - i <= 3; i--) if (SPEECH.has(lw[i])) return i;
  return -1;
}

/** A document subject ("a report released in the Rwandan capital") speaks for the first actor in its phrase. */
function documentSource(ctx: Ctx, from: number, to: number): string[] {
  let i = from;
  // Up to five modifiers: "a 500-page report" (tokens "500", "-", "page"), "the new UN-backed study".
  while (i < to && i - from < 6 && !DOC_NOUNS.has(ctx.lw[i]) && !ctx.owner[i] && (DETERMINERS.has(ctx.lw[i]) || /^[\d,.-]+$/.test(ctx.lw[i]) || /^[a-z]+(-[a-z]+)*$/.test(ctx.lw[i]))) i++;
  if (!DOC_NOUNS.has(ctx.lw[i])) return [];
  for (let k = i + 1; k < to; k++) if (ctx.owner[k]) return [ctx.owner[k]];
  return [];
}

/** A meeting, visit or hosting (CAMEO 04) with no other party named is no diplomacy: "the museum hosts a collection". */
function unpartneredMeeting(st: Stance): boolean {
  return !!st.cameo?.startsWith("04") && st.target.actors.length === 0 && st.holder.length < 2;
}

/** Finds who supports, opposes, is concerned about or calls for what: the stance records of `findEvents`. */
export function findStances(text: string, tokens: Token[], sentences: Sentence[], actors: ActorResult): Stance[] {
  return findEvents(text, tokens, sentences, actors)
    .filter((e) => e.stance.holder.length > 0 && !e.derived && !e.speculative && !unpartneredMeeting(e.stance))
    .map((e) => e.stance);
}
