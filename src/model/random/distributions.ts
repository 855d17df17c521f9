/**
 * Three-point distributions for uncertain parameters (SPEC section 8), as quantile functions so
 * that Latin hypercube strata map to values.
 *
 * - Triangular(min, mode, max): closed form.
 * - PERT(min, mode, max): Beta(α, β) on [min, max] with α = 1 + 4(mode − min)/(max − min),
 *   β = 1 + 4(max − mode)/(max − min) (the classic PERT with λ = 4; mean = (min + 4·mode + max)/6).
 */
import { inverseRegularizedBeta } from "./incomplete-beta";

export type DistributionKind = "TRIANGULAR" | "PERT";

export interface ThreePoint {
  readonly min: number;
  readonly mode: number;
  readonly max: number;
}

/**
 * @example triangularQuantile(0.5, { min: 0, mode: 0.5, max: 1 }); // => 0.5
 */
export function triangularQuantile(u: number, { min, mode, max }: ThreePoint): number {
  if (max === min) return min;
  const split = (mode - min) / (max - min);
  return u < split
    ? min + Math.sqrt(u * (max - min) * (mode - min))
    : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
}

export function pertShape({ min, mode, max }: ThreePoint): { alpha: number; beta: number } {
  return { alpha: 1 + (4 * (mode - min)) / (max - min), beta: 1 + (4 * (max - mode)) / (max - min) };
}

/**
 * @example pertQuantile(0.5, { min: 0, mode: 0.5, max: 1 }); // => 0.5
 */
export function pertQuantile(u: number, range: ThreePoint): number {
  if (range.max === range.min) return range.min;
  const { alpha, beta } = pertShape(range);
  return range.min + (range.max - range.min) * inverseRegularizedBeta(u, alpha, beta);
}

export function quantile(kind: DistributionKind, u: number, range: ThreePoint): number {
  return kind === "PERT" ? pertQuantile(u, range) : triangularQuantile(u, range);
}
