import { FIELDS } from "../model/data/fields";
import { declareFunction } from "./args";
import { describedRows } from "./tables/described-rows";

const FIELDS_FN = declareFunction({
  id: "FIELDS",
  params: [],
  run: () =>
    describedRows("fields", ["id", "unit", "description", "description_ja"], FIELDS, (field, described) => [
      field.id,
      field.unit,
      described.description,
      described.descriptionJa,
    ]),
});

/**
 * Lists the data fields REE.DATA and REE.SOURCE answer: id, unit, description and Japanese description, with a header row. Spills.
 * @customfunction FIELDS
 * @returns {Promise<Array<Array<string | number | boolean>>>} A table with a header row: id, unit, description, description_ja.
 */
export function fields() {
  // The table, or a promise of it while the descriptions load (first use). The JSDoc type gives
  // functions.json the result type; Excel takes a value or a promise alike.
  return FIELDS_FN.call();
}
