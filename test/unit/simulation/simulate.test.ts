/**
 * REE.SIMULATE and REE.SENSITIVITY: reproducibility, statistics, the deterministic limit, the
 * tornado order, bad input, and long simulations that leave the thread free while they run.
 */
import { shock } from "../../../src/functions/shock";
import { sensitivity } from "../../../src/functions/sensitivity";
import { simulate, SYNCHRONOUS_ITERATIONS } from "../../../src/functions/simulate";
import { runShock, type ShockQuestion } from "../../../src/model/shock/shock";
import * as model from "../../../src/model/simulation/simulate";
import { mean, percentileSorted, standardDeviation } from "../../../src/model/simulation/statistics";
import { spawnSync } from "child_process";
import * as path from "path";
import { ROOT } from "../../helpers/built-addin";
import { excelErrorOf } from "../../helpers/excel-error";

const { runSimulation, runSimulationInSlices, uncertainParameters } = model;

type Table = Array<Array<string | number | boolean>>;

/** The table of a call that must answer at once (no more than SYNCHRONOUS_ITERATIONS). */
function atOnce(result: Table | Promise<Table>): Table {
  if (!Array.isArray(result)) throw new Error("expected a table at once, got a promise");
  return result;
}

const stat = (...args: Parameters<typeof simulate>) => atOnce(simulate(...args))[0][0] as number;

