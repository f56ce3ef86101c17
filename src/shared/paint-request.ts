/** What the popup asks the page to paint for an analysis: spans by kind and resolution cards, never the text itself. */
import type { Analysis, Span } from "../analysis/types.ts";
import type { PaintRequest, ResolutionCardInfo } from "./messages.ts";

const pair = (s: Span): [number, number] => [s.start, s.end];

/** The paint request of an analysis: actor mentions, stance evidence (once per span), resolution mentions with cards. */
export function paintRequestOf(analysis: Analysis, key: string): PaintRequest {
  const stances = new Map<string, [number, number]>();
  for (const s of analysis.stances) stances.set(`${s.evidence.start}:${s.evidence.end}`, pair(s.evidence));
  const cards: ResolutionCardInfo[] = analysis.resolutions.map((r) => {
    const card: ResolutionCardInfo = { symbol: r.symbol, mentions: r.mentions.map(pair) };
    if (r.adopted) card.adopted = r.adopted;
    if (r.year) card.year = r.year;
    if (r.topic) card.topic = r.topic;
    if (r.vote) card.vote = r.vote;
    if (r.url) card.url = r.url;
    return card;
  });
  return {
    key,
    actor: analysis.actors.flatMap((a) => a.mentions.map(pair)),
    stance: [...stances.values()],
    resolution: analysis.genericResolutionMentions.map(pair),
    cards,
  };
}
