/**
 * Herfindahl-Hirschman index of world supply at a stage: HHI = Σ (100 × share)², 0-10,000
 * (U.S. Department of Justice and FTC, Horizontal Merger Guidelines; SPEC section 6).
 * Countries the sources do not name are treated as many small suppliers, so the index is a lower
 * bound; the upper bound adds the unattributed share as if it were one country.
 */
import { stageShares, type Stage, type StageShares } from "./stage-shares";

export interface HhiResult {
  readonly value: number;
  /** The index if the unattributed share were a single country. */
  readonly upperBound: number;
  readonly basis: StageShares;
}

/**
 * Σ (100 × share)² of the given shares.
 *
 * @example herfindahl([0.5, 0.3, 0.2]); // => 3800
 */
export function herfindahl(shares: Iterable<number>): number {
  let total = 0;
  for (const share of shares) total += (100 * share) ** 2;
  return total;
}

/**
 * @example hhi("MAGNET", "MAGNET", 2021).value; // => 7281 (China 84%, Japan 15%)
 */
export function hhi(stage: Stage, material: string, year: number): HhiResult {
  const basis = stageShares(stage, material, year);
  const value = herfindahl(basis.shares.values());
  return { value, upperBound: value + (100 * basis.unallocated) ** 2, basis };
}
