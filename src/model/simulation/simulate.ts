/**
 * Monte Carlo over a scenario's uncertainty ranges (SPEC section 8): each uncertain parameter
 * (one with a range, min < max) is drawn from a triangular (default) or PERT distribution on
 * (min, mode, max), where the mode is the scenario's value; Latin hypercube sampling by default;
 * a seeded xoshiro128** generator, seed 1 by default. The importer's demand, dependency and base
 * price are those of the deterministic run; only the scenario parameters vary. `delay_years`,
 * which only moves the diversification path, is not sampled.
 */
import { InvalidInputError } from "../errors";
import { createRandom } from "../random/xoshiro128";
import { quantileFunction, type DistributionKind, type ThreePoint } from "../random/distributions";
import { uniformColumn, type Sampling } from "../random/latin-hypercube";
import { simulate } from "../shock/engine";
import { metric, type MetricId } from "../shock/metrics";
import {
  NUMERIC_PARAMETERS,
  PARAMETER_DEFINITIONS,
  type NumericParameter,
  type ParameterSet,
} from "../shock/parameters";
import { runShock, type ShockQuestion, type ShockRun } from "../shock/shock";
import { NoDataError } from "../errors";

/** Largest number of iterations one call may ask for (SPEC: refuse, naming the limit). */
export const MAX_ITERATIONS = 100000;

export interface SimulationSettings {
  readonly iterations: number;
  readonly seed: number;
  readonly sampling: Sampling;
  readonly distribution: DistributionKind;
  /** User ranges: `<key>_min`, `<key>_mode`, `<key>_max`. */
  readonly ranges: Partial<Record<string, number>>;
}

export interface UncertainParameter extends ThreePoint {
  readonly id: NumericParameter;
}

export interface Simulation {
  readonly run: ShockRun;
  readonly uncertain: readonly UncertainParameter[];
  /** The metric in every iteration, ascending. */
  readonly sorted: Float64Array;
  /** Share of iterations with a stock-out. */
  readonly stockoutShare: number;
}

const NOT_SAMPLED: readonly string[] = ["delay_years", "horizon", "start_month"];

/** The uncertain parameters of a run: scenario ranges, then the user's `_min/_mode/_max` overrides. */
export function uncertainParameters(run: ShockRun, ranges: Partial<Record<string, number>>): UncertainParameter[] {
  const result: UncertainParameter[] = [];
  for (const id of NUMERIC_PARAMETERS) {
    if (NOT_SAMPLED.indexOf(id) >= 0) continue;
    const provenance = run.provenance.find((p) => p.id === id);
    const value = run.parameters[id];
    const definition = PARAMETER_DEFINITIONS.find((d) => d.id === id);
    let min =
      ranges[`${id}_min`] ??
      (provenance?.origin === "options" || provenance?.origin === "argument" ? value : provenance?.min) ??
      value;
    let max =
      ranges[`${id}_max`] ??
      (provenance?.origin === "options" || provenance?.origin === "argument" ? value : provenance?.max) ??
      value;
    const mode = ranges[`${id}_mode`] ?? value;
    if (definition?.min !== undefined) min = Math.max(min, definition.min);
    if (definition?.max !== undefined) max = Math.min(max, definition.max);
    if (!(min <= mode && mode <= max)) {
      throw new InvalidInputError(`The range of ${id} must satisfy min <= mode <= max, got ${min}, ${mode}, ${max}`);
    }
    if (max > min) result.push({ id, min, mode, max });
  }
  return result;
}

/**
 * A metric of one draw. Inside a simulation every draw needs a number: no stock-out within the
 * horizon counts as the month after it, and nothing blocked covers 0 days.
 */
export function metricValue(
  id: MetricId,
  rows: ReturnType<typeof simulate>,
  run: ShockRun,
  parameters: ParameterSet,
): number {
  // A loss without sector data has no value in any draw: say so rather than count it as 0.
  if (id === "OUTPUT_LOSS_USD" && run.noOutputValue !== null) throw new NoDataError(run.noOutputValue);
  try {
    return metric(id, rows, {
      basePrice: run.basePrice,
      outputValuePerT: parameters.output_value_per_t,
      startMonth: parameters.start_month,
    });
  } catch (error) {
    if (!(error instanceof NoDataError)) throw error;
    return id === "STOCKOUT_MONTH" ? parameters.horizon + 1 : 0;
  }
}

/** A simulation that runs in steps, so that a caller can show progress and stop it (the task pane). */
export interface SimulationRun {
  /**
   * Draws the uniforms of one more uncertain parameter (all iterations' draws come first: Latin
   * hypercube shuffles each parameter's column whole); true once all are drawn. Optional: `step`
   * draws whatever is left first. For 100,000 iterations each parameter takes a few milliseconds.
   */
  prepare(): boolean;
  /** Runs up to `count` more iterations; returns the share done, 0-1. */
  step(count: number): number;
  readonly done: boolean;
  /** The finished simulation; throws if not done. */
  result(): Simulation;
}

