/** The background's memory of analyses: one per tab, keyed by the page's URL and a hash of the analysed text. */

/** A 53-bit hash of a string (cyrb53), as 14 hex digits: cheap enough for a megabyte of text (a few ms). */
export function hashText(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, "0");
}

/** One remembered analysis. */
interface Entry<T> {
  url: string;
  hash: string;
  value: T;
}

/** The latest analysis of each tab, for at most `maxTabs` tabs (the least recently used is forgotten first). */
export class AnalysisCache<T> {
  private readonly entries = new Map<number, Entry<T>>();
  private readonly maxTabs: number;

  /** A cache for `maxTabs` tabs. */
  constructor(maxTabs = 8) {
    this.maxTabs = maxTabs;
  }

  /** The analysis of this tab, URL and text hash, if remembered. */
  get(tabId: number, url: string, hash: string): T | undefined {
    const e = this.entries.get(tabId);
    if (!e || e.url !== url || e.hash !== hash) return undefined;
    this.entries.delete(tabId);
    this.entries.set(tabId, e);
    return e.value;
  }

  /** Remembers the analysis of a tab (replacing the tab's earlier one). */
  set(tabId: number, url: string, hash: string, value: T): void {
    this.entries.delete(tabId);
    this.entries.set(tabId, { url, hash, value });
    while (this.entries.size > this.maxTabs) this.entries.delete(this.entries.keys().next().value!);
  }

  /** Forgets a tab (closed). */
  delete(tabId: number): void {
    this.entries.delete(tabId);
  }

  /** How many tabs are remembered. */
  get size(): number {
    return this.entries.size;
  }
}
