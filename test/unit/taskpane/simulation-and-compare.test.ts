/**
 * The pane's Monte Carlo runs in slices with progress and Cancel, and gives exactly the result of
 * REE.SIMULATE; Compare puts scenarios side by side; the histogram counts every draw once.
 */
import { histogram } from "../../../src/model/simulation/histogram";
import { runSimulation, startSimulation } from "../../../src/model/simulation/simulate";
import { compareScenarios } from "../../../src/taskpane/compare";
import { Cancelled, runSimulationTask, SLICE } from "../../../src/taskpane/simulation-task";

const question = { importer: "JP", material: "Dy", shock: "licensing-2025", months: null, overrides: {}, year: null };
const settings = {
  iterations: 3500,
  seed: 3,
  sampling: "LHS" as const,
  distribution: "TRIANGULAR" as const,
  ranges: {},
};

describe("Monte Carlo in slices", () => {
  it("reports rising progress and ends with exactly REE.SIMULATE's sample", async () => {
    const progress: number[] = [];
    const task = runSimulationTask(
      question,
      "SHORTFALL_T",
      settings,
      (p) => progress.push(p),
      (next) => next(),
    );
    const result = await task.promise;
    expect(progress).toEqual([SLICE / 3500, (2 * SLICE) / 3500, (3 * SLICE) / 3500, 1]);
    expect(Array.from(result.sorted)).toEqual(Array.from(runSimulation(question, "SHORTFALL_T", settings).sorted));
  });

  it("stops when cancelled", async () => {
    const queue: Array<() => void> = [];
    const progress: number[] = [];
    const task = runSimulationTask(
      question,
      "SHORTFALL_T",
      settings,
      (p) => progress.push(p),
      (next) => queue.push(next),
    );
    queue.shift()!();
    task.cancel();
    queue.shift()!();
    await expect(task.promise).rejects.toBeInstanceOf(Cancelled);
    expect(progress).toEqual([SLICE / 3500]);
  });

  it("refuses a result before the last slice", () => {
    const simulation = startSimulation(question, "SHORTFALL_T", settings);
    simulation.step(10);
    expect(() => simulation.result()).toThrow("the simulation has run 10 of 3500 iterations");
  });
});

describe("histogram", () => {
  it("counts every draw once, the maximum in the last bin", () => {
    const sample = Float64Array.from([0, 0.1, 0.5, 0.5, 0.9, 1]);
    const bins = histogram(sample, 4);
    expect(bins.map((b) => b.count)).toEqual([2, 0, 2, 2]);
    expect(bins[0].from).toBe(0);
    expect(bins[3].to).toBe(1);
    expect(histogram(Float64Array.from([2, 2]), 5)).toEqual([{ from: 2, to: 2, count: 2 }]);
  });
});

describe("Compare", () => {
  it("puts every metric of two or more scenarios side by side, and their monthly unmet demand", () => {
    const comparison = compareScenarios([
      { label: "licensing", question },
      { label: "embargo", question: { ...question, shock: "embargo-jp" } },
    ]);
    expect(comparison.table[0]).toEqual(["metric", "licensing", "embargo"]);
    const shortfall = comparison.table.find((row) => row[0] === "SHORTFALL_T")!;
    expect(shortfall[2] as number).toBeGreaterThan(shortfall[1] as number);
    expect(comparison.table.find((row) => row[0] === "STOCKOUT_MONTH")![1]).toBeNull();
    expect(comparison.unmet.map((series) => series.values.length)).toEqual([24, 24]);
    expect(() => compareScenarios([{ label: "one", question }])).toThrow("at least two");
  });
});
