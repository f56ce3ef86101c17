/**
 * Where QuickReadability (src/page/quick-readability.ts) answers differently from Mozilla Readability on a document:
 * each replaced check on every element, then the whole article (text, title, byline, block texts). Runs in Node on
 * linkedom (test/page/quick-readability.test.ts) and in real Chromium (test/e2e/page-code.test.ts).
 */
import { Readability } from "@mozilla/readability";
import { blockTexts } from "../../src/page/extract-article.ts";
import { QuickReadability, REPLACED_METHODS } from "../../src/page/quick-readability.ts";

type Checks = Record<(typeof REPLACED_METHODS)[number], (node: Element) => unknown>;

/** Differences found (empty when the two agree everywhere), at most `limit` of them. */
export function readabilityDifferences(doc: Document, limit = 10): string[] {
  const out: string[] = [];
  const orig = new Readability(doc.cloneNode(true) as Document) as unknown as Checks;
  const quick = new QuickReadability(doc.cloneNode(true) as Document) as unknown as Checks;
  const elements = Array.from(doc.querySelectorAll("*")); // (linkedom's getElementsByTagName("*") finds nothing)
  if (elements.length === 0) return ["the document has no elements to compare"];
  for (const m of REPLACED_METHODS) {
    if (typeof orig[m] !== "function") return [`Readability has no method ${m} any more: update src/page/quick-readability.ts`];
    for (const el of elements) {
      if (!!orig[m](el) !== !!quick[m](el)) out.push(`${m}(<${el.tagName.toLowerCase()} class="${el.getAttribute("class") ?? ""}">) differs`);
      if (out.length >= limit) return out;
    }
  }
  const a = new Readability<Node>(doc.cloneNode(true) as Document, { charThreshold: 200, serializer: (n) => n }).parse();
  const b = new QuickReadability<Node>(doc.cloneNode(true) as Document, { charThreshold: 200, keepClasses: true, serializer: (n) => n }).parse();
  if (!a || !b) {
    if (!a !== !b) out.push(`one found an article and the other did not (Readability: ${!!a}, QuickReadability: ${!!b})`);
    return out;
  }
  for (const k of ["title", "byline", "textContent", "lang", "siteName", "publishedTime"] as const) {
    if (a[k] !== b[k]) out.push(`${k} differs`);
  }
  const ba = a.content ? blockTexts(a.content as Element) : [];
  const bb = b.content ? blockTexts(b.content as Element) : [];
  if (ba.join("\n\n") !== bb.join("\n\n")) out.push(`block texts differ (${ba.length} vs ${bb.length} blocks)`);
  return out;
}
