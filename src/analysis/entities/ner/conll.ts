/** Reading CoNLL-format text (`word POS chunk NER` lines, blank line between sentences, -DOCSTART- between documents). */

/** One sentence: its words, gold tags (last column) and the input line index of each word. */
export interface ConllSentence {
  words: string[];
  tags: string[];
  lines: number[];
}

/** One document: its sentences. */
export interface ConllDocument {
  sentences: ConllSentence[];
}

/** Splits CoNLL text into documents and sentences; lines are kept by index so output can echo them. */
export function parseConll(text: string): { lines: string[]; docs: ConllDocument[] } {
  const lines = text.split(/\r?\n/); // "EU NNP B-NP B-ORG\r\n" → one line, CR dropped
  if (lines.length && lines[lines.length - 1] === "") lines.pop();
  const docs: ConllDocument[] = [];
  let doc: ConllDocument = { sentences: [] };
  let sent: ConllSentence = { words: [], tags: [], lines: [] };
  const endSentence = () => {
    if (sent.words.length) doc.sentences.push(sent);
    sent = { words: [], tags: [], lines: [] };
  };
  const endDoc = () => {
    endSentence();
    if (doc.sentences.length) docs.push(doc);
    doc = { sentences: [] };
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === "") { endSentence(); continue; }
    if (line.startsWith("-DOCSTART-")) { endDoc(); continue; }
    const cols = line.split(/\s+/); // "EU NNP B-NP B-ORG" → word first, gold tag last
    sent.words.push(cols[0]);
    sent.tags.push(cols.length > 1 ? cols[cols.length - 1] : "O");
    sent.lines.push(i);
  }
  endDoc();
  return { lines, docs };
}
