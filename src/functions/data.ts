import { queryData } from "../model/data/query";
import { declareFunction } from "./args";
import type { CellOutput } from "./args";
import { DATA_PARAMS, toDataQuery } from "./tables/data-query";

/** Months of a monthly field spill as "YYYY-MM" rows under a header. */
function monthRows(year: number, records: ReadonlyArray<{ month?: number; value: number }>): CellOutput[][] {
  return [
    ["month", "value"],
    ...records.map((record) => [`${year}-${String(record.month).padStart(2, "0")}`, record.value]),
  ];
}

/** A field keyed by application (or sector) spills one row per application (or sector) under a header. */
function keyedRows(
  key: "application" | "sector",
  records: ReadonlyArray<{ application?: string; sector?: string; value: number }>,
): CellOutput[][] {
  return [[key, "value"], ...records.map((record) => [record[key] as string, record.value])];
}

const DATA = declareFunction({
  id: "DATA",
  params: DATA_PARAMS,
  run: (args) => {
    const query = toDataQuery(args);
    const answer = queryData(query);
    if (query.field.periodicity === "monthly") return monthRows(answer.year, answer.records);
    if (query.field.keyedBy !== undefined) return keyedRows(query.field.keyedBy, answer.records);
    return [[answer.records[0].value]];
  },
});

/**
 * Returns a bundled data value: mine production, reserves, prices, demand, imports, shares, governance and more (see REE.FIELDS). Answers the year asked exactly, or #N/A with the years available; monthly fields spill the months of the year, END_USE_SHARE, APPLICATION_CONTENT and ELEMENT_USE_SHARE one row per application, SECTOR_OUTPUT and SECTOR_VA_RATIO one row per sector. REE.SOURCE with the same arguments cites the value.
 * @customfunction DATA
 * @param field Field id from REE.FIELDS(), e.g. "MINE_PRODUCTION", "PRICE", "IMPORT_SHARE".
 * @param element Element, group or MAGNET: "Dy", "NDPR", "REE" (all rare earths, used for totals), in English or Japanese. Ignored by fields that do not depend on the element (WGI).
 * @param country Optional. Country code or name; the default depends on the field: WORLD for production and reserves, JP for demand, imports and stockpiles, CN for prices, exports and world shares, US for net import reliance, EU for the EU assessment's figures, VN for ORIGIN_SHARE. WGI needs a country.
 * @param year Optional. Calendar year; default: the latest year with data.
 * @param partner Optional. For trade fields, the partner country: default CN for IMPORT_SHARE, IMPORTS_MONTHLY and ORIGIN_SHARE, WORLD (all partners) for IMPORTS, EXPORTS and MAGNET_EXPORTS_MONTHLY.
 * @param edition Optional. Where sources revise a figure (e.g. "MCS 2025" and "MCS 2026"), the edition to use; default: the preferred one, named by REE.SOURCE.
 * @returns The value; for monthly fields a table of month and value.
 */
export function data(
  field: string | number | boolean | null,
  element: string | number | boolean | null,
  country?: string | number | boolean | null,
  year?: string | number | boolean | null,
  partner?: string | number | boolean | null,
  edition?: string | number | boolean | null,
): Array<Array<string | number | boolean>> {
  return DATA.call(field, element, country, year, partner, edition);
}
