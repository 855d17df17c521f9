/**
 * Statistics of a simulated sample (SPEC section 8). Percentiles interpolate linearly between
 * order statistics (Hyndman and Fan type 7, the default of R and NumPy and Excel's PERCENTILE.INC).
 */

export function mean(sample: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < sample.length; i++) total += sample[i];
  return total / sample.length;
}

/** Sample standard deviation (n − 1); 0 for a single value. */
export function standardDeviation(sample: ArrayLike<number>): number {
  if (sample.length < 2) return 0;
  const m = mean(sample);
  let total = 0;
  for (let i = 0; i < sample.length; i++) total += (sample[i] - m) ** 2;
  return Math.sqrt(total / (sample.length - 1));
}

/**
 * The p-th percentile (0-100) of an ascending sample.
 *
 * @example percentileSorted([1, 2, 3, 4], 50); // => 2.5
 */
export function percentileSorted(sorted: ArrayLike<number>, p: number): number {
  const position = (p / 100) * (sorted.length - 1);
  const lower = Math.floor(position);
  const upper = Math.min(sorted.length - 1, lower + 1);
  return sorted[lower] + (position - lower) * (sorted[upper] - sorted[lower]);
}

/** Share of the sample strictly above x. */
export function probabilityAbove(sorted: ArrayLike<number>, x: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid] <= x) low = mid + 1;
    else high = mid;
  }
  return (sorted.length - low) / sorted.length;
}
