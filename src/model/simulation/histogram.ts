/**
 * Equal-width histogram of a simulated sample, for the pane's chart of a simulation.
 *
 * @example histogram(Float64Array.of(0, 1, 1, 2), 2); // => [{ from: 0, to: 1, count: 1 }, { from: 1, to: 2, count: 3 }]
 */
export interface Bin {
  readonly from: number;
  readonly to: number;
  readonly count: number;
}

export function histogram(sorted: ArrayLike<number>, bins: number): Bin[] {
  if (sorted.length === 0) return [];
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  if (max === min) return [{ from: min, to: max, count: sorted.length }];
  const width = (max - min) / bins;
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < sorted.length; i++) {
    // the last bin includes its upper edge
    counts[Math.min(bins - 1, Math.floor((sorted[i] - min) / width))]++;
  }
  return counts.map((count, i) => ({ from: min + i * width, to: i === bins - 1 ? max : min + (i + 1) * width, count }));
}
