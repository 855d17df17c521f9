/**
 * Beta quantiles for PERT sampling. The reference is the bisection of the incomplete beta
 * function (`inverseRegularizedBeta`), itself checked against closed forms in both tails; the
 * single-quantile solver must match it to rounding, and the table used for simulations must stay
 * within 1e-9 of it (of the unit range, so within 1e-9 of a parameter's range) for every shape
 * PERT gives (α and β in [1, 5]) and every probability, tails included.
 */
import { betaQuantile, betaQuantileTable } from "../../../src/model/random/beta-quantile";
import { pertQuantile, pertShape, quantileFunction } from "../../../src/model/random/distributions";
import { inverseRegularizedBeta, regularizedBeta } from "../../../src/model/random/incomplete-beta";

/** The largest error the simulation's table may make, as a share of the range: a requirement. */
const TABLE_TOLERANCE = 1e-9;

const TAILS = [1e-15, 1e-12, 3e-10, 1e-8, 1e-6, 1e-4, 1e-3, 0.01];
/** 0, 1, a uniform grid fine enough to land near the middle of every table cell, and both tails. */
const PROBABILITIES = [
  0,
  1,
  0.5,
  ...Array.from({ length: 499 }, (_, i) => (i + 1) / 500 - 0.0007),
  ...TAILS,
  ...TAILS.map((p) => 1 - p),
];
const STEPS = [1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5];
/** A grid over [1, 5]², and the PERT shapes (α + β = 6) more finely. */
const SHAPES: Array<[number, number]> = [
  ...STEPS.flatMap((a) => STEPS.map((b): [number, number] => [a, b])),
  ...Array.from({ length: 16 }, (_, i): [number, number] => [1.125 + i / 4, 4.875 - i / 4]),
];

describe("the reference quantile (bisection)", () => {
  // Beta(1, b) has CDF 1 − (1 − x)^b and Beta(a, 1) has CDF x^a: closed-form quantiles.
  const closedForms: Array<[string, number, number, (p: number) => number]> = [
    ["Beta(1, 5)", 1, 5, (p) => -Math.expm1(Math.log1p(-p) / 5)],
    ["Beta(1, 2.5)", 1, 2.5, (p) => -Math.expm1(Math.log1p(-p) / 2.5)],
    ["Beta(5, 1)", 5, 1, (p) => Math.pow(p, 1 / 5)],
    ["Beta(3.5, 1)", 3.5, 1, (p) => Math.pow(p, 1 / 3.5)],
  ];

  it.each(closedForms)("matches %s to rounding, in both tails", (_, a, b, exact) => {
    for (const p of PROBABILITIES) {
      expect(Math.abs(inverseRegularizedBeta(p, a, b) - exact(p))).toBeLessThanOrEqual(2e-15);
    }
  });

  it("inverts the CDF: I_x(a, b) at the quantile gives p back", () => {
    for (const [a, b] of [
      [2.5, 4],
      [1.3, 4.7],
      [4.2, 1.8],
    ]) {
      for (const p of [1e-9, 0.01, 0.37, 0.5, 0.9]) {
        expect(Math.abs(regularizedBeta(inverseRegularizedBeta(p, a, b), a, b) - p)).toBeLessThanOrEqual(1e-15);
      }
    }
  });
});

describe("betaQuantile (Newton's method inside a bracket)", () => {
  it("equals the reference to rounding over the grid of shapes and probabilities", () => {
    let worst = 0;
    for (const [a, b] of SHAPES) {
      for (const p of PROBABILITIES) {
        worst = Math.max(worst, Math.abs(betaQuantile(p, a, b) - inverseRegularizedBeta(p, a, b)));
      }
    }
    expect(worst).toBeLessThanOrEqual(4e-15);
  });
});

describe("betaQuantileTable (the simulation's quantile)", () => {
  it(`stays within ${TABLE_TOLERANCE} of the reference for every shape in [1, 5]² and every probability`, () => {
    const failures: string[] = [];
    for (const [a, b] of SHAPES) {
      const table = betaQuantileTable(a, b);
      for (const p of PROBABILITIES) {
        const error = Math.abs(table(p) - inverseRegularizedBeta(p, a, b));
        if (!(error <= TABLE_TOLERANCE)) failures.push(`Beta(${a}, ${b}) at p = ${p}: off by ${error}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it("is exact at the ends and increasing in between (no wiggle of the interpolation goes backwards)", () => {
    for (const [a, b] of [
      [1, 5],
      [1.1, 4.9],
      [3, 3],
      [4.9, 1.1],
      [5, 5],
    ]) {
      const table = betaQuantileTable(a, b);
      expect(table(0)).toBe(0);
      expect(table(1)).toBe(1);
      const backwards: number[] = [];
      let previous = 0;
      for (let i = 1; i <= 100000; i++) {
        const x = table(i / 100000);
        if (!(x >= previous)) backwards.push(i / 100000);
        previous = x;
      }
      expect(backwards).toEqual([]);
      expect(previous).toBe(1);
    }
  });

  it("refuses shapes it was not made for", () => {
    expect(() => betaQuantileTable(0.5, 2)).toThrow(RangeError);
    expect(() => betaQuantileTable(2, 6)).toThrow(RangeError);
  });
});

describe("PERT quantiles", () => {
  it("many draws (the table) agree with one quantile (the solver) within 1e-9 of the range", () => {
    for (const range of [
      { min: 30, mode: 45, max: 90 },
      { min: 0, mode: 0, max: 1 },
      { min: 0.2, mode: 0.95, max: 1 },
      { min: -5, mode: 2, max: 3 },
    ]) {
      const draw = quantileFunction("PERT", range);
      const { alpha, beta } = pertShape(range);
      expect(alpha).toBeGreaterThanOrEqual(1);
      expect(beta).toBeLessThanOrEqual(5);
      for (const u of PROBABILITIES) {
        expect(Math.abs(draw(u) - pertQuantile(u, range))).toBeLessThanOrEqual(
          TABLE_TOLERANCE * (range.max - range.min),
        );
      }
    }
  });

  it("a collapsed range gives its one value", () => {
    expect(quantileFunction("PERT", { min: 7, mode: 7, max: 7 })(0.3)).toBe(7);
    expect(pertQuantile(0.3, { min: 7, mode: 7, max: 7 })).toBe(7);
  });
});
