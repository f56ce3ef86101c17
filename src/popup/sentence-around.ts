/** The sentence of the analysed text around a span, found with the analysis' own sentence splitter. */
import { splitSentences } from "../analysis/text/sentences.ts";
import { tokenize } from "../analysis/text/tokenize.ts";
import type { Span } from "../analysis/types.ts";

/** Longest sentence shown whole; longer ones are cut around the span. */
const MAX_SHOWN = 480;

/** The sentence containing `span` (only its paragraph is split, so this stays cheap on long articles). */
export function sentenceAround(text: string, span: { start: number; end: number }): Span {
  const sep = text.lastIndexOf("\n\n", span.start);
  const paraStart = sep < 0 ? 0 : sep + 2;
  let paraEnd = text.indexOf("\n\n", span.end);
  if (paraEnd < 0) paraEnd = text.length;
  const para = text.slice(paraStart, paraEnd);
  let start = paraStart;
  let end = paraEnd;
  for (const s of splitSentences(para, tokenize(para))) {
    if (paraStart + s.start <= span.start && paraStart + s.end >= span.end) {
      start = paraStart + s.start;
      end = paraStart + s.end;
      break;
    }
  }
  if (end - start > MAX_SHOWN) {
    start = Math.max(start, span.start - MAX_SHOWN / 2);
    end = Math.min(end, Math.max(span.end, start + MAX_SHOWN));
  }
  return { start, end, text: text.slice(start, end) };
}
