/** Token-sequence gazetteer over countries, organisations and known leaders, built once on first use. */
import { COUNTRY_ROWS } from "../data/countries.ts";
import { COUNTRY_ALIASES, SEATS_OF_POWER, EXTRA_DEMONYMS, CONTEXTUAL_NAMES } from "../data/country-aliases.ts";
import { ORGANIZATIONS, type OrganizationEntry } from "../data/organizations.ts";
import { LEADERS, type LeaderEntry } from "../data/leaders.ts";
import { tokenize } from "../text/tokenize.ts";

/** What a gazetteer phrase stands for. */
export type GazetteerEntry =
  | { kind: "country"; iso3: string; form: "name" | "demonym" | "capital" | "seat" }
  | { kind: "contextual"; iso3: string; context: string[] }
  | { kind: "org"; org: OrganizationEntry }
  | { kind: "leader"; leader: LeaderEntry };

/** A gazetteer phrase as tokens, with its entry. */
export interface GazetteerPhrase {
  tokens: string[];
  entry: GazetteerEntry;
}

/** A country of the gazetteer. */
export interface CountryInfo {
  iso3: string;
  name: string;
  demonym?: string;
}

/** The gazetteer: phrases indexed by their first token, longest first. */
export interface Gazetteer {
  byFirst: Map<string, GazetteerPhrase[]>;
  countries: Map<string, CountryInfo>;
  organizations: Map<string, OrganizationEntry>;
  /** Demonym (lower case) → ISO3, for role descriptions like "the Russian minister". */
  demonyms: Map<string, string>;
}

let cached: Gazetteer | null = null;

/** Returns the gazetteer, building it on first call (a few milliseconds). */
export function getGazetteer(): Gazetteer {
  if (cached) return cached;
  const byFirst = new Map<string, GazetteerPhrase[]>();
  const countries = new Map<string, CountryInfo>();
  const demonyms = new Map<string, string>();
  const seen = new Set<string>();
  const add = (phrase: string, entry: GazetteerEntry) => {
    const toks = tokenize(phrase).map((t) => t.text);
    if (toks.length === 0) return;
    const key = toks.join(" ");
    if (seen.has(key)) return; // first definition wins: names before demonyms before capitals
    seen.add(key);
    const first = toks[0] === "The" ? "the" : toks[0];
    const list = byFirst.get(first) ?? [];
    list.push({ tokens: toks, entry });
    byFirst.set(first, list);
  };
  // Organisations and leaders first: "Security Council" must not start as something else.
  const organizations = new Map<string, OrganizationEntry>();
  for (const org of ORGANIZATIONS) {
    organizations.set(org.id, org);
    for (const n of org.names) add(n, { kind: "org", org });
  }
  for (const leader of LEADERS) {
    add(leader.name, { kind: "leader", leader });
    for (const a of leader.aliases) add(a, { kind: "leader", leader });
  }
  const rows = COUNTRY_ROWS.map((r) => r.split("\t"));
  for (const [iso3, name, names, dems] of rows) {
    countries.set(iso3, { iso3, name, demonym: dems.split("|")[0] || undefined });
    for (const n of names.split("|")) if (n) add(n, { kind: "country", iso3, form: "name" });
    for (const n of COUNTRY_ALIASES[iso3] ?? []) add(n, { kind: "country", iso3, form: "name" });
  }
  // Hand-kept demonyms first: they settle shared ones ("American" is the United States, not the Northern Mariana Islands).
  const demonymRows: [string, string[]][] = [
    ...Object.entries(EXTRA_DEMONYMS),
    ...rows.map(([iso3, , , dems]): [string, string[]] => [iso3, dems.split("|")]),
  ];
  for (const [iso3, dems] of demonymRows) {
    for (const d of dems) {
      if (!d) continue;
      add(d, { kind: "country", iso3, form: "demonym" });
      if (!demonyms.has(d.toLowerCase())) demonyms.set(d.toLowerCase(), iso3);
    }
  }
  for (const [iso3, , , , caps] of rows) {
    for (const c of caps.split("|")) if (c) add(c, { kind: "country", iso3, form: "capital" });
  }
  for (const [iso3, seats] of Object.entries(SEATS_OF_POWER)) {
    for (const s of seats) add(s, { kind: "country", iso3, form: "seat" });
  }
  for (const [phrase, iso3, context] of CONTEXTUAL_NAMES) add(phrase, { kind: "contextual", iso3, context });
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  cached = { byFirst, countries, organizations, demonyms };
  return cached;
}

/** Longest gazetteer phrase starting at token i, or null. `words` are the token texts. */
export function matchAt(gaz: Gazetteer, words: string[], i: number): GazetteerPhrase | null {
  const w = words[i];
  const list = gaz.byFirst.get(w === "The" ? "the" : w);
  if (!list) return null;
  for (const p of list) {
    const n = p.tokens.length;
    if (i + n > words.length) continue;
    let ok = true;
    for (let k = 1; k < n; k++) {
      if (words[i + k] !== p.tokens[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return p;
  }
  return null;
}
