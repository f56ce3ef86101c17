/** Message envelopes and Results as they cross between contexts. */
import { describe, expect, test } from "vitest";
import { CHANNEL, isMessage, message, type PopupToContentCalls } from "../../src/shared/messages.ts";
import { err, errorMessage, isResult, ok } from "../../src/shared/result.ts";

const TYPES = ["paint", "highlight", "selection", "scrollTo"] as const;

describe("messages", () => {
  test("a built message is recognised, with its type and payload", () => {
    const m = message<PopupToContentCalls, "highlight">("highlight", { on: true });
    expect(m).toEqual({ channel: CHANNEL, type: "highlight", payload: { on: true } });
    expect(isMessage<PopupToContentCalls>(m, TYPES)).toBe(true);
  });

  test.each([
    ["another channel", { channel: "other", type: "paint", payload: {} }],
    ["an unknown type", { channel: CHANNEL, type: "notes.add", payload: {} }],
    ["a call of the other direction", { channel: CHANNEL, type: "article.read", payload: {} }],
    ["a call the content script no longer answers by message", { channel: CHANNEL, type: "extract", payload: {} }],
    ["no payload", { channel: CHANNEL, type: "paint" }],
    ["a string", "paint"],
    ["null", null],
  ])("%s is ignored", (_name, value) => {
    expect(isMessage<PopupToContentCalls>(value, TYPES)).toBe(false);
  });
});

describe("result", () => {
  test("ok and err build Results that isResult accepts", () => {
    expect(isResult(ok(1))).toBe(true);
    expect(isResult(ok(undefined))).toBe(true);
    expect(isResult(err("x", "y"))).toBe(true);
    expect(err("not-article", "No text.")).toEqual({ ok: false, error: { code: "not-article", message: "No text." } });
  });

  test.each([[undefined], [{}], [{ ok: false }], [{ ok: false, error: { code: 1, message: "m" } }], [{ ok: true }]])("%j is not a Result", (v) => {
    expect(isResult(v)).toBe(false);
  });

  test("errorMessage reads any thrown value", () => {
    expect(errorMessage(new Error("boom"))).toBe("boom");
    expect(errorMessage("plain")).toBe("plain");
    expect(errorMessage({ a: 1 })).toBe('{"a":1}');
  });
});
