/**
 * Compare: several scenarios side by side (SPEC section 9), one row per metric and one column per
 * scenario, and the monthly unmet demand of each for one chart.
 */
import { METRICS } from "../model/shock/metrics";
import { runShock, shockMetrics, type ShockQuestion } from "../model/shock/shock";

export interface Comparison {
  /**
   * Header row (metric, then each scenario's label), then one row per metric (in `METRICS` order);
   * `null` where a metric has no value (e.g. no stock-out), for the pane to say in its language.
   */
  readonly table: Array<Array<string | number | null>>;
  /** Monthly unmet demand (t) of each scenario, for a line chart. */
  readonly unmet: Array<{ label: string; values: number[] }>;
}

export function compareScenarios(scenarios: ReadonlyArray<{ label: string; question: ShockQuestion }>): Comparison {
  if (scenarios.length < 2) throw new Error("Compare needs at least two scenarios");
  const runs = scenarios.map(({ label, question }) => ({ label, run: runShock(question) }));
  const table: Array<Array<string | number | null>> = [["metric", ...runs.map((r) => r.label)]];
  const metrics = runs.map(({ run }) => shockMetrics(run));
  METRICS.forEach((m, i) => table.push([m.id, ...metrics.map((list) => list[i].value)]));
  return { table, unmet: runs.map(({ label, run }) => ({ label, values: run.rows.map((row) => row.unmet) })) };
}
