/** The background answers only the extension's own pages. */
import { describe, expect, test } from "vitest";
import { isTrustedSender } from "../../src/background/trusted-sender.ts";

const ID = "abcdefghijklmnopabcdefghijklmnop";
const ORIGIN = `chrome-extension://${ID}/`;

describe("isTrustedSender", () => {
  test.each([
    ["the popup", { id: ID, url: `${ORIGIN}popup.html` }, true],
    ["the popup opened as a tab", { id: ID, url: `${ORIGIN}popup.html?tab=3` }, true],
    ["a content script (web page URL)", { id: ID, url: "https://news.example/article" }, false],
    ["another extension", { id: "zzzz", url: `chrome-extension://zzzz/popup.html` }, false],
    ["a look-alike origin", { id: ID, url: `chrome-extension://${ID}.evil/popup.html` }, false],
    ["no URL", { id: ID }, false],
    ["no id", { url: `${ORIGIN}popup.html` }, false],
  ])("%s → %s", (_name, sender, expected) => {
    expect(isTrustedSender(sender, ID, ORIGIN)).toBe(expected);
  });
});
