/**
 * Offsets → live DOM: every span of the analysis maps back to a DOM range holding the same text (whitespace aside),
 * on the sample article and on real pages of the shared corpus (skipped with a message when ../shared is absent).
 * linkedom has no Range.setStart, so a small recording Range stands in for the browser's.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { analyze } from "../../src/analysis/index.ts";
import { ArticleMap } from "../../src/page/article-map.ts";
import { extractArticle } from "../../src/page/extract-article.ts";
import { stripSpace, TextIndex } from "../../src/page/text-index.ts";

/** A Range that records its boundary points and reads the text between them. */
class RecordingRange {
  startContainer!: Node;
  startOffset = 0;
  endContainer!: Node;
  endOffset = 0;
  constructor(private readonly root: Node) {}
  setStart(node: Node, offset: number) {
    this.startContainer = node;
    this.startOffset = offset;
  }
  setEnd(node: Node, offset: number) {
    this.endContainer = node;
    this.endOffset = offset;
  }
  get collapsed() {
    return this.startContainer === this.endContainer && this.startOffset === this.endOffset;
  }
  toString(): string {
    let out = "";
    let inside = false;
    const visit = (n: Node): boolean => {
      if (n.nodeType === 3) {
        const data = (n as Text).data;
        const from = n === this.startContainer ? this.startOffset : 0;
        if (n === this.startContainer) inside = true;
        if (n === this.endContainer) {
          out += data.slice(from, this.endOffset);
          return true;
        }
        if (inside) out += data.slice(from);
        return false;
      }
      for (let c = n.firstChild; c; c = c.nextSibling) if (visit(c)) return true;
      return false;
    };
    visit(this.root);
    return out;
  }
}

function load(html: string) {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  (doc as unknown as { createRange: () => RecordingRange }).createRange = () => new RecordingRange(doc.body ?? doc.documentElement);
  return doc;
}

/** Maps every span of the page's analysis; answers how many mapped and the mismatches. */
function mapAll(html: string) {
  const doc = load(html);
  const extracted = extractArticle(doc, "https://example.org/a");
  if ("reason" in extracted) return undefined;
  const analysis = analyze(extracted.text, { meta: extracted.meta });
  const map = new ArticleMap(doc, extracted.blocks);
  const spans = [
    ...analysis.actors.flatMap((a) => a.mentions),
    ...analysis.stances.map((s) => s.evidence),
    ...analysis.resolutions.flatMap((r) => r.mentions),
    ...analysis.genericResolutionMentions,
  ];
  let mapped = 0;
  const wrong: string[] = [];
  for (const s of spans) {
    const range = map.rangeOf(s.start, s.end) as unknown as RecordingRange | undefined;
    if (!range) continue;
    mapped++;
    if (stripSpace(range.toString()) !== stripSpace(s.text)) wrong.push(`${JSON.stringify(s.text)} → ${JSON.stringify(range.toString())}`);
    // And back: the Range maps to the span's own offsets (the way a reader's selection is quoted).
    const back = map.offsetsOf(range as unknown as Range);
    const trimmed = s.text.trim();
    if (trimmed && stripSpace(analysis.text.slice(back?.start ?? 0, back?.end ?? 0)) !== stripSpace(trimmed)) wrong.push(`back: ${JSON.stringify(s.text)}`);
  }
  return { spans: spans.length, mapped, wrong, coverage: map.coverage };
}

describe("TextIndex", () => {
  test("indexes visible text without whitespace, skipping scripts and styles", () => {
    const doc = load("<html><body><p>Hello <b>big</b>\n world</p><script>var x = 1;</script><style>p{}</style><p>two</p></body></html>");
    const index = TextIndex.build(doc.body);
    expect(index.chars).toBe("Hellobigworldtwo");
    const p = index.pointBefore(5)!;
    expect(p.node.data).toBe("big");
    expect(p.offset).toBe(0);
    const q = index.pointAfter(12)!;
    expect(q.node.data).toBe("\n world");
    expect(q.offset).toBe(7);
    expect(index.pointBefore(99)).toBeUndefined();
  });
});

