import { DATASET } from "../model/data/index";
import { PARAMETER_DEFINITIONS } from "../model/shock/parameters";
import { scenarioOf, scenarioParameters } from "../model/shock/shock";
import { declareFunction } from "./args";
import type { CellOutput } from "./args";

const PARAMS = declareFunction({
  id: "PARAMS",
  params: [{ kind: "shock", name: "shock", optional: true, default: "baseline" }] as const,
  run: (args): CellOutput[][] => {
    const parameters = scenarioParameters(scenarioOf(args.shock));
    return [
      ["key", "value", "unit", "min", "max", "source", "note"],
      ...parameters.map((p) => {
        const definition = PARAMETER_DEFINITIONS.find((d) => d.id === p.id);
        const value = p.id === "severity" && typeof args.shock === "number" ? args.shock : p.value;
        const source = p.source ? (DATASET.sources.get(p.source)?.citation ?? p.source) : "judgement";
        return [p.id, value, definition?.unit ?? "", p.min ?? "", p.max ?? "", source, p.note];
      }),
    ];
  },
});

/**
 * The parameters of a scenario with their values, units, uncertainty ranges and sources ("judgement" where there is none), with a header row. Copy it to a range, edit the values and pass the range back as options to REE.SHOCK or REE.PATH. Spills.
 * @customfunction PARAMS
 * @param shock Optional. A scenario id from REE.SCENARIOS() or a severity 0-1; default "baseline".
 * @returns A table with a header row: key, value, unit, min, max, source, note.
 */
export function params(shock?: string | number | boolean | null): Array<Array<string | number | boolean>> {
  return PARAMS.call(shock);
}
