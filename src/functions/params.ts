import { PARAMETER_DEFINITIONS } from "../model/shock/parameters";
import { resolveParameters } from "../model/shock/shock";
import { declareFunction } from "./args";
import type { CellOutput } from "./args";
import { withDataText } from "./runtime/data-text";

const PARAMS = declareFunction({
  id: "PARAMS",
  params: [
    { kind: "shock", name: "shock", optional: true, default: "baseline" },
    { kind: "country", name: "importer", optional: true, default: "JP" },
    { kind: "material", name: "element", optional: true, default: "REE" },
  ] as const,
  // The parameters are resolved first (an unknown scenario is #VALUE! at once); the sources'
  // citations come from the dataset's text, which loads on first use.
  run: (args) => {
    const { provenance } = resolveParameters({
      importer: args.importer.code,
      material: args.element.code,
      shock: args.shock,
      months: null,
      overrides: {},
    });
    return withDataText((text): CellOutput[][] => [
      ["key", "value", "unit", "min", "max", "source", "note"],
      ...provenance.map((p) => {
        const definition = PARAMETER_DEFINITIONS.find((d) => d.id === p.id);
        const source = p.source ? (text.sources.get(p.source)?.citation ?? p.source) : "judgement";
        return [p.id, p.value, definition?.unit ?? "", p.min ?? "", p.max ?? "", source, p.note];
      }),
    ]);
  },
});

/**
 * The parameters of a scenario with their values, units, uncertainty ranges and sources ("judgement" where there is none), with a header row. Copy it to a range, edit the values and pass the range back as options to REE.SHOCK, REE.PATH, REE.SIMULATE or REE.SENSITIVITY. Spills.
 * @customfunction PARAMS
 * @param shock Optional. A scenario id from REE.SCENARIOS() or a severity 0-1; default "baseline".
 * @param importer Optional. The importer the values are for (stockpile and spare capacity depend on it); default JP.
 * @param element Optional. The element, group or MAGNET the values are for; default REE.
 * @returns {Promise<Array<Array<string | number | boolean>>>} A table with a header row: key, value, unit, min, max, source, note.
 */
export function params(
  shock?: string | number | boolean | null,
  importer?: string | number | boolean | null,
  element?: string | number | boolean | null,
) {
  // The table, or a promise of it while the citations load (first use). The JSDoc type gives
  // functions.json the result type; Excel takes a value or a promise alike.
  return PARAMS.call(shock, importer, element);
}
