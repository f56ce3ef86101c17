/**
 * The call that reads a tab's article in the content script's isolated world. It is serialised twice, so it may use
 * nothing from any module: by `scripting.executeScript({ func })` and, at build time, as the last statement of the
 * injected content script file (vite.config.ts), whose completion value `executeScript({ files })` returns. One
 * injection therefore both sets the script up (when absent) and answers with the article: one round trip, not three.
 */
import type { ContentApi, ExtractReply } from "./messages.ts";
import type { Result } from "./result.ts";

/** The article from the live content script under `guard`, or null when no live content script is there. */
export function extractInPage(guard: string): Result<ExtractReply> | null {
  const api = (globalThis as unknown as Record<string, ContentApi | undefined>)[guard];
  return api && typeof api.alive === "function" && api.alive() ? api.extract() : null;
}
