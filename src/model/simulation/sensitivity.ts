/**
 * One-at-a-time sensitivity (SPEC section 8; the tornado of Crystal Ball's Tornado tool): each
 * uncertain parameter is moved to the 10th and the 90th percentile of its distribution while the
 * others stay at their scenario values, and the metric's swing is recorded; largest swing first.
 */
import { quantile, type DistributionKind } from "../random/distributions";
import { simulate } from "../shock/engine";
import type { MetricId } from "../shock/metrics";
import { PARAMETER_DEFINITIONS, type ParameterSet } from "../shock/parameters";
import { runShock, type ShockQuestion } from "../shock/shock";
import { metricValue, uncertainParameters } from "./simulate";

export interface SensitivityRow {
  readonly parameter: string;
  /** The metric with the parameter at its 10th percentile. */
  readonly low: number;
  /** The metric with the parameter at its 90th percentile. */
  readonly high: number;
  readonly swing: number;
}

export function sensitivity(
  question: ShockQuestion,
  metricId: MetricId,
  distribution: DistributionKind,
  ranges: Partial<Record<string, number>>,
): SensitivityRow[] {
  const run = runShock(question);
  const at = (id: string, x: number): number => {
    const definition = PARAMETER_DEFINITIONS.find((d) => d.id === id);
    const parameters = { ...run.parameters, [id]: definition?.integer ? Math.round(x) : x } as ParameterSet;
    return metricValue(metricId, simulate(parameters, run.inputs), run, parameters);
  };
  const rows = uncertainParameters(run, ranges).map((p) => {
    const low = at(p.id, quantile(distribution, 0.1, p));
    const high = at(p.id, quantile(distribution, 0.9, p));
    return { parameter: p.id, low, high, swing: Math.abs(high - low) };
  });
  return rows.sort((a, b) => b.swing - a.swing || a.parameter.localeCompare(b.parameter));
}