describe("ArticleMap", () => {
  test("maps offsets across blocks split differently in the page (<br>, inline markup, odd whitespace)", () => {
    const doc = load(`<html><body><nav>Menu</nav><article>
      <p>Sergey   <a href="#">Lavrov</a>, Russia's\n foreign minister, met Yun.</p>
      <p>Second <i>paragraph</i> here.</p></article></body></html>`);
    const blocks = ["Sergey Lavrov, Russia's foreign minister, met Yun.", "Second paragraph here."];
    const text = blocks.join("\n\n");
    const map = new ArticleMap(doc, blocks);
    expect(map.coverage).toEqual({ found: 2, total: 2 });
    const at = (s: string) => {
      const start = text.indexOf(s);
      return (map.rangeOf(start, start + s.length) as unknown as RecordingRange).toString();
    };
    expect(at("Sergey Lavrov")).toBe("Sergey   Lavrov");
    expect(at("Russia's foreign minister")).toBe("Russia's\n foreign minister");
    expect(at("Second paragraph")).toBe("Second paragraph");
    // A span over the block separator maps from one paragraph into the next.
    expect(stripSpace(at("Yun.\n\nSecond"))).toBe("Yun.Second");
    expect(map.rangeOf(5, 5)).toBeUndefined();
  });

  test("maps a live Range (the reader's selection) back to offsets of the analysed text, clipped to the article", () => {
    const doc = load(`<html><body><nav>Menu</nav><article>
      <p>Sergey   <a href="#">Lavrov</a>, Russia's\n foreign minister, met Yun.</p>
      <p>Second <i>paragraph</i> here.</p></article><footer>Footer</footer></body></html>`);
    const blocks = ["Sergey Lavrov, Russia's foreign minister, met Yun.", "Second paragraph here."];
    const text = blocks.join("\n\n");
    const map = new ArticleMap(doc, blocks);
    const range = (a: Text, ao: number, b: Text, bo: number) => {
      const r = new RecordingRange(doc.body);
      r.setStart(a, ao);
      r.setEnd(b, bo);
      return r as unknown as Range;
    };
    const textNode = (el: Element | null) => el!.firstChild as Text;
    const [p1, p2] = [...doc.querySelectorAll("p")];
    const nav = textNode(doc.querySelector("nav"));
    const footer = textNode(doc.querySelector("footer"));
    const slice = (o: { start: number; end: number } | undefined) => (o ? text.slice(o.start, o.end) : undefined);
    // "Lavrov, Russia's\n foreign" → offsets of "Lavrov, Russia's foreign".
    const comma = p1.childNodes[2] as Text;
    expect(slice(map.offsetsOf(range(textNode(p1.querySelector("a")), 0, comma, comma.data.indexOf("foreign") + 7)))).toBe("Lavrov, Russia's foreign");
    // Leading whitespace of the selection is not quoted.
    expect(slice(map.offsetsOf(range(textNode(p1), 6, textNode(p1), 8)))).toBe(undefined);
    expect(slice(map.offsetsOf(range(textNode(p1), 6, textNode(p1.querySelector("a")), 3)))).toBe("Lav");
    // Across paragraphs, and from the nav into the article, and out into the footer.
    expect(slice(map.offsetsOf(range(comma, comma.data.indexOf("met"), textNode(p2.querySelector("i")), 4)))).toBe("met Yun.\n\nSecond para");
    expect(slice(map.offsetsOf(range(nav, 1, textNode(p1), 6)))).toBe("Sergey");
    expect(slice(map.offsetsOf(range(p2.lastChild as Text, 1, footer, 3)))).toBe("here.");
    expect(map.offsetsOf(range(nav, 0, nav, 4))).toBeUndefined();
  });

  test("finds a span by its own text when its block was changed by extraction", () => {
    const doc = load("<html><body><p>Moscow <button>Share</button> opposed the plan.</p></body></html>");
    const blocks = ["Moscow opposed the plan."];
    const map = new ArticleMap(doc, blocks);
    expect(map.coverage.found).toBe(0);
    expect((map.rangeOf(7, 14) as unknown as RecordingRange).toString()).toBe("opposed");
  });

  test("every span of the sample article maps back to its own text", () => {
    const html = readFileSync(resolve("test/fixtures/korea-post-yun-lavrov.html"), "utf8");
    const result = mapAll(html)!;
    expect(result.spans).toBeGreaterThan(20);
    expect(result.wrong).toEqual([]);
    expect(result.mapped).toBe(result.spans);
    expect(result.coverage.found).toBe(result.coverage.total);
  });

  const corpus = resolve("../shared/corpus/readability-pages");
  const names = existsSync(corpus) ? readdirSync(corpus).filter((n, i) => i % 3 === 0 && existsSync(join(corpus, n, "source.html"))) : [];
  if (names.length === 0) console.warn(`\n!! ${corpus} is absent: the corpus mapping tests are SKIPPED.\n`);
  test.skipIf(names.length === 0)("spans of real pages map back to their own text (mapped ≥ 95% overall, never to other text)", () => {
    let spans = 0;
    let mapped = 0;
    const wrong: string[] = [];
    for (const name of names) {
      const r = mapAll(readFileSync(join(corpus, name, "source.html"), "utf8"));
      if (!r) continue;
      spans += r.spans;
      mapped += r.mapped;
      wrong.push(...r.wrong.map((w) => `${name}: ${w}`));
    }
    console.log(`article-map: ${mapped}/${spans} spans of ${names.length} corpus pages mapped back to the page`);
    expect(wrong).toEqual([]);
    expect(mapped / spans).toBeGreaterThan(0.95);
  });
});
