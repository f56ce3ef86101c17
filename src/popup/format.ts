/** Small formatters for the popup's text. */

/**
 * A whole number with comma thousands separators ("12,345"), as `toLocaleString("en")` writes it. Not Intl: its first
 * use in a popup sets up ICU's number formatting, measured at 40–50 ms on the test machine, in the render of the summary.
 */
export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const sign = n < 0 ? "-" : "";
  const digits = String(Math.round(Math.abs(n)));
  return sign + digits.replace(/\B(?=(\d{3})+$)/g, ",");
}
