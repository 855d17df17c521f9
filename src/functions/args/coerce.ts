/**
 * The one place that turns what Excel passes into typed values (SPEC section 5):
 *
 * - an omitted optional argument arrives as `null`; an empty referenced cell as `0` (desktop) or
 *   `null` (web) (https://github.com/OfficeDev/office-js/issues/4702). Both mean "use the default"
 *   wherever 0 is not a meaningful value, and so does an empty string;
 * - a 1x1 range is its single value; a larger range for a single-value parameter is an error;
 * - a cell holding one of Excel's data types (a Geography "Japan", a Stocks value, a formatted
 *   number) arrives as an object and counts as the text or number the cell shows;
 * - codes and names are matched without regard to case or width;
 * - numbers may come as text (`"2024"`, `" 0.5 "`) as they do from text-formatted cells.
 *
 * Failures throw `InvalidInputError` with a message naming the argument, the value and what is
 * allowed; the caller turns it into `#VALUE!`.
 */
import { InvalidInputError } from "../../model/errors";
import { findCountry } from "../../model/vocabulary/countries";
import { findElement, findMaterial } from "../../model/vocabulary/elements";
import { findScenario, SCENARIOS } from "../../model/shock/scenarios";
import { messages } from "./messages";
import { parseOptions } from "./options";
import type { ArgInput, CellInput, DataTypeValue, ParamSpec, PlainCell } from "./params";

/** Calendar years the functions accept at all; whether data exists is the model's question. */
export const YEAR_RANGE = { min: 1900, max: 2100 } as const;

/** Entities show their `text`; the other data types stand for their `basicValue`. */
const ENTITY_TYPES = ["Entity", "LinkedEntity"];

/**
 * The plain value of a cell: itself, or for a data-type value the text or number the cell shows
 * (an entity's display text, a formatted number's number). Images, errors and other values with
 * nothing usable are refused with a message naming the argument.
 *
 * @example plainCell({ type: "LinkedEntity", text: "Japan", id: {} } as never, "importer"); // => "Japan"
 * @example plainCell({ type: "FormattedNumber", basicValue: 2027, numberFormat: "0" } as never, "year"); // => 2027
 */
export function plainCell(value: CellInput, name: string): PlainCell {
  if (value === null || typeof value !== "object") return value;
  const data = value as Partial<DataTypeValue>;
  const type = typeof data.type === "string" ? data.type : "data-type";
  if (ENTITY_TYPES.includes(type) && typeof data.text === "string" && data.text.trim() !== "") return data.text;
  const basic = data.basicValue;
  const usable =
    type !== "Error" &&
    type !== "WebImage" &&
    (typeof basic === "number" || typeof basic === "boolean" || (typeof basic === "string" && !basic.startsWith("#")));
  if (usable) return basic as PlainCell;
  throw new InvalidInputError(messages.dataTypeWithoutValue(name, type));
}

/** Reduces a range to its single cell; a larger range is an error for a single-value parameter. */
export function singleCell(raw: ArgInput, name: string): PlainCell {
  if (!Array.isArray(raw)) return plainCell(raw, name);
  const rows = raw.length;
  const columns = rows > 0 && Array.isArray(raw[0]) ? raw[0].length : 0;
  if (rows === 1 && columns === 1) return plainCell(raw[0][0], name);
  throw new InvalidInputError(messages.singleValue(name, rows, columns));
}

/** How a value is shown back to the user in a message. */
export function showValue(value: PlainCell): string {
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/** Whether a cell value stands for "not given" for this parameter. */
export function isEmpty(value: PlainCell, spec: ParamSpec): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === "string") return value.trim() === "";
  if (value === 0) {
    // 0 is a real value for numbers (unless they say otherwise), booleans and a shock's severity;
    // a code, a year or text is never 0.
    if (spec.kind === "number") return spec.zeroMeansDefault === true;
    return spec.kind !== "boolean" && spec.kind !== "shock";
  }
  return false;
}

function toText(value: Exclude<PlainCell, null | undefined>): string {
  return typeof value === "string" ? value.trim() : showValue(value);
}

function toNumber(value: Exclude<PlainCell, null | undefined>, name: string): number {
  if (typeof value === "number") return value;
  if (typeof value === "string") {
    const text = value.trim();
    const parsed = Number(text);
    if (text !== "" && Number.isFinite(parsed)) return parsed;
  }
  throw new InvalidInputError(messages.notANumber(name, showValue(value)));
}

/**
 * Coerces one non-empty cell value to the parameter's kind. Exported for tests; functions go
 * through `coerceArgument`, which also handles empty values and defaults.
 */
