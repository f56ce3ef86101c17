/**
 * Highlights in the live page with the CSS Custom Highlight API (no DOM mutation): one Highlight per kind, painted
 * through `::highlight()` rules in one injected <style>. Where the API is missing, text is wrapped in <mark>.
 */

/** What a highlight marks. */
export type HighlightKind = "actor" | "stance" | "resolution";

/** All kinds, in painting order (later ones win where they overlap). */
export const HIGHLIGHT_KINDS: readonly HighlightKind[] = ["stance", "actor", "resolution"];

const PREFIX = "attache";
const STYLE_ID = "attache-highlight-style";
const FLASH = `${PREFIX}-flash`;
const MARK_ATTR = "data-attache-mark";

/** Colours by kind. `::highlight()` accepts only colour, background and text decoration. */
const STYLE = `
::highlight(${PREFIX}-actor) { background-color: rgba(255, 214, 10, 0.45); }
::highlight(${PREFIX}-stance) { text-decoration: underline 2px rgba(37, 99, 235, 0.85); text-underline-offset: 3px; background-color: rgba(37, 99, 235, 0.08); }
::highlight(${PREFIX}-resolution) { background-color: rgba(16, 185, 129, 0.4); }
::highlight(${FLASH}) { background-color: rgba(249, 115, 22, 0.65); }
mark[${MARK_ATTR}] { color: inherit; background: transparent; }
mark[${MARK_ATTR}="actor"] { background-color: rgba(255, 214, 10, 0.45); }
mark[${MARK_ATTR}="stance"] { text-decoration: underline 2px rgba(37, 99, 235, 0.85); background-color: rgba(37, 99, 235, 0.08); }
mark[${MARK_ATTR}="resolution"] { background-color: rgba(16, 185, 129, 0.4); }
.${FLASH} { outline: 3px solid rgba(249, 115, 22, 0.9) !important; outline-offset: 2px; }
`;

/** True when the browser paints `CSS.highlights` (Chrome 105+, Firefox 140+, Safari 17.2+). */
export function hasHighlightApi(): boolean {
  return typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight === "function";
}

/** Adds Attaché's highlight stylesheet to the page once. */
export function ensureStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement("style");
  style.id = STYLE_ID;
  style.textContent = STYLE;
  (doc.head ?? doc.documentElement).appendChild(style);
}

/** Paints ranges grouped by kind, replacing any earlier Attaché highlights; answers how many ranges were painted. */
export function paintHighlights(doc: Document, groups: Partial<Record<HighlightKind, Range[]>>, useApi = hasHighlightApi()): number {
  clearHighlights(doc);
  ensureStyle(doc);
  let count = 0;
  if (useApi) {
    HIGHLIGHT_KINDS.forEach((kind, priority) => {
      const ranges = groups[kind] ?? [];
      if (ranges.length === 0) return;
      const h = new Highlight(...ranges);
      h.priority = priority;
      CSS.highlights.set(`${PREFIX}-${kind}`, h);
      count += ranges.length;
    });
    return count;
  }
  for (const kind of HIGHLIGHT_KINDS) {
    const ranges = groups[kind] ?? [];
    count += wrapRanges(doc, ranges, kind);
  }
  return count;
}

/** Removes every Attaché highlight (both kinds of painting) from the page. */
export function clearHighlights(doc: Document): void {
  if (hasHighlightApi()) {
    for (const kind of HIGHLIGHT_KINDS) CSS.highlights.delete(`${PREFIX}-${kind}`);
    CSS.highlights.delete(FLASH);
  }
  for (const mark of Array.from(doc.querySelectorAll(`mark[${MARK_ATTR}]`))) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
  }
}

/** True when the page shows Attaché highlights of any kind. */
export function hasHighlights(doc: Document): boolean {
  if (hasHighlightApi() && HIGHLIGHT_KINDS.some((k) => CSS.highlights.has(`${PREFIX}-${k}`))) return true;
  return doc.querySelector(`mark[${MARK_ATTR}]`) !== null;
}

/** Scrolls a range into view (centred) and flashes it briefly. */
export function scrollToRange(doc: Document, range: Range): void {
  const start = range.startContainer;
  const el = start.nodeType === 1 ? (start as Element) : start.parentElement;
  if (!el) return;
  const reduce = doc.defaultView?.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;
  el.scrollIntoView({ block: "center", inline: "nearest", behavior: reduce ? "auto" : "smooth" });
  ensureStyle(doc);
  if (hasHighlightApi()) {
    CSS.highlights.set(FLASH, new Highlight(range.cloneRange()));
    setTimeout(() => CSS.highlights.delete(FLASH), 1600);
  } else {
    el.classList.add(FLASH);
    setTimeout(() => el.classList.remove(FLASH), 1600);
  }
}

/** Wraps the text of each range in <mark> elements (the fallback); answers the number of ranges wrapped. */
function wrapRanges(doc: Document, ranges: Range[], kind: HighlightKind): number {
  // Collect [start, end) pieces per text node first: wrapping changes the DOM that later ranges point into.
  const pieces = new Map<Text, [number, number][]>();
  let wrapped = 0;
  for (const range of ranges) {
    const nodes = textNodesIn(range);
    if (nodes.length) wrapped++;
    for (const node of nodes) {
      const s = node === range.startContainer ? range.startOffset : 0;
      const e = node === range.endContainer ? range.endOffset : node.data.length;
      if (e <= s) continue;
      const list = pieces.get(node) ?? [];
      list.push([s, e]);
      pieces.set(node, list);
    }
  }
  for (const [node, list] of pieces) {
    // Merge overlaps, then wrap from the end so earlier offsets stay valid as the node is split.
    list.sort((a, b) => a[0] - b[0]);
    const merged: [number, number][] = [];
    for (const p of list) {
      const last = merged[merged.length - 1];
      if (last && p[0] <= last[1]) last[1] = Math.max(last[1], p[1]);
      else merged.push([p[0], p[1]]);
    }
    for (let i = merged.length - 1; i >= 0; i--) {
      const [s, e] = merged[i];
      if (!node.parentNode) break;
      const middle = node.splitText(s);
      middle.splitText(e - s);
      const mark = doc.createElement("mark");
      mark.setAttribute(MARK_ATTR, kind);
      middle.parentNode!.insertBefore(mark, middle);
      mark.appendChild(middle);
    }
  }
  return wrapped;
}

/** The text nodes a range touches, in document order. */
function textNodesIn(range: Range): Text[] {
  const root = range.commonAncestorContainer;
  if (root.nodeType === 3) return [root as Text];
  const out: Text[] = [];
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 0x4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (range.intersectsNode(n)) out.push(n as Text);
  }
  return out;
}
