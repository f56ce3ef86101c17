/** UN resolution citations → official symbols (temporary minimal version; replaced by the resolutions stage). */
import type { Resolution, Span } from "../types.ts";

/** Finds UN resolution citations and generic mentions in a text. */
export function findResolutions(_text: string): { resolutions: Resolution[]; genericResolutionMentions: Span[] } {
  return { resolutions: [], genericResolutionMentions: [] };
}
