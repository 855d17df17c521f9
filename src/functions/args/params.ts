/**
 * The parameter table: how one argument of an Excel function is declared. Each function declares
 * its parameters once (see `declare.ts`); `coerce.ts` turns what Excel passes into these values.
 */
import type { Country } from "../../model/vocabulary/countries";
import type { Element, Material } from "../../model/vocabulary/elements";

/**
 * A value of one of Excel's data types, as Excel passes a cell holding one to a parameter of type
 * `any` when the metadata sets `allowCustomDataForDataTypeAny` (custom-functions-metadata always
 * does): an entity such as a Geography "Japan" or a Stocks value, a formatted number, and so on.
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-data-types-concepts
 */
export interface DataTypeValue {
  readonly type: string;
  /** The text a cell shows for an entity (`Entity`, `LinkedEntity`). */
  readonly text?: string;
  /** What `Range.values` gives for the cell: a number, text, boolean or an error text. */
  readonly basicValue?: unknown;
}

/** A cell's plain value: what the argument layer works with once data types are unwrapped. */
export type PlainCell = string | number | boolean | null | undefined;
/** A single cell value as Excel passes it to a parameter of type `any`. */
export type CellInput = PlainCell | DataTypeValue;
/** What Excel may pass to a parameter: a value, or a range as rows of values. */
export type ArgInput = CellInput | CellInput[][];

interface BaseParam<K extends string> {
  readonly kind: K;
  /** The parameter name, exactly as in the function's JSDoc `@param` (a test checks it). */
  readonly name: string;
  readonly optional?: boolean;
  /**
   * Raw default, used when the argument is omitted (null), an empty string, or (where `0` is not a
   * meaningful value) an empty cell passed as 0. It goes through the same coercion as user input.
   */
  readonly default?: string | number | boolean;
}

/** An element symbol or name (`Dy`, `Dysprosium`, `ジスプロシウム`). */
export type ElementParam = BaseParam<"element">;
/** An element, a group (`NDPR`, `LREE`, `HREE`, `REE`) or the product `MAGNET`. */
export type MaterialParam = BaseParam<"material">;
/** A country by ISO alpha-2 or alpha-3 code or name, or `EU`. */
export type CountryParam = BaseParam<"country">;
/** A calendar year. */
export interface YearParam extends BaseParam<"year"> {
  readonly min?: number;
  readonly max?: number;
}
/** A number within bounds. */
export interface NumberParam extends BaseParam<"number"> {
  readonly min?: number;
  readonly max?: number;
  readonly integer?: boolean;
  /** When true, an empty cell passed as 0 means "use the default"; set it where 0 is not meaningful. */
  readonly zeroMeansDefault?: boolean;
}
/** One of a fixed set of codes, matched case-insensitively; the value is the canonical code. */
export interface ChoiceParam<C extends string = string> extends BaseParam<"choice"> {
  readonly choices: readonly C[];
  /** A function that lists the choices, named in the error message instead of the whole list. */
  readonly catalogue?: string;
}
/** Free text. */
export type TextParam = BaseParam<"text">;
/** TRUE or FALSE. */
export type BooleanParam = BaseParam<"boolean">;
/** A supply shock: a severity between 0 and 1, or a preset scenario id. */
export type ShockParam = BaseParam<"shock">;
/** "key=value; ..." text or a two-column range; `keys` lists the allowed keys and their kinds. */
export interface OptionsParam extends BaseParam<"options"> {
  readonly keys: readonly ParamSpec[];
}

export type ParamSpec =
  | ElementParam
  | MaterialParam
  | CountryParam
  | YearParam
  | NumberParam
  | ChoiceParam
  | TextParam
  | BooleanParam
  | ShockParam
  | OptionsParam;

/** The value a function body receives for a parameter of each kind. */
export interface KindValues {
  element: Element;
  material: Material;
  country: Country;
  year: number;
  number: number;
  choice: string;
  text: string;
  boolean: boolean;
  options: Record<string, unknown>;
  shock: number | string;
}

type ChoiceValue<S> = S extends { readonly choices: readonly (infer C)[] } ? C : string;
type BaseValue<S extends ParamSpec> = S["kind"] extends "choice" ? ChoiceValue<S> : KindValues[S["kind"]];

/** Required or defaulted parameters always have a value; optional ones without a default may be null. */
export type ParamValue<S extends ParamSpec> = S extends { readonly optional: true }
  ? S extends { readonly default: string | number | boolean }
    ? BaseValue<S>
    : BaseValue<S> | null
  : BaseValue<S>;

/** The argument object a function body receives, keyed by parameter name. */
export type ArgValues<P extends readonly ParamSpec[]> = {
  [S in P[number] as S["name"]]: ParamValue<S>;
};
