/**
 * The shock engine: the monthly identity of SPEC section 7 for every preset and for random
 * parameter sets, no negative flows, stocks never below zero, monotonicity, and the baseline.
 */
import fc from "fast-check";
import { simulate, type ShockInputs } from "../../../src/model/shock/engine";
import { metric } from "../../../src/model/shock/metrics";
import type { ParameterSet } from "../../../src/model/shock/parameters";
import { runShock } from "../../../src/model/shock/shock";
import { SCENARIOS } from "../../../src/model/shock/scenarios";

const base: ParameterSet = {
  restrictor: "CN",
  path: "ON_TRACK",
  severity: 0.8,
  months: 12,
  start_month: 1,
  licence_lag: 0,
  approval_rate: 0,
  horizon: 24,
  stockpile_days: 60,
  release_lag: 2,
  max_release_share: 0.5,
  alt_capacity_t: 100,
  alt_lag: 3,
  alt_ramp: 6,
  recycling_share: 0.01,
  recycling_lag: 6,
  elasticity: -0.33,
  price_cap: 26,
  output_value_per_t: 2.6e6,
  delay_years: 2,
};
const inputs: ShockInputs = { demand: 50, dependency: 0.9, covered: 1, privateShare: 0.3 };
const context = { basePrice: 250, outputValuePerT: 2.6e6, startMonth: 1 };

const parameterSets = fc.record({
  restrictor: fc.constant("CN"),
  path: fc.constant("ON_TRACK" as const),
  severity: fc.double({ min: 0, max: 1, noNaN: true }),
  months: fc.integer({ min: 1, max: 36 }),
  start_month: fc.integer({ min: 1, max: 12 }),
  licence_lag: fc.integer({ min: 0, max: 6 }),
  approval_rate: fc.double({ min: 0, max: 1, noNaN: true }),
  horizon: fc.integer({ min: 12, max: 48 }),
  stockpile_days: fc.double({ min: 0, max: 200, noNaN: true }),
  release_lag: fc.integer({ min: 0, max: 4 }),
  max_release_share: fc.double({ min: 0, max: 1, noNaN: true }),
  alt_capacity_t: fc.double({ min: 0, max: 2000, noNaN: true }),
  alt_lag: fc.integer({ min: 0, max: 8 }),
  alt_ramp: fc.integer({ min: 1, max: 12 }),
  recycling_share: fc.double({ min: 0, max: 0.1, noNaN: true }),
  recycling_lag: fc.integer({ min: 0, max: 12 }),
  elasticity: fc.double({ min: -2, max: -0.05, noNaN: true }),
  price_cap: fc.double({ min: 1, max: 50, noNaN: true }),
  output_value_per_t: fc.double({ min: 0, max: 5e6, noNaN: true }),
  delay_years: fc.constant(2),
});
const shockInputs = fc.record({
  demand: fc.double({ min: 0.1, max: 5000, noNaN: true }),
  dependency: fc.double({ min: 0, max: 1, noNaN: true }),
  covered: fc.double({ min: 0, max: 1, noNaN: true }),
  privateShare: fc.double({ min: 0, max: 1, noNaN: true }),
});

function checkIdentity(p: ParameterSet, x: ShockInputs): void {
  const c = x.dependency * x.demand;
  for (const row of simulate(p, x)) {
    const terms = [row.restrictorSupply, row.otherSupply, row.alternative, row.recycling, row.stockDraw, row.unmet];
    for (const term of [...terms, row.blocked, row.stockLevel]) expect(term).toBeGreaterThanOrEqual(-1e-9);
    // D = (c - B) + other + A + Rc + S + U
    expect(terms.reduce((a, b) => a + b, 0)).toBeCloseTo(row.demand, 6);
    expect(row.restrictorSupply + row.blocked).toBeCloseTo(c, 6);
    expect(row.priceMultiplier).toBeGreaterThanOrEqual(1);
    expect(row.priceMultiplier).toBeLessThanOrEqual(p.price_cap + 1e-9);
  }
}

