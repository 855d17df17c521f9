import { SCENARIOS } from "../model/shock/scenarios";
import { declareFunction } from "./args";
import { describedRows } from "./tables/described-rows";

const SCENARIOS_FN = declareFunction({
  id: "SCENARIOS",
  params: [],
  run: () =>
    describedRows(
      "scenarios",
      ["id", "name", "description", "name_ja", "description_ja"],
      SCENARIOS,
      (s, described) => [s.id, s.name, described.description, s.nameJa, described.descriptionJa],
    ),
});

/**
 * Lists the preset supply-shock scenarios: id (for REE.SHOCK, REE.PATH, REE.SIMULATE, REE.SENSITIVITY and REE.PARAMS), name, description, and Japanese name and description, with a header row. Spills.
 * @customfunction SCENARIOS
 * @returns {Promise<Array<Array<string | number | boolean>>>} A table with a header row: id, name, description, name_ja, description_ja.
 */
export function scenarios() {
  // The table, or a promise of it while the descriptions load (first use). The JSDoc type gives
  // functions.json the result type; Excel takes a value or a promise alike.
  return SCENARIOS_FN.call();
}
