/**
 * Mozilla Readability with two of its per-element checks answered without building the element's whole text. Same
 * answers, same article (test/page/quick-readability.test.ts compares them with Readability's own on every element of
 * real pages), less work: on a long page these checks read the text of every <div> and <section> again and again, and
 * built a style object for every element (wikipedia-2 in Chromium, with keepClasses in extract-article.ts: extraction
 * 305 → 226 ms, median of 14 fresh pages).
 */
import { Readability } from "@mozilla/readability";

/** The methods replaced here, as Readability 0.6 names them (the test checks that they still exist). */
export const REPLACED_METHODS = ["_isElementWithoutContent", "_isProbablyVisible"] as const;

const NON_SPACE = /\S/; // `\s` is the set `String.prototype.trim` removes

/** True when some text under `node` is not white space: `node.textContent.trim() !== ""` without building the text. */
export function hasNonSpaceText(node: Node): boolean {
  for (let c = node.firstChild; c; c = c.nextSibling) {
    const type = c.nodeType;
    if (type === 3 || type === 4) {
      if (NON_SPACE.test((c as CharacterData).data)) return true;
    } else if (type === 1 && hasNonSpaceText(c)) return true;
  }
  return false;
}

/** Readability with faster, equivalent element checks (see the module comment). */
export class QuickReadability<T = string> extends Readability<T> {
  /** An element with no text and no children other than <br> and <hr> (Readability reads its whole textContent). */
  _isElementWithoutContent(node: Element): boolean {
    if (node.nodeType !== 1 || hasNonSpaceText(node)) return false;
    const n = node.children.length;
    return !n || n === node.getElementsByTagName("br").length + node.getElementsByTagName("hr").length;
  }

  /**
   * Readability's visibility test, reading `node.style` only when the element has a style attribute: the clone it
   * parses has no script, so an element's inline style is its style attribute, and without one display and
   * visibility are empty. (Creating a style object for every element was most of this check's time.)
   */
  _isProbablyVisible(node: Element): boolean {
    if (node.hasAttribute("style")) {
      const style = (node as HTMLElement).style;
      if (style && (style.display == "none" || style.visibility == "hidden")) return false;
    }
    return (
      !node.hasAttribute("hidden") &&
      (!node.hasAttribute("aria-hidden") ||
        node.getAttribute("aria-hidden") != "true" ||
        !!(node.className && (node.className as unknown as { includes?: (s: string) => boolean }).includes?.("fallback-image")))
    );
  }
}
