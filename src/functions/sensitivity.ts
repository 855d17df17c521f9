import { METRICS, type MetricId } from "../model/shock/metrics";
import { sensitivity as computeSensitivity } from "../model/simulation/sensitivity";
import { declareFunction } from "./args";
import type { CellOutput } from "./args";
import { toQuestion } from "./tables/shock-question";
import { SIMULATION_OPTION_KEYS, splitSimulationOptions } from "./tables/simulation-options";

const SENSITIVITY = declareFunction({
  id: "SENSITIVITY",
  params: [
    { kind: "country", name: "importer" },
    { kind: "material", name: "element" },
    { kind: "shock", name: "shock" },
    { kind: "choice", name: "metric", optional: true, default: "SHORTFALL_PCT", choices: METRICS.map((m) => m.id) },
    { kind: "options", name: "options", optional: true, keys: SIMULATION_OPTION_KEYS },
  ] as const,
  run: (args): CellOutput[][] => {
    const { overrides, ranges, distribution } = splitSimulationOptions(args.options);
    const question = toQuestion({ ...args, months: null, year: null, options: overrides });
    const rows = computeSensitivity(question, args.metric as MetricId, distribution, ranges);
    return [["parameter", "low", "high", "swing"], ...rows.map((r) => [r.parameter, r.low, r.high, r.swing])];
  },
});

/**
 * Tornado table: each uncertain parameter of the scenario moved alone to its 10th and 90th percentile, with the metric at each and the swing between them, largest swing first. Spills.
 * @customfunction SENSITIVITY
 * @param importer Importing country: JP, US (code or name).
 * @param element Element, group (NDPR, LREE, HREE, REE) or MAGNET, in English or Japanese.
 * @param shock A severity 0-1 or a scenario id from REE.SCENARIOS(), e.g. "licensing-2025".
 * @param metric Optional. A metric from REE.METRICS(); default SHORTFALL_PCT.
 * @param options Optional. Parameter overrides and uncertainty bounds, as text or a range, as for REE.SIMULATE.
 * @returns A table with a header row: parameter, low, high, swing.
 */
export function sensitivity(
  importer: string | number | boolean | null,
  element: string | number | boolean | null,
  shock: string | number | boolean | null,
  metric?: string | number | boolean | null,
  options?: Array<Array<string | number | boolean | null>>,
): Array<Array<string | number | boolean>> {
  return SENSITIVITY.call(importer, element, shock, metric, options);
}
