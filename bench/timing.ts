/** Wall-clock timing helpers for the benchmark: medians of repeated runs, in one process. */

export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Median milliseconds of `run` over `repeats` timed runs after `warmup` untimed ones; every run
 * gets its own index, so a run that varies its arguments by index never repeats a warm-up's.
 */
export function medianMs(run: (i: number) => void, repeats: number, warmup = Math.min(20, repeats)): number {
  for (let i = 0; i < warmup; i++) run(i);
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = nowMs();
    run(warmup + i);
    times.push(nowMs() - start);
  }
  return median(times);
}

/** Median milliseconds of `run`, which returns a promise, from its call until it settles. */
export async function medianMsAsync(
  run: (i: number) => Promise<unknown>,
  repeats: number,
  warmup = 1,
): Promise<number> {
  for (let i = 0; i < warmup; i++) await run(i);
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = nowMs();
    await run(warmup + i);
    times.push(nowMs() - start);
  }
  return median(times);
}
