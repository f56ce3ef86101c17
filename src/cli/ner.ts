/**
 * CoNLL in, CoNLL out: prints every input line with the predicted IOB2 tag appended as the last column
 * (blank and -DOCSTART- lines passed through). Reads only the word column.
 * Usage: npm run --silent ner -- FILE   (or - for standard input)
 */
import { readFileSync } from "node:fs";
import { parseConll } from "../analysis/entities/ner/conll.ts";
import { tagDocument } from "../analysis/entities/ner/index.ts";

const file = process.argv[2];
if (!file) {
  console.error("ner: usage: npm run --silent ner -- FILE (CoNLL format, - for stdin)");
  process.exit(2);
}
const { lines, docs } = parseConll(readFileSync(file === "-" ? 0 : file, "utf8"));
const predicted: (string | undefined)[] = new Array(lines.length);
for (const doc of docs) {
  const tags = tagDocument(doc.sentences.map((s) => s.words));
  doc.sentences.forEach((s, k) => s.lines.forEach((line, j) => (predicted[line] = tags[k][j])));
}
const out: string[] = [];
for (let i = 0; i < lines.length; i++) out.push(predicted[i] === undefined ? lines[i] : `${lines[i].trimEnd()} ${predicted[i]}`);
process.stdout.write(out.join("\n") + "\n");
