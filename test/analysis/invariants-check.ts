/** Invariants every `Analysis` must satisfy, whatever the input: spans inside the text and equal to it, order, ids. */
import type { Analysis, Span } from "../../src/analysis/index.ts";

/** Returns every violated invariant of `analysis` for the input `text`, as readable messages (empty when all hold). */
export function invariantViolations(text: string, analysis: Analysis): string[] {
  const errors: string[] = [];
  const fail = (msg: string) => {
    if (errors.length < 20) errors.push(msg);
  };
  const checkSpan = (where: string, span: Span | undefined) => {
    if (!span || typeof span !== "object") return fail(`${where}: not a span (${JSON.stringify(span)})`);
    const { start, end } = span;
    if (!Number.isInteger(start) || !Number.isInteger(end)) return fail(`${where}: non-integer offsets ${start}..${end}`);
    if (start < 0 || end > text.length || start > end) {
      return fail(`${where}: [${start}, ${end}) outside [0, ${text.length}] or reversed`);
    }
    if (span.text !== text.slice(start, end)) {
      fail(`${where}: span.text ${JSON.stringify(span.text)} !== text.slice(${start}, ${end}) ${JSON.stringify(text.slice(start, end))}`);
    }
  };
  const checkOrdered = (where: string, spans: Span[]) => {
    for (let i = 1; i < spans.length; i++) {
      const a = spans[i - 1];
      const b = spans[i];
      if (a.start > b.start || (a.start === b.start && a.end > b.end)) {
        fail(`${where}: spans out of order at ${i}: [${a.start}, ${a.end}) then [${b.start}, ${b.end})`);
        return;
      }
    }
  };

  if (analysis.schema !== "attache.analysis/1") fail(`schema is ${JSON.stringify(analysis.schema)}`);
  if (analysis.text !== text) fail("analysis.text differs from the input text");
  // analyze() turns a failing stage into a notice so the reader keeps the rest; for the tests that is still a crash.
  for (const n of analysis.notices ?? []) if (/\bfail/i.test(n)) fail(`a stage failed: ${n}`);

  const ids = new Set<string>();
  for (const [i, actor] of analysis.actors.entries()) {
    if (ids.has(actor.id)) fail(`actors[${i}]: duplicate id ${actor.id}`);
    ids.add(actor.id);
    actor.mentions.forEach((m, j) => checkSpan(`actors[${i}] (${actor.id}).mentions[${j}]`, m));
    checkOrdered(`actors[${i}] (${actor.id}).mentions`, actor.mentions);
  }
  for (const [i, actor] of analysis.actors.entries()) {
    if (actor.affiliation !== undefined && !ids.has(actor.affiliation)) {
      fail(`actors[${i}] (${actor.id}): affiliation ${actor.affiliation} is not an actor id`);
    }
  }
  for (const [i, stance] of analysis.stances.entries()) {
    checkSpan(`stances[${i}].evidence`, stance.evidence);
    if (stance.cue !== undefined) checkSpan(`stances[${i}].cue`, stance.cue);
    for (const h of stance.holder) if (!ids.has(h)) fail(`stances[${i}].holder: ${h} is not an actor id`);
    for (const t of stance.target.actors) if (!ids.has(t)) fail(`stances[${i}].target.actors: ${t} is not an actor id`);
  }
  const symbols = new Set<string>();
  for (const [i, res] of analysis.resolutions.entries()) {
    if (symbols.has(res.symbol)) fail(`resolutions[${i}]: duplicate symbol ${res.symbol}`);
    symbols.add(res.symbol);
    res.mentions.forEach((m, j) => checkSpan(`resolutions[${i}] (${res.symbol}).mentions[${j}]`, m));
    checkOrdered(`resolutions[${i}] (${res.symbol}).mentions`, res.mentions);
  }
  analysis.genericResolutionMentions.forEach((m, j) => checkSpan(`genericResolutionMentions[${j}]`, m));
  checkOrdered("genericResolutionMentions", analysis.genericResolutionMentions);

  // Plain serialisable data: a JSON round trip changes nothing (no NaN, no undefined in arrays, no class instances).
  const bad = notPlainData(analysis, "analysis");
  if (bad) fail(`not plain JSON data: ${bad}`);
  return errors;
}

/** Returns the path of the first value that JSON would not round-trip unchanged, or undefined. */
function notPlainData(value: unknown, path: string): string | undefined {
  if (value === null || typeof value === "string" || typeof value === "boolean") return undefined;
  if (typeof value === "number") return Number.isFinite(value) ? undefined : `${path} = ${value}`;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      if (value[i] === undefined) return `${path}[${i}] is undefined`;
      const bad = notPlainData(value[i], `${path}[${i}]`);
      if (bad) return bad;
    }
    return undefined;
  }
  if (typeof value === "object") {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return `${path} is a ${proto?.constructor?.name ?? "class instance"}`;
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined) continue; // dropped by JSON, same as a missing optional field
      const bad = notPlainData(v, `${path}.${k}`);
      if (bad) return bad;
    }
    return undefined;
  }
  return `${path} is a ${typeof value}`;
}

/** Shortens a text for an assertion message: length plus its head and tail, with escapes visible. */
export function describeInput(text: string): string {
  const head = JSON.stringify(text.slice(0, 120));
  return text.length <= 120 ? head : `${text.length} chars: ${head} … ${JSON.stringify(text.slice(-60))}`;
}
