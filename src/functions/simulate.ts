import { METRICS, type MetricId } from "../model/shock/metrics";
import {
  MAX_ITERATIONS,
  runSimulation,
  runSimulationInSlices,
  type Scheduler,
  type Simulation,
  type SimulationSettings,
} from "../model/simulation/simulate";
import { parseStat, statValue, type Stat } from "../model/simulation/stat";
import { mean, percentileSorted, standardDeviation } from "../model/simulation/statistics";
import { declareFunction } from "./args";
import type { CellOutput } from "./args";
import { toQuestion } from "./tables/shock-question";
import { SIMULATION_OPTION_KEYS, splitSimulationOptions } from "./tables/simulation-options";

/**
 * Simulations up to this many iterations run at once; longer ones run in slices. In the shared
 * runtime the task pane and the functions share one thread, so a long synchronous run freezes
 * the pane. 2,000 iterations (the default) take about 15–20 ms on the benchmark's machine,
 * triangular or PERT, a few times that on a slow laptop: about what a browser still counts as a
 * short task (50 ms), and cheaper done at once than through Excel's #BUSY! round trip. Longer
 * runs return a promise and give the runtime its turn about every 20 ms (docs/BENCHMARKS.md).
 */
export const SYNCHRONOUS_ITERATIONS = 2000;

/**
 * Between slices the host gets a turn through a zero-delay timer (browsers space nested timers
 * at least 4 ms apart, so 20 ms slices lose at most a sixth of the time to waiting).
 */
const hostScheduler: Scheduler = {
  defer: (task) => void setTimeout(task, 0),
  now: () => (typeof performance === "undefined" ? Date.now() : performance.now()),
};

/**
 * Results are kept per distinct argument set, so recalculating an unchanged cell, or asking
 * another statistic of the same simulation, costs a lookup (the most recent 64 are kept). A
 * simulation still running is kept as its promise, so identical calls while it runs (several
 * statistics of one simulation recalculated together) share the one computation; once it
 * settles the result replaces the promise, and a failure is forgotten.
 */
const cache = new Map<string, Simulation | Promise<Simulation>>();
const CACHE_SIZE = 64;

function remember(key: string, value: Simulation | Promise<Simulation>): void {
  cache.set(key, value);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
}

function cached(key: string, compute: () => Simulation | Promise<Simulation>): Simulation | Promise<Simulation> {
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const value = compute();
  remember(key, value);
  if (value instanceof Promise) {
    value.then(
      (simulation) => {
        if (cache.get(key) === value) cache.set(key, simulation);
      },
      () => {
        if (cache.get(key) === value) cache.delete(key);
      },
    );
  }
  return value;
}

const isPromise = <T>(value: T | Promise<T>): value is Promise<T> =>
  typeof (value as { then?: unknown }).then === "function";

function report(stat: Stat, simulation: Simulation, seed: number): number | CellOutput[][] {
  if (stat.kind !== "ALL") return statValue(stat, simulation.sorted);
  const s = simulation.sorted;
  return [
    ["stat", "value"],
    ["MEAN", mean(s)],
    ["SD", standardDeviation(s)],
    ...[5, 10, 25, 50, 75, 90, 95].map((p) => [`P${p}`, percentileSorted(s, p)]),
    ["MIN", s[0]],
    ["MAX", s[s.length - 1]],
    ["PROB_STOCKOUT", simulation.stockoutShare],
    ["ITERATIONS", s.length],
    ["SEED", seed],
  ];
}

const SIMULATE = declareFunction({
  id: "SIMULATE",
  params: [
    { kind: "country", name: "importer" },
    { kind: "material", name: "element" },
    { kind: "shock", name: "shock" },
    { kind: "choice", name: "metric", optional: true, default: "SHORTFALL_PCT", choices: METRICS.map((m) => m.id) },
    { kind: "text", name: "stat", optional: true, default: "P50" },
    { kind: "number", name: "iterations", optional: true, default: 2000, integer: true, min: 1, max: MAX_ITERATIONS },
    { kind: "number", name: "seed", optional: true, default: 1, integer: true, min: 0, max: 4294967295 },
    { kind: "options", name: "options", optional: true, keys: SIMULATION_OPTION_KEYS },
  ] as const,
  run: (args): number | CellOutput[][] | Promise<number | CellOutput[][]> => {
    const stat = parseStat(args.stat);
    const { overrides, ranges, sampling, distribution } = splitSimulationOptions(args.options);
    const question = toQuestion({ ...args, months: null, year: null, options: overrides });
    const settings: SimulationSettings = {
      iterations: args.iterations,
      seed: args.seed,
      sampling,
      distribution,
      ranges,
    };
    const key = JSON.stringify([question, args.metric, settings]);
    const metric = args.metric as MetricId;
    const simulation = cached(key, () =>
      settings.iterations <= SYNCHRONOUS_ITERATIONS
        ? runSimulation(question, metric, settings)
        : runSimulationInSlices(question, metric, settings, hostScheduler),
    );
    return isPromise(simulation)
      ? simulation.then((done) => report(stat, done, args.seed))
      : report(stat, simulation, args.seed);
  },
});

/**
 * Monte Carlo over the scenario's uncertainty ranges (Latin hypercube, triangular distributions, seeded): one statistic of a shock metric, or a table of them with stat "ALL". The same arguments always give the same result; results are reused while the arguments stay the same.
 * @customfunction SIMULATE
 * @param importer Importing country: JP, US (code or name).
 * @param element Element, group (NDPR, LREE, HREE, REE) or MAGNET, in English or Japanese.
 * @param shock A severity 0-1 or a scenario id from REE.SCENARIOS(), e.g. "licensing-2025".
 * @param metric Optional. A metric from REE.METRICS(); default SHORTFALL_PCT.
 * @param stat Optional. MEAN, SD, P0-P100 (e.g. P95), PROB>x (e.g. "PROB>0.1") or ALL; default P50.
 * @param iterations Optional. 1-100000; default 2000.
 * @param seed Optional. Whole number; default 1 (fixed, so results are reproducible).
 * @param options Optional. Parameter overrides and uncertainty bounds ("stockpile_days_min=30; stockpile_days_max=90"), sampling=LHS|MC, distribution=TRIANGULAR|PERT, as text or a range of keys and values (the REE.PARAMS table gives the bounds in its min and max columns).
 * @returns {Promise<Array<Array<string | number | boolean>>>} The statistic, or a table of statistics.
 */
export function simulate(
  importer: string | number | boolean | null,
  element: string | number | boolean | null,
  shock: string | number | boolean | null,
  metric?: string | number | boolean | null,
  stat?: string | number | boolean | null,
  iterations?: string | number | boolean | null,
  seed?: string | number | boolean | null,
  options?: Array<Array<string | number | boolean | null>>,
) {
  // Excel takes a value or a promise from any function. functions.json reads the result's shape
  // from the type in @returns above (a union here would be declared a scalar), so the function
  // has no return annotation: TypeScript infers "table, or promise of one" for its callers.
  const table = (result: number | CellOutput[][]) => (Array.isArray(result) ? result : [[result]]);
  const result = SIMULATE.call(importer, element, shock, metric, stat, iterations, seed, options);
  return isPromise(result) ? result.then(table) : table(result);
}
