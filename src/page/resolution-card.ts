/**
 * The resolution hover card: hovering a highlighted resolution citation in the page shows a small card (symbol,
 * adoption date or year, topic, vote, link to the official document). One host element with an open shadow root,
 * styled through the CSSOM only (no <style>, no markup strings: a strict page CSP and hostile text cannot touch it),
 * created on the first hover and removed with the highlights.
 */
import type { ResolutionCardInfo } from "../shared/messages.ts";

/** A resolution citation in the live page and the card it shows. */
export interface CardTarget {
  range: Range;
  card: ResolutionCardInfo;
}

/** `data-testid` of the card's host element (tests find it there). */
export const CARD_HOST_ID = "attache-resolution-card";
/** Pointer events are read at most this often (milliseconds). */
const THROTTLE_MS = 50;
/** The card stays this long after the pointer leaves the citation, so the pointer can reach its link. */
const HIDE_DELAY_MS = 300;
/** Slack around a citation's boxes, in CSS pixels. */
const SLACK = 2;

type Styles = Record<string, string>;

function styled<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, styles: Styles, text?: string): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  for (const [k, v] of Object.entries(styles)) el.style.setProperty(k, v, "important");
  if (text !== undefined) el.textContent = text;
  return el;
}

/** The link of a card, only for an https URL (anything else is shown without a link). */
export function cardHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === "https:" ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** The lines of a card after its symbol: label and value, in order. */
export function cardFacts(card: ResolutionCardInfo): [string, string][] {
  const facts: [string, string][] = [];
  if (card.adopted) facts.push(["Adopted", card.adopted]);
  else if (card.year) facts.push(["Year", String(card.year)]);
  if (card.topic) facts.push(["Topic", card.topic]);
  if (card.vote) facts.push(["Vote", card.vote]);
  return facts;
}

/** The DOM point under the pointer: `caretPositionFromPoint` (Firefox, Chrome 128+), else `caretRangeFromPoint`. */
function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | undefined {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === "function") {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : undefined;
  }
  if (typeof d.caretRangeFromPoint === "function") {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : undefined;
  }
  return undefined;
}

function rectsContain(range: Range, x: number, y: number): boolean {
  for (const r of Array.from(range.getClientRects())) {
    if (x >= r.left - SLACK && x <= r.right + SLACK && y >= r.top - SLACK && y <= r.bottom + SLACK) return true;
  }
  return false;
}

/** Shows the card of the resolution citation under the pointer, while the page has resolution highlights. */
export class ResolutionHoverCards {
  private readonly doc: Document;
  private targets: CardTarget[] = [];
  private host: HTMLElement | undefined;
  private shown: CardTarget | undefined;
  private pending: { x: number; y: number; overCard: boolean } | undefined;
  private throttle: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private listening = false;

  /** Cards for `doc`; nothing happens until `set` is given targets. */
  constructor(doc: Document) {
    this.doc = doc;
  }

  /** Replaces the citations to watch (an empty list stops watching and removes the card). */
  set(targets: CardTarget[]): void {
    this.clear();
    this.targets = targets;
    if (targets.length === 0) return;
    const win = this.doc.defaultView;
    if (!win) return;
    this.doc.addEventListener("mousemove", this.onMove, { capture: true, passive: true });
    this.doc.addEventListener("keydown", this.onKey, { capture: true });
    win.addEventListener("scroll", this.onScroll, { capture: true, passive: true });
    this.listening = true;
  }

  /** Stops watching and removes the card from the page. */
  clear(): void {
    this.targets = [];
    if (this.listening) {
      this.doc.removeEventListener("mousemove", this.onMove, { capture: true });
      this.doc.removeEventListener("keydown", this.onKey, { capture: true });
      this.doc.defaultView?.removeEventListener("scroll", this.onScroll, { capture: true });
      this.listening = false;
    }
    clearTimeout(this.throttle);
    clearTimeout(this.hideTimer);
    this.throttle = undefined;
    this.hideTimer = undefined;
    this.pending = undefined;
    this.hide();
  }