describe("REE.SIMULATE", () => {
  it("is reproducible: the same seed gives identical results, another seed other samples", () => {
    const a = atOnce(simulate("JP", "Dy", "licensing-2025", null, "ALL", 500, 7));
    const b = atOnce(simulate("JP", "Dy", "licensing-2025", null, "ALL", 500, 7, [["sampling=LHS"]]));
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
    const c = atOnce(simulate("JP", "Dy", "licensing-2025", null, "ALL", 500, 8));
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

describe("long simulations", () => {
  const question: ShockQuestion = {
    importer: "JP",
    material: "Dy",
    shock: "licensing-2025",
    months: null,
    overrides: {},
    year: null,
  };
  const settings = (iterations: number, seed: number): model.SimulationSettings => ({
    iterations,
    seed,
    sampling: "LHS",
    distribution: "PERT",
    ranges: {},
  });
  /** REE.SIMULATE's ALL table, computed here from a finished simulation. */
  const allTable = (simulation: model.Simulation, seed: number): Table => {
    const s = simulation.sorted;
    return [
      ["stat", "value"],
      ["MEAN", mean(s)],
      ["SD", standardDeviation(s)],
      ...[5, 10, 25, 50, 75, 90, 95].map((p): [string, number] => [`P${p}`, percentileSorted(s, p)]),
      ["MIN", s[0]],
      ["MAX", s[s.length - 1]],
      ["PROB_STOCKOUT", simulation.stockoutShare],
      ["ITERATIONS", s.length],
      ["SEED", seed],
    ];
  };

  afterEach(() => jest.restoreAllMocks());

  it("in slices gives the synchronous result bit for bit, with the host given a turn between slices", async () => {
    // A host whose clock moves 1 ms at each reading: slices of 20 ms are 20 readings long.
    const waiting: Array<() => void> = [];
    let clock = 0;
    const scheduler: model.Scheduler = { defer: (task) => void waiting.push(task), now: () => clock++ };
    const sliced = runSimulationInSlices(question, "SHORTFALL_T", settings(3000, 5), scheduler);
    let settled = false;
    void sliced.then(() => (settled = true));
    // Nothing runs until the host gives the first turn.
    await Promise.resolve();
    expect(settled).toBe(false);
    let turns = 0;
    while (waiting.length > 0) {
      waiting.shift()!();
      turns++;
      await Promise.resolve();
    }
    expect(turns).toBeGreaterThan(1);
    const expected = runSimulation(question, "SHORTFALL_T", settings(3000, 5));
    const result = await sliced;
    expect(Array.from(result.sorted)).toEqual(Array.from(expected.sorted));
    expect(result.stockoutShare).toBe(expected.stockoutShare);
  });

  it("refuses bad input at once, before any slice runs", () => {
    const scheduler: model.Scheduler = {
      defer: () => {
        throw new Error("no slice should be scheduled");
      },
      now: () => 0,
    };
    const bad = { ...settings(50000, 1), ranges: { stockpile_days_min: 100, stockpile_days_max: 10 } };
    expect(() => runSimulationInSlices(question, "SHORTFALL_T", bad, scheduler)).toThrow(/min <= mode <= max/);
    const error = excelErrorOf(() =>
      simulate("JP", "Dy", "licensing-2025", null, "P50", 50000, 1, [
        ["stockpile_days_min=100; stockpile_days_max=10"],
      ]),
    );
    expect(error.code).toBe("#VALUE!");
  });

  it(`answers at once up to ${SYNCHRONOUS_ITERATIONS} iterations and with a promise above`, async () => {
    expect(Array.isArray(simulate("JP", "Dy", "licensing-2025", null, "P50", SYNCHRONOUS_ITERATIONS, 21))).toBe(true);
    const later = simulate("JP", "Dy", "licensing-2025", null, "P50", SYNCHRONOUS_ITERATIONS + 1, 21);
    expect(later).toBeInstanceOf(Promise);
    expect(typeof (await later)[0][0]).toBe("number");
  });

  it("REE.SIMULATE over many iterations lets a timer run before it settles, and equals the synchronous run", async () => {
    const iterations = 5 * SYNCHRONOUS_ITERATIONS;
    const pending = simulate("JP", "Dy", "licensing-2025", "SHORTFALL_T", "ALL", iterations, 31, [
      ["distribution=PERT"],
    ]);
    let timerRan = false;
    setTimeout(() => (timerRan = true), 0);
    expect(pending).toBeInstanceOf(Promise);
    const table = await pending;
    expect(timerRan).toBe(true);
    expect(table).toEqual(allTable(runSimulation(question, "SHORTFALL_T", settings(iterations, 31)), 31));
  });

  it("shares one computation between identical calls made while it runs, then answers from the cache at once", async () => {
    const slices = jest.spyOn(model, "runSimulationInSlices");
    const args = ["JP", "Dy", "licensing-2025", "SHORTFALL_T"] as const;
    const iterations = 2 * SYNCHRONOUS_ITERATIONS;
    const p50 = simulate(...args, "P50", iterations, 41, [["distribution=PERT"]]);
    const p95 = simulate(...args, "P95", iterations, 41, [["distribution=PERT"]]);
    const [a, b] = await Promise.all([p50, p95]);
    expect(slices).toHaveBeenCalledTimes(1);
    const expected = runSimulation(question, "SHORTFALL_T", settings(iterations, 41));
    expect(a).toEqual([[percentileSorted(expected.sorted, 50)]]);
    expect(b).toEqual([[percentileSorted(expected.sorted, 95)]]);
    // Settled: the same simulation now answers synchronously, another statistic too.
    expect(atOnce(simulate(...args, "MEAN", iterations, 41, [["distribution=PERT"]]))).toEqual([
      [mean(expected.sorted)],
    ]);
    expect(slices).toHaveBeenCalledTimes(1);
  });

  it("PERT draws are the same in a fresh process", () => {
    const here = atOnce(simulate("JP", "Dy", "licensing-2025", null, "ALL", 500, 9, [["distribution=PERT"]]));
    const fresh = spawnSync(
      process.execPath,
      [
        path.join(ROOT, "bin", "ree.js"),
        "SIMULATE",
        "JP",
        "Dy",
        "licensing-2025",
        "",
        "ALL",
        "500",
        "9",
        "distribution=PERT",
        "--json",
      ],
      { encoding: "utf8" },
    );
    expect(JSON.parse(fresh.stdout).result).toEqual(here);
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
