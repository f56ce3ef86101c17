/** A hand-written validator of the `attache.analysis/1` contract (issue 2), for tests that read CLI output. */

const ACTOR_TYPES = new Set(["person", "country", "organization", "group"]);
const POLARITIES = new Set(["support", "oppose", "concern", "neutral"]);
const MODALITIES = new Set(["asserted", "reported", "hedged", "negated", "future"]);
const META_KEYS = new Set(["title", "url", "byline", "published", "siteName", "lang"]);

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** Returns the ways `value` departs from the `attache.analysis/1` schema (empty when it conforms). */
export function schemaErrors(value: unknown): string[] {
  const errors: string[] = [];
  const need = (ok: boolean, msg: string) => {
    if (!ok && errors.length < 20) errors.push(msg);
  };
  const str = (v: unknown) => typeof v === "string";
  const optStr = (v: unknown) => v === undefined || typeof v === "string";
  const span = (v: unknown, where: string) => {
    need(isObject(v) && Number.isInteger(v.start) && Number.isInteger(v.end) && str(v.text), `${where}: not a Span`);
  };
  const spans = (v: unknown, where: string) => {
    need(Array.isArray(v), `${where}: not an array`);
    if (Array.isArray(v)) v.forEach((s, i) => span(s, `${where}[${i}]`));
  };

  if (!isObject(value)) return ["analysis: not an object"];
  need(value.schema === "attache.analysis/1", `schema: ${JSON.stringify(value.schema)}`);
  need(str(value.text), "text: not a string");
  need(isObject(value.meta), "meta: not an object");
  if (isObject(value.meta)) {
    for (const k of META_KEYS) need(optStr(value.meta[k]), `meta.${k}: not a string`);
  }
  need(Array.isArray(value.actors), "actors: not an array");
  if (Array.isArray(value.actors)) {
    value.actors.forEach((a: unknown, i) => {
      const w = `actors[${i}]`;
      if (!isObject(a)) return need(false, `${w}: not an object`);
      need(str(a.id) && str(a.name), `${w}: id and name must be strings`);
      need(ACTOR_TYPES.has(a.type as string), `${w}.type: ${JSON.stringify(a.type)}`);
      need(optStr(a.role) && optStr(a.affiliation), `${w}: role/affiliation must be strings`);
      need(a.country === undefined || (str(a.country) && /^[A-Z]{3}$/.test(a.country as string)), `${w}.country: not ISO alpha-3`);
      spans(a.mentions, `${w}.mentions`);
    });
  }
  need(Array.isArray(value.stances), "stances: not an array");
  if (Array.isArray(value.stances)) {
    value.stances.forEach((s: unknown, i) => {
      const w = `stances[${i}]`;
      if (!isObject(s)) return need(false, `${w}: not an object`);
      need(Array.isArray(s.holder) && s.holder.every(str), `${w}.holder: not an array of ids`);
      need(POLARITIES.has(s.polarity as string), `${w}.polarity: ${JSON.stringify(s.polarity)}`);
      need(optStr(s.cameo) && optStr(s.reportedBy), `${w}: cameo/reportedBy must be strings`);
      need(
        isObject(s.target) && str(s.target.text) && Array.isArray(s.target.actors) && s.target.actors.every(str),
        `${w}.target: not { text, actors }`,
      );
      span(s.evidence, `${w}.evidence`);
      if (s.cue !== undefined) span(s.cue, `${w}.cue`);
      need(s.modality === undefined || MODALITIES.has(s.modality as string), `${w}.modality: ${JSON.stringify(s.modality)}`);
    });
  }
  need(Array.isArray(value.resolutions), "resolutions: not an array");
  if (Array.isArray(value.resolutions)) {
    value.resolutions.forEach((r: unknown, i) => {
      const w = `resolutions[${i}]`;
      if (!isObject(r)) return need(false, `${w}: not an object`);
      need(str(r.symbol) && str(r.body) && str(r.url), `${w}: symbol, body and url must be strings`);
      need(typeof r.number === "number" || str(r.number), `${w}.number: not a number or string`);
      need(r.year === undefined || Number.isInteger(r.year), `${w}.year: not an integer`);
      need(optStr(r.title), `${w}.title: not a string`);
      spans(r.mentions, `${w}.mentions`);
    });
  }
  spans(value.genericResolutionMentions, "genericResolutionMentions");
  need(value.notices === undefined || (Array.isArray(value.notices) && value.notices.every(str)), "notices: not strings");
  return errors;
}
