import { FIELDS } from "../model/data/fields";
import { declareFunction } from "./args";

const FIELDS_FN = declareFunction({
  id: "FIELDS",
  params: [],
  run: () => [["id", "unit", "description"], ...FIELDS.map((field) => [field.id, field.unit, field.description])],
});

/**
 * Lists the data fields REE.DATA and REE.SOURCE answer: id, unit and description, with a header row. Spills.
 * @customfunction FIELDS
 * @returns A table with a header row: id, unit, description.
 */
export function fields(): Array<Array<string | number | boolean>> {
  return FIELDS_FN.call();
}
