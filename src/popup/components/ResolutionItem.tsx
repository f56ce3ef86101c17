/** One cited UN resolution: symbol, year, known facts, the article's own sentence and a link to the official text. */
import { Fragment } from "preact";
import type { Resolution } from "../../analysis/types.ts";
import { safeHttpsUrl } from "../safe-url.ts";
import { sentenceAround } from "../sentence-around.ts";

/** Props of ResolutionItem. */
export interface ResolutionItemProps {
  resolution: Resolution;
  text: string;
  onShow(span: { start: number; end: number }): void;
}

/** The resolution card; the link is rendered only for an https URL. */
export function ResolutionItem({ resolution: r, text, onShow }: ResolutionItemProps) {
  const first = r.mentions[0];
  const sentence = first ? sentenceAround(text, first) : undefined;
  const href = safeHttpsUrl(r.url);
  const facts: [string, string][] = [];
  if (r.adopted) facts.push(["Adopted", r.adopted]);
  if (r.topic) facts.push(["Topic", r.topic]);
  if (r.vote) facts.push(["Vote", r.vote]);
  if (r.title && r.title !== r.topic) facts.push(["Title", r.title]);
  return (
    <li class="resolution" data-testid="resolution">
      <p class="resolution-head">
        <strong class="symbol">{r.symbol}</strong>
        {r.year ? <span class="year"> · {r.year}</span> : null}
        <span class="count" aria-label={`${r.mentions.length} mention${r.mentions.length === 1 ? "" : "s"}`}>
          {r.mentions.length}
        </span>
      </p>
      {facts.length ? (
        <dl class="facts">
          {facts.map(([k, v]) => (
            <Fragment key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </Fragment>
          ))}
        </dl>
      ) : null}
      {sentence ? (
        <button type="button" class="quote-button" title="Show in the page" onClick={() => onShow(sentence)}>
          <blockquote class="evidence">{sentence.text}</blockquote>
        </button>
      ) : null}
      {href ? (
        <a class="doc-link" href={href} target="_blank" rel="noopener noreferrer">
          Official document ({r.symbol})
        </a>
      ) : null}
    </li>
  );
}
