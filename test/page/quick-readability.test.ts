/**
 * QuickReadability answers as Mozilla Readability does: its two replaced checks on every element, and the whole
 * article, on the sample page, hand-made edge cases and every page of the shared readability corpus (linkedom).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { hasNonSpaceText } from "../../src/page/quick-readability.ts";
import { readabilityDifferences } from "./readability-differences.ts";

const CORPUS = fileURLToPath(new URL("../../../shared/corpus/readability-pages/", import.meta.url));
const SAMPLE = fileURLToPath(new URL("../fixtures/korea-post-yun-lavrov.html", import.meta.url));
const pages = existsSync(CORPUS) ? readdirSync(CORPUS).filter((d) => existsSync(`${CORPUS}${d}/source.html`)).sort() : [];
if (pages.length === 0) console.warn(`page/quick-readability: corpus pages SKIPPED, no corpus at ${CORPUS} (the sample and edge cases still run)`);

const doc = (html: string) => parseHTML(html).document as unknown as Document;

describe("QuickReadability", () => {
  it("tells text from white space as textContent.trim() does", () => {
    const d = doc(`<div id="a"> \n\t<span>\u00a0</span><br><!-- a comment --></div><div id="b"><i><b>x</b></i></div><div id="c">\u2003\ufeff</div><div id="d"><p></p> y</div><div id="e"><span><br>z</span><br></div>`);
    for (const id of ["a", "b", "c", "d", "e"]) {
      const el = d.getElementById(id)!;
      expect(hasNonSpaceText(el), id).toBe(el.textContent!.trim() !== "");
    }
  });

  it("agrees with Readability on hand-made edge cases", () => {
    const body = [
      `<div></div><div> <br> <hr> </div><section><br><img src="a.jpg"></section><header>\u00a0</header><h2> </h2>`,
      `<div style="display:none">hidden</div><div style="visibility: hidden">gone</div><div style="color:red">shown</div><div hidden>h</div>`,
      `<div aria-hidden="true">a</div><div aria-hidden="true" class="fallback-image">b</div><div aria-hidden="false">c</div>`,
      `<svg><text>svg text</text></svg><div><span><br>nested text</span><br></div><div><span><br></span><br></div>`,
    ].join("");
    const paras = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} of an article long enough for Readability to keep it, with commas, clauses, and more words.</p>`).join("");
    expect(readabilityDifferences(doc(`<html><body>${body}<article>${paras}</article></body></html>`))).toEqual([]);
  });

  it("agrees with Readability on the sample article", () => {
    expect(readabilityDifferences(doc(readFileSync(SAMPLE, "utf8")))).toEqual([]);
  });

  it.skipIf(pages.length === 0)(`agrees with Readability on every corpus page (${pages.length})`, () => {
    const differ: string[] = [];
    for (const p of pages) {
      const d = readabilityDifferences(doc(readFileSync(`${CORPUS}${p}/source.html`, "utf8")), 3);
      if (d.length) differ.push(`${p}: ${d.join("; ")}`);
    }
    expect(differ).toEqual([]);
  }, 300_000);
});
