/** Cues → stance records (temporary skeleton, filled by the stance stage). */
import type { Stance } from "../types.ts";
import type { Token } from "../text/tokenize.ts";
import type { Sentence } from "../text/sentences.ts";
import type { ActorResult } from "../entities/find-actors.ts";

/** Finds who supports, opposes, is concerned about or calls for what. */
export function findStances(_text: string, _tokens: Token[], _sentences: Sentence[], _actors: ActorResult): Stance[] {
  return [];
}
