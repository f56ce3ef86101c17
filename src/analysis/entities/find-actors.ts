/** Mentions → merged actors: gazetteers, titles, appositions, recognised names, then coreference, in that order. */
import type { Actor, Span } from "../types.ts";
import type { NerSpan } from "./ner/index.ts";
import type { Token } from "../text/tokenize.ts";
import type { Sentence } from "../text/sentences.ts";
import { getGazetteer, matchAt } from "./gazetteer.ts";
import { TITLE_WORDS, HEAD_TITLES, HONORIFICS, ROLE_NOUNS } from "../data/roles.ts";
import type { LeaderEntry } from "../data/leaders.ts";

/** One mention of an actor in the text. */
export interface ActorMention {
  start: number;
  end: number;
  /** Token range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  actorId: string;
  kind: "name" | "short" | "role" | "pronoun" | "demonym" | "metonym";
}

/** Actors and every mention, sorted by offset. */
export interface ActorResult {
  actors: Actor[];
  mentions: ActorMention[];
  /** Actor id for each token, or "" where no mention covers it. */
  tokenActor: string[];
}

/** A named-entity span from the recogniser (char offsets). */
export type NameSpan = NerSpan;

/** An actor while its mentions are collected. */
interface Draft extends Omit<Actor, "mentions"> {
  /** Single-token names this actor may be called by later ("Lavrov", "Yun"). */
  shortNames: Set<string>;
}

const MONTHS_DAYS = new Set([
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
  "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Jan.", "Feb.", "Aug.",
  "Sept.", "Sep.", "Oct.", "Nov.", "Dec.",
]);
// Capitalised words that open sentences or headlines but are never names.
const NOT_NAME = new Set([
  "The", "A", "An", "In", "On", "At", "He", "She", "It", "They", "We", "I", "His", "Her", "Their", "This", "That",
  "But", "And", "Or", "As", "For", "With", "From", "By", "After", "Before", "During", "Meanwhile", "However", "While",
  "If", "When", "Also", "Mr.", "Mrs.", "Ms.", "Dr.", "To", "Of", "Not", "No", "Yes", "There", "Here", "According",
]);
const NAME_PARTICLES = new Set(["al", "al-", "bin", "ibn", "bint", "de", "da", "dos", "das", "del", "van", "von", "der", "le", "la", "du", "el", "abu", "ben"]);
// East Asian family names that come first ("Xi Jinping" is "Xi"); a hyphenated given name ("Byung-se") says the same.
const FAMILY_FIRST = new Set([
  "Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Yun", "Jang", "Lim", "Han", "Shin", "Seo", "Kwon",
  "Hwang", "Ahn", "Song", "Hong", "Moon", "Ban", "Xi", "Li", "Wang", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang",
  "Zhou", "Wu", "Hu", "Wen", "Qin", "Nguyen", "Tran", "Pham", "Le", "Vo", "Hun", "Ri", "Choe",
]);
const EVENT_HEADS = new Set(["Spring", "Revolution", "Conference", "Summit", "Forum", "Games", "Olympics", "Cup", "Festival", "Expo", "War", "Dialogue", "Talks", "Treaty", "Agreement", "Accord", "Accords", "Act", "Award", "Prize", "Day"]);
const PRODUCT_NEXT = new Set(["ship", "spacecraft", "capsule", "satellite", "vehicle", "system", "systems", "battery", "batteries", "missile", "missiles", "rocket", "rockets", "aircraft", "jet", "jets", "drone", "drones", "tank", "tanks", "vessel", "warship"]);
const PRONOUNS = new Set(["he", "she", "him", "his", "her", "He", "She", "Him", "His", "Her", "HE", "SHE", "HIS", "HER"]);
// Lower-case role nouns that news puts right before a name (ASCII lower-case words).
const LOWER_TITLES = new Set(["spokesman", "spokeswoman", "spokesperson", "minister", "ambassador", "envoy", "adviser", "advisor", "chief", "negotiator", "secretary", "leader", "commander"]);
// Lower-case words that complete such a title before it ("press secretary", "foreign minister").
const TITLE_MODIFIERS = new Set(["press", "foreign", "defense", "defence", "home", "interior", "finance", "health", "trade", "general", "deputy", "chief", "prime", "state", "security", "opposition", "former", "army", "military", "rebel", "party", "militia", "top"]);
// Prepositions of place: a name only ever seen after them is a place ("in Siberia", "near Cape Canaveral").
const LOCATIVE = new Set(["in", "at", "near", "over", "across", "around", "outside", "inside", "above", "below", "off"]);
// Words before a byline or photo credit name ("Writer Marcia Dunn").
const CREDIT_WORDS = new Set(["Writer", "Photographer", "Reporter", "Correspondent", "Editor", "By", "Photo", "Credit", "Staff", "Columnist", "Contributor"]);
// Heads that make a name an organisation, whatever the recogniser said ("Muslim Brotherhood", "Getty Images").
const ORG_HEADS = new Set([
  "Brotherhood", "Party", "Front", "Movement", "Army", "Council", "Committee", "Commission", "Ministry", "Department",
  "Agency", "Institute", "University", "College", "Bank", "Corporation", "Company", "Group", "Images", "Press", "News",
  "Times", "Post", "Association", "Union", "Federation", "League", "Organization", "Organisation", "Foundation",
  "Center", "Centre", "Service", "Services", "Forces", "Guard", "Court", "Parliament", "Assembly", "Office", "Inc.",
]);

// Word classes of the token passes below, looked up once per token (each pass then reads a byte, not the word).
// W_GAZ: a gazetteer phrase may start at the word; W_CAP (set per token, not in the table): the word starts with A-Z.
const W_LOWER_TITLE = 1, W_TITLE = 2, W_THE = 4, W_PRONOUN = 8, W_COUNTERPART = 16, W_GAZ = 32, W_CAP = 64;
let wordClassCache: Map<string, number> | null = null;
/**
 * For each ASCII first letter, a bit per word length (31: 31 or longer) that some word of the class table has: most
 * words of a text are ruled out by these two numbers, without hashing the word.
 */
const classShapes = new Uint32Array(128);
/** Word → its classes (W_* bits); words of no class are absent. Built once. */
function getWordClasses(gaz: ReturnType<typeof getGazetteer>): Map<string, number> {
  if (wordClassCache) return wordClassCache;
  const m = new Map<string, number>();
  const add = (w: string, bit: number) => m.set(w, (m.get(w) ?? 0) | bit);
  for (const w of LOWER_TITLES) add(w, W_LOWER_TITLE);
  // The title pass looks up title words only when they start with an ASCII capital.
  for (const w of TITLE_WORDS) if (/^[A-Z]/.test(w)) add(w, W_TITLE);
  add("the", W_THE);
  add("The", W_THE);
  for (const w of PRONOUNS) add(w, W_PRONOUN);
  add("counterpart", W_COUNTERPART);
  // As `matchAt` looks up: "The" by "the".
  for (const k of gaz.byFirst.keys()) if (k !== "The") add(k, W_GAZ);
  if (gaz.byFirst.has("the")) add("The", W_GAZ);
  for (const w of m.keys()) {
    const c0 = w.charCodeAt(0);
    if (c0 < 128) classShapes[c0] |= 1 << Math.min(w.length, 31);
  }
  return (wordClassCache = m);
}

let roleIndexCache: Map<string, { parts: string[]; role: string }[]> | null = null;
/** Role nouns ("foreign minister", "top diplomat") indexed by their first word, longest first; built once. */
function getRoleIndex() {
  if (!roleIndexCache) {
    roleIndexCache = new Map();
    for (const [key, role] of Object.entries(ROLE_NOUNS)) {
      const parts = key.split(" ");
      const list = roleIndexCache.get(parts[0]) ?? [];
      list.push({ parts, role });
      roleIndexCache.set(parts[0], list);
    }
    for (const list of roleIndexCache.values()) list.sort((a, b) => b.parts.length - a.parts.length);
  }
  return roleIndexCache;
}

/** A new draft; every draft has the same fields in the same order (one object shape for the passes that read them). */
const newDraft = (id: string, type: Draft["type"], name: string, country?: string): Draft => ({
  id,
  type,
  name,
  role: undefined,
  affiliation: undefined,
  country,
  shortNames: new Set(),
});

const isCap = (w: string) => /^\p{Lu}/u.test(w);
const slug = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "") || "actor";

