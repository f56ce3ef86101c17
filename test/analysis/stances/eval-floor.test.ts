import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const RECORDS = resolve(ROOT, "../shared/corpus/petrarch/records/validation_records.jsonl");
const FLOOR = JSON.parse(readFileSync(resolve(ROOT, "test/floors/events.json"), "utf8"));
const present = existsSync(RECORDS);
if (!present) console.warn(`SKIPPED eval:events floor test: ${RECORDS} is absent (needs ../shared/corpus)`);

describe.skipIf(!present)("eval:events figures stay at or above test/floors/events.json", () => {
  it("matches, extras, no-event records and the sample article", async () => {
    const { evaluate } = await import("../../../scripts/eval-events.ts");
    const f = evaluate();
    expect(f.matchedRoot).toBeGreaterThanOrEqual(FLOOR.minMatchedRoot);
    expect(f.matchedFull).toBeGreaterThanOrEqual(FLOOR.minMatchedFull);
    expect(f.extra).toBeLessThanOrEqual(FLOOR.maxExtra);
    expect(f.noEventRecordsWithEvents).toBeLessThanOrEqual(FLOOR.maxNoEventRecordsWithEvents);
    if (f.sampleStances !== "n/a") expect(f.sampleStances).toBe(FLOOR.sampleStances);
  });
});
