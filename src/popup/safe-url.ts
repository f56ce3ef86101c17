/** Links in the popup: only https URLs are ever rendered as links. */

/** The URL normalised when it is a well-formed https URL, else undefined ("javascript:…", "http:…" and junk are refused). */
export function safeHttpsUrl(url: unknown): string | undefined {
  if (typeof url !== "string") return undefined;
  try {
    const u = new URL(url);
    return u.protocol === "https:" && url.startsWith("https://") ? u.href : undefined;
  } catch {
    return undefined;
  }
}
