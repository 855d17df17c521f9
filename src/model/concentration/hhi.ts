/**
 * Herfindahl-Hirschman index of world supply at a stage: HHI = Σ (100 × share)², 0-10,000
 * (U.S. Department of Justice and FTC, Horizontal Merger Guidelines; SPEC section 6).
 * Countries the sources do not name are treated as many small suppliers, so the index is a lower
 * bound; the upper bound adds the unattributed share as if it were one country. The index is only
 * given where the named countries cover at least 80% of the stage's output in the year: below that
 * the lower bound says little (Japan's "<9%" of magnets alone would give 81) and the upper bound
 * is dominated by the unknown rest.
 */
import { NoDataError } from "../errors";
import { DATASET } from "../data/index";
import { yearRanges } from "../data/year-ranges";
import { stageShares, type Stage, type StageShares } from "./stage-shares";

/** The least share of a stage's output the named countries must cover for an HHI. */
export const MIN_COVERAGE = 0.8;

export interface HhiResult {
  readonly value: number;
  /** The index if the unattributed share were a single country. */
  readonly upperBound: number;
  /** The share of the stage's output the named countries cover. */
  readonly coverage: number;
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

const FIELD_OF: Record<Stage, string> = {
  MINE: "MINE_PRODUCTION",
  SEPARATION: "SEPARATION_SHARE",
  MAGNET: "MAGNET_SHARE",
};

/** The years whose shares at the stage cover enough of the output for an HHI. */
export function coveredYears(stage: Stage, material: string): number[] {
  const years = new Set(DATASET.records.filter((r) => r.field === FIELD_OF[stage]).map((r) => r.year));
  const covered: number[] = [];
  for (const year of years) {
    try {
      const basis = stageShares(stage, material, year);
      if (basis.year === year && 1 - basis.unallocated >= MIN_COVERAGE) covered.push(year);
    } catch (error) {
      if (!(error instanceof NoDataError)) throw error;
    }
  }
  return covered.sort((a, b) => a - b);
}

const pct = (share: number) => `${Math.round(share * 1000) / 10}%`;

/**
 * @example hhi("MAGNET", "MAGNET", 2021).value; // => 7281 (China 84%, Japan 15%)
 */
export function hhi(stage: Stage, material: string, year: number): HhiResult {
  const basis = stageShares(stage, material, year);
  const coverage = Math.min(1, 1 - basis.unallocated);
  if (coverage < MIN_COVERAGE) {
    const named = [...basis.shares].map(([country, share]) => `${country} ${pct(share)}`).join(", ");
    const covered = coveredYears(stage, material);
    throw new NoDataError(
      `The countries named for ${basis.year} (${named}; ${basis.note}) cover ${pct(coverage)} of world ${stage.toLowerCase()} output, less than the ${pct(MIN_COVERAGE)} an HHI needs${
        covered.length > 0 ? `; years covered: ${yearRanges(covered)}` : ""
      }`,
    );
  }
  const value = herfindahl(basis.shares.values());
  return { value, upperBound: value + (100 * basis.unallocated) ** 2, coverage, basis };
}
