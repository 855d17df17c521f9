/**
 * The generator and the distributions: reproducible sequences, and samples whose mean and
 * percentiles match the analytic values within what the sample size implies.
 */
import { execFileSync } from "child_process";
import * as path from "path";
import { pertQuantile, pertShape, triangularQuantile } from "../../../src/model/random/distributions";
import { inverseRegularizedBeta, regularizedBeta } from "../../../src/model/random/incomplete-beta";
import { uniformSamples } from "../../../src/model/random/latin-hypercube";
import { createRandom } from "../../../src/model/random/xoshiro128";
import { mean, percentileSorted, standardDeviation } from "../../../src/model/simulation/statistics";
import { ROOT } from "../../helpers/built-addin";

const draws = (seed: number, n: number) => {
  const random = createRandom(seed);
  return Array.from({ length: n }, () => random());
};

describe("xoshiro128** generator", () => {
  it("gives the same sequence for the same seed, in this process and in a fresh one", () => {
    expect(draws(1, 1000)).toEqual(draws(1, 1000));
    const compiled = path.join(ROOT, "build", "cli", "model", "random", "xoshiro128.js");
    const fresh = execFileSync(
      process.execPath,
      [
        "-e",
        `const {createRandom}=require(${JSON.stringify(compiled)});const r=createRandom(1);console.log(JSON.stringify(Array.from({length:5},()=>r())))`,
      ],
      { encoding: "utf8" },
    );
    expect(JSON.parse(fresh)).toEqual(draws(1, 5));
  });

  it("gives different sequences for different seeds, uniform on [0, 1)", () => {
    expect(draws(1, 10)).not.toEqual(draws(2, 10));
    const sample = draws(42, 100000);
    expect(Math.min(...sample)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...sample)).toBeLessThan(1);
    // mean 1/2 with standard error sqrt(1/12/n) ~ 0.0009
    expect(Math.abs(mean(sample) - 0.5)).toBeLessThan(0.004);
  });
});

describe("Latin hypercube", () => {
  it("puts exactly one draw in each of the n strata of every input", () => {
    const [a, b] = uniformSamples("LHS", 2, 500, createRandom(3));
    for (const column of [a, b]) {
      const strata = Array.from(column, (u) => Math.floor(u * 500)).sort((x, y) => x - y);
      expect(strata).toEqual(Array.from({ length: 500 }, (_, i) => i));
    }
  });
});

describe("distributions against their analytic values", () => {
  const n = 20000;
  const sampleOf = (q: (u: number) => number) => {
    const [u] = uniformSamples("MC", 1, n, createRandom(7));
    return Array.from(u, q).sort((x, y) => x - y);
  };

  it("triangular(2, 5, 11): mean (a+m+b)/3, median and 90th percentile from the CDF", () => {
    const range = { min: 2, mode: 5, max: 11 };
    const sample = sampleOf((u) => triangularQuantile(u, range));
    const sd = Math.sqrt((4 + 25 + 121 - 10 - 22 - 55) / 18);
    expect(Math.abs(mean(sample) - 6)).toBeLessThan((4 * sd) / Math.sqrt(n));
    // analytic median: F(m) = (5-2)/(11-2) = 1/3 < 1/2, so median = b - sqrt((1-0.5)(b-a)(b-m))
    expect(percentileSorted(sample, 50)).toBeCloseTo(11 - Math.sqrt(0.5 * 9 * 6), 1);
    expect(percentileSorted(sample, 90)).toBeCloseTo(11 - Math.sqrt(0.1 * 9 * 6), 1);
    expect(standardDeviation(sample)).toBeCloseTo(sd, 1);
  });

  it("PERT(0, 1, 10): mean (a+4m+b)/6 and percentiles from the Beta CDF", () => {
    const range = { min: 0, mode: 1, max: 10 };
    const sample = sampleOf((u) => pertQuantile(u, range));
    const { alpha, beta } = pertShape(range);
    const sd = 10 * Math.sqrt((alpha * beta) / ((alpha + beta) ** 2 * (alpha + beta + 1)));
    expect(Math.abs(mean(sample) - (0 + 4 + 10) / 6)).toBeLessThan((4 * sd) / Math.sqrt(n));
    for (const p of [10, 50, 90]) {
      // the sample percentile's CDF value is within a few standard errors of p
      const cdf = regularizedBeta(percentileSorted(sample, p) / 10, alpha, beta);
      expect(Math.abs(cdf - p / 100)).toBeLessThan(4 * Math.sqrt(((p / 100) * (1 - p / 100)) / n));
    }
  });

  it("the incomplete beta function and its inverse agree with known values", () => {
    expect(regularizedBeta(0.5, 2, 2)).toBeCloseTo(0.5, 12);
    expect(regularizedBeta(0.3, 1, 1)).toBeCloseTo(0.3, 12);
    // I_x(2, 3) = 6x^2 - 8x^3 + 3x^4 (confirmed by expanding the Beta(2, 3) CDF)
    expect(regularizedBeta(0.4, 2, 3)).toBeCloseTo(6 * 0.16 - 8 * 0.064 + 3 * 0.0256, 12);
    expect(inverseRegularizedBeta(regularizedBeta(0.37, 2.5, 4), 2.5, 4)).toBeCloseTo(0.37, 10);
  });
});
