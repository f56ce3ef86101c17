/**
 * UN resolution citations → official symbols, bodies, years and links (the resolutions stage).
 *
 * Pipeline: a cheap pre-check (PRECHECK) → one left-to-right scan for anchors (keywords and symbol
 * prefixes) → per anchor, the cited numbers (lists and ranges), the body from the words before and after,
 * and for unqualified numbers the surrounding words (confidence) → symbols with table facts.
 *
 * Mention spans: a singular citation covers the keyword through the number and its year or session,
 * e.g. "Resolution 2321", "resolution 2231 (2015)", "UNSCR 1973", "S/RES/2270 (2016)" (a body name before
 * the keyword is not included). In a list ("resolutions 1718, 1874, 2087 and 2094") the first item's span
 * is "resolutions 1718" and each later item's span is its number (with its year, if any): "1874".
 * Generic mentions cover the body and the keyword: "U.N. Security Council resolutions", "UNSC resolutions".
 */
import type { Resolution, Span } from "../types.ts";
import {
  ANCHOR, BAD_AFTER_ITEM, COUNT_AFTER_ITEM, GA_SYMBOL_TAIL, HRC_SYMBOL_TAIL, ITEM, LIST_SEP, NON_LEGAL_AFTER,
  NUMBER_LEAD, PRECHECK, SC_SYMBOL_TAIL,
} from "./patterns.ts";
import { postQualifier, prefixQualifier, TextContext, type Qualifier } from "./context.ts";
import {
  FAMOUS_GA, generalAssemblyBare, generalAssemblyOld, generalAssemblySlash, humanRightsCouncil, romanToNumber,
  securityCouncil, type ResolutionCore,
} from "./symbols.ts";
import { UNSC_MAX_PLAUSIBLE, unscYear } from "./unsc-facts.ts";

/** What the stage returns: resolutions in order of first mention, and mentions without a number. */
export interface ResolutionsResult {
  resolutions: Resolution[];
  genericResolutionMentions: Span[];
}

/** One number in a citation, with its span and year or session suffix. */
interface Item {
  start: number;
  end: number;
  num: string;
  /** "2015" or "XXX" when given. */
  suffix?: string;
}

/** Verb-like fillers between a body and "resolution": the body then is not part of a generic mention. */
const VERB_FILLER = /(?:ed|has|have|had|will|would|is|are|was|were|a|an)\s/;

/** Collects resolutions by identity (one per resolution, several mentions) and generic mentions. */
class Collector {
  private readonly byKey = new Map<string, Resolution>();
  readonly generic: Span[] = [];
  /** Body of the latest generic mention, for "UNSC resolutions, including Resolution 2321". */
  lastGenericKind: Qualifier = "none";
  constructor(private readonly text: string) {}

  span(start: number, end: number): Span {
    return { start, end, text: this.text.slice(start, end) };
  }

  add(core: ResolutionCore, start: number, end: number, confidence: number): void {
    // Security Council citations merge by number, so "resolution 2800" and "S/RES/2800 (2026)" are one.
    const key = core.body === "Security Council" ? `S/${core.number}` : core.symbol;
    const mention = this.span(start, end);
    const c = Math.round(Math.min(1, Math.max(0, confidence)) * 100) / 100;
    const known = this.byKey.get(key);
    if (!known) {
      this.byKey.set(key, { ...core, mentions: [mention], confidence: c });
      return;
    }
    known.mentions.push(mention);
    known.confidence = Math.max(known.confidence ?? 0, c);
    if (known.year === undefined && core.year !== undefined) Object.assign(known, core, { mentions: known.mentions });
  }

  result(): ResolutionsResult {
    const resolutions = [...this.byKey.values()];
    for (const r of resolutions) r.mentions.sort((a, b) => a.start - b.start);
    resolutions.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
    return { resolutions, genericResolutionMentions: this.generic.sort((a, b) => a.start - b.start) };
  }
}

/** Finds UN resolution citations and generic mentions in a text. */
export function findResolutions(text: string): ResolutionsResult {
  if (!PRECHECK.test(text)) return { resolutions: [], genericResolutionMentions: [] };
  const out = new Collector(text);
  const ctx = new TextContext(text);
  const anchor = new RegExp(ANCHOR.source, ANCHOR.flags);
  let m: RegExpExecArray | null;
  while ((m = anchor.exec(text)) !== null) {
    const end = m[4] ? symbolCitation(text, m, out) : m[6] ? emergencySessionCitation(m, out) : keywordCitation(text, m, ctx, out);
    if (end > anchor.lastIndex) anchor.lastIndex = end;
  }
  return out.result();
}

