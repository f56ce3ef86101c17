/**
 * Tracking parameters that never change which article a URL points to.
 * Compared in lower case; any `utm_*` parameter is dropped as well.
 */
const TRACKING_PARAMS = new Set([
  "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid",
  "igshid", "igsh", "li_fat_id", "mc_cid", "mc_eid", "mkt_tok", "_ga", "_gl", "_hsenc", "_hsmi",
  "hsctatracking", "vero_id", "vero_conv", "oly_anon_id", "oly_enc_id", "ocid", "smid", "smtyp",
  "cmpid", "cmp", "at_medium", "at_campaign", "at_custom1", "at_custom2", "at_custom3", "at_custom4",
  "ref_src", "ref_url", "s_cid", "wt.mc_id", "spm", "share_id",
]);

/** True for a query parameter name that only tracks the visit, e.g. `utm_source` or `fbclid`. */
export function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith("utm_") || TRACKING_PARAMS.has(lower);
}

/**
 * The URL notes are filed under: the fragment and tracking parameters removed, everything else kept in order.
 * Input that does not parse as a URL is returned trimmed, minus anything after `#`.
 */
export function canonicalSource(url: string): string {
  const trimmed = url.trim();
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    const hash = trimmed.indexOf("#");
    return hash === -1 ? trimmed : trimmed.slice(0, hash);
  }
  parsed.hash = "";
  {
    // Rebuilt by hand rather than through URLSearchParams.toString(), which would re-encode
    // the parameters that stay (e.g. turn `%20` into `+`) and so change the page's identity.
    const kept = parsed.search
      .slice(1)
      .split("&")
      .filter((pair) => pair !== "" && !isTrackingParam(decodeName(pair.split("=")[0])));
    parsed.search = kept.length ? `?${kept.join("&")}` : ""; // also drops a bare trailing "?"
  }
  return parsed.href;
}

function decodeName(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, " "));
  } catch {
    return raw;
  }
}
