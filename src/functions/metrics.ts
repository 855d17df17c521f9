import { METRICS } from "../model/shock/metrics";
import { declareFunction } from "./args";

const METRICS_FN = declareFunction({
  id: "METRICS",
  params: [],
  run: () => [
    ["id", "unit", "description", "description_ja"],
    ...METRICS.map((m) => [m.id, m.unit, m.description, m.descriptionJa]),
  ],
});

/**
 * Lists the metrics REE.SHOCK returns: id, unit, description and Japanese description, with a header row. Spills.
 * @customfunction METRICS
 * @returns A table with a header row: id, unit, description, description_ja.
 */
export function metrics(): Array<Array<string | number | boolean>> {
  return METRICS_FN.call();
}
