import { citeAnswer } from "../model/data/cite";
import { FIELDS } from "../model/data/fields";
import { queryData } from "../model/data/query";
import { declareFunction } from "./args";
import { withDataText } from "./runtime/data-text";
import { toDataQuery } from "./tables/data-query";
import { explainModel, MODEL_FUNCTIONS } from "./tables/explain-model";
import { DEPENDENCY_OPTION_KEYS } from "./tables/path-options";

const SOURCE = declareFunction({
  id: "SOURCE",
  params: [
    {
      kind: "choice",
      name: "field",
      choices: [...FIELDS.map((field) => field.id), ...MODEL_FUNCTIONS],
      catalogue: "REE.FIELDS() or DEPENDENCY, HHI, SUPPLYRISK, SHOCK",
    },
    { kind: "material", name: "element" },
    { kind: "country", name: "country", optional: true },
    { kind: "year", name: "year", optional: true },
    { kind: "country", name: "partner", optional: true },
    { kind: "text", name: "edition", optional: true },
    { kind: "options", name: "options", optional: true, keys: DEPENDENCY_OPTION_KEYS },
  ] as const,
  // The answer is found first (a question without data is #N/A at once); its citation and note
  // come from the dataset's text, which loads on first use.
  run: (args) => {
    if ((MODEL_FUNCTIONS as readonly string[]).indexOf(args.field) >= 0) return explainModel(args);
    const answer = queryData(toDataQuery(args));
    return withDataText((text) => citeAnswer(answer, text));
  },
});

/**
 * Cites the value REE.DATA returns for the same arguments: reliability grade (A official, B reputable relay, C aggregator, D derived here), full citation and URL, the edition and what other editions say, the scope (what the series measures) and the note on caveats. With field DEPENDENCY, HHI or SUPPLYRISK it explains that function's result step by step, naming the scope that answered; with SHOCK, how REE.SHOCK's demand for the element is derived and how much of it the restrictor supplies.
 * @customfunction SOURCE
 * @param field Field id from REE.FIELDS(), e.g. "PRICE"; or DEPENDENCY, HHI, SUPPLYRISK, SHOCK to explain a model result.
 * @param element Element, group or MAGNET: "Dy", "NDPR", "REE" (all rare earths, used for totals), in English or Japanese.
 * @param country Optional. Country code or name; default depends on the field, as in REE.DATA. For DEPENDENCY, SUPPLYRISK and SHOCK: the importer (default JP).
 * @param year Optional. Calendar year; default: the latest year with data.
 * @param partner Optional. For trade fields the partner country, as in REE.DATA. For DEPENDENCY: the supplier; for SHOCK: the restrictor (default CN).
 * @param edition Optional. The edition to cite; default: the preferred one. For DEPENDENCY: the basis (DIRECT, LOOKTHROUGH, LOOKTHROUGH_LOW or LOOKTHROUGH_HIGH); for HHI: the stage (MINE, SEPARATION, MAGNET).
 * @param options Optional. For DEPENDENCY, its options as text or a range, e.g. "path=DELAYED; delay_years=2" or "scope=jp-comtrade-hs2805-value".
 * @returns {Promise<string>} Grade, citation, URL, edition and note as one text; for model functions, the computation.
 */
export function source(
  field: string | number | boolean | null,
  element: string | number | boolean | null,
  country?: string | number | boolean | null,
  year?: string | number | boolean | null,
  partner?: string | number | boolean | null,
  edition?: string | number | boolean | null,
  options?: Array<Array<string | number | boolean | null>>,
) {
  // The text, or a promise of it while the notes and citations load (first use). The JSDoc type
  // gives functions.json the result type; Excel takes a value or a promise alike.
  return SOURCE.call(field, element, country, year, partner, edition, options);
}
