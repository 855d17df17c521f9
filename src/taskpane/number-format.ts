/**
 * Numbers in the pane, formatted for its language: grouping and decimal marks of the locale, and
 * no more digits than a 320 px pane can show or the model can claim (four significant digits
 * for large values, three decimals for small ones).
 *
 * @example paneNumber("en-US")(105846118.721); // => "105,800,000"
 * @example paneNumber("ja-JP")(0.0372); // => "0.037"
 * @example paneNumber("de-DE")(2720); // => "2.720"
 */
export function paneNumber(locale: string): (n: number) => string {
  const small = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
  const large = new Intl.NumberFormat(locale, { maximumSignificantDigits: 4 });
  return (n) => (Math.abs(n) >= 1000 ? large.format(n) : small.format(n));
}

/** A share as a percentage in the locale: `paneShare("en-US")(0.125)` is "12.5%". */
export function paneShare(locale: string): (share: number) => string {
  const format = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  return (share) => format.format(share);
}
