/** The `options` keys of the shock functions: every scenario parameter of SPEC section 7. */
import { PARAMETER_DEFINITIONS } from "../../model/shock/parameters";
import type { ParamSpec } from "../args";

export const SHOCK_OPTION_KEYS: readonly ParamSpec[] = PARAMETER_DEFINITIONS.map((definition): ParamSpec => {
  if (definition.id === "restrictor") return { kind: "country", name: "restrictor" };
  if (definition.id === "path") return { kind: "choice", name: "path", choices: ["ON_TRACK", "DELAYED", "NONE"] };
  return { kind: "number", name: definition.id, min: definition.min, max: definition.max, integer: definition.integer };
});

/** The shock arguments every shock function shares, in Excel's order after importer and element. */
export const SHOCK_PARAMS = [
  { kind: "country", name: "importer" },
  { kind: "material", name: "element" },
  { kind: "shock", name: "shock" },
  { kind: "number", name: "months", optional: true, min: 1, max: 120, integer: true },
] as const;

export const SHOCK_OPTIONS_PARAM = {
  kind: "options",
  name: "options",
  optional: true,
  keys: SHOCK_OPTION_KEYS,
} as const;
export const SHOCK_YEAR_PARAM = { kind: "year", name: "year", optional: true } as const;
