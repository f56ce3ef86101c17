/** Official symbols, bodies and links of UN resolutions. */
import type { Resolution } from "../types.ts";
import { unscFacts, unscYear } from "./unsc-facts.ts";

/** The bodies whose resolutions Attaché recognises. */
export type Body = "Security Council" | "General Assembly" | "Human Rights Council";

/** Link to the official document: undocs.org takes the symbol without spaces. */
export function undocsUrl(symbol: string): string {
  return "https://undocs.org/" + symbol.replace(/\s+/g, "");
}

/** UN Digital Library search for a symbol (used when the year, and so the exact symbol, is unknown). */
export function digitalLibraryUrl(symbol: string): string {
  return "https://digitallibrary.un.org/search?p=" + encodeURIComponent(symbol);
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

/** Value of a Roman numeral up to LXXXIX, or NaN when malformed ("XXX" → 30, "IIII" → NaN). */
export function romanToNumber(s: string): number {
  if (!/^(?:L?X{0,3}|XL)(?:IX|IV|V?I{0,3})$/.test(s) || s === "") return NaN;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]];
    const next = ROMAN[s[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** General Assembly resolutions often cited by bare number, with their session and year. */
export const FAMOUS_GA: ReadonlyMap<number, { session: string; year: number }> = new Map([
  [181, { session: "II", year: 1947 }], // partition of Palestine
  [194, { session: "III", year: 1948 }], // Palestine refugees
  [377, { session: "V", year: 1950 }], // Uniting for Peace
  [1514, { session: "XV", year: 1960 }], // decolonisation declaration
  [2758, { session: "XXVI", year: 1971 }], // representation of China
  [3379, { session: "XXX", year: 1975 }], // "Zionism is a form of racism" (revoked 1991)
]);

/** A resolution before its mentions are attached. */
export type ResolutionCore = Omit<Resolution, "mentions" | "confidence">;

/** Security Council resolution `n`; `statedYear` is the year the text gives, used only when the tables know none. */
export function securityCouncil(n: number, statedYear?: number): ResolutionCore {
  const facts = unscFacts(n);
  const year = facts?.year ?? unscYear(n) ?? statedYear;
  const symbol = year ? `S/RES/${n} (${year})` : `S/RES/${n}`;
  const url = year ? undocsUrl(symbol) : digitalLibraryUrl(symbol);
  const r: ResolutionCore = year ? { symbol, body: "Security Council", number: n, year, url } : { symbol, body: "Security Council", number: n, url };
  if (facts) {
    r.title = facts.topic;
    r.adopted = facts.adopted;
    r.topic = facts.topic;
    if (facts.vote) r.vote = facts.vote;
  }
  return r;
}

/** General Assembly resolution by its modern number ("67/19", "ES-11/1", "S-27/2"). */
export function generalAssemblySlash(num: string): ResolutionCore {
  const symbol = `A/RES/${num}`;
  return { symbol, body: "General Assembly", number: num, url: undocsUrl(symbol) };
}

/** General Assembly resolution in the pre-1976 style: number and Roman session ("3379 (XXX)"). */
export function generalAssemblyOld(n: number, session: string): ResolutionCore {
  const symbol = `A/RES/${n} (${session})`;
  const famous = FAMOUS_GA.get(n);
  const year = famous && famous.session === session ? { year: famous.year } : {};
  return { symbol, body: "General Assembly", number: n, ...year, url: undocsUrl(symbol) };
}

/** General Assembly resolution cited by a bare number: the famous ones get their session, others a search link. */
export function generalAssemblyBare(n: number): ResolutionCore {
  const famous = FAMOUS_GA.get(n);
  if (famous) return generalAssemblyOld(n, famous.session);
  const symbol = `A/RES/${n}`;
  return { symbol, body: "General Assembly", number: n, url: digitalLibraryUrl(symbol) };
}

/** Human Rights Council resolution ("31/1", "S-29/1"). */
export function humanRightsCouncil(num: string): ResolutionCore {
  const symbol = `A/HRC/RES/${num}`;
  return { symbol, body: "Human Rights Council", number: num, url: undocsUrl(symbol) };
}
