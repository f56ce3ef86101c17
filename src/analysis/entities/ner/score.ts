/** Entity-level precision / recall / F1 over IOB2 tag sequences (exact spans, as conlleval counts them). */

/** Counts for one type (or overall). */
export interface PrfCounts {
  gold: number;
  pred: number;
  ok: number;
}

/** Precision, recall and F1 in percent, from counts. */
export function prf(c: PrfCounts): { p: number; r: number; f1: number } {
  const p = c.pred ? (100 * c.ok) / c.pred : 0, r = c.gold ? (100 * c.ok) / c.gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Entity spans "start,end,TYPE" of one sentence's IOB2 tags (an I- after O or another type opens an entity, as in conlleval). */
export function entitySpans(tags: readonly string[]): string[] {
  const out: string[] = [];
  let start = -1, type = "";
  for (let i = 0; i <= tags.length; i++) {
    const t = i < tags.length ? tags[i] : "O";
    const ty = t === "O" ? "" : t.slice(2);
    if (start >= 0 && (t === "O" || t.startsWith("B-") || ty !== type)) { out.push(`${start},${i},${type}`); start = -1; }
    if (t !== "O" && start < 0) { start = i; type = ty; }
  }
  return out;
}

/** Accumulates entity-level counts per type and overall ("overall" key) over sentences. */
export class EntityScorer {
  readonly counts = new Map<string, PrfCounts>();

  private bump(type: string, k: keyof PrfCounts) {
    for (const key of [type, "overall"]) {
      let c = this.counts.get(key);
      if (!c) this.counts.set(key, (c = { gold: 0, pred: 0, ok: 0 }));
      c[k]++;
    }
  }

  /** Adds one sentence's gold and predicted tags. */
  add(gold: readonly string[], pred: readonly string[]): void {
    const g = new Set(entitySpans(gold));
    for (const s of g) this.bump(s.split(",")[2], "gold");
    for (const s of entitySpans(pred)) {
      const type = s.split(",")[2];
      this.bump(type, "pred");
      if (g.has(s)) this.bump(type, "ok");
    }
  }

  /** P/R/F1 for a type, or overall. */
  result(type = "overall"): { p: number; r: number; f1: number } {
    return prf(this.counts.get(type) ?? { gold: 0, pred: 0, ok: 0 });
  }
}
