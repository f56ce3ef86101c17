/** Work in progress per tab: a second request for the same tab and URL joins the first instead of starting again. */

/** A piece of work that settles once (`done`). */
export interface Job {
  done: Promise<unknown>;
}

/** The job in flight for each tab, forgotten once it settles (finished results live in caches, not here). */
export class InFlight<J extends Job> {
  private readonly jobs = new Map<number, { url: string | undefined; job: J }>();

  /** The tab's job in flight for this URL, or a new one from `start` (a job for another URL is left to finish alone). */
  join(tabId: number, url: string | undefined, start: () => J): J {
    const current = this.jobs.get(tabId);
    if (current && current.url === url) return current.job;
    const job = start();
    this.jobs.set(tabId, { url, job });
    const forget = () => {
      if (this.jobs.get(tabId)?.job === job) this.jobs.delete(tabId);
    };
    job.done.then(forget, forget);
    return job;
  }

  /** Forgets a tab's job (closed tab); the job itself runs on. */
  delete(tabId: number): void {
    this.jobs.delete(tabId);
  }

  /** How many tabs have a job in flight. */
  get size(): number {
    return this.jobs.size;
  }
}