export function coerceValue(value: Exclude<PlainCell, null | undefined>, spec: ParamSpec): unknown {
  switch (spec.kind) {
    case "element": {
      const element = findElement(toText(value));
      if (!element) throw new InvalidInputError(messages.unknownElement(toText(value)));
      return element;
    }
    case "material": {
      const material = findMaterial(toText(value));
      if (!material) throw new InvalidInputError(messages.unknownMaterial(toText(value)));
      return material;
    }
    case "country": {
      const country = findCountry(toText(value));
      if (!country) throw new InvalidInputError(messages.unknownCountry(toText(value)));
      return country;
    }
    case "choice": {
      const text = toText(value).toUpperCase();
      const match = spec.choices.find((choice) => choice.toUpperCase() === text);
      if (match === undefined)
        throw new InvalidInputError(messages.unknownChoice(spec.name, toText(value), spec.choices, spec.catalogue));
      return match;
    }
    case "text":
      if (typeof value !== "string") throw new InvalidInputError(messages.notText(spec.name, showValue(value)));
      return value.trim();
    case "boolean": {
      if (typeof value === "boolean") return value;
      if (value === 1 || value === 0) return value === 1;
      const text = toText(value).toUpperCase();
      if (text === "TRUE" || text === "FALSE") return text === "TRUE";
      throw new InvalidInputError(messages.notABoolean(spec.name, showValue(value)));
    }
    case "year": {
      const min = spec.min ?? YEAR_RANGE.min;
      const max = spec.max ?? YEAR_RANGE.max;
      if (typeof value === "boolean")
        throw new InvalidInputError(messages.notAYear(spec.name, min, max, showValue(value)));
      const year = typeof value === "number" ? value : Number(value.trim());
      if (!Number.isInteger(year) || year < min || year > max) {
        throw new InvalidInputError(messages.notAYear(spec.name, min, max, showValue(value)));
      }
      return year;
    }
    case "options":
      return parseOptions(value, spec.keys);
    case "shock": {
      if (typeof value === "boolean") throw new InvalidInputError(messages.notAShock(showValue(value)));
      const text = typeof value === "string" ? value.trim() : "";
      const number =
        typeof value === "number" ? value : text !== "" && Number.isFinite(Number(text)) ? Number(text) : null;
      if (number !== null) {
        if (!(number >= 0 && number <= 1)) throw new InvalidInputError(messages.outOfRange("severity", 0, 1, number));
        return number;
      }
      const scenario = findScenario(text);
      if (!scenario)
        throw new InvalidInputError(
          messages.unknownScenario(
            text,
            SCENARIOS.map((s) => s.id),
          ),
        );
      return scenario.id;
    }
    case "number": {
      if (typeof value === "boolean") throw new InvalidInputError(messages.notANumber(spec.name, showValue(value)));
      const number = toNumber(value, spec.name);
      if (!Number.isFinite(number)) throw new InvalidInputError(messages.notANumber(spec.name, showValue(value)));
      if (spec.integer && !Number.isInteger(number))
        throw new InvalidInputError(messages.notAnInteger(spec.name, number));
      const min = spec.min ?? -Infinity;
      const max = spec.max ?? Infinity;
      if (number < min || number > max) throw new InvalidInputError(messages.outOfRange(spec.name, min, max, number));
      return number;
    }
  }
}

/** Hints shown when a required argument is missing. */
const REQUIRED_HINTS: Record<ParamSpec["kind"], string> = {
  element: "use REE.ELEMENTS()",
  material: "use REE.ELEMENTS() or a group such as NDPR",
  country: "use REE.COUNTRIES()",
  year: "",
  number: "",
  choice: "",
  text: "",
  boolean: "",
  options: "",
  shock: "a severity between 0 and 1 or a scenario from REE.SCENARIOS()",
};

/**
 * Coerces one argument as Excel passed it: unwraps a 1x1 range, applies the default when empty,
 * and validates. Returns `null` for an empty optional argument without a default.
 *
 * @example coerceArgument("FN", " dy ", { kind: "element", name: "element" }).symbol; // => "Dy"
 * @example coerceArgument("FN", 0, { kind: "year", name: "year", optional: true }); // => null
 */
export function coerceArgument(fn: string, raw: ArgInput, spec: ParamSpec): unknown {
  // Options may be a whole range of keys and values, so they are read before any unwrapping.
  if (spec.kind === "options") return parseOptions(raw, spec.keys);
  const value = singleCell(raw, spec.name);
  if (!isEmpty(value, spec)) return coerceValue(value as Exclude<PlainCell, null | undefined>, spec);
  if (spec.default !== undefined) return coerceValue(spec.default, spec);
  if (spec.optional) return null;
  throw new InvalidInputError(messages.required(fn, spec.name, REQUIRED_HINTS[spec.kind]));
}
