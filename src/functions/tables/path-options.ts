/** The `options` keys of REE.DEPENDENCY: the diversification path (SPEC section 6). */
import { DEFAULT_PATH, type PathKind, type PathOptions } from "../../model/dependency/diversification-path";
import type { ParamSpec } from "../args";

export const PATH_OPTION_KEYS: readonly ParamSpec[] = [
  { kind: "choice", name: "path", choices: ["ON_TRACK", "DELAYED", "NONE"] },
  { kind: "number", name: "delay_years", min: 0, max: 20 },
];

/** Reads the parsed options into the model's path options (defaults: ON_TRACK, 2 years of delay). */
export function pathOptions(options: Record<string, unknown> | null): PathOptions {
  return {
    path: (options?.path as PathKind | undefined) ?? DEFAULT_PATH.path,
    delayYears: (options?.delay_years as number | undefined) ?? DEFAULT_PATH.delayYears,
  };
}
