/**
 * The `options` keys of REE.SIMULATE and REE.SENSITIVITY: the scenario parameters, their
 * uncertainty ranges (`<key>_min`, `<key>_mode`, `<key>_max`), the sampling (LHS or MC) and the
 * distribution (TRIANGULAR or PERT).
 */
import { PARAMETER_DEFINITIONS } from "../../model/shock/parameters";
import type { ParamSpec } from "../args";
import { SHOCK_OPTION_KEYS } from "./shock-options";

const RANGE_KEYS: ParamSpec[] = [];
for (const definition of PARAMETER_DEFINITIONS) {
  if (definition.id === "restrictor" || definition.id === "path") continue;
  for (const suffix of ["min", "mode", "max"]) {
    RANGE_KEYS.push({ kind: "number", name: `${definition.id}_${suffix}`, min: definition.min, max: definition.max });
  }
}

export const SIMULATION_OPTION_KEYS: readonly ParamSpec[] = [
  ...SHOCK_OPTION_KEYS,
  ...RANGE_KEYS,
  { kind: "choice", name: "sampling", choices: ["LHS", "MC"] },
  { kind: "choice", name: "distribution", choices: ["TRIANGULAR", "PERT"] },
];

/** Splits parsed options into scenario overrides, ranges and simulation settings. */
export function splitSimulationOptions(options: Record<string, unknown> | null) {
  const overrides: Record<string, unknown> = {};
  const ranges: Record<string, number> = {};
  let sampling: "LHS" | "MC" = "LHS";
  let distribution: "TRIANGULAR" | "PERT" = "TRIANGULAR";
  for (const [key, value] of Object.entries(options ?? {})) {
    if (key === "sampling") sampling = value as "LHS" | "MC";
    else if (key === "distribution") distribution = value as "TRIANGULAR" | "PERT";
    else if (/_(min|mode|max)$/.test(key)) ranges[key] = value as number;
    else overrides[key] = value;
  }
  return { overrides, ranges, sampling, distribution };
}
