/**
 * Uniform samples for `dimensions` inputs over `n` iterations. Latin hypercube (McKay, Beckman and
 * Conover, Technometrics 21(2), 1979): each input's [0, 1) is cut into n equal strata, each stratum
 * is sampled once at a random point, and the strata are shuffled independently per input
 * (Fisher-Yates). Plain Monte Carlo draws every point independently.
 */
import type { Random } from "./xoshiro128";

export type Sampling = "LHS" | "MC";

/** The uniforms of one input over `n` iterations: the next draws of `random`. */
export function uniformColumn(sampling: Sampling, n: number, random: Random): Float64Array {
  const column = new Float64Array(n);
  if (sampling === "MC") {
    for (let i = 0; i < n; i++) column[i] = random();
  } else {
    for (let i = 0; i < n; i++) column[i] = (i + random()) / n;
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const swap = column[i];
      column[i] = column[j];
      column[j] = swap;
    }
  }
  return column;
}

/** samples[d][i]: the uniform for input d in iteration i (inputs drawn one after another). */
export function uniformSamples(sampling: Sampling, dimensions: number, n: number, random: Random): Float64Array[] {
  const samples: Float64Array[] = [];
  for (let d = 0; d < dimensions; d++) samples.push(uniformColumn(sampling, n, random));
  return samples;
}
