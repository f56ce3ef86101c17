/** Which pages Attaché can read, and plain words for why it cannot read the others. */

/** Schemes of the browser's own pages, which no extension may script. */
const BROWSER_SCHEMES = ["chrome:", "chrome-untrusted:", "chrome-error:", "chrome-search:", "edge:", "brave:", "opera:", "vivaldi:", "about:", "devtools:", "chrome-extension:", "moz-extension:", "extension:", "resource:", "data:", "blob:", "javascript:"];

/** Extension stores, which browsers protect from every extension. */
const STORE_PREFIXES = [
  "https://chromewebstore.google.com/",
  "https://chrome.google.com/webstore",
  "https://microsoftedge.microsoft.com/addons",
  "https://addons.mozilla.org/",
];

/** Why Attaché cannot read the page at `url`, or undefined when it may try. */
export function restrictedReason(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const lower = url.trim().toLowerCase();
  if (lower.startsWith("view-source:")) return "this is the source view of a page; open the page itself.";
  if (BROWSER_SCHEMES.some((s) => lower.startsWith(s))) return "this is one of the browser's own pages, which extensions may not read.";
  if (STORE_PREFIXES.some((p) => lower.startsWith(p))) return "extension stores are protected from all extensions.";
  let path = "";
  try {
    path = new URL(url).pathname.toLowerCase();
  } catch {
    return "this page's address is not a web address.";
  }
  if (path.endsWith(".pdf")) return "PDF documents are not supported yet; Attaché reads web pages.";
  return undefined;
}

/** Plain words for an error from `scripting.executeScript` or from messaging the injected script. */
export function injectionFailureReason(message: string, url: string | undefined): string {
  if (/file:/.test(message) || url?.startsWith("file:")) {
    return "local files need permission: open the Extensions page, choose Attaché's Details and turn on \u201cAllow access to file URLs\u201d.";
  }
  if (/chrome:\/\/|chrome-error|chrome-extension|edge:\/\/|about:|cannot be scripted|extensions gallery/i.test(message)) {
    return "this is one of the browser's own pages, which extensions may not read.";
  }
  if (/Cannot access contents of the page|host permission|activeTab/i.test(message)) {
    return "Attaché reads a page only after you click its toolbar button on that page. Click the button again.";
  }
  if (/No tab with id|was removed|No frame|Frame with ID/i.test(message)) {
    return "the tab was closed or went to another page. Open the article and click the button again.";
  }
  if (/Receiving end does not exist|Could not establish connection/i.test(message)) {
    return "the page did not answer (it may block extensions, or it is still loading). Reload it and try again.";
  }
  return message;
}
