/** Who passed a cited resolution, judged from the words before and after it and from its surroundings. */
import {
  CONGRESS_ABBREV_BEFORE, GA_PREFIX, HRC_PREFIX, NEG_PREFIX, NEG_PREFIX_IMMEDIATE, OTHER_CONTEXT, POST_BODY, POST_NEG,
  SC_PREFIX, UN_CONTEXT, UN_PREFIX,
} from "./patterns.ts";

/** The body a qualifier names: a UN organ, the UN in general, another body (reject), or none. */
export type Qualifier = "SC" | "GA" | "HRC" | "UN" | "other" | "none";

/** A qualifier and where it starts (for generic-mention spans). */
export interface PrefixQualifier {
  kind: Qualifier;
  /** Offset of the qualifier's first character in the text (== keyword start when none). */
  start: number;
  /** Words between body and keyword ("sanctions ", "adopted a "), "" when none. */
  fillers: string;
}

/** How far back a qualifier is looked for. */
const LOOK_BEHIND = 90;
/** Half-width of the window searched for UN words around a bare citation (clipped at paragraph breaks). */
const WINDOW = 300;

/** Classifies the words right before offset `at` (the keyword of a citation). */
export function prefixQualifier(text: string, at: number): PrefixQualifier {
  let from = Math.max(0, at - LOOK_BEHIND);
  // Search for the line break inside the look-behind only: a text without line breaks must not be scanned whole.
  const nl = text.slice(from, at).lastIndexOf("\n");
  if (nl >= 0) from += nl + 1;
  const before = text.slice(from, at);
  if (NEG_PREFIX_IMMEDIATE.test(before) || CONGRESS_ABBREV_BEFORE.test(before)) return { kind: "other", start: at, fillers: "" };
  const tries: Array<[Exclude<Qualifier, "other" | "none">, RegExp]> = [["SC", SC_PREFIX], ["GA", GA_PREFIX], ["HRC", HRC_PREFIX], ["UN", UN_PREFIX]];
  for (const [kind, re] of tries) {
    const m = re.exec(before);
    if (m) return { kind, start: from + m.index, fillers: m[1] ?? "" };
  }
  if (NEG_PREFIX.test(before)) return { kind: "other", start: at, fillers: "" };
  return { kind: "none", start: at, fillers: "" };
}

/** Classifies the words right after offset `at` (the end of a citation): a body named there, or none. */
export function postQualifier(text: string, at: number): { kind: Qualifier; end: number } {
  const after = text.slice(at, at + 90);
  const neg = POST_NEG.exec(after);
  if (neg) return { kind: "other", end: at };
  const m = POST_BODY.exec(after);
  if (!m) return { kind: "none", end: at };
  const body = m[1].replace(/\s+/g, " ");
  const kind: Qualifier = body === "Security Council" ? "SC" : body === "General Assembly" ? "GA" : "HRC";
  return { kind, end: at + m[0].length };
}

/** Lazily computed facts about the whole text, shared by all citations in it. */
export class TextContext {
  private unAnywhere: boolean | undefined;
  constructor(private readonly text: string) {}

  /** True when the text names the UN or one of its organs anywhere. */
  mentionsUn(): boolean {
    if (this.unAnywhere === undefined) this.unAnywhere = UN_CONTEXT.test(this.text);
    return this.unAnywhere;
  }

  /** The paragraph around [start, end), at most WINDOW characters either side. */
  window(start: number, end: number): string {
    let from = Math.max(0, start - WINDOW);
    let to = Math.min(this.text.length, end + WINDOW);
    // Paragraph breaks are searched inside the window only (no whole-text scan per citation).
    const para = this.text.slice(from, start + 1).lastIndexOf("\n\n");
    if (para >= 0) from += para + 2;
    const next = this.text.slice(end, to).indexOf("\n\n");
    if (next >= 0) to = end + next;
    return this.text.slice(from, to);
  }

  /**
   * Confidence that an unqualified citation ("resolution 242") is a UN one, or 0 when it should be dropped:
   * UN words nearby 0.85 (0.6 with words of other bodies too); UN words only elsewhere in the text 0.65.
   */
  bareConfidence(start: number, end: number): number {
    const win = this.window(start, end);
    const un = UN_CONTEXT.test(win);
    const other = OTHER_CONTEXT.test(win);
    if (un) return other ? 0.6 : 0.85;
    if (!other && this.mentionsUn()) return 0.65;
    return 0;
  }

  /** True when words of other bodies (Congress, city council, screens) are near [start, end). */
  otherBodyNear(start: number, end: number): boolean {
    return OTHER_CONTEXT.test(this.window(start, end));
  }
}
