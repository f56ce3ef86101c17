import { describe, expect, it } from "vitest";
import { formatCount } from "../../src/popup/format.ts";

describe("formatCount", () => {
  it("writes whole numbers as toLocaleString('en') does", () => {
    for (const n of [0, 7, 42, 999, 1000, 1234, 12345, 123456, 1234567, 1_000_000_000, -5, -1234, -1234567]) {
      expect(formatCount(n), String(n)).toBe(n.toLocaleString("en"));
    }
  });

  it("rounds fractions and leaves non-finite numbers readable", () => {
    expect(formatCount(1234.6)).toBe("1,235");
    expect(formatCount(NaN)).toBe("NaN");
    expect(formatCount(Infinity)).toBe("Infinity");
  });
});
