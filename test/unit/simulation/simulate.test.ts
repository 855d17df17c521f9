/**
 * REE.SIMULATE and REE.SENSITIVITY: reproducibility, statistics, the deterministic limit, the
 * tornado order, and bad input.
 */
import { shock } from "../../../src/functions/shock";
import { sensitivity } from "../../../src/functions/sensitivity";
import { simulate } from "../../../src/functions/simulate";
import { runShock } from "../../../src/model/shock/shock";
import { uncertainParameters } from "../../../src/model/simulation/simulate";
import { spawnSync } from "child_process";
import * as path from "path";
import { ROOT } from "../../helpers/built-addin";
import { excelErrorOf } from "../../helpers/excel-error";

const stat = (...args: Parameters<typeof simulate>) => simulate(...args)[0][0] as number;

describe("REE.SIMULATE", () => {
  it("is reproducible: the same seed gives identical results, another seed other samples", () => {
    const a = simulate("JP", "Dy", "licensing-2025", null, "ALL", 500, 7);
    const b = simulate("JP", "Dy", "licensing-2025", null, "ALL", 500, 7, [["sampling=LHS"]]);
    expect(a).toEqual(b);
    // bitwise identical in a fresh process (the compiled command line)
    const fresh = spawnSync(
      process.execPath,
      [path.join(ROOT, "bin", "ree.js"), "SIMULATE", "JP", "Dy", "licensing-2025", "", "ALL", "500", "7", "--json"],
      {
        encoding: "utf8",
      },
    );
    expect(JSON.parse(fresh.stdout).result).toEqual(a);
    const c = simulate("JP", "Dy", "licensing-2025", null, "ALL", 500, 8);
    expect(c).not.toEqual(a);
  });

  it("orders its percentiles and its exceedance probabilities", () => {
    const p5 = stat("JP", "MAGNET", "dual-use-jp-2026", "SHORTFALL_T", "P5", 1000);
    const p50 = stat("JP", "MAGNET", "dual-use-jp-2026", "SHORTFALL_T", "P50", 1000);
    const p95 = stat("JP", "MAGNET", "dual-use-jp-2026", "SHORTFALL_T", "P95", 1000);
    expect(p5).toBeLessThanOrEqual(p50);
    expect(p50).toBeLessThanOrEqual(p95);
    let previous = 1;
    for (const x of [0, 10, 50, 100, 200, 400, 1000]) {
      const p = stat("JP", "MAGNET", "dual-use-jp-2026", "SHORTFALL_T", `PROB>${x}`, 1000);
      expect(p).toBeLessThanOrEqual(previous);
      previous = p;
    }
  });

  it("with every range collapsed to its mode equals REE.SHOCK", () => {
    const run = runShock({
      importer: "JP",
      material: "Dy",
      shock: "licensing-2025",
      months: null,
      overrides: {},
      year: null,
    });
    const collapse = uncertainParameters(run, {}).map((p) => [`${p.id}_min=${p.mode}; ${p.id}_max=${p.mode}`]);
    for (const metric of ["SHORTFALL_PCT", "PRICE_PEAK", "EXTRA_COST_USD"]) {
      const deterministic = shock("JP", "Dy", "licensing-2025", null, metric)[0][0] as number;
      const options = [[collapse.map((row) => row[0]).join("; ")]];
      const simulated = stat("JP", "Dy", "licensing-2025", metric, "MEAN", 50, 1, options);
      // equal up to the rounding of averaging 50 identical values
      expect(Math.abs(simulated - deterministic)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(deterministic)));
      expect(stat("JP", "Dy", "licensing-2025", metric, "P50", 50, 1, options)).toBe(deterministic);
    }
  });

  it("plain Monte Carlo and PERT are options", () => {
    const lhs = stat("JP", "Dy", "embargo-jp", null, "MEAN", 300);
    const mc = stat("JP", "Dy", "embargo-jp", null, "MEAN", 300, 1, [["sampling=MC"]]);
    const pert = stat("JP", "Dy", "embargo-jp", null, "MEAN", 300, 1, [["distribution=PERT"]]);
    expect(new Set([lhs, mc, pert]).size).toBe(3);
    for (const value of [lhs, mc, pert]) expect(value).toBeGreaterThan(0);
  });

  it.each([
    [[0], "iterations must be between 1 and 100000, got 0"],
    [[-5], "iterations must be between 1 and 100000, got -5"],
    [[1e9], "iterations must be between 1 and 100000, got 1000000000"],
    [[100, "abc"], 'seed must be a number, got "abc"'],
  ])("refuses iterations/seed %p", (args, message) => {
    const error = excelErrorOf(() =>
      (simulate as (...a: unknown[]) => unknown)("JP", "Dy", "embargo-jp", null, null, ...args),
    );
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe(message);
  });

  it("refuses a stat it does not know", () => {
    expect(excelErrorOf(() => simulate("JP", "Dy", "embargo-jp", null, "P150")).message).toBe(
      'stat must be MEAN, SD, P0 to P100 (e.g. P95), PROB>x (e.g. PROB>0.1) or ALL, got "P150"',
    );
  });
});

describe("REE.SENSITIVITY", () => {
  it("puts the widest swing first and shows zero for a parameter that cannot matter", () => {
    const table = sensitivity("JP", "Dy", "licensing-2025", "SHORTFALL_T");
    expect(table[0]).toEqual(["parameter", "low", "high", "swing"]);
    const swings = table.slice(1).map((row) => row[3] as number);
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
    expect(swings[0]).toBeGreaterThan(0);
    // the output value per tonne cannot change the tonnage short
    expect(table.find((row) => row[0] === "output_value_per_t")?.[3]).toBe(0);
    // but it drives the output loss
    const loss = sensitivity("JP", "Dy", "licensing-2025", "OUTPUT_LOSS_USD");
    expect(loss.slice(1).map((row) => row[0])).toContain("output_value_per_t");
    expect(loss.find((row) => row[0] === "output_value_per_t")?.[3]).toBeGreaterThan(0);
  });
});
