/**
 * Participants of events: actor mentions from the entity stage, plus agent phrases the entity stage does not make actors
 * of ("Syrian rebels", "a court in Guyana", "the government", "UN troops") and the pronouns "it/they/its/their".
 * Each participant has CAMEO actor codes (country or IGO code + role) and the actor ids it stands for in stance records.
 */
import type { Actor } from "../types.ts";
import type { Token } from "../text/tokenize.ts";
import type { Sentence } from "../text/sentences.ts";
import type { ActorResult } from "../entities/find-actors.ts";
import { ORGANIZATIONS } from "../data/organizations.ts";
import { AGENT_NOUNS, CUE_GROUPS } from "../data/stance-cues.ts";

let nounStarts: Set<string> | null = null;
/** First words of noun cues ("support" of "military support"), built once. */
function nounCueStarts(): Set<string> {
  if (!nounStarts) nounStarts = new Set(CUE_GROUPS.filter((g) => g.kind === "noun").flatMap((g) => g.cues.map((c) => c.split(" ")[0])));
  return nounStarts;
}

/** A participant: an actor mention, an agent phrase or a resolved pronoun. */
export interface Participant {
  key: string;
  /** CAMEO actor codes, e.g. ["SYRREB"], ["USAOPP", "GBROPP"], ["IGOUNO"]; "---" marks an unknown country. */
  codes: string[];
  /** Actor ids a stance record may name for this participant (state organs stand for their country). */
  actorIds: string[];
  /** Media and anonymous sources report; they are not parties to what they report. */
  source: boolean;
  /** A person or a named actor (not a generic agent noun). */
  named: boolean;
}

// State organs stand for their state in stance records; other agents (rebels, activists) do not.
const STATE_ROLES = new Set(["GOV", "MIL", "LEG", "JUD", "COP"]);
const ORG_CODE = new Map(ORGANIZATIONS.map((o) => [o.id, o.cameo ?? "IGO"]));
const ORG_COUNTRY = new Map(ORGANIZATIONS.filter((o) => o.country).map((o) => [o.id, o.country!]));
const MEDIA_ORGS = new Set(ORGANIZATIONS.filter((o) => o.cameo?.endsWith("MED") || o.cameo === "MED").map((o) => o.id));
const SOURCE_NOUNS = new Set(["officials", "official", "sources", "source", "medics", "witnesses", "media", "correspondent", "spokesman", "spokeswoman", "state media", "newspaper", "news agency", "state television"]);
// Modifiers that may stand between a country word and the agent noun ("Syrian state media", "US and British activists").
const MOD_SKIP = new Set(["and", ",", "the", "a", "an", "'s", "’s", "of"]);
const QUANTITY = new Set(["hundreds", "thousands", "dozens", "scores", "tens", "some", "many", "several", "two", "three", "four", "five", "ten"]);
const AGENT_FIRST = new Set(Object.keys(AGENT_NOUNS).map((k) => k.split(" ")[0]));
const TWO_WORD_FIRST = new Set(Object.keys(AGENT_NOUNS).filter((k) => k.includes(" ")).map((k) => k.split(" ")[0]));
const PRONOUN_IT = new Set(["it", "they", "itself", "themselves", "them"]);

/** The CAMEO actor code of an actor: ISO3 for countries, the organisation's code, a person's affiliation. */
export function actorCode(actor: Actor | undefined, byId: Map<string, Actor>, depth = 0): string {
  if (!actor) return "---";
  if (actor.type === "country") return actor.country ?? actor.id;
  if (actor.type === "person") {
    if (actor.affiliation && depth < 3) {
      const aff = actorCode(byId.get(actor.affiliation), byId, depth + 1);
      // Office-holders act for their government.
      return /^[A-Z]{3}$/.test(aff) ? aff + "GOV" : aff;
    }
    return actor.country ? actor.country + "GOV" : "---";
  }
  const code = ORG_CODE.get(actor.id);
  if (code) return code;
  return actor.country ?? "---";
}

