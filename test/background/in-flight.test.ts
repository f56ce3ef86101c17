/** Work in progress per tab: a second request joins the first while it runs, and starts afresh once it is done. */
import { describe, expect, test } from "vitest";
import { InFlight } from "../../src/background/in-flight.ts";

/** A job whose end the test decides. */
function deferredJob(name: string) {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return { name, done, finish };
}

describe("InFlight", () => {
  test("a second request for the same tab and URL joins the job in flight", () => {
    const jobs = new InFlight<ReturnType<typeof deferredJob>>();
    const first = jobs.join(1, "https://a.example/x", () => deferredJob("first"));
    const second = jobs.join(1, "https://a.example/x", () => deferredJob("second"));
    expect(second).toBe(first);
    expect(jobs.size).toBe(1);
  });

  test.each([
    ["another tab", 2, "https://a.example/x"],
    ["another URL in the same tab (it navigated)", 1, "https://a.example/y"],
    ["no URL (no access to the tab's address)", 1, undefined],
  ])("%s starts its own job", (_name, tabId, url) => {
    const jobs = new InFlight<ReturnType<typeof deferredJob>>();
    const first = jobs.join(1, "https://a.example/x", () => deferredJob("first"));
    expect(jobs.join(tabId, url, () => deferredJob("other")).name).toBe("other");
    expect(first.name).toBe("first");
  });

  test("a finished job is forgotten: the next request starts again (its answer comes from the caches)", async () => {
    const jobs = new InFlight<ReturnType<typeof deferredJob>>();
    const first = jobs.join(1, "https://a.example/x", () => deferredJob("first"));
    first.finish();
    await first.done;
    await Promise.resolve();
    expect(jobs.size).toBe(0);
    expect(jobs.join(1, "https://a.example/x", () => deferredJob("again")).name).toBe("again");
  });

  test("a failed job is forgotten too; a closed tab's job is dropped at once", async () => {
    const jobs = new InFlight<{ done: Promise<void> }>();
    const failing = { done: Promise.reject(new Error("boom")) };
    failing.done.catch(() => undefined);
    jobs.join(1, undefined, () => failing);
    await failing.done.catch(() => undefined);
    await Promise.resolve();
    expect(jobs.size).toBe(0);
    jobs.join(3, undefined, () => deferredJob("x"));
    jobs.delete(3);
    expect(jobs.size).toBe(0);
  });
});
