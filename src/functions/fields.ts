import { FIELDS } from "../model/data/fields";
import { declareFunction } from "./args";

const FIELDS_FN = declareFunction({
  id: "FIELDS",
  params: [],
  run: () => [
    ["id", "unit", "description", "description_ja"],
    ...FIELDS.map((field) => [field.id, field.unit, field.description, field.descriptionJa]),
  ],
});

/**
 * Lists the data fields REE.DATA and REE.SOURCE answer: id, unit, description and Japanese description, with a header row. Spills.
 * @customfunction FIELDS
 * @returns A table with a header row: id, unit, description, description_ja.
 */
export function fields(): Array<Array<string | number | boolean>> {
  return FIELDS_FN.call();
}
