/** The paint request the popup sends to the page: spans by kind and resolution cards, on the sample article's analysis. */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { analyze } from "../../src/analysis/index.ts";
import { extractFromHtml } from "../../src/cli/load-input.ts";
import { paintRequestOf } from "../../src/shared/paint-request.ts";

const extracted = extractFromHtml(readFileSync(resolve("test/fixtures/korea-post-yun-lavrov.html"), "utf8"), "http://127.0.0.1/a.html");
if ("reason" in extracted) throw new Error(extracted.message);
const analysis = analyze(extracted.text, { meta: extracted.meta });

describe("paintRequestOf", () => {
  const req = paintRequestOf(analysis, "1:abc");

  test("carries spans and cards, never the text", () => {
    expect(req.key).toBe("1:abc");
    expect(JSON.stringify(req)).not.toContain(analysis.text.slice(0, 40));
    expect(req.actor.length).toBe(analysis.actors.reduce((n, a) => n + a.mentions.length, 0));
    expect(req.stance.length).toBeLessThanOrEqual(analysis.stances.length);
    expect(new Set(req.stance.map(([s, e]) => `${s}:${e}`)).size).toBe(req.stance.length);
  });

  test("every span lies inside the analysed text, in [start, end) order", () => {
    const all = [...req.actor, ...req.stance, ...req.resolution, ...req.cards.flatMap((c) => c.mentions)];
    for (const [s, e] of all) {
      expect(s).toBeGreaterThanOrEqual(0);
      expect(e).toBeGreaterThan(s);
      expect(e).toBeLessThanOrEqual(analysis.text.length);
    }
  });

  test("the sample article's resolution card: S/RES/2321 (2016), its facts, link and citation", () => {
    const card = req.cards.find((c) => c.symbol === "S/RES/2321 (2016)");
    expect(card).toMatchObject({ adopted: "2016-11-30", year: 2016, url: "https://undocs.org/S/RES/2321(2016)" });
    expect(card!.topic).toMatch(/Non-proliferation/);
    expect(card!.mentions.map(([s, e]) => analysis.text.slice(s, e))).toContain("Resolution 2321");
  });
});
