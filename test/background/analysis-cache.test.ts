/** The background's analysis cache: per tab, URL and text hash; least recently used tabs forgotten first. */
import { describe, expect, test } from "vitest";
import { AnalysisCache, hashText } from "../../src/background/analysis-cache.ts";

describe("hashText", () => {
  test.each([
    ["", "a"],
    ["Resolution 2321", "Resolution 2322"],
    ["ab", "ba"],
  ])("%j and %j hash apart; the same text hashes alike", (a, b) => {
    expect(hashText(a)).not.toBe(hashText(b));
    expect(hashText(a)).toBe(hashText(a));
    expect(hashText(a)).toMatch(/^[0-9a-f]{14}$/);
  });
});

describe("AnalysisCache", () => {
  test("answers only for the same tab, URL and hash", () => {
    const c = new AnalysisCache<string>();
    c.set(1, "http://a/", "h1", "A");
    expect(c.get(1, "http://a/", "h1")).toBe("A");
    expect(c.get(1, "http://a/", "h2")).toBeUndefined();
    expect(c.get(1, "http://b/", "h1")).toBeUndefined();
    expect(c.get(2, "http://a/", "h1")).toBeUndefined();
  });

  test("a tab keeps only its latest analysis, and a closed tab is forgotten", () => {
    const c = new AnalysisCache<string>();
    c.set(1, "http://a/", "h1", "A");
    c.set(1, "http://b/", "h2", "B");
    expect(c.get(1, "http://a/", "h1")).toBeUndefined();
    expect(c.get(1, "http://b/", "h2")).toBe("B");
    c.delete(1);
    expect(c.size).toBe(0);
  });

  test("beyond maxTabs the least recently used tab goes first", () => {
    const c = new AnalysisCache<string>(2);
    c.set(1, "u", "h", "A");
    c.set(2, "u", "h", "B");
    c.get(1, "u", "h");
    c.set(3, "u", "h", "C");
    expect(c.get(2, "u", "h")).toBeUndefined();
    expect(c.get(1, "u", "h")).toBe("A");
    expect(c.get(3, "u", "h")).toBe("C");
  });
});
