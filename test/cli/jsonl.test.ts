/** The CLI's batch mode: one output line per input line, in order; a bad line gets an error and the run goes on. */
import { describe, it, expect } from "vitest";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const tsx = `${root}node_modules/.bin/tsx`;

describe("analyze --jsonl", () => {
  it("answers every line in order, with errors for bad lines", () => {
    const input = [
      JSON.stringify({ id: "a", text: "Russia, along with China, have opposed the plan." }),
      "{not json",
      JSON.stringify({ id: 7, html: "<html><body><article><p>too short</p></article></body></html>" }),
      JSON.stringify({ id: "c", text: "The Security Council adopted resolution 2231 (2015) on Iran." }),
      JSON.stringify({ id: "d", other: 1 }),
    ].join("\n");
    const out = execFileSync(tsx, ["src/cli/analyze.ts", "--jsonl", "-"], { cwd: root, input, encoding: "utf8" })
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(5);
    expect(out[0].id).toBe("a");
    expect(out[0].analysis.schema).toBe("attache.analysis/1");
    expect(out[0].analysis.stances.some((s: { polarity: string }) => s.polarity === "oppose")).toBe(true);
    expect(out[1].error).toMatch(/invalid JSON/);
    expect(out[2].id).toBe(7);
    expect(out[2].error).toMatch(/does not look like an article/);
    expect(out[3].analysis.resolutions[0].symbol).toBe("S/RES/2231 (2015)");
    expect(out[4].error).toMatch(/"text" or "html"/);
  });

  it("prints exactly the Analysis object with --json, and a readable summary without", () => {
    const file = `${root}test/fixtures/korea-post-yun-lavrov.html`;
    const json = JSON.parse(execFileSync(tsx, ["src/cli/analyze.ts", file, "--json"], { cwd: root, encoding: "utf8" }));
    expect(Object.keys(json).sort()).toEqual(
      ["schema", "meta", "text", "actors", "stances", "resolutions", "genericResolutionMentions"].sort(),
    );
    const text = execFileSync(tsx, ["src/cli/analyze.ts", file], { cwd: root, encoding: "utf8" });
    expect(text).toMatch(/Sergey Lavrov — Foreign Minister, Russia/);
    expect(text).toMatch(/S\/RES\/2321 \(2016\)/);
  });

  it("says clearly when a file is missing", () => {
    let message = "";
    try {
      execFileSync(tsx, ["src/cli/analyze.ts", "no-such-file.html"], { cwd: root, encoding: "utf8", stdio: "pipe" });
    } catch (e) {
      message = String((e as { stderr: string }).stderr);
    }
    expect(message).toMatch(/cannot read no-such-file.html: ENOENT/);
  });
});
