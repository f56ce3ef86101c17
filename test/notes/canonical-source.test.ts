import { describe, expect, it } from "vitest";
import { canonicalSource } from "../../src/notes/index.ts";

describe("canonicalSource", () => {
  it.each([
    ["https://www.koreapost.com/news/articleView.html?idxno=12345", "https://www.koreapost.com/news/articleView.html?idxno=12345"],
    ["https://www.koreapost.com/news/articleView.html?idxno=12345#comments", "https://www.koreapost.com/news/articleView.html?idxno=12345"],
    ["https://www.bbc.com/news/world-asia-123?at_medium=RSS&at_campaign=KARANGA", "https://www.bbc.com/news/world-asia-123"],
    ["https://www.theguardian.com/world/2024/feb/17/lavrov?CMP=share_btn_tw", "https://www.theguardian.com/world/2024/feb/17/lavrov"],
    ["https://example.org/a?utm_source=x&id=7&UTM_Medium=y&fbclid=z&page=2", "https://example.org/a?id=7&page=2"],
    ["https://example.org/a?gclid=1&msclkid=2&mc_cid=3&mc_eid=4&_ga=5", "https://example.org/a"],
    ["https://example.org/search?q=North%20Korea&utm_term=x", "https://example.org/search?q=North%20Korea"], // kept params keep their encoding
    ["https://example.org/a?b=2&a=1", "https://example.org/a?b=2&a=1"], // order kept
    ["https://example.org/a?", "https://example.org/a"],
    ["https://EXAMPLE.org:443/Path/", "https://example.org/Path/"], // host case and default port are not part of identity
    ["https://example.org/a#:~:text=Lavrov", "https://example.org/a"], // text fragment
    ["  https://example.org/a  ", "https://example.org/a"],
    ["not a url#frag", "not a url"],
    ["file:///home/me/article.html#p3", "file:///home/me/article.html"],
  ])("%s → %s", (input, expected) => {
    expect(canonicalSource(input)).toBe(expected);
  });
});
