/** Who may ask the background for notes: only this extension's own pages. */

/** The parts of `runtime.MessageSender` the check reads. */
export interface SenderLike {
  id?: string;
  url?: string;
}

/**
 * True for a message sent by one of this extension's own pages (the popup): same extension id and a URL under the
 * extension's origin. Content scripts (their URL is the web page's) and other extensions are refused.
 */
export function isTrustedSender(sender: SenderLike, runtimeId: string, extensionOrigin: string): boolean {
  if (!runtimeId || !extensionOrigin.endsWith("/")) return false;
  return sender.id === runtimeId && typeof sender.url === "string" && sender.url.startsWith(extensionOrigin);
}