/** Whether a token can be part of a person's name. */
function nameToken(w: string): boolean {
  if (!isCap(w) || NOT_NAME.has(w) || MONTHS_DAYS.has(w) || TITLE_WORDS.has(w)) return false;
  return (/^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(w) && !/^\p{Lu}{2,}$/u.test(w.replace(/\./g, ""))) || /^(\p{Lu}\.)+$/u.test(w);
}

/** Extends a name from token j: capitalised name tokens, with particles inside ("Bashar al-Assad"). Returns end index. */
function nameEnd(words: string[], j: number, limit: number): number {
  let k = j;
  while (k < limit && k - j < 5) {
    const w = words[k];
    if (nameToken(w) || (k > j && /^(al|el|bin|ibn|ben|abu|da|de|van|von|le|la|du)-\p{Lu}/u.test(w))) k++;
    else if (k > j && NAME_PARTICLES.has(w.toLowerCase()) && k + 1 < limit && nameToken(words[k + 1])) k += 2;
    else break;
  }
  // A trailing initial ("S.") is not a name end.
  while (k > j && /^\p{Lu}\.$/u.test(words[k - 1])) k--;
  return k;
}

/** Soft hyphens and zero-width characters. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060]/;
const INVISIBLE_ALL = /[\u00AD\u200B-\u200D\u2060]/g;

/** Finds actors in a text and merges their mentions. `names` are spans from the named-entity recogniser, if any. */
export function findActors(text: string, tokens: Token[], sentences: Sentence[], names: NameSpan[] = []): ActorResult {
  const gaz = getGazetteer();
  // Soft hyphens and zero-width characters that pages put inside words do not change the word ("Vladi\u00ADmir").
  // Built by a plain loop: the array has the same elements kind on every call (the passes below stay optimised).
  const n = tokens.length;
  const invisible = INVISIBLE.test(text);
  const words: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i].text;
    words[i] = invisible && INVISIBLE.test(t) ? t.replace(INVISIBLE_ALL, "") : t;
  }
  const wordClasses = getWordClasses(gaz);
  const wclass = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const w = words[i];
    const c0 = w.charCodeAt(0);
    const known = !(c0 < 128) || (classShapes[c0] & (1 << Math.min(w.length, 31))) !== 0;
    wclass[i] = (known ? (wordClasses.get(w) ?? 0) : 0) | (c0 >= 65 && c0 <= 90 ? W_CAP : 0);
  }
  const owner: string[] = new Array(n).fill("");
  const mentions: ActorMention[] = [];
  const drafts = new Map<string, Draft>();
  const sentenceOf = new Int32Array(n);
  sentences.forEach((s, si) => {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) sentenceOf[i] = si;
  });

  const free = (a: number, b: number) => {
    for (let i = a; i < b; i++) if (owner[i]) return false;
    return true;
  };
  /** The mention starting at each token (mentions never share a token), and each actor's earliest mention end. */
  const startsAt: (ActorMention | undefined)[] = new Array(n);
  const firstEnd = new Map<string, number>();
  const addMention = (a: number, b: number, actorId: string, kind: ActorMention["kind"]) => {
    if (b <= a || !free(a, b)) return false;
    for (let i = a; i < b; i++) owner[i] = actorId;
    const m: ActorMention = { start: tokens[a].start, end: tokens[b - 1].end, tokenStart: a, tokenEnd: b, actorId, kind };
    mentions.push(m);
    startsAt[a] = m;
    if (!((firstEnd.get(actorId) ?? Infinity) <= b)) firstEnd.set(actorId, b);
    return true;
  };
  const ensureCountry = (iso3: string) => {
    if (!drafts.has(iso3)) {
      const c = gaz.countries.get(iso3);
      drafts.set(iso3, newDraft(iso3, "country", c?.name ?? iso3, iso3));
    }
    return iso3;
  };
  const ensureOrg = (orgId: string) => {
    if (!drafts.has(orgId)) {
      const o = gaz.organizations.get(orgId);
      drafts.set(orgId, newDraft(orgId, o?.type ?? "organization", o?.name ?? orgId, o?.country));
    }
    return orgId;
  };
  const affiliationId = (aff: string) => (/^[A-Z]{3}$/.test(aff) ? ensureCountry(aff) : ensureOrg(aff));
  const personByName = new Map<string, string>();
  /** Short name → the ids of the people who may be called so (kept as short names are added). */
  const shortOwners = new Map<string, Set<string>>();
  const addShort = (d: Draft, name: string) => {
    if (d.shortNames.has(name)) return;
    d.shortNames.add(name);
    let owners = shortOwners.get(name);
    if (!owners) shortOwners.set(name, (owners = new Set()));
    owners.add(d.id);
  };
  const shortsDerived = new Set<string>();
  const ensurePerson = (name: string, role?: string, affiliation?: string, leader?: LeaderEntry) => {
    const canonical = leader?.name ?? name;
    let id = personByName.get(canonical) ?? personByName.get(name);
    if (!id) {
      id = slug(canonical);
      while (drafts.has(id) && drafts.get(id)!.type !== "person") id += "-p";
      personByName.set(canonical, id);
      personByName.set(name, id);
      drafts.set(id, newDraft(id, "person", canonical));
    }
    const d = drafts.get(id)!;
    if (role && !d.role) d.role = role;
    const aff = affiliation ?? leader?.affiliation;
    if (aff && !d.affiliation) {
      d.affiliation = affiliationId(aff);
      d.country = /^[A-Z]{3}$/.test(aff) ? aff : gaz.organizations.get(aff)?.country;
    }
    if (!d.role && leader) d.role = leader.role;
    // Short names follow from the canonical name and the leader entry only: derived once per person and name.
    const shortKey = `${id}\u0000${canonical}\u0000${leader ? leader.name : ""}`;
    if (shortsDerived.has(shortKey)) return id;
    shortsDerived.add(shortKey);
    const parts = canonical.split(/\s+/);
    if (parts.length > 1) {
      const last = parts[parts.length - 1];
      if (!NAME_PARTICLES.has(last.toLowerCase())) addShort(d, last);
      if (FAMILY_FIRST.has(parts[0]) || /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(parts[1] ?? "")) addShort(d, parts[0]);
      // "Bashar al-Assad" is "Assad" and "al-Assad"; "Osama bin Laden" is "bin Laden" and "Bin Laden".
      const alParticle = parts.findIndex((p) => /^(al|el)-/i.test(p));
      if (alParticle > 0) {
        addShort(d, parts[alParticle]);
        addShort(d, parts[alParticle].replace(/^(al|el)-/i, ""));
      }
      const particle = parts.findIndex((p, k) => k > 0 && k < parts.length - 1 && NAME_PARTICLES.has(p.toLowerCase()));
      if (particle > 0) {
        const tail = parts.slice(particle).join(" ");
        addShort(d, tail);
        addShort(d, tail.charAt(0).toUpperCase() + tail.slice(1));
      }
    }
    for (const a of leader?.aliases ?? []) if (!a.includes(" ")) addShort(d, a);
    return id;
  };

  /** The one person (if exactly one) who may be called by this single word. */
  const personWithShortName = (w: string): string | null => {
    const owners = shortOwners.get(w);
    return owners && owners.size === 1 ? owners.values().next().value! : null;
  };

  // 1. Gazetteer phrases (organisations, known leaders, countries and their demonyms, capitals, seats of power).
  const contextual: [number, number, string, string[]][] = [];
  const countryMentioned = new Set<string>();
  const leaderHits: [number, number, LeaderEntry][] = [];
  const gazAt: (ReturnType<typeof matchAt> | null)[] = new Array(n).fill(null);
  for (let i = 0; i < n; i++) {
    if (!(wclass[i] & W_GAZ)) continue;
    const m = matchAt(gaz, words, i);
    if (!m) continue;
    gazAt[i] = m;
    const b = i + m.tokens.length;
    const e = m.entry;
    if (e.kind === "country") {
      // "Washington Post", "Moscow Times": a capital followed by a capitalised word is a name of something else.
      // An event word after it ("the Beijing Olympics") keeps the capital as the country's.
      if (e.form === "capital" && b < n && isCap(words[b]) && !gaz.byFirst.has(words[b]) && !EVENT_HEADS.has(words[b]) && tokens[b].start - tokens[b - 1].end === 1) {
        i = b - 1;
        continue;
      }
      addMention(i, b, ensureCountry(e.iso3), e.form === "demonym" ? "demonym" : e.form === "name" ? "name" : "metonym");
      countryMentioned.add(e.iso3);
    } else if (e.kind === "org") {
      addMention(i, b, ensureOrg(e.org.id), "name");
    } else if (e.kind === "leader") {
      leaderHits.push([i, b, e.leader]);
    } else {
      contextual.push([i, b, e.iso3, e.context]);
    }
    i = b - 1;
  }

  // 2. Titled names: "South Korean Foreign Minister Yun Byung-se", "U.N. Secretary-General Antonio Guterres".
  for (let i = 0; i < n; i++) {
    // Most words are in neither title list (lower-case titles are lower-case ASCII, the title words looked up here start
    // with an ASCII capital).
    const wc = wclass[i];
    if (!(wc & (W_LOWER_TITLE | W_TITLE))) continue;
    const lowerInitial = (wc & W_LOWER_TITLE) !== 0;
    // Lower-case titles before a name: "White House spokesman Josh Earnest", "foreign minister Wang Yi".
    if (lowerInitial && !owner[i] && i + 1 < n && nameToken(words[i + 1]) && !owner[i + 1]) {
      // The article's own title wins over the table's for a known person ("foreign secretary Boris Johnson").
      const lm = gazAt[i + 1];
      const leader = lm && lm.entry.kind === "leader" ? lm.entry.leader : undefined;
      const k = leader ? i + 1 + lm!.tokens.length : nameEnd(words, i + 1, n);
      if (k > i + 1 && (!gazAt[i + 1] || leader)) {
        let p = i - 1;
        while (p >= 0 && i - p <= 3 && TITLE_MODIFIERS.has(words[p].toLowerCase())) p--;
        let affiliation: string | undefined;
        const o = p >= 0 ? owner[p] : "";
        if (o && (drafts.get(o)?.type === "country" || drafts.get(o)?.type === "organization")) affiliation = o;
        const roleText = words.slice(p + 1, i + 1).join(" ");
        const role = ROLE_NOUNS[roleText.toLowerCase()] ?? roleText.replace(/(^|\s)(\p{Ll})/gu, (_, sp: string, c: string) => sp + c.toUpperCase());
        addMention(i + 1, k, ensurePerson(words.slice(i + 1, k).join(" "), role, affiliation, leader), "name");
        i = k - 1;
        continue;
      }
    }
    if (lowerInitial || owner[i]) continue;
    let j = i;
    let head = false;
    while (j < n && j - i < 7) {
      const w = words[j];
      if (TITLE_WORDS.has(w) && !owner[j]) {
        if (HEAD_TITLES.has(w) || w === "Minister") head = true;
        j++;
      } else if ((w === "of" || w === "for") && j > i && j + 1 < n && TITLE_WORDS.has(words[j + 1])) j++;
      else break;
    }
    if (j === i) continue;
    const titleWords = words.slice(i, j).filter((w) => !HONORIFICS.has(w));
    const honorificOnly = titleWords.length === 0;
    if (!head && !honorificOnly) {
      i = j - 1;
      continue;
    }
    // A leader named right after the title ("President Putin"), or a plain name.
    const lm = j < n ? gazAt[j] : null;
    let k: number;
    let leader: LeaderEntry | undefined;
    if (lm && lm.entry.kind === "leader") {
      k = j + lm.tokens.length;
      leader = lm.entry.leader;
    } else {
      k = nameEnd(words, j, n);
      if (k > j && gazAt[j] && gazAt[j]!.entry.kind !== "leader") k = j; // "Prime Minister Japan" is not a name
    }
    if (k === j) {
      i = j - 1;
      continue;
    }
    const name = words.slice(j, k).join(" ");
    // Affiliation from what precedes the title: a demonym, a country ("Russia's"), an organisation ("NATO").
    let affiliation: string | undefined;
    let p = i - 1;
    if (p >= 0 && (words[p] === "'s" || words[p] === "’s")) p--;
    if (p >= 0 && owner[p]) {
      const o = owner[p];
      const d = drafts.get(o);
      if (d && (d.type === "country" || d.type === "organization")) affiliation = o;
    }
    const role = honorificOnly ? undefined : titleWords.join(" ");
    const id = ensurePerson(name, role, affiliation, leader);
    for (let t = i; t < j; t++) owner[t] = owner[t] || ""; // the title itself is not a mention
    addMention(j, k, id, "name");
    i = k - 1;
  }

  // 3. Known leaders named without a title ("Putin said").
  for (const [a, b, leader] of leaderHits) {
    if (!free(a, b)) continue;
    addMention(a, b, ensurePerson(leader.name, undefined, undefined, leader), b - a > 1 ? "name" : "short");
  }

  // 4. "his Russian counterpart Sergey Lavrov": the role of the person before, the country of the demonym.
  for (let i = 0; i < n; i++) {
    if (!(wclass[i] & W_COUNTERPART) || i + 1 >= n) continue;
    const k = nameEnd(words, i + 1, n);
    if (k === i + 1 || !free(i + 1, k)) continue;
    let affiliation: string | undefined;
    const dOwner = i > 0 ? owner[i - 1] : "";
    if (dOwner && drafts.get(dOwner)?.type === "country") affiliation = dOwner;
    let role: string | undefined;
    for (let q = mentions.length - 1; q >= 0; q--) {
      const m = mentions[q];
      if (m.tokenStart < sentences[sentenceOf[i]].tokenStart) break;
      const d = drafts.get(m.actorId);
      if (m.tokenEnd <= i && d?.type === "person" && d.role) {
        role = d.role;
        break;
      }
    }
    addMention(i + 1, k, ensurePerson(words.slice(i + 1, k).join(" "), role, affiliation), "name");
  }

  // 5. Names from the recogniser: people and organisations (places are countries only via the gazetteer).
  if (names.length) {
    // News introduces a person by full name; a lone word tagged as a person with no full name in the article to
    // shorten ("Ennahda", "Muslims") is more often a party, a people or a place than a person.
    const fullNameWords = new Set<string>();
    for (const s of names) {
      if (s.type !== "PER") continue;
      const parts = text.slice(s.start, s.end).split(/\s+/);
      if (parts.some((w) => ORG_HEADS.has(w) || EVENT_HEADS.has(w))) continue;
      if (parts.length > 1) for (const p of parts) fullNameWords.add(p);
    }
    for (const d of drafts.values()) if (d.type === "person") for (const p of d.name.split(/\s+/)) fullNameWords.add(p);
    // Names used as things or places anywhere in the article are not organisations anywhere in it: "the Progress cargo
    // ship … Progress docked", "in Siberia … over Siberia". A first pass over the recognised organisation names decides.
    const products = new Set<string>();
    const orgContexts = new Map<string, { total: number; locative: number }>();
    {
      let ti = 0;
      for (const s of names) {
        if (s.type !== "ORG") continue;
        while (ti < n && tokens[ti].end <= s.start) ti++;
        let tj = ti;
        while (tj < n && tokens[tj].start < s.end) tj++;
        if (tj <= ti) continue;
        const name = text.slice(tokens[ti].start, tokens[tj - 1].end);
        if (tj < n && (PRODUCT_NEXT.has(words[tj]) || (PRODUCT_NEXT.has(words[tj + 1] ?? "") && /^\p{Ll}/u.test(words[tj])))) products.add(name);
        const c = orgContexts.get(name) ?? { total: 0, locative: 0 };
        c.total++;
        const before = words[ti - 1] === "the" ? words[ti - 2] : words[ti - 1];
        if (before !== undefined && LOCATIVE.has(before)) c.locative++;
        orgContexts.set(name, c);
      }
    }
    /** Organisation ids by name (a name recurs: its slug is made once). */
    const orgIds = new Map<string, string>();
    let ti = 0;
    for (const s of names) {
      while (ti < n && tokens[ti].end <= s.start) ti++;
      let tj = ti;
      while (tj < n && tokens[tj].start < s.end) tj++;
      // "Writer Marcia Dunn", "By Eleanor Roy": credit words are not part of the name.
      while (tj - ti > 1 && (CREDIT_WORDS.has(words[ti]) || HONORIFICS.has(words[ti]))) ti++;
      if (tj <= ti || !free(ti, tj)) continue;
      const surface = words.slice(ti, tj);
      const name = text.slice(tokens[ti].start, tokens[tj - 1].end);
      const orgLike = surface.some((w) => ORG_HEADS.has(w));
      // The recogniser's spans are read, never changed: the type is decided here.
      const type = s.type === "PER" && orgLike ? "ORG" : s.type;
      if (type === "PER" && EVENT_HEADS.has(surface[surface.length - 1])) continue;
      if (type === "PER") {
        if (surface.length === 1 && surface[0].length < 2) continue;
        if (surface.some((w) => MONTHS_DAYS.has(w) || NOT_NAME.has(w) || gaz.demonyms.has(w.toLowerCase()))) continue;
        if (surface.length === 1 && !fullNameWords.has(surface[0]) && !personWithShortName(surface[0])) continue;
        // "Yun" after "Yun Byung-se": a short name of a person already met, not a new person.
        const known = surface.length <= 2 ? personWithShortName(name) : null;
        if (known) addMention(ti, tj, known, "short");
        else addMention(ti, tj, ensurePerson(name), "name");
      } else if (type === "ORG") {
        const last = surface[surface.length - 1];
        if (EVENT_HEADS.has(last)) continue;
        if (tj < n && (PRODUCT_NEXT.has(words[tj]) || (PRODUCT_NEXT.has(words[tj + 1] ?? "") && /^\p{Ll}/u.test(words[tj])))) {
          products.add(name);
          continue;
        }
        if (products.has(name)) continue;
        // Only ever "in X", "over X", "near X": a place the recogniser took for an organisation.
        const ctxs = orgContexts.get(name);
        if (ctxs && ctxs.locative === ctxs.total && surface.length <= 2 && !/^\p{Lu}{2,}$/u.test(surface[0])) continue;
        if (tj + 3 < n && words[tj] === "(" && words[tj + 2] === ")" && PRODUCT_NEXT.has(words[tj + 3])) continue;
        if (/^(Resolution|Resolutions)$/i.test(surface[0])) continue;
        let id = orgIds.get(name);
        if (id === undefined) orgIds.set(name, (id = "org-" + slug(name)));
        if (!drafts.has(id)) drafts.set(id, newDraft(id, "organization", name));
        addMention(ti, tj, id, "name");
      }
    }
  }

  // 6. Apposition: "Sergey Lavrov, Russia's foreign minister," / "Lavrov, the Russian foreign minister".
  const roleIndex = getRoleIndex();
  const roleAt = (i: number): [number, string] | null => {
    if (i >= n) return null;
    const list = roleIndex.get(words[i].toLowerCase());
    if (!list) return null;
    for (const { parts, role } of list) {
      if (i + parts.length > n) continue;
      let ok = true;
      for (let q = 1; ok && q < parts.length; q++) if (words[i + q].toLowerCase() !== parts[q]) ok = false;
      if (ok) return [i + parts.length, role];
    }
    return null;
  };
  for (const m of [...mentions]) {
    const d = drafts.get(m.actorId);
    if (d?.type !== "person" || m.tokenEnd + 2 >= n || words[m.tokenEnd] !== ",") continue;
    let p = m.tokenEnd + 1;
    let affiliation: string | undefined;
    if (words[p] === "the" || words[p] === "a") p++;
    if (owner[p] && drafts.get(owner[p])?.type !== "person") {
      affiliation = owner[p];
      while (p < n && owner[p] === affiliation) p++;
      if (words[p] === "'s" || words[p] === "’s") p++;
    }
    const r = roleAt(p);
    if (!r) continue;
    if (!d.role) d.role = r[1];
    if (affiliation && !d.affiliation) {
      d.affiliation = affiliation;
      d.country = drafts.get(affiliation)?.country;
    }
  }

  // 7. Short names and honorifics: "Lavrov", "Mr. Yun" (only when exactly one person is called so).
  const shortIndex = new Map<string, string | null>();
  for (const d of drafts.values()) {
    if (d.type !== "person") continue;
    for (const s of d.shortNames) shortIndex.set(s, shortIndex.has(s) && shortIndex.get(s) !== d.id ? null : d.id);
  }
  // Short names are mostly capitalised: then only words starting with a capital are looked up.
  let capitalShorts = true;
  for (const k of shortIndex.keys()) {
    const c0 = k.charCodeAt(0);
    if (!(c0 >= 65 && c0 <= 90)) capitalShorts = false;
  }
  for (let i = 0; i < n; i++) {
    if (owner[i] || (capitalShorts && !(wclass[i] & W_CAP))) continue;
    const id = shortIndex.get(words[i]);
    if (!id) continue;
    // Not the first word of a longer unknown name ("Yun Sang-hyun" is someone else).
    if (i + 1 < n && nameToken(words[i + 1]) && !owner[i + 1] && tokens[i + 1].start - tokens[i].end === 1) continue;
    const a = i > 0 && HONORIFICS.has(words[i - 1]) ? i - 1 : i;
    addMention(a, i + 1, id, "short");
  }

  // 8. Contextual names: "the North" in a Korea story.
  for (const [a, b, iso3, ctx] of contextual) {
    let mentioned = false;
    for (const c of ctx) if (countryMentioned.has(c)) mentioned = true;
    if (mentioned) addMention(a, b, ensureCountry(iso3), "metonym");
  }

  const dropped = new Set<ActorMention>();
  // 9. Role descriptions: "the Russian minister", "the top diplomat", "Russia's foreign minister".
  // People with a role, in draft order, with the lower-cased role (this pass adds no drafts and changes no role).
  const rolePersons: { d: Draft; role: string; foreign: boolean }[] = [];
  for (const d of drafts.values()) if (d.type === "person" && d.role) rolePersons.push({ d, role: d.role.toLowerCase(), foreign: /foreign/i.test(d.role) });
  for (let i = 0; i + 1 < n; i++) {
    if (!(wclass[i] & W_THE)) continue;
    let p = i + 1;
    let aff: string | undefined;
    if (owner[p] && drafts.get(owner[p])?.type === "country") {
      aff = owner[p];
      while (p < n && owner[p] === aff) p++;
    }
    // Role noun: the known ones, or any "... minister".
    let r = roleAt(p);
    if (!r && p + 1 < n && /^[a-z]+$/.test(words[p]) && words[p + 1] === "minister") r = [p + 2, "Minister"];
    if (!r) continue;
    const headNoun = r[1].toLowerCase().split(" ").pop()!;
    const foreignRole = r[1] === "Foreign Minister";
    // The one person with this role (and affiliation) introduced before this description, if exactly one.
    let only: Draft | undefined;
    let count = 0;
    for (const { d, role, foreign } of rolePersons) {
      if (!(role.includes(headNoun) || (foreignRole && foreign)) || (aff && d.affiliation !== aff)) continue;
      if (!((firstEnd.get(d.id) ?? Infinity) <= i)) continue;
      if (++count > 1) break;
      only = d;
    }
    if (count !== 1) continue;
    if (aff) for (let t = i + 1; t < p; t++) owner[t] = ""; // the demonym belongs to the description
    const ok = free(i, r[0]);
    if (ok) {
      // Drop the demonym mention inside the description: it is part of the person's mention now.
      for (let t = i; t < r[0]; t++) {
        const m = startsAt[t];
        if (m && m.tokenEnd <= r[0]) {
          dropped.add(m);
          startsAt[t] = undefined;
        }
      }
      addMention(i, r[0], only!.id, "role");
    } else if (aff) for (let t = i + 1; t < p; t++) owner[t] = aff;
  }

  if (dropped.size) {
    let kept = 0;
    for (const m of mentions) if (!dropped.has(m)) mentions[kept++] = m;
    mentions.length = kept;
  }

  // 10. Pronouns: he/she/his/her → the nearest person before it in the sentence, or the only person of the sentence before.
  mentions.sort((a, b) => a.start - b.start);
  for (let i = 0; i < n; i++) {
    if (!(wclass[i] & W_PRONOUN) || owner[i]) continue;
    const si = sentenceOf[i];
    const s = sentences[si];
    let target: string | null = null;
    // The nearest person within the sentence (bounded: a "sentence" without punctuation can be a whole page).
    for (let q = i - 1; q >= Math.max(s.tokenStart, i - 80); q--) {
      if (owner[q] && drafts.get(owner[q])?.type === "person") {
        target = owner[q];
        break;
      }
    }
    if (!target && si > 0) {
      const prev = sentences[si - 1];
      const persons = new Set<string>();
      for (let q = Math.max(prev.tokenStart, prev.tokenEnd - 120); q < prev.tokenEnd; q++) {
        if (owner[q] && drafts.get(owner[q])?.type === "person") persons.add(owner[q]);
      }
      if (persons.size === 1) target = [...persons][0];
    }
    if (!target) continue;
    // Binding: "he said that the Russian minister …" – he is not the minister.
    let conflict = false;
    for (let q = i + 1; q < Math.min(s.tokenEnd, i + 80); q++) if (owner[q] === target) conflict = true;
    if (!conflict) addMention(i, i + 1, target, "pronoun");
  }

  // 11. A person first met by one word ("Lavrov … Sergey Lavrov") is the person whose short name it is.
  for (const d of [...drafts.values()]) {
    if (d.type !== "person" || d.name.includes(" ")) continue;
    const other = [...drafts.values()].filter((o) => o.type === "person" && o.id !== d.id && o.shortNames.has(d.name));
    if (other.length !== 1) continue;
    for (const m of mentions) if (m.actorId === d.id) m.actorId = other[0].id;
    drafts.delete(d.id);
  }

  mentions.sort((a, b) => a.start - b.start);
  const byActor = new Map<string, Span[]>();
  for (const m of mentions) {
    const list = byActor.get(m.actorId) ?? [];
    list.push({ start: m.start, end: m.end, text: text.slice(m.start, m.end) });
    byActor.set(m.actorId, list);
  }
  const actors: Actor[] = [];
  for (const d of drafts.values()) {
    const spans = byActor.get(d.id);
    if (!spans?.length) continue;
    const a: Actor = { id: d.id, type: d.type, name: d.name, mentions: spans };
    if (d.role) a.role = d.role;
    if (d.affiliation) a.affiliation = d.affiliation;
    if (d.country) a.country = d.country;
    actors.push(a);
  }
  // An affiliation always names an actor of the list.
  const ids = new Set(actors.map((a) => a.id));
  for (const a of actors) if (a.affiliation && !ids.has(a.affiliation)) delete a.affiliation;
  actors.sort((a, b) => b.mentions.length - a.mentions.length || a.mentions[0].start - b.mentions[0].start);
  const tokenActor = new Array<string>(n).fill("");
  for (const m of mentions) for (let t = m.tokenStart; t < m.tokenEnd; t++) tokenActor[t] = m.actorId;
  return { actors, mentions, tokenActor };
}
