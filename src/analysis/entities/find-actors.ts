/** Mentions → merged actors (temporary skeleton, filled by the actor stage). */
import type { Actor } from "../types.ts";
import type { Token } from "../text/tokenize.ts";
import type { Sentence } from "../text/sentences.ts";

/** One mention of an actor in the text. */
export interface ActorMention {
  start: number;
  end: number;
  actorId: string;
  kind: "name" | "short" | "role" | "pronoun" | "demonym" | "metonym";
}

/** Actors and every mention, sorted by offset. */
export interface ActorResult {
  actors: Actor[];
  mentions: ActorMention[];
}

/** Finds actors in a text and merges their mentions. */
export function findActors(_text: string, _tokens: Token[], _sentences: Sentence[]): ActorResult {
  return { actors: [], mentions: [] };
}
