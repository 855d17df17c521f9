/**
 * Writes a list of years compactly for messages: runs of consecutive years become ranges.
 *
 * @example yearRanges([2014, 2015, 2016, 2018, 2020, 2021]); // => "2014-2016, 2018, 2020-2021"
 */
export function yearRanges(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const parts: string[] = [];
  let start = sorted[0];
  for (let i = 1; i <= sorted.length; i++) {
    if (i === sorted.length || sorted[i] !== sorted[i - 1] + 1) {
      const end = sorted[i - 1];
      parts.push(start === end ? `${start}` : `${start}-${end}`);
      start = sorted[i];
    }
  }
  return parts.join(", ");
}
