/**
 * The `options` argument (SPEC section 5): a string "key=value; key=value" or a two-column range
 * of keys and values, as Bloomberg-style overrides. A range with a header row (the table REE.PARAMS
 * spills) is read by its column names, and its min and max columns give REE.SIMULATE and
 * REE.SENSITIVITY each parameter's range, so the table passed back unchanged describes the same
 * uncertainty as the scenario. Keys are matched case-insensitively against
 * the function's allowed keys; each value is coerced like an argument of the key's kind. Unknown
 * or repeated keys are refused with a message listing the valid keys.
 */
import { InvalidInputError } from "../../model/errors";
import { coerceValue, plainCell, showValue } from "./coerce";
import type { ArgInput, CellInput, ParamSpec, PlainCell } from "./params";

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

/** Whether a cell of an options range is empty: nothing, empty text, or 0 as desktop Excel passes an empty cell. */
function isBlank(value: PlainCell): boolean {
  return value === null || value === undefined || value === 0 || (typeof value === "string" && value.trim() === "");
}

/** Where a header row (as REE.PARAMS spills it: key, value, unit, min, max, …) puts each column. */
interface Columns {
  value: number;
  min: number;
  max: number;
}

function headerColumns(row: PlainCell[]): Columns {
  const at = (name: string) => row.findIndex((cell) => typeof cell === "string" && cell.trim().toLowerCase() === name);
  const value = at("value");
  return { value: value >= 0 ? value : 1, min: at("min"), max: at("max") };
}

/** A bound from a min or max column: empty cells are no bound; a 0-0 pair is an empty cell twice on desktop. */
function bound(row: PlainCell[], at: number): PlainCell {
  const cell = at >= 0 ? row[at] : null;
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "") ? null : cell;
}

function pairsFromRange(raw: CellInput[][], specs: OptionSpecs): Array<[string, PlainCell]> {
  const pairs: Array<[string, PlainCell]> = [];
  let columns: Columns = { value: 1, min: -1, max: -1 };
  const takes = (key: string) => specs.some((spec) => spec.name.toLowerCase() === key.toLowerCase());
  for (const cells of raw) {
    const row = cells.map((cell) => plainCell(cell, "options"));
    const key = row[0];
    const value = row[columns.value];
    // A header row names the columns; empty rows are skipped.
    if (typeof key === "string" && key.trim().toLowerCase() === "key") {
      columns = headerColumns(row);
      continue;
    }
    if (isBlank(key) && (row.length < 2 || isBlank(value))) continue;
    // A one-column range may hold "key=value" lines.
    if (row.length < 2 && typeof key === "string" && key.includes("=")) {
      pairs.push(...pairsFromText(key));
      continue;
    }
    if (row.length < 2)
      throw new InvalidInputError("options: a range needs keys in its first column and values in its second");
    if (typeof key !== "string" || isBlank(key))
      throw new InvalidInputError(`options: key ${showValue(key)} is not text`);
    pairs.push([key.trim(), value]);
    // The min and max columns are the parameter's uncertainty range, for the functions that sample it.
    const [min, max] = [bound(row, columns.min), bound(row, columns.max)];
    if (min !== null && max !== null && !(min === 0 && max === 0) && takes(`${key.trim()}_min`)) {
      pairs.push([`${key.trim()}_min`, min], [`${key.trim()}_max`, max]);
    }
  }
  return pairs;
}

/**
 * Reads an options argument into `{ key: value }` for the allowed keys given. Excel passes the
 * argument as a range (the parameter is declared as a matrix so that a range reaches the code
 * whole): text typed in the formula arrives as a 1x1 range, an omitted argument as null, and an
 * empty cell as a 1x1 range holding 0 (desktop) or null (web).
 *
 * @example parseOptions("path=delayed; delay_years=3", PATH_OPTION_KEYS); // => { path: "DELAYED", delay_years: 3 }
 * @example parseOptions([["path=NONE"]], PATH_OPTION_KEYS); // => { path: "NONE" }
 * @example parseOptions([[0]], PATH_OPTION_KEYS); // => {}
 */
export function parseOptions(raw: ArgInput, specs: OptionSpecs): Record<string, unknown> {
  const value = Array.isArray(raw) && raw.length === 1 && raw[0].length === 1 ? raw[0][0] : raw;
  let pairs: Array<[string, PlainCell]>;
  if (Array.isArray(value)) {
    pairs = pairsFromRange(value, specs);
  } else {
    const text = plainCell(value, "options");
    if (isBlank(text)) return {};
    if (typeof text !== "string")
      throw new InvalidInputError(
        `options must be text such as "key=value; key=value" or a two-column range, got ${showValue(text)}`,
      );
    pairs = pairsFromText(text);
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
