/**
 * The `options` keys of REE.DEPENDENCY: the diversification path (SPEC section 6) and the scope to
 * answer from (docs/DATA.md, "Scopes").
 */
import { DATASET } from "../../model/data/index";
import { DEFAULT_PATH, type PathKind, type PathOptions } from "../../model/dependency/diversification-path";
import type { ParamSpec } from "../args";

export const PATH_OPTION_KEYS: readonly ParamSpec[] = [
  { kind: "choice", name: "path", choices: ["ON_TRACK", "DELAYED", "NONE"] },
  { kind: "number", name: "delay_years", min: 0, max: 20 },
];

/** REE.DEPENDENCY's keys: the path's, and `scope`, the id of a scope in the catalogue. */
export const DEPENDENCY_OPTION_KEYS: readonly ParamSpec[] = [
  ...PATH_OPTION_KEYS,
  { kind: "choice", name: "scope", choices: DATASET.scopes.map((scope) => scope.id) },
];

/** Reads the parsed options into the model's path options (defaults: ON_TRACK, 2 years of delay). */
export function pathOptions(options: Record<string, unknown> | null): PathOptions {
  return {
    path: (options?.path as PathKind | undefined) ?? DEFAULT_PATH.path,
    delayYears: (options?.delay_years as number | undefined) ?? DEFAULT_PATH.delayYears,
  };
}

/**
 * The scope asked for, or null for the default (the customs-import share).
 *
 * @example scopeOption({ scope: "jp-comtrade-hs2805-value" }); // => "jp-comtrade-hs2805-value"
 */
export function scopeOption(options: Record<string, unknown> | null): string | null {
  return (options?.scope as string | undefined) ?? null;
}
