import { METRICS } from "../model/shock/metrics";
import { declareFunction } from "./args";
import { describedRows } from "./tables/described-rows";

const METRICS_FN = declareFunction({
  id: "METRICS",
  params: [],
  run: () =>
    describedRows("metrics", ["id", "unit", "description", "description_ja"], METRICS, (m, described) => [
      m.id,
      m.unit,
      described.description,
      described.descriptionJa,
    ]),
});

/**
 * Lists the metrics REE.SHOCK returns: id, unit, description and Japanese description, with a header row. Spills.
 * @customfunction METRICS
 * @returns {Promise<Array<Array<string | number | boolean>>>} A table with a header row: id, unit, description, description_ja.
 */
export function metrics() {
  // The table, or a promise of it while the descriptions load (first use). The JSDoc type gives
  // functions.json the result type; Excel takes a value or a promise alike.
  return METRICS_FN.call();
}
