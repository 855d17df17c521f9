/**
 * The `options` argument (SPEC section 5): a string "key=value; key=value" or a two-column range
 * of keys and values, as Bloomberg-style overrides. Keys are matched case-insensitively against
 * the function's allowed keys; each value is coerced like an argument of the key's kind. Unknown
 * or repeated keys are refused with a message listing the valid keys.
 */
import { InvalidInputError } from "../../model/errors";
import { coerceValue, showValue } from "./coerce";
import type { ArgInput, CellInput, ParamSpec } from "./params";

/** Allowed keys and how to read each value (the spec's `name` is the key). */
export type OptionSpecs = readonly ParamSpec[];

function pairsFromText(text: string): Array<[string, string]> {
  return text
    .split(/[;\n]/)
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .map((part) => {
      const at = part.indexOf("=");
      if (at <= 0) throw new InvalidInputError(`options: "${part}" is not key=value`);
      return [part.slice(0, at).trim(), part.slice(at + 1).trim()] as [string, string];
    });
}

function pairsFromRange(rows: CellInput[][]): Array<[string, CellInput]> {
  const pairs: Array<[string, CellInput]> = [];
  for (const row of rows) {
    const [key, value] = row;
    // A header row, as REE.PARAMS spills it, is skipped.
    if (typeof key === "string" && key.trim().toLowerCase() === "key") continue;
    const emptyKey = key === null || key === undefined || key === "" || key === 0;
    if (emptyKey && (row.length < 2 || value === null || value === undefined || value === "" || value === 0)) continue;
    if (row.length < 2)
      throw new InvalidInputError("options: a range needs keys in its first column and values in its second");
    if (typeof key !== "string" || emptyKey) throw new InvalidInputError(`options: key ${showValue(key)} is not text`);
    pairs.push([key.trim(), value]);
  }
  return pairs;
}

/**
 * Reads an options argument into `{ key: value }` for the allowed keys given.
 *
 * @example parseOptions("path=delayed; delay_years=3", PATH_OPTION_KEYS); // => { path: "DELAYED", delay_years: 3 }
 */
export function parseOptions(raw: ArgInput, specs: OptionSpecs): Record<string, unknown> {
  if (raw === null || raw === undefined || raw === "" || raw === 0) return {};
  let pairs: Array<[string, CellInput]>;
  if (Array.isArray(raw)) {
    pairs = raw.length === 1 && raw[0].length === 1 ? pairsFromText(String(raw[0][0] ?? "")) : pairsFromRange(raw);
  } else if (typeof raw === "string") {
    pairs = pairsFromText(raw);
  } else {
    throw new InvalidInputError(
      `options must be text such as "key=value; key=value" or a two-column range, got ${showValue(raw)}`,
    );
  }
  const result: Record<string, unknown> = {};
  const allowed = specs.map((spec) => spec.name);
  for (const [key, value] of pairs) {
    const spec = specs.find((candidate) => candidate.name.toLowerCase() === key.toLowerCase());
    if (!spec) {
      throw new InvalidInputError(`Unknown option "${key}": valid options are ${allowed.join(", ") || "none"}`);
    }
    if (spec.name in result) throw new InvalidInputError(`options: "${spec.name}" is given twice`);
    if (value === null || value === undefined || value === "")
      throw new InvalidInputError(`options: "${spec.name}" has no value`);
    result[spec.name] = coerceValue(value, spec);
  }
  return result;
}