/** Participants of a document: per token, a participant key ("" where none), and the participants by key. */
export function findParticipants(
  text: string,
  tokens: Token[],
  sentences: Sentence[],
  actors: ActorResult,
  lw: string[],
): { owner: string[]; parts: Map<string, Participant> } {
  const n = tokens.length;
  const byId = new Map(actors.actors.map((a) => [a.id, a]));
  const owner = actors.tokenActor.slice();
  const parts = new Map<string, Participant>();
  for (const a of actors.actors) {
    const code = actorCode(a, byId);
    parts.set(a.id, {
      key: a.id,
      codes: [code],
      actorIds: [a.id],
      source: MEDIA_ORGS.has(a.id) || (a.type === "organization" && ORG_CODE.get(a.id) === "MED"),
      named: true,
    });
  }
  const countryOf = (id: string): string | undefined => {
    const a = byId.get(id);
    if (!a) return undefined;
    if (a.type === "country") return a.country ?? a.id;
    if (a.type === "organization") return ORG_COUNTRY.get(a.id) ?? ORG_CODE.get(a.id);
    return undefined;
  };

  // Agent phrases: [modifiers] AGENT-NOUN [in|of|from COUNTRY].
  for (let i = 0; i < n; i++) {
    let head = lw[i];
    if (!AGENT_FIRST.has(head)) continue;
    let headEnd = i + 1;
    // Stacked agent nouns make one agent, named by the last: "government forces", "opposition activists".
    while (headEnd < n && AGENT_NOUNS[lw[headEnd]] && AGENT_NOUNS[head] && !owner[headEnd]) head = lw[headEnd++];
    const two = i + 1 < n && TWO_WORD_FIRST.has(head) ? head + " " + lw[i + 1] : "";
    if (two && AGENT_NOUNS[two]) {
      head = two;
      headEnd = i + 2;
    }
    const role = AGENT_NOUNS[head];
    if (!role) continue;
    // A modifier of a cue noun is no agent: "military support", "police crackdown".
    if (headEnd < n && nounCueStarts().has(lw[headEnd])) continue;
    // A capitalised agent noun inside a longer name is part of that name ("Syrian Observatory"): leave actor tokens alone.
    if (owner[i] && byId.get(owner[i])?.type !== "country") continue;
    // A title before a name ("Foreign Minister Yun") belongs to the person, not to an agent phrase; so does a lower-case
    // one before a known person ("Chinese foreign minister Wang Yi", "the Russian envoy Vassily Nebenzia").
    if (/^\p{Lu}/u.test(tokens[i].text) && headEnd < n && (owner[headEnd] || /^\p{Lu}/u.test(tokens[headEnd].text))) continue;
    if (headEnd < n && owner[headEnd] && byId.get(owner[headEnd])?.type === "person") continue;
    // Left modifiers: country words, organisations, adjectives.
    let a = i;
    const countryIds: string[] = [];
    const orgCodes: string[] = [];
    let pro = false;
    for (let k = i - 1; k >= 0 && i - k <= 6; k--) {
      const w = lw[k];
      const o = owner[k];
      if (o && byId.get(o)) {
        const t = byId.get(o)!.type;
        if (t === "country") {
          if (!countryIds.includes(o)) countryIds.unshift(o);
        } else if (t === "organization" && ORG_CODE.get(o)?.startsWith("IGO")) orgCodes.unshift(ORG_CODE.get(o)!);
        else break;
        a = k;
        continue;
      }
      if (MOD_SKIP.has(w) && k > 0 && (owner[k - 1] || MOD_SKIP.has(lw[k - 1]) === false)) {
        if (w === "the" || w === "a" || w === "an") {
          a = k;
          break;
        }
        if (w === "of" && !QUANTITY.has(lw[k - 1])) break;
        a = k;
        continue;
      }
      if (/^pro-/.test(w)) {
        pro = true;
        a = k;
        continue;
      }
      if (/^[a-z][a-z-]*$/.test(w) && !AGENT_NOUNS[w] && !/(ed|ing)$/.test(w) && !["and", "or", "but", "of", "in", "on", "at", "by", "to", "for", "said", "that", "as", "with", "from", "which", "who", "when", "after", "before", "while"].includes(w)) {
        // adjectives and noun modifiers: "state", "exiled", "senior", "local"
        a = k;
        continue;
      }
      break;
    }
    while (a < i && MOD_SKIP.has(lw[a]) && lw[a] !== "the" && lw[a] !== "a" && lw[a] !== "an") a++;
    // Right: "in Guyana", "of Rwanda's Senate", "from Myanmar".
    let b = headEnd;
    if (!countryIds.length && b + 1 < n && ["in", "of", "from"].includes(lw[b])) {
      let k = b + 1;
      if (lw[k] === "the") k++;
      if (!owner[k] && /^[a-z]+(-[a-z]+)+$/.test(lw[k] ?? "")) k++; // "from military-ruled Myanmar"
      const o = owner[k];
      if (o && byId.get(o)?.type === "country") {
        countryIds.push(o);
        while (k < n && owner[k] === o) k++;
        if (lw[k] === "'s" || lw[k] === "’s") k++;
        b = k;
      }
    }
    if (pro) countryIds.length = 0; // "pro-Russia rebels" are not Russia's
    const countries = countryIds.map(countryOf).filter((c): c is string => !!c);
    const codes = countries.length ? countries.map((c) => c + role) : orgCodes.length ? orgCodes.map((c) => c.slice(0, 3) === "IGO" ? c : c + role) : ["---" + role];
    const key = `agent:${i}`;
    const part: Participant = {
      key,
      codes,
      actorIds: STATE_ROLES.has(role) ? countryIds : [],
      source: role === "MED" || (SOURCE_NOUNS.has(head) && !countries.length && !orgCodes.length),
      named: false,
    };
    // An agent phrase made only of a known actor's tokens plus the noun keeps the actor's code for named bodies.
    parts.set(key, part);
    for (let t = a; t < b; t++) owner[t] = key;
    i = b - 1;
  }

  // Pronouns "it/they/its/their": the last non-person participant before them in the sentence, else the subject of the
  // sentence before.
  let prevSubject = "";
  for (const s of sentences) {
    let firstHere = "";
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (owner[i] && !firstHere) firstHere = owner[i];
      if (owner[i] || !PRONOUN_IT.has(lw[i])) continue;
      let ref = "";
      // Bounded look-back: a pronoun refers to something within the last few dozen tokens.
      for (let k = i - 1; k >= s.tokenStart && i - k <= 60; k--) {
        const o = owner[k];
        if (o && byId.get(o)?.type !== "person") {
          ref = o;
          // Prefer the group's first member (the clause subject) when coordinated: keep scanning to its start.
          break;
        }
      }
      if (!ref) ref = prevSubject;
      if (ref) {
        owner[i] = ref;
        if (!firstHere) firstHere = ref;
      }
    }
    if (firstHere && byId.get(firstHere)?.type !== "person") prevSubject = firstHere;
    else if (firstHere) prevSubject = "";
  }
  void text;
  return { owner, parts };
}
