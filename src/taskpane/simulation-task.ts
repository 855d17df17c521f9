/**
 * Monte Carlo from the pane without freezing Office: the simulation runs in slices between which
 * the browser can paint the progress bar and handle a click on Cancel.
 */
import type { MetricId } from "../model/shock/metrics";
import type { ShockQuestion } from "../model/shock/shock";
import { startSimulation, type Simulation, type SimulationSettings } from "../model/simulation/simulate";

export class Cancelled extends Error {
  constructor() {
    super("The simulation was cancelled");
    this.name = "Cancelled";
    Object.setPrototypeOf(this, Cancelled.prototype);
  }
}

export interface SimulationTask {
  readonly promise: Promise<Simulation>;
  cancel(): void;
}

/** Iterations per slice: about 10-20 ms of work on a laptop, so the pane stays responsive. */
export const SLICE = 1000;

export function runSimulationTask(
  question: ShockQuestion,
  metric: MetricId,
  settings: SimulationSettings,
  onProgress: (share: number) => void,
  schedule: (next: () => void) => void = (next) => setTimeout(next, 0),
): SimulationTask {
  let cancelled = false;
  const promise = new Promise<Simulation>((resolve, reject) => {
    let simulation: ReturnType<typeof startSimulation>;
    try {
      simulation = startSimulation(question, metric, settings);
    } catch (error) {
      reject(error);
      return;
    }
    const slice = () => {
      if (cancelled) {
        reject(new Cancelled());
        return;
      }
      try {
        onProgress(simulation.step(SLICE));
        if (simulation.done) resolve(simulation.result());
        else schedule(slice);
      } catch (error) {
        reject(error);
      }
    };
    schedule(slice);
  });
  return {
    promise,
    cancel() {
      cancelled = true;
    },
  };
}
