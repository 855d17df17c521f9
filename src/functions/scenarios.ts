import { SCENARIOS } from "../model/shock/scenarios";
import { declareFunction } from "./args";

const SCENARIOS_FN = declareFunction({
  id: "SCENARIOS",
  params: [],
  run: () => [
    ["id", "name", "description", "name_ja", "description_ja"],
    ...SCENARIOS.map((s) => [s.id, s.name, s.description, s.nameJa, s.descriptionJa]),
  ],
});

/**
 * Lists the preset supply-shock scenarios: id (for REE.SHOCK, REE.PATH, REE.SIMULATE, REE.SENSITIVITY and REE.PARAMS), name, description, and Japanese name and description, with a header row. Spills.
 * @customfunction SCENARIOS
 * @returns A table with a header row: id, name, description, name_ja, description_ja.
 */
export function scenarios(): Array<Array<string | number | boolean>> {
  return SCENARIOS_FN.call();
}
