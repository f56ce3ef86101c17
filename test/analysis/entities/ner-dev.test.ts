/** Re-scores the committed NER weights on the CoNLL-2003 dev split and holds them to the floor in test/floors/ner.json. */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseConll } from "../../../src/analysis/entities/ner/conll.ts";
import { tagDocument } from "../../../src/analysis/entities/ner/index.ts";
import { EntityScorer } from "../../../src/analysis/entities/ner/score.ts";

const ROOT = resolve(import.meta.dirname, "../../..");
const DEV = resolve(ROOT, "../shared/corpus/conll2003/valid.txt");
const floor = JSON.parse(readFileSync(resolve(ROOT, "test/floors/ner.json"), "utf8")) as { devF1: number };
const present = existsSync(DEV);
if (!present) console.warn(`ner-dev: SKIPPED, corpus not found at ${DEV}`);

describe.skipIf(!present)("NER on the CoNLL-2003 dev split", () => {
  it(`keeps entity-level F1 >= ${floor.devF1}`, () => {
    const { docs } = parseConll(readFileSync(DEV, "utf8"));
    const scorer = new EntityScorer();
    for (const d of docs) {
      const tags = tagDocument(d.sentences.map((s) => s.words));
      d.sentences.forEach((s, k) => scorer.add(s.tags, tags[k]));
    }
    const f1 = scorer.result().f1;
    console.log(`ner-dev: F1 ${f1.toFixed(2)} (floor ${floor.devF1})`);
    expect(Number(f1.toFixed(2))).toBeGreaterThanOrEqual(floor.devF1);
  });
});
