/** Cues → stance records: holder, polarity, target, CAMEO code, evidence, attribution and modality. */
import type { Stance, Modality, Span } from "../types.ts";
import type { Token } from "../text/tokenize.ts";
import type { Sentence } from "../text/sentences.ts";
import type { ActorResult } from "../entities/find-actors.ts";
import { getCueIndex, type CompiledCue } from "./cues.ts";
import { cameoInfo, quadClass } from "./cameo.ts";

const DETERMINERS = new Set(["the", "a", "an", "its", "his", "her", "their", "our", "'s", "’s", "this", "that", "these", "those", "no"]);
const LIGHT_VERBS = new Set([
  "express", "expressed", "expresses", "expressing", "voice", "voiced", "voices", "voicing", "reaffirm", "reaffirmed",
  "reaffirms", "reiterate", "reiterated", "reiterates", "state", "stated", "show", "showed", "shown", "register",
  "registered", "convey", "conveyed", "stress", "stressed", "underline", "underlined", "signal", "signaled",
  "signalled", "renew", "renewed", "raise", "raised", "raises", "lodge", "lodged", "issue", "issued", "have", "has",
  "had", "made", "make", "makes", "repeated", "emphasized", "emphasised", "declared", "pledged", "offered", "voicing",
]);
const INTENSIFIERS = new Set([
  "strong", "strongest", "deep", "deepest", "serious", "grave", "great", "growing", "firm", "full", "continued",
  "unwavering", "staunch", "strict", "vehement", "fierce", "repeated", "renewed", "increasing", "mounting", "sharp",
  "concerted", "own", "total", "clear", "firm", "steadfast", "broad", "outright", "official", "formal",
]);
const AUX_ADV = new Set([
  "have", "has", "had", "also", "again", "repeatedly", "strongly", "firmly", "publicly", "openly", "once", "further",
  "will", "would", "could", "may", "might", "must", "should", "can", "did", "does", "do", "not", "n't", "never",
  "reportedly", "allegedly", "apparently", "previously", "earlier", "already", "jointly", "both", "all", "then",
  "is", "are", "was", "were", "be", "been", "being", "to", "unanimously", "quickly", "immediately", "swiftly",
]);
const BE = new Set(["is", "are", "was", "were", "be", "been", "being", "'s", "remain", "remains", "remained", "seemed", "seems"]);
const SPEECH = new Set([
  "said", "says", "say", "stated", "added", "noted", "told", "warned", "stressed", "insisted", "argued", "claimed",
  "reported", "announced", "believes", "believed", "thinks", "demonstrates", "showed", "shows", "suggested",
  "explained", "emphasized", "emphasised", "declared", "asserted", "confirmed", "acknowledged", "indicated",
]);
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
  "speaking", "as", "while", "following", "amid", "since", "despite", "for", "last", "this", "on", "according",
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

/** Actors of a coordinated group starting at token i: "South Korea and the U.S.", "Russia, along with China,". */
function groupAt(ctx: Ctx, i: number, limit: number): { ids: string[]; end: number } {
  const ids: string[] = [];
  let k = i;
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
    if (!ctx.owner[q] || q >= limit) break;
    k = q;
  }
  return { ids, end: k };
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
    // A possessive in subject position is the subject's owner ("Russia's envoy said"): still the holder's side.
    if (!blocked) return g.ids;
    i = g.end - 1;
  }
  return [];
}

