/**
 * The bridge from analysis offsets to live DOM Ranges. The analysed text is the extracted blocks joined by "\n\n";
 * each block is found again in the live page's text (whitespace-insensitive, in order), and an offset inside a block
 * becomes a point in a live text node by counting non-whitespace characters.
 */
import { isSpace, lastAtOrBefore, stripSpace, TextIndex, type DomPoint } from "./text-index.ts";

/** The offset in `block` of its `n`th non-whitespace character (0-based). */
function offsetOfChar(block: string, n: number): number {
  for (let i = 0; i < block.length; i++) {
    if (isSpace(block[i])) continue;
    if (n === 0) return i;
    n--;
  }
  return block.length;
}

/** Separator between blocks in the analysed text (see extract-article.ts). */
const BLOCK_SEPARATOR = "\n\n";

/** Maps [start, end) offsets of the analysed text to Ranges in a live document. */
export class ArticleMap {
  private readonly doc: Document;
  private readonly blocks: string[];
  /** Offset of each block in the analysed text. */
  private readonly blockStarts: number[];
  private index!: TextIndex;
  /** Position of each block in `index.chars`, or -1 when the block was not found in the page. */
  private blockPos!: number[];
  private joined?: string;
  /** The analysed text without whitespace, and the offset in it of each kept character (built on first use). */
  private stripped?: { chars: string; at: number[] };

  /** Builds the map for `blocks` (the analysed text is `blocks.join("\n\n")`) over the document's body. */
  constructor(doc: Document, blocks: string[]) {
    this.doc = doc;
    this.blocks = blocks;
    this.blockStarts = [];
    let offset = 0;
    for (const b of blocks) {
      this.blockStarts.push(offset);
      offset += b.length + BLOCK_SEPARATOR.length;
    }
    this.reindex();
  }

  /** How many blocks were found in the live page, out of how many. */
  get coverage(): { found: number; total: number } {
    return { found: this.blockPos.filter((p) => p >= 0).length, total: this.blocks.length };
  }

  /** Rebuilds the index if the page changed since it was built (nodes removed or their text edited). */
  refresh(): void {
    if (!this.index.isLive()) this.reindex();
  }

  /** Forces a rebuild of the index (after Attaché itself split text nodes, e.g. with <mark> wrapping). */
  reindex(): void {
    const root = this.doc.body ?? this.doc.documentElement;
    this.index = TextIndex.build(root);
    const chars = this.index.chars;
    this.blockPos = [];
    let cursor = 0;
    for (const block of this.blocks) {
      const key = stripSpace(block);
      let pos = key ? chars.indexOf(key, cursor) : -1;
      // Out of order (e.g. Readability moved a caption): look anywhere, but keep the cursor where it was.
      if (pos < 0 && key) pos = chars.indexOf(key);
      else if (pos >= 0) cursor = pos + key.length;
      this.blockPos.push(pos);
    }
  }

  /** The live Range of [start, end) of the analysed text, or undefined when it cannot be found in the page. */
  rangeOf(start: number, end: number): Range | undefined {
    if (!(end > start)) return undefined;
    const a = this.point(start, "start");
    const b = this.point(end, "end");
    if (a && b) return this.makeRange(a, b);
    return this.searchFallback(start, end);
  }