describe("the monthly identity and its terms", () => {
  it("holds for every month of every preset, for Japan's Dy, NdPr, all rare earths and magnets", () => {
    for (const scenario of SCENARIOS) {
      for (const material of ["Dy", "NDPR", "REE", "MAGNET", "Tb", "HREE"]) {
        const run = runShock({ importer: "JP", material, shock: scenario.id, months: null, overrides: {}, year: null });
        checkIdentity(run.parameters, run.inputs);
      }
    }
  });

  it("holds for random parameter sets, with no negative flows and stocks never below zero", () => {
    fc.assert(
      fc.property(parameterSets, shockInputs, (p, x) => {
        checkIdentity(p, x);
      }),
      { numRuns: 400, seed: 11 },
    );
  });
});

describe("monotonicity: a worse situation never lowers SHORTFALL_T or PRICE_PEAK", () => {
  const outcome = (p: ParameterSet, x: ShockInputs) => {
    const rows = simulate(p, x);
    return { shortfall: metric("SHORTFALL_T", rows, context), price: metric("PRICE_PEAK", rows, context) };
  };
  const worse = (a: ReturnType<typeof outcome>, b: ReturnType<typeof outcome>) =>
    b.shortfall >= a.shortfall - 1e-9 && b.price >= a.price - 1e-9;

  it.each([
    ["more severity", (p: ParameterSet, k: number) => ({ ...p, severity: Math.min(1, p.severity + k) })],
    ["a longer restriction", (p: ParameterSet, k: number) => ({ ...p, months: p.months + Math.ceil(k * 10) })],
    ["fewer stockpile days", (p: ParameterSet, k: number) => ({ ...p, stockpile_days: p.stockpile_days * (1 - k) })],
    [
      "less alternative capacity",
      (p: ParameterSet, k: number) => ({ ...p, alt_capacity_t: p.alt_capacity_t * (1 - k) }),
    ],
    ["a later alternative start", (p: ParameterSet, k: number) => ({ ...p, alt_lag: p.alt_lag + Math.ceil(k * 5) })],
    ["a slower alternative ramp", (p: ParameterSet, k: number) => ({ ...p, alt_ramp: p.alt_ramp + Math.ceil(k * 5) })],
  ])("%s", (_name, change) => {
    fc.assert(
      fc.property(parameterSets, shockInputs, fc.double({ min: 0, max: 1, noNaN: true }), (p, x, k) =>
        worse(outcome(p, x), outcome(change(p, k), x)),
      ),
      { numRuns: 300, seed: 12 },
    );
  });
});

describe("baseline", () => {
  it("gives zero shortfall and a price multiplier of 1, and severity 0 equals the baseline", () => {
    const baseline = runShock({
      importer: "JP",
      material: "Dy",
      shock: "baseline",
      months: null,
      overrides: {},
      year: null,
    });
    const zero = runShock({ importer: "JP", material: "Dy", shock: 0, months: null, overrides: {}, year: null });
    expect(metric("SHORTFALL_T", baseline.rows, context)).toBe(0);
    expect(metric("PRICE_PEAK", baseline.rows, context)).toBe(1);
    expect(zero.rows).toEqual(baseline.rows);
  });

  it("a hand-computed month: full halt, no stocks or alternatives, half the supply from China", () => {
    const p = { ...base, severity: 1, stockpile_days: 0, alt_capacity_t: 0, recycling_share: 0 };
    const [first] = simulate(p, { demand: 100, dependency: 0.5, covered: 1, privateShare: 0 });
    expect(first.unmet).toBe(50);
    // P/P0 = (V/D)^(1/ε) = 0.5^(1/-0.33)
    expect(first.priceMultiplier).toBeCloseTo(Math.pow(0.5, 1 / -0.33), 10);
  });

  it("licensing lowers the blocked share to severity × (1 − approval) after the lag", () => {
    const rows = simulate({ ...base, severity: 0.8, licence_lag: 2, approval_rate: 0.75 }, inputs);
    expect(rows[0].blocked).toBeCloseTo(0.8 * 45, 10);
    expect(rows[2].blocked).toBeCloseTo(0.8 * 0.25 * 45, 10);
  });
});
