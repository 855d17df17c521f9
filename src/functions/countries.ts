import { declareFunction } from "./args";
import { countriesTable } from "./tables/countries-table";

const COUNTRIES = declareFunction({
  id: "COUNTRIES",
  params: [],
  run: () => countriesTable(),
});

/**
 * Lists the countries and blocs the model knows: ISO alpha-2 code (EU for the European Union), alpha-3 code, English and Japanese name, with a header row. Any of these identifies a country in other REE functions. Spills.
 * @customfunction COUNTRIES
 * @returns A table with a header row: code, alpha3, name, name_ja.
 */
export function countries(): Array<Array<string | number | boolean>> {
  return COUNTRIES.call();
}