  /**
   * The [start, end) offsets of the analysed text that a live Range covers (e.g. the reader's selection), clipped to
   * the article: a selection reaching into the page's header or footer keeps only its article part. Undefined when
   * it covers no article text.
   */
  offsetsOf(range: Range): { start: number; end: number } | undefined {
    const from = this.index.positionOf(range.startContainer, range.startOffset);
    const to = this.index.positionOf(range.endContainer, range.endOffset);
    if (!(to > from)) return undefined;
    let start: number | undefined;
    let end: number | undefined;
    // Blocks in page order (a block found out of order is placed where the page has it).
    const order = this.blockPos.map((pos, b) => ({ pos, b })).filter((x) => x.pos >= 0).sort((x, y) => x.pos - y.pos);
    for (const { pos, b } of order) {
      const key = stripSpace(this.blocks[b]);
      const lo = Math.max(from, pos);
      const hi = Math.min(to, pos + key.length);
      if (hi <= lo) continue;
      const s = this.blockStarts[b] + offsetOfChar(this.blocks[b], lo - pos);
      const e = this.blockStarts[b] + offsetOfChar(this.blocks[b], hi - pos - 1) + 1;
      if (start === undefined || s < start) start = s;
      if (end === undefined || e > end) end = e;
    }
    if (start !== undefined && end !== undefined && end > start) return { start, end };
    return this.searchBack(this.index.chars.slice(from, to));
  }

  /** For a Range outside every found block: the first place the analysed text holds its characters (whitespace aside). */
  private searchBack(key: string): { start: number; end: number } | undefined {
    if (!key) return undefined;
    if (!this.stripped) {
      const joined = (this.joined ??= this.blocks.join(BLOCK_SEPARATOR));
      const at: number[] = [];
      let chars = "";
      for (let i = 0; i < joined.length; i++) {
        if (isSpace(joined[i])) continue;
        chars += joined[i];
        at.push(i);
      }
      this.stripped = { chars, at };
    }
    const pos = this.stripped.chars.indexOf(key);
    if (pos < 0) return undefined;
    return { start: this.stripped.at[pos], end: this.stripped.at[pos + key.length - 1] + 1 };
  }

  /** The block holding offset `offset` of the analysed text (separators count with the block before them). */
  private blockAt(offset: number): number {
    return lastAtOrBefore(this.blockStarts, offset);
  }

  private point(offset: number, side: "start" | "end"): DomPoint | undefined {
    if (this.blocks.length === 0) return undefined;
    let b = this.blockAt(offset);
    let k = offset - this.blockStarts[b];
    const len = this.blocks[b].length;
    if (k > len) {
      // Inside a separator: a start moves to the next block, an end stays at the end of this one.
      if (side === "start") {
        b++;
        k = 0;
        if (b >= this.blocks.length) return undefined;
      } else k = len;
    }
    const pos = this.blockPos[b];
    if (pos < 0) return undefined;
    const block = this.blocks[b];
    const before = stripSpace(block.slice(0, k)).length;
    if (side === "start") {
      if (before >= stripSpace(block).length) return undefined;
      return this.index.pointBefore(pos + before);
    }
    if (before === 0) return undefined;
    return this.index.pointAfter(pos + before - 1);
  }

  /** For a span in a block that was not found as a whole: search the span's own text near where it should be. */
  private searchFallback(start: number, end: number): Range | undefined {
    const b = this.blockAt(start);
    const key = stripSpace(this.textOf(start, end));
    if (!key) return undefined;
    let from = 0;
    for (let i = b - 1; i >= 0; i--) {
      if (this.blockPos[i] >= 0) {
        from = this.blockPos[i] + stripSpace(this.blocks[i]).length;
        break;
      }
    }
    let pos = this.index.chars.indexOf(key, from);
    if (pos < 0) pos = this.index.chars.indexOf(key);
    if (pos < 0) return undefined;
    const a = this.index.pointBefore(pos);
    const z = this.index.pointAfter(pos + key.length - 1);
    return a && z ? this.makeRange(a, z) : undefined;
  }

  /** The analysed text between two offsets, rebuilt from the blocks. */
  private textOf(start: number, end: number): string {
    this.joined ??= this.blocks.join(BLOCK_SEPARATOR);
    return this.joined.slice(start, end);
  }

  private makeRange(a: DomPoint, b: DomPoint): Range | undefined {
    try {
      const range = this.doc.createRange();
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset);
      return range.collapsed ? undefined : range;
    } catch {
      return undefined;
    }
  }
}