export function startSimulation(
  question: ShockQuestion,
  metricId: MetricId,
  settings: SimulationSettings,
): SimulationRun {
  if (!(Number.isInteger(settings.iterations) && settings.iterations >= 1 && settings.iterations <= MAX_ITERATIONS)) {
    throw new InvalidInputError(
      `iterations must be a whole number between 1 and ${MAX_ITERATIONS}, got ${settings.iterations}`,
    );
  }
  const run = runShock(question);
  if (metricId === "OUTPUT_LOSS_USD" && run.noOutputValue !== null) throw new NoDataError(run.noOutputValue);
  const uncertain = uncertainParameters(run, settings.ranges);
  const integer = uncertain.map((p) => Boolean(PARAMETER_DEFINITIONS.find((def) => def.id === p.id)?.integer));
  // Each parameter's distribution is fixed for the whole run: its quantile function is built once.
  const quantiles = uncertain.map((p) => quantileFunction(settings.distribution, p));
  const random = createRandom(settings.seed);
  const uniforms: Float64Array[] = [];
  const prepare = (): boolean => {
    if (uniforms.length < uncertain.length)
      uniforms.push(uniformColumn(settings.sampling, settings.iterations, random));
    return uniforms.length === uncertain.length;
  };
  const values = new Float64Array(settings.iterations);
  const parameters: Record<string, number | string> = { ...run.parameters };
  let stockouts = 0;
  let next = 0;
  return {
    prepare,
    step(count: number) {
      while (!prepare());
      const end = Math.min(settings.iterations, next + Math.max(1, Math.floor(count)));
      for (let i = next; i < end; i++) {
        for (let d = 0; d < uncertain.length; d++) {
          const x = quantiles[d](uniforms[d][i]);
          parameters[uncertain[d].id] = integer[d] ? Math.round(x) : x;
        }
        const set = parameters as unknown as ParameterSet;
        const rows = simulate(set, run.inputs);
        values[i] = metricValue(metricId, rows, run, set);
        if (rows.some((row) => row.unmet > 1e-9 && row.stockLevel <= 1e-9)) stockouts++;
      }
      next = end;
      return next / settings.iterations;
    },
    get done() {
      return next >= settings.iterations;
    },
    result() {
      if (next < settings.iterations)
        throw new Error(`the simulation has run ${next} of ${settings.iterations} iterations`);
      return { run, uncertain, sorted: values.slice().sort(), stockoutShare: stockouts / settings.iterations };
    },
  };
}

export function runSimulation(question: ShockQuestion, metricId: MetricId, settings: SimulationSettings): Simulation {
  const simulation = startSimulation(question, metricId, settings);
  simulation.step(settings.iterations);
  return simulation.result();
}

/**
 * How a long computation lets its host do other work: the caller supplies it, so the model needs
 * no timers or clock of its own.
 */
export interface Scheduler {
  /** Runs `task` later, once the host has had its turn (events, painting, other calls). */
  defer(task: () => void): void;
  /** A clock in milliseconds, to end each slice of work on time. */
  now(): number;
}

/** Iterations run between two looks at the clock: well under a millisecond of work. */
const CHUNK = 50;

/**
 * The same simulation as `runSimulation`, in slices of about `sliceMs` milliseconds with the host
 * given its turn between them (`scheduler.defer`), so that a long run does not hold the thread
 * it shares with a task pane. The result is the same, bit for bit: the iterations run in the
 * same order whatever the slicing. Bad input is thrown at once, before any slice runs.
 */
export function runSimulationInSlices(
  question: ShockQuestion,
  metricId: MetricId,
  settings: SimulationSettings,
  scheduler: Scheduler,
  sliceMs = 20,
): Promise<Simulation> {
  const simulation = startSimulation(question, metricId, settings);
  return new Promise<Simulation>((resolve, reject) => {
    let prepared = false;
    // Each turn of the loop does one unit of work: one parameter's uniforms, CHUNK iterations, or
    // the result (sorting the draws, about 10 ms for 100,000); a slice does at least one unit.
    const slice = () => {
      try {
        const start = scheduler.now();
        do {
          if (!prepared) prepared = simulation.prepare();
          else if (!simulation.done) simulation.step(CHUNK);
          else return resolve(simulation.result());
        } while (scheduler.now() - start < sliceMs);
        scheduler.defer(slice);
      } catch (error) {
        reject(error);
      }
    };
    scheduler.defer(slice);
  });
}
