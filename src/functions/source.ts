import { citeAnswer } from "../model/data/cite";
import { queryData } from "../model/data/query";
import { declareFunction } from "./args";
import { DATA_PARAMS, toDataQuery } from "./tables/data-query";

const SOURCE = declareFunction({
  id: "SOURCE",
  params: DATA_PARAMS,
  run: (args) => citeAnswer(queryData(toDataQuery(args))),
});

/**
 * Cites the value REE.DATA returns for the same arguments: reliability grade (A official, B reputable relay, C aggregator, D derived here), full citation and URL, the edition and what other editions say, and the note on scope and caveats.
 * @customfunction SOURCE
 * @param field Field id from REE.FIELDS(), e.g. "MINE_PRODUCTION", "PRICE", "IMPORT_SHARE".
 * @param element Element, group or MAGNET: "Dy", "NDPR", "REE" (all rare earths, used for totals), in English or Japanese.
 * @param country Optional. Country code or name; default depends on the field, as in REE.DATA.
 * @param year Optional. Calendar year; default: the latest year with data.
 * @param partner Optional. For trade fields, the partner country, as in REE.DATA.
 * @param edition Optional. The edition to cite; default: the preferred one.
 * @returns Grade, citation, URL, edition and note, as one text.
 */
export function source(
  field: string | number | boolean | null,
  element: string | number | boolean | null,
  country?: string | number | boolean | null,
  year?: string | number | boolean | null,
  partner?: string | number | boolean | null,
  edition?: string | number | boolean | null,
): string {
  return SOURCE.call(field, element, country, year, partner, edition);
}
