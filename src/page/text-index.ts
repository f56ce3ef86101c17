/**
 * An index of the live page's text, whitespace removed, so that text extracted from a clone of the page (where
 * whitespace, block boundaries and markup differ) can be found again and turned into DOM positions.
 */

/** Elements whose text is never rendered as page text. */
const SKIPPED = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "TEXTAREA", "SELECT", "OPTION", "IFRAME", "OBJECT", "HEAD", "TITLE"]);

/** True for the characters the index ignores (the same class `\s` as the extraction's whitespace normalising). */
export function isSpace(ch: string): boolean {
  return /\s/.test(ch);
}

/** Removes all whitespace: "a  b\nc" → "abc". */
export function stripSpace(s: string): string {
  return s.replace(/\s+/g, "");
}

/** A point in the live DOM: a text node and an offset into its data. */
export interface DomPoint {
  node: Text;
  offset: number;
}

/** The non-whitespace characters of the page's text nodes, with the way back to each node. */
export class TextIndex {
  /** Non-whitespace characters of all indexed text nodes, in document order. */
  readonly chars: string;
  private readonly nodes: Text[];
  /** Position in `chars` of each node's first non-whitespace character. */
  private readonly starts: number[];

  private constructor(chars: string, nodes: Text[], starts: number[]) {
    this.chars = chars;
    this.nodes = nodes;
    this.starts = starts;
  }

  /** Indexes the text nodes under `root` in document order (skipping scripts, styles and form controls). */
  static build(root: Node): TextIndex {
    const parts: string[] = [];
    const nodes: Text[] = [];
    const starts: number[] = [];
    let length = 0;
    // Iterative depth-first walk: works in every DOM implementation and never recurses deeply on huge pages.
    let n: Node | null = root.firstChild;
    while (n) {
      let descend = false;
      if (n.nodeType === 3) {
        const stripped = stripSpace((n as Text).data);
        if (stripped) {
          nodes.push(n as Text);
          starts.push(length);
          parts.push(stripped);
          length += stripped.length;
        }
      } else if (n.nodeType === 1) {
        descend = !SKIPPED.has((n as Element).tagName.toUpperCase());
      }
      if (descend && n.firstChild) {
        n = n.firstChild;
        continue;
      }
      while (n && n !== root && !n.nextSibling) n = n.parentNode;
      n = n && n !== root ? n.nextSibling : null;
    }
    return new TextIndex(parts.join(""), nodes, starts);
  }

  /** True while every indexed node is still in the document with the text it had (a cheap staleness check). */
  isLive(): boolean {
    let i = 0;
    for (const node of this.nodes) {
      if (!node.isConnected) return false;
      const next = i + 1 < this.starts.length ? this.starts[i + 1] : this.chars.length;
      // Only the length is compared: a full comparison would cost as much as rebuilding.
      if (stripSpace(node.data).length !== next - this.starts[i]) return false;
      i++;
    }
    return true;
  }

  /** The DOM point just before the character at `pos` (a position in `chars`). */
  pointBefore(pos: number): DomPoint | undefined {
    return this.locate(pos, false);
  }

  /** The DOM point just after the character at `pos`. */
  pointAfter(pos: number): DomPoint | undefined {
    return this.locate(pos, true);
  }

  /**
   * The position in `chars` of a DOM boundary point (a Range's start or end): the index of the first indexed
   * character at or after the point, so [positionOf(start), positionOf(end)) are the characters a Range covers.
   */
  positionOf(container: Node, offset: number): number {
    if (container.nodeType === 3) {
      const i = this.indexOfNode(container as Text);
      if (i >= 0) {
        const data = (container as Text).data;
        let k = 0;
        for (let j = 0; j < offset && j < data.length; j++) if (!isSpace(data[j])) k++;
        return this.starts[i] + k;
      }
    }
    // An element or an unindexed text node: the start of the first indexed node after the point.
    const doc = container.ownerDocument ?? (container as Document);
    const point = doc.createRange();
    point.setStart(container, offset);
    let lo = 0;
    let hi = this.nodes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      // comparePoint: -1 when (node, 0) is before the collapsed range, i.e. before the point.
      if (point.comparePoint(this.nodes[mid], 0) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.nodes.length ? this.starts[lo] : this.chars.length;
  }

  private nodeIndex?: Map<Text, number>;

  private indexOfNode(node: Text): number {
    this.nodeIndex ??= new Map(this.nodes.map((n, i) => [n, i]));
    return this.nodeIndex.get(node) ?? -1;
  }

  private locate(pos: number, after: boolean): DomPoint | undefined {
    if (pos < 0 || pos >= this.chars.length) return undefined;
    const lo = lastAtOrBefore(this.starts, pos);
    const node = this.nodes[lo];
    let k = pos - this.starts[lo];
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      if (isSpace(data[i])) continue;
      if (k === 0) {
        // A surrogate pair is one non-space unit per half, so offsets stay in UTF-16 code units like the DOM's.
        return { node, offset: after ? i + 1 : i };
      }
      k--;
    }
    return undefined;
  }
}

/** Index of the last entry of an ascending array that is at most `value` (0 when none is): a binary search. */
export function lastAtOrBefore(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid] <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