/** "S/RES/2270 (2016)", "A/RES/67/19", "A/RES/3379 (XXX)", "A/HRC/RES/31/1"; returns where scanning resumes. */
function symbolCitation(text: string, m: RegExpExecArray, out: Collector): number {
  const tailAt = m.index + m[0].length;
  const organ = m[4].toUpperCase();
  if (organ === "S" && !m[5]) {
    const t = execAt(SC_SYMBOL_TAIL, text, tailAt);
    if (!t) return tailAt;
    const n = Number(t[1]);
    const stated = t[2] ? Number(t[2]) : undefined;
    if (n < 1) return tailAt;
    const core = securityCouncil(n, stated);
    out.add(core, m.index, tailAt + t[0].length, stated && core.year && stated !== core.year ? 0.9 : 1);
    return tailAt + t[0].length;
  }
  if (organ === "A" && m[5]) {
    const t = execAt(HRC_SYMBOL_TAIL, text, tailAt);
    if (!t || !validHrc(t[1])) return tailAt;
    out.add(humanRightsCouncil(t[1]), m.index, tailAt + t[0].length, 1);
    return tailAt + t[0].length;
  }
  if (organ === "A") {
    const t = execAt(GA_SYMBOL_TAIL, text, tailAt);
    if (!t) return tailAt;
    const end = tailAt + t[0].length;
    if (t[1]) {
      if (validGaSlash(t[1])) out.add(generalAssemblySlash(t[1]), m.index, end, 1);
    } else {
      const session = romanToNumber(t[3]);
      if (session >= 1 && session <= 40) out.add(generalAssemblyOld(Number(t[2]), t[3]), m.index, end, 1);
    }
    return end;
  }
  return tailAt;
}

/** A bare emergency-special-session number: "ES-11/1" (always the General Assembly). */
function emergencySessionCitation(m: RegExpExecArray, out: Collector): number {
  const end = m.index + m[0].length;
  if (validGaSlash(m[6])) out.add(generalAssemblySlash(m[6]), m.index, end, 0.9);
  return end;
}

/** "resolution(s) …", "UNSCR(s) …", "S.C. Res. …", or a generic mention; returns where scanning resumes. */
function keywordCitation(text: string, m: RegExpExecArray, ctx: TextContext, out: Collector): number {
  const keywordEnd = m.index + m[0].length;
  const isUnscr = m[2] !== undefined;
  const isRes = m[3] !== undefined;
  const plural = /s$/i.test(m[1] ?? m[2] ?? "");
  const items = parseItems(text, keywordEnd, plural || isUnscr);
  const pre = prefixQualifier(text, m.index);
  // "NATO enforced UNSCR 1973": the keyword names the body itself, so words before it do not matter.
  if (pre.kind === "other" && !isUnscr) return items.length ? items[items.length - 1].end : keywordEnd;
  let q: Qualifier = isUnscr ? "SC" : pre.kind;
  if (q === "none") q = bodyOfPrecedingGeneric(text, m.index, out);

  if (items.length === 0) {
    genericMention(text, m, q, pre, isRes, out);
    return keywordEnd;
  }
  const end = items[items.length - 1].end;
  const post = postQualifier(text, end);
  if (post.kind === "other") return end;
  if ((q === "none" || q === "UN") && post.kind !== "none") q = post.kind;
  if (isRes && (q === "none" || q === "UN")) return end; // "H.Res. 24" is handled above; a bare "Res. 5" is not enough
  items.forEach((item, i) => {
    const resolved = resolveItem(item, q, ctx);
    if (resolved) out.add(resolved.core, i === 0 ? m.index : item.start, item.end, resolved.confidence);
  });
  return end;
}

/** Records a generic mention ("UNSC resolutions", "resolutions of the Security Council") when a UN body is named. */
function genericMention(
  text: string, m: RegExpExecArray, q: Qualifier, pre: ReturnType<typeof prefixQualifier>, isRes: boolean, out: Collector,
): void {
  if (isRes) return;
  const keywordEnd = m.index + m[0].length;
  const after = text.slice(keywordEnd, keywordEnd + 60);
  if (/^\s+(?:[SA]\/|ES-)/.test(after)) return; // "resolution A/RES/67/19": the symbol is the citation
  if (NON_LEGAL_AFTER.test(after)) return; // "the UN's resolution of the crisis"
  if (q === "none") {
    const post = postQualifier(text, keywordEnd);
    if (post.kind === "SC" || post.kind === "GA" || post.kind === "HRC") {
      out.generic.push(out.span(m.index, post.end));
      out.lastGenericKind = post.kind;
    }
    return;
  }
  if (q === "other") return;
  let start = pre.kind === "none" || VERB_FILLER.test(pre.fillers) ? m.index : pre.start;
  const lastEnd = out.generic.length ? out.generic[out.generic.length - 1].end : 0;
  if (start < lastEnd) start = m.index; // never reach back into the previous mention
  out.generic.push(out.span(start, keywordEnd));
  out.lastGenericKind = q;
}

/** "UNSC resolutions, including Resolution 2321": the number is one of the resolutions just named. */
const INCLUDING = /^,?\s+(?:including|notably|especially|in particular|particularly|such as|namely)\s+$/;

/** The body of a generic mention right before `at` that introduces the citation, else "none". */
function bodyOfPrecedingGeneric(text: string, at: number, out: Collector): Qualifier {
  const last = out.generic[out.generic.length - 1];
  if (!last || at - last.end > 40 || !INCLUDING.test(text.slice(last.end, at))) return "none";
  return out.lastGenericKind;
}

