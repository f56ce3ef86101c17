/** `npm start`: after the build, prints the analysis of the bundled sample article and how to load the extension. */
import { readFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { analyze } from "../analysis/index.ts";
import { extractFromHtml } from "./load-input.ts";
import { formatSummary } from "./format-summary.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
const sample = `${root}test/fixtures/korea-post-yun-lavrov.html`;
const extracted = extractFromHtml(readFileSync(sample, "utf8"));
if ("reason" in extracted) {
  console.error(`start: the sample article could not be read: ${extracted.message}`);
  process.exitCode = 1;
} else {
  console.log(`Attaché: analysis of the sample article (${sample.slice(root.length)})\n`);
  console.log(formatSummary(analyze(extracted.text, { meta: extracted.meta })));
  const dist = `${root}dist`;
  console.log(
    existsSync(`${dist}/manifest.json`)
      ? `\nThe extension is built in ${dist}.\nTo use it in Chrome or Chromium: open chrome://extensions, switch on "Developer mode", click "Load unpacked" and choose that folder. Then open a news article and click the Attaché icon in the toolbar.`
      : `\nThe extension has not been built: run "npm run build" first.`,
  );
}