  /** The citation at a viewport point, if any. */
  targetAt(x: number, y: number): CardTarget | undefined {
    const caret = caretAt(this.doc, x, y);
    // The caret snaps to the nearest text even in a margin: confirm with the citation's own boxes.
    if (caret) {
      for (const t of this.targets) {
        try {
          if (t.range.isPointInRange(caret.node, caret.offset) && rectsContain(t.range, x, y)) return t;
        } catch {
          // A point in another document or a detached node: not this citation.
        }
      }
    }
    return this.targets.find((t) => rectsContain(t.range, x, y));
  }

  private readonly onMove = (e: MouseEvent): void => {
    const overCard = !!this.host && e.composedPath().includes(this.host);
    this.pending = { x: e.clientX, y: e.clientY, overCard };
    if (this.throttle !== undefined) return;
    this.throttle = setTimeout(() => {
      this.throttle = undefined;
      const p = this.pending;
      this.pending = undefined;
      if (p) this.update(p.x, p.y, p.overCard);
    }, THROTTLE_MS);
  };

  private readonly onKey = (e: KeyboardEvent): void => {
    if (e.key === "Escape") this.hide();
  };

  private readonly onScroll = (): void => this.hide();

  private update(x: number, y: number, overCard: boolean): void {
    if (overCard) {
      clearTimeout(this.hideTimer);
      this.hideTimer = undefined;
      return;
    }
    const hit = this.targetAt(x, y);
    if (hit) {
      clearTimeout(this.hideTimer);
      this.hideTimer = undefined;
      if (hit !== this.shown) this.show(hit, x, y);
      return;
    }
    if (this.shown && this.hideTimer === undefined) {
      this.hideTimer = setTimeout(() => {
        this.hideTimer = undefined;
        this.hide();
      }, HIDE_DELAY_MS);
    }
  }

  private show(target: CardTarget, x: number, y: number): void {
    this.hide();
    const doc = this.doc;
    const win = doc.defaultView;
    if (!win) return;
    const host = styled(doc, "div", { all: "initial", position: "fixed", "z-index": "2147483647", left: "0px", top: "0px", display: "block" });
    host.setAttribute("data-testid", CARD_HOST_ID);
    const root = host.attachShadow({ mode: "open" });
    const card = styled(doc, "div", {
      "box-sizing": "border-box",
      "max-width": "320px",
      padding: "8px 10px",
      background: "#ffffff",
      color: "#111827",
      border: "1px solid #d1d5db",
      "border-radius": "6px",
      "box-shadow": "0 4px 14px rgba(0, 0, 0, 0.18)",
      font: "13px/1.4 system-ui, -apple-system, 'Segoe UI', sans-serif",
      "text-align": "left",
    });
    card.setAttribute("role", "tooltip");
    card.setAttribute("part", "card");
    const c = target.card;
    card.appendChild(styled(doc, "div", { "font-weight": "700", "margin-bottom": "4px" }, c.symbol)).setAttribute("data-field", "symbol");
    for (const [label, value] of cardFacts(c)) {
      const line = styled(doc, "div", { margin: "1px 0" });
      line.setAttribute("data-field", label.toLowerCase());
      line.appendChild(styled(doc, "span", { color: "#6b7280" }, `${label}: `));
      line.appendChild(styled(doc, "span", {}, value));
      card.appendChild(line);
    }
    const href = cardHref(c.url);
    if (href) {
      const a = styled(doc, "a", { color: "#1d4ed8", "text-decoration": "underline", display: "inline-block", "margin-top": "4px" }, `Official document (${c.symbol})`);
      a.href = href;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      card.appendChild(a);
    }
    root.appendChild(card);
    (doc.body ?? doc.documentElement).appendChild(host);
    this.host = host;
    this.shown = target;
    // Near the pointer, inside the viewport: below and to the right when there is room, else above or to the left.
    const w = card.offsetWidth;
    const h = card.offsetHeight;
    const vw = win.innerWidth;
    const vh = win.innerHeight;
    const left = Math.max(4, Math.min(x + 12, vw - w - 4));
    const top = y + 18 + h <= vh - 4 ? y + 18 : Math.max(4, y - h - 12);
    host.style.setProperty("left", `${Math.round(left)}px`, "important");
    host.style.setProperty("top", `${Math.round(top)}px`, "important");
  }

  private hide(): void {
    this.host?.remove();
    this.host = undefined;
    this.shown = undefined;
  }
}
