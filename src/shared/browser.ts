/** The one door to the WebExtension APIs (webextension-polyfill): each context's bundle reaches `browser` only through here. */
import browser from "webextension-polyfill";

export { browser };
export type { Runtime, Tabs } from "webextension-polyfill";
