import { COUNTRIES, type Country } from "../../model/vocabulary/countries";
import type { CellOutput } from "../args";

/** Column headers of `REE.COUNTRIES`, the first row of its result. */
export const COUNTRY_COLUMNS = ["code", "alpha3", "name", "name_ja"] as const;

function countryRow(country: Country): CellOutput[] {
  return [country.code, country.alpha3, country.name, country.nameJa];
}

/**
 * The table `REE.COUNTRIES` spills: a header row, then one row per country or bloc.
 *
 * @example countriesTable()[2]; // => ["JP", "JPN", "Japan", "日本"]
 */
export function countriesTable(): CellOutput[][] {
  return [[...COUNTRY_COLUMNS], ...COUNTRIES.map(countryRow)];
}
