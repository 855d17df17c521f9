import { declareFunction } from "./args";
import type { CellOutput } from "./args";
import { runFromArgs } from "./tables/shock-question";
import { SHOCK_OPTIONS_PARAM, SHOCK_PARAMS, SHOCK_YEAR_PARAM } from "./tables/shock-options";

/** Column headers of REE.PATH (SPEC section 5). */
export const PATH_COLUMNS = [
  "month",
  "demand",
  "supply_restrictor",
  "blocked",
  "alternative",
  "extra_recycling",
  "stock_draw",
  "stock_level",
  "unmet",
  "price_multiplier",
] as const;

const PATH = declareFunction({
  id: "PATH",
  params: [...SHOCK_PARAMS, SHOCK_OPTIONS_PARAM, SHOCK_YEAR_PARAM] as const,
  run: (args): CellOutput[][] => [
    [...PATH_COLUMNS],
    ...runFromArgs(args).rows.map((row) => [
      row.month,
      row.demand,
      row.restrictorSupply,
      row.blocked,
      row.alternative,
      row.recycling,
      row.stockDraw,
      row.stockLevel,
      row.unmet,
      row.priceMultiplier,
    ]),
  ],
});

/**
 * The monthly path of a supply shock as a table with a header row: month, demand, supply still arriving from the restricting country, blocked, alternative supply, extra recycling, stock draw, stock level, unmet demand (t) and price multiplier. Spills.
 * @customfunction PATH
 * @param importer Importing country: JP, US (code or name).
 * @param element Element, group (NDPR, LREE, HREE, REE) or MAGNET, in English or Japanese.
 * @param shock A severity 0-1 or a scenario id from REE.SCENARIOS(), e.g. "licensing-2025".
 * @param months Optional. Duration of the restriction, 1-120 months; default 12 or the scenario's.
 * @param options Optional. Parameter overrides: "key=value; key=value" text or a range of keys and values, such as the table REE.PARAMS spills.
 * @param year Optional. Year of the demand and dependency; later years follow the diversification path.
 * @returns A table with a header row and one row per month of the horizon.
 */
export function path(
  importer: string | number | boolean | null,
  element: string | number | boolean | null,
  shock: string | number | boolean | null,
  months?: string | number | boolean | null,
  options?: Array<Array<string | number | boolean | null>>,
  year?: string | number | boolean | null,
): Array<Array<string | number | boolean>> {
  return PATH.call(importer, element, shock, months, options, year);
}
