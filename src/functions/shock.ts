import { METRICS, type MetricId } from "../model/shock/metrics";
import { shockMetric, shockMetrics } from "../model/shock/shock";
import { declareFunction } from "./args";
import type { CellOutput } from "./args";
import { SHOCK_OPTIONS_PARAM, SHOCK_PARAMS, SHOCK_YEAR_PARAM } from "./tables/shock-options";
import { runFromArgs, type ShockArgs } from "./tables/shock-question";

/** Every metric as rows of id, value and unit; a metric without a value says why in words. */
function allMetrics(args: ShockArgs): CellOutput[][] {
  return [
    ["metric", "value", "unit"],
    ...shockMetrics(runFromArgs(args)).map((m): CellOutput[] => [m.id, m.value ?? m.reason!, m.unit]),
  ];
}

const SHOCK = declareFunction({
  id: "SHOCK",
  params: [
    ...SHOCK_PARAMS,
    {
      kind: "choice",
      name: "metric",
      optional: true,
      default: "SHORTFALL_PCT",
      choices: [...METRICS.map((m) => m.id), "ALL"],
    },
    SHOCK_OPTIONS_PARAM,
    SHOCK_YEAR_PARAM,
  ] as const,
  run: (args): number | CellOutput[][] =>
    args.metric === "ALL" ? allMetrics(args) : shockMetric(runFromArgs(args), args.metric as MetricId),
});

/**
 * One metric of a supply shock: what happens to the importer's supply of the element, month by month, if the restricting country (default China) cuts exports, after stockpiles, alternative supply and recycling. metric "ALL" spills every metric.
 * @customfunction SHOCK
 * @param importer Importing country: JP, US (code or name). Demand data exist for JP and US.
 * @param element Element, group (NDPR, LREE, HREE, REE) or MAGNET, in English or Japanese.
 * @param shock A severity 0-1 (share of the restricting country's supply that stops) or a scenario id from REE.SCENARIOS(), e.g. "licensing-2025".
 * @param months Optional. Duration of the restriction, 1-120 months; default 12 or the scenario's.
 * @param metric Optional. SHORTFALL_PCT (default), SHORTFALL_T, PEAK_GAP_PCT, PRICE_PEAK, STOCKOUT_MONTH, COVER_DAYS, EXTRA_COST_USD, OUTPUT_LOSS_USD, or ALL.
 * @param options Optional. Parameter overrides: "key=value; key=value" text or a range of keys and values, such as the table REE.PARAMS spills.
 * @param year Optional. Year of the demand and dependency; later years follow the diversification path.
 * @returns The metric, or a table of every metric.
 */
export function shock(
  importer: string | number | boolean | null,
  element: string | number | boolean | null,
  shock: string | number | boolean | null,
  months?: string | number | boolean | null,
  metric?: string | number | boolean | null,
  options?: Array<Array<string | number | boolean | null>>,
  year?: string | number | boolean | null,
): Array<Array<string | number | boolean>> {
  const result = SHOCK.call(importer, element, shock, months, metric, options, year);
  return Array.isArray(result) ? result : [[result]];
}
