import type { StorageAreaLike } from "../../src/notes/index.ts";

/** An in-memory storage area that copies values in and out, as `chrome.storage.local` does. */
export class MemoryArea implements StorageAreaLike {
  readonly data = new Map<string, unknown>();
  /** Keys of every `set` call, in order, to check what a write touched. */
  readonly writes: string[][] = [];

  async get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
    const wanted = keys === undefined || keys === null ? [...this.data.keys()] : typeof keys === "string" ? [keys] : keys;
    const out: Record<string, unknown> = {};
    for (const key of wanted) if (this.data.has(key)) out[key] = structuredClone(this.data.get(key));
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    this.writes.push(Object.keys(items));
    for (const [key, value] of Object.entries(items)) this.data.set(key, structuredClone(value));
  }

  async remove(keys: string | string[]): Promise<void> {
    for (const key of typeof keys === "string" ? [keys] : keys) this.data.delete(key);
  }

  /** Bytes used, counted the way Chrome does: key length plus JSON length of the value. */
  bytesInUse(): number {
    let total = 0;
    for (const [key, value] of this.data) total += key.length + JSON.stringify(value).length;
    return total;
  }
}

/** A storage area that refuses any write that would take it over `quotaBytes`, with Chrome's error message. */
export class QuotaArea extends MemoryArea {
  constructor(public quotaBytes: number) {
    super();
  }

  override async set(items: Record<string, unknown>): Promise<void> {
    let after = this.bytesInUse();
    for (const [key, value] of Object.entries(items)) {
      const old = this.data.get(key);
      if (old !== undefined) after -= key.length + JSON.stringify(old).length;
      after += key.length + JSON.stringify(value).length;
    }
    if (after > this.quotaBytes) throw new Error("Resource::kQuotaBytes quota exceeded");
    await super.set(items);
  }
}

/** A storage area whose `set` fails (as a crash would stop it) when the predicate says so. */
export class FailingArea extends MemoryArea {
  constructor(public shouldFail: (keys: string[]) => boolean, public error: Error = new Error("Service worker stopped")) {
    super();
  }

  override async set(items: Record<string, unknown>): Promise<void> {
    if (this.shouldFail(Object.keys(items))) throw this.error;
    await super.set(items);
  }
}

/** A clock that starts at a fixed time and moves one minute per call. */
export function steppingClock(startIso = "2024-02-18T09:00:00.000Z"): () => Date {
  let t = Date.parse(startIso);
  return () => {
    const d = new Date(t);
    t += 60_000;
    return d;
  };
}