/** Parses the numbers after a keyword: one, or for plurals a list or range. Empty when none is a citation. */
function parseItems(text: string, at: number, list: boolean): Item[] {
  const lead = execAt(NUMBER_LEAD, text, at);
  if (!lead) return [];
  const items: Item[] = [];
  let pos = at + lead[0].length;
  for (;;) {
    const it = execAt(ITEM, text, pos);
    if (!it) break;
    const item: Item = { start: pos, end: pos + it[0].length, num: it[1], suffix: it[2] ?? it[3] };
    if (COUNT_AFTER_ITEM.test(text.slice(item.end, item.end + 16))) break;
    const sep = list ? execAt(LIST_SEP, text, item.end) : null;
    if (sep && execAt(ITEM, text, item.end + sep[0].length)) {
      items.push(item);
      pos = item.end + sep[0].length;
      continue;
    }
    if (BAD_AFTER_ITEM.test(text.slice(item.end, item.end + 12))) return items.length && list ? items : [];
    items.push(item);
    break;
  }
  return items;
}

/** Decides body, symbol and confidence of one cited number, or null when it is not a UN resolution. */
function resolveItem(item: Item, q: Qualifier, ctx: TextContext): { core: ResolutionCore; confidence: number } | null {
  const bare = (): number => ctx.bareConfidence(item.start, item.end);
  if (item.num.includes("/")) {
    // "67/19", "ES-11/1", "S-29/1", "31/1"
    if (q === "HRC") return validHrc(item.num) ? { core: humanRightsCouncil(item.num), confidence: 0.95 } : null;
    if (q === "SC" || !validGaSlash(item.num)) return null;
    const confidence = q === "GA" ? 0.95 : q === "UN" ? 0.9 : item.num.startsWith("ES-") ? Math.max(bare(), 0.8) : bare();
    return confidence ? { core: generalAssemblySlash(item.num), confidence } : null;
  }
  const n = Number(item.num);
  if (n < 1) return null;
  if (item.suffix && /^[IVXL]+$/.test(item.suffix)) {
    // "3379 (XXX)": the pre-1976 General Assembly style
    const session = romanToNumber(item.suffix);
    if (q === "SC" || q === "HRC" || !(session >= 1 && session <= 40) || n > 3600) return null;
    const confidence = q === "none" ? Math.max(bare(), ctx.otherBodyNear(item.start, item.end) ? 0 : 0.8) : 0.95;
    return confidence ? { core: generalAssemblyOld(n, item.suffix), confidence } : null;
  }
  const stated = item.suffix ? Number(item.suffix) : undefined;
  if (stated !== undefined && (stated < 1946 || stated > 2100)) return null;
  if (q === "HRC") return null;
  if (q === "GA") return n <= 3600 ? { core: generalAssemblyBare(n), confidence: 0.9 } : null;
  const tableYear = unscYear(n);
  if (q !== "SC" && FAMOUS_GA.has(n) && !(stated !== undefined && stated === tableYear)) {
    // "UN resolution 2758", "resolution 194": famous General Assembly resolutions cited by bare number
    const confidence = q === "UN" ? 0.85 : bare() * 0.9;
    return confidence ? { core: generalAssemblyBare(n), confidence } : null;
  }
  if (n > UNSC_MAX_PLAUSIBLE) return null;
  let confidence: number;
  if (q === "SC") confidence = 0.95;
  else if (q === "UN") confidence = 0.9;
  else {
    confidence = bare();
    if (stated !== undefined && stated === tableYear && !ctx.otherBodyNear(item.start, item.end)) confidence = Math.max(confidence, 0.9);
    if (!confidence) return null;
    if (tableYear === undefined) confidence -= 0.1;
  }
  if (stated !== undefined && tableYear !== undefined && stated !== tableYear) {
    if (q !== "SC" && q !== "UN") return null; // e.g. "Resolution 2254 (2019)" of another assembly
    confidence -= 0.15;
  }
  return { core: securityCouncil(n, stated), confidence };
}

/** General Assembly slash numbers: "67/19" (sessions 31-90), "ES-11/1" (ES-1..15), "S-27/2" (S-1..35). */
function validGaSlash(num: string): boolean {
  const m = /^(ES-|S-)?(\d+)\/(\d+)$/.exec(num);
  if (!m) return false;
  const session = Number(m[2]);
  const n = Number(m[3]);
  if (n < 1 || n > 400) return false;
  if (m[1] === "ES-") return session >= 1 && session <= 15;
  if (m[1] === "S-") return session >= 1 && session <= 35;
  return session >= 31 && session <= 90;
}

/** Human Rights Council numbers: "31/1" (sessions 1-70), "S-29/1" (special sessions 1-45). */
function validHrc(num: string): boolean {
  const m = /^(S-)?(\d+)\/(\d+)$/.exec(num);
  if (!m) return false;
  const session = Number(m[2]);
  const n = Number(m[3]);
  return n >= 1 && n <= 200 && session >= 1 && session <= (m[1] ? 45 : 70);
}

/** Runs a sticky regex at `at`. */
function execAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}
