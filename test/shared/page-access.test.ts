/** Which pages Attaché refuses up front, and the words it uses for injection failures. */
import { describe, expect, test } from "vitest";
import { injectionFailureReason, restrictedReason } from "../../src/shared/page-access.ts";

describe("restrictedReason", () => {
  test.each([
    ["chrome://extensions", /browser's own pages/],
    ["edge://settings", /browser's own pages/],
    ["about:blank", /browser's own pages/],
    ["chrome-extension://abc/popup.html", /browser's own pages/],
    ["view-source:https://example.org/", /source view/],
    ["https://chromewebstore.google.com/detail/x", /extension stores/],
    ["https://chrome.google.com/webstore/category/extensions", /extension stores/],
    ["https://example.org/report.PDF", /PDF/],
    ["https://example.org/news/story.html", undefined],
    ["http://127.0.0.1:8080/a", undefined],
    ["file:///home/me/article.html", undefined],
    [undefined, undefined],
  ])("%s", (url, expected) => {
    const reason = restrictedReason(url);
    if (expected === undefined) expect(reason).toBeUndefined();
    else expect(reason).toMatch(expected);
  });
});

describe("injectionFailureReason", () => {
  test.each([
    ["Cannot access a chrome:// URL", undefined, /browser's own pages/],
    ["The extensions gallery cannot be scripted.", undefined, /browser's own pages/],
    ['Cannot access contents of url "file:///tmp/a.html". Extension manifest must request permission to access this host.', "file:///tmp/a.html", /Allow access to file URLs/],
    ["Cannot access contents of the page. Extension manifest must request permission to access the respective host.", "https://x.org/", /click its toolbar button/],
    ["No tab with id: 12.", undefined, /closed/],
    ["Could not establish connection. Receiving end does not exist.", undefined, /did not answer/],
    ["Something new", undefined, /^Something new$/],
  ])("%s", (message, url, expected) => {
    expect(injectionFailureReason(message, url)).toMatch(expected);
  });
});