/** Token index where the clause holding token `at` begins (after "said that", "as saying", ";"). */
function clauseStart(ctx: Ctx, s: Sentence, at: number): number {
  for (let i = at - 1; i > s.tokenStart; i--) {
    const w = ctx.lw[i];
    if (w === ";" || w === ":") return i + 1;
    if (w === "that" && i - 1 >= s.tokenStart) {
      for (let q = i - 1; q >= Math.max(s.tokenStart, i - 3); q--) if (SPEECH.has(ctx.lw[q])) return i + 1;
    }
    if (SPEECH.has(w) && ctx.lw[i + 1] !== "that" && i > s.tokenStart + 1 && ctx.lw[i + 1] !== ",") {
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

/** Finds who supports, opposes, is concerned about or calls for what. */
export function findStances(text: string, tokens: Token[], sentences: Sentence[], actors: ActorResult): Stance[] {
  const index = getCueIndex();
  const lw = tokens.map((t) => t.text.toLowerCase());
  const actorType = new Map(actors.actors.map((a) => [a.id, a.type]));
  const ctx: Ctx = { text, tokens, lw, owner: actors.tokenActor, actorType };
  const stances: Stance[] = [];
  const span = (a: number, b: number): Span => ({ start: tokens[a].start, end: tokens[b - 1].end, text: text.slice(tokens[a].start, tokens[b - 1].end) });
  let lastReporter: string | undefined;

  for (const s of sentences) {
    // 1. Cues of this sentence, longest first, no overlaps.
    const found: { at: number; end: number; cue: CompiledCue }[] = [];
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const list = index.get(lw[i]);
      if (!list) continue;
      let chosen: CompiledCue | null = null;
      for (const c of list) {
        let ok = i + c.tokens.length <= s.tokenEnd;
        for (let k = 1; ok && k < c.tokens.length; k++) if (lw[i + k] !== c.tokens[k]) ok = false;
        if (!ok) continue;
        const kind = c.entry.kind;
        const prev = lw[i - 1];
        const prevIsNounContext = prev !== undefined && (DETERMINERS.has(prev) || INTENSIFIERS.has(prev) || LIGHT_VERBS.has(prev) || !!actors.tokenActor[i - 1]);
        if (kind === "noun" && !prevIsNounContext) continue;
        if (kind === "verb" && prevIsNounContext && DETERMINERS.has(prev)) continue;
        if ((kind === "state" || kind === "judgement") && !BE.has(prev) && !(prev === "not" && BE.has(lw[i - 2])) && !(c.entry.words[0] === "deeply")) {
          // "X is concerned", "the move is not desirable": adjectives need a form of "be" before them.
          if (!(kind === "state" && (prev === "deeply" || prev === "very" || prev === "gravely") && BE.has(lw[i - 2]))) continue;
        }
        chosen = c;
        break;
      }
      if (!chosen) continue;
      found.push({ at: i, end: i + chosen.tokens.length, cue: chosen });
      i += chosen.tokens.length - 1;
    }
    if (!found.length) continue;

    const reporterCache = new Map<number, string | undefined>();
    let prevInSentence: { stance: Stance; end: number } | null = null;
    for (let f = 0; f < found.length; f++) {
      const { at, end, cue } = found[f];
      const e = cue.entry;
      // The cue span grows left over a light verb and its determiners: "expressed concerns", "voiced his opposition".
      let cueStart = at;
      let possessor: string[] = [];
      if (e.kind === "noun") {
        let p = at - 1;
        while (p >= s.tokenStart && (INTENSIFIERS.has(lw[p]) || lw[p] === "the" || lw[p] === "a")) p--;
        if (p >= s.tokenStart && (lw[p] === "'s" || lw[p] === "’s") && actors.tokenActor[p - 1]) {
          possessor = [actors.tokenActor[p - 1]];
          p--;
          while (p >= s.tokenStart && actors.tokenActor[p] === possessor[0]) p--;
        } else if (p >= s.tokenStart && PRONOUN_POSSESSORS.has(lw[p])) {
          if (actors.tokenActor[p]) possessor = [actors.tokenActor[p]];
          else if ((lw[p] === "its" || lw[p] === "their") && prevInSentence && ["and", ","].includes(lw[p - 1])) possessor = prevInSentence.stance.holder;
          p--;
        }
        if (p >= s.tokenStart && LIGHT_VERBS.has(lw[p])) cueStart = p;
        else if (!possessor.length && p >= s.tokenStart && !LIGHT_VERBS.has(lw[p])) {
          // A bare noun ("the opposition", "concerns remain") without light verb or possessor is not a stance of anyone here.
          if (!(lw[p] === "and" && prevInSentence)) continue;
        }
      }
      // 2. Holder.
      let holder: string[] = possessor;
      let target: [number, number] | null = null;
      const cs = clauseStart(ctx, s, cueStart);
      // Passive: "the plan was opposed by Russia".
      if (!holder.length && e.kind === "verb" && cue.participle && BE.has(lw[at - 1]) && lw[end] === "by" && actors.tokenActor[end + 1 + (lw[end + 1] === "the" ? 1 : 0)]) {
        const g = groupAt(ctx, end + 1 + (lw[end + 1] === "the" ? 1 : 0), s.tokenEnd);
        holder = g.ids;
        target = [cs, at - 1];
      }
      // "was said to have voiced", "is reported to": hedged, the holder is the clause subject.
      let q = cueStart - 1;
      while (q >= s.tokenStart && AUX_ADV.has(lw[q])) q--;
      const coordinated = q >= s.tokenStart && (lw[q] === "and" || lw[q] === "but") && !actors.tokenActor[q - 1];
      if (!holder.length && (e.kind === "judgement")) {
        // The speaker holds the judgement: "quoted Lavrov as saying the move is not desirable", "Lavrov said the move …".
        for (let i = cs - 1; i >= s.tokenStart; i--) {
          if (lw[i] === "saying" && lw[i - 1] === "as") {
            let k = i - 2;
            while (k >= s.tokenStart && !actors.tokenActor[k]) k--;
            if (k >= s.tokenStart) holder = [actors.tokenActor[k]];
            break;
          }
          if (SPEECH.has(lw[i])) {
            holder = subjectIn(ctx, afterIntro(ctx, s), i);
            break;
          }
        }
        target = [cs, at - (BE.has(lw[at - 1]) ? 1 : 0) - (lw[at - 1] === "not" ? 1 : 0)];
        while (target[1] > target[0] && BE.has(lw[target[1] - 1])) target[1]--;
      }
      if (!holder.length && coordinated) {
        holder = prevInSentence?.stance.holder.length ? prevInSentence.stance.holder : subjectIn(ctx, afterIntro(ctx, s), q);
      }
      if (!holder.length && e.kind !== "judgement") {
        holder = subjectIn(ctx, cs === s.tokenStart ? afterIntro(ctx, s) : cs, cueStart);
      }
      holder = holder.filter((h) => actorType.has(h));
      if (!holder.length) continue;

      // 3. Target: after the cue up to the clause end or the next cue; a topic phrase ("As for X,") when there is none.
      if (!target) {
        let a = end;
        if (e.kind === "noun" && ["over", "about", "at", "to", "for", "of", "on", "regarding", "against", "with", "that", "toward", "towards"].includes(lw[a])) a++;
        let b = a;
        const nextCue = f + 1 < found.length ? found[f + 1].at : s.tokenEnd;
        while (b < s.tokenEnd && b < nextCue && b - a < 40) {
          const w = lw[b];
          if (w === ";" || (w === "." && b === s.tokenEnd - 1)) break;
          if (w === "," && (["saying", "according", "adding", "while", "which", "but", "as"].includes(lw[b + 1]) || SPEECH.has(lw[b + 2] ?? "") || SPEECH.has(lw[b + 3] ?? "") || SPEECH.has(lw[b + 4] ?? ""))) break;
          if (w === "and" && f + 1 < found.length && found[f + 1].at - b <= 4) break;
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
      }
      if (!target || target[1] <= target[0]) continue;
      // Trim leading "to"/"the need to" and trailing punctuation.
      while (target[1] > target[0] && [",", ".", ")", "(", "'", "’", '"'].includes(lw[target[1] - 1])) target[1]--;
      if (target[1] <= target[0]) continue;
      const targetSpan = span(target[0], target[1]);
      const targetActors: string[] = [];
      for (let i = target[0]; i < target[1]; i++) {
        const id = actors.tokenActor[i];
        if (id && !targetActors.includes(id) && !holder.includes(id)) targetActors.push(id);
      }

      // 4. Modality and attribution.
      let modality: Modality = "asserted";
      const before = lw.slice(Math.max(cs, cueStart - 6), cueStart);
      const negated = before.slice(-3).some((w) => NEGATORS.has(w)) && e.kind !== "judgement";
      const hedged =
        before.some((w) => HEDGES.has(w)) ||
        (before.includes("said") && before.includes("to") && before.some((w) => w === "was" || w === "were" || w === "is")) ||
        (before.includes("believed") && before.includes("to")) ||
        (before.includes("reported") && before.includes("to"));
      const future = e.future || before.slice(-3).some((w) => FUTURE.has(w)) || (lw[cueStart - 1] === "to" && ["plans", "planning", "plan", "intends", "going", "expected"].includes(lw[cueStart - 2]));
      if (!reporterCache.has(cs)) reporterCache.set(cs, reporterOf(ctx, s, holder, cs));
      let reportedBy = reporterCache.get(cs);
      if (negated) modality = "negated";
      else if (hedged) {
        modality = "hedged";
        // "was said to have …" names no source: the article's last named source is the likely one.
        reportedBy ??= lastReporter;
      } else if (future) modality = "future";
      else if (reportedBy) modality = "reported";

      const stance: Stance = {
        holder,
        polarity: e.polarity,
        cameo: e.cameo,
        target: { text: targetSpan.text, actors: targetActors },
        evidence: { start: s.start, end: s.end, text: text.slice(s.start, s.end) },
        cue: span(cueStart, end),
        modality,
      };
      if (reportedBy) stance.reportedBy = reportedBy;
      const info = cameoInfo(e.cameo);
      if (info) {
        stance.quadClass = quadClass(e.cameo);
        stance.goldstein = info.goldstein;
      }
      stances.push(stance);
      prevInSentence = { stance, end };
    }
    const rep = reporterOf(ctx, s, [], s.tokenEnd);
    if (rep) lastReporter = rep;
  }
  return stances;
}
