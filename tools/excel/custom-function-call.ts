/**
 * How Excel calls a JavaScript custom function, as a model for tests: what each argument of a
 * formula becomes by the time the function sees it, and what the cell shows for what the function
 * returns. It reads only what Excel reads, the function's entry in functions.json (each
 * parameter's `type`, `dimensionality` and `optional`, the result's `dimensionality`), so a
 * declaration that Excel would misread is misread here too.
 *
 * The rules, with their sources:
 * - An omitted argument arrives as `null`
 *   (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-parameter-options).
 * - An empty cell arrives as `0` on desktop Excel and as `null` in Excel on the web
 *   (https://github.com/OfficeDev/office-js/issues/4702); inside a range the same
 *   (https://github.com/OfficeDev/office-js/issues/1951).
 * - A parameter declared as a matrix gets a 2-D array: a range as its rows, a single value as a
 *   1x1 array (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-dynamic-arrays).
 * - A scalar parameter given a multi-cell range is "lifted": Excel calls the function once per
 *   cell (broadcasting one-row or one-column ranges, #N/A where sizes do not match, as for
 *   built-in functions) and spills the results; a function that itself returns an array cannot be
 *   lifted, and the cell shows #CALC! ("Unliftable array").
 * - An error value in an argument is not passed to the function (the metadata does not set
 *   `allowErrorForDataTypeAny`): the cell shows that error.
 * - Declared types convert: `number` takes numeric text, `string` takes numbers as text, `boolean`
 *   takes numbers and TRUE/FALSE text; anything else is #VALUE! without a call. `any` passes the
 *   value as it is, including Excel data types (entities) as objects, since custom-functions-metadata
 *   sets `allowCustomDataForDataTypeAny`.
 * - The function's result: a thrown or returned `CustomFunctions.Error` shows its code, with its
 *   message for #VALUE! and #N/A; any other exception shows #VALUE!; a promise shows #BUSY! until
 *   it settles; a 2-D array spills (a 1x1 array is a single value), and a `null` element shows as
 *   0 (https://github.com/OfficeDev/office-js/issues/1503).
 */

export type Platform = "desktop" | "web";
export const PLATFORMS: readonly Platform[] = ["desktop", "web"];

/** An error a cell shows, with the message Excel shows beside #VALUE! and #N/A. */
export interface CellErrorValue {
  readonly error: string;
  readonly message?: string;
}

/** An Excel data-type value (entity, formatted number...), as passed with allowCustomDataForDataTypeAny. */
export interface DataTypeValue {
  readonly type: string;
  readonly [property: string]: unknown;
}

/** What a cell or an expression can hold. */
export type SheetValue = string | number | boolean | DataTypeValue | CellErrorValue;

/** An empty cell, distinct from an omitted argument. */
export const EMPTY_CELL = Object.freeze({ emptyCell: true as const });
export type EmptyCell = typeof EMPTY_CELL;

/** One argument as written in a formula. A reference to one cell is a 1x1 range. */
export type FormulaArgument =
  | { readonly kind: "omitted" }
  | { readonly kind: "value"; readonly value: SheetValue | EmptyCell }
  | { readonly kind: "range"; readonly cells: ReadonlyArray<ReadonlyArray<SheetValue | EmptyCell>> };

/** What a cell shows. */
export type Outcome =
  | { readonly kind: "value"; readonly value: string | number | boolean }
  | { readonly kind: "spill"; readonly rows: ReadonlyArray<ReadonlyArray<string | number | boolean | CellErrorValue>> }
  | { readonly kind: "error"; readonly error: string; readonly message?: string };

export interface ParameterMetadata {
  readonly name: string;
  readonly type?: string;
  readonly dimensionality?: string;
  readonly optional?: boolean;
}

export interface FunctionMetadata {
  readonly id: string;
  readonly parameters: readonly ParameterMetadata[];
  readonly result: { readonly type?: string; readonly dimensionality?: string };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Excel passes any cell value
export type Implementation = (...args: any[]) => unknown;

/** One call Excel made: the function id, the arguments as the function received them, and the outcome. */
export interface RecordedCall {
  readonly id: string;
  readonly args: unknown[];
  readonly outcome: Outcome;
}

/** A mistake that Excel would not let happen (e.g. more arguments than declared) or a result Excel cannot show. */
export class HarnessError extends Error {}

export function isCellError(value: unknown): value is CellErrorValue {
  return typeof value === "object" && value !== null && typeof (value as CellErrorValue).error === "string";
}

function isEmptyCell(value: unknown): value is EmptyCell {
  return value === EMPTY_CELL;
}

/** Converts one cell value to what a parameter of this type receives; an error means Excel makes no call. */
function convert(value: SheetValue | EmptyCell, parameter: ParameterMetadata, platform: Platform): unknown {
  if (isEmptyCell(value)) return platform === "desktop" ? 0 : null;
  if (isCellError(value)) return value;
  const type = parameter.type ?? "any";
  if (type === "any" || typeof value === "object") return value;
  if (type === "number") {
    if (typeof value === "number") return value;
    if (typeof value === "boolean") return value ? 1 : 0;
    const parsed = Number(value.trim());
    return value.trim() !== "" && Number.isFinite(parsed) ? parsed : { error: "#VALUE!" };
  }
  if (type === "string")
    return typeof value === "string" ? value : typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : String(value);
  if (type === "boolean") {
    if (typeof value === "boolean") return value;
    if (typeof value === "number") return value !== 0;
    const text = value.trim().toUpperCase();
    return text === "TRUE" ? true : text === "FALSE" ? false : { error: "#VALUE!" };
  }
  throw new HarnessError(`unknown parameter type ${type}`);
}

function firstError(values: unknown[]): CellErrorValue | undefined {
  for (const value of values) {
    if (isCellError(value)) return value;
    if (Array.isArray(value)) {
      const inner = firstError(value);
      if (inner) return inner;
    }
  }
  return undefined;
}

/** What the function receives for one argument; lifted arguments are handled by the caller. */
function argumentValue(argument: FormulaArgument, parameter: ParameterMetadata, platform: Platform): unknown {
  if (argument.kind === "omitted") return null;
  const matrix = parameter.dimensionality === "matrix";
  if (argument.kind === "value") {
    const value = convert(argument.value, parameter, platform);
    return matrix && !isCellError(value) ? [[value]] : value;
  }
  const cells = argument.cells.map((row) => row.map((cell) => convert(cell, parameter, platform)));
  if (matrix) return cells;
  // A single cell dereferences to its value.
  return cells[0][0];
}

function size(argument: FormulaArgument): { rows: number; columns: number } {
  if (argument.kind !== "range") return { rows: 1, columns: 1 };
  return { rows: argument.cells.length, columns: argument.cells[0]?.length ?? 0 };
}

/** Turns what the function returned (or threw) into what the cell shows. */
export function toOutcome(fn: FunctionMetadata, returned: { value: unknown } | { thrown: unknown }): Outcome {
  if ("thrown" in returned) {
    const error = returned.thrown as { code?: unknown; message?: unknown } | null;
    if (error && typeof error.code === "string" && error.code.startsWith("#")) {
      const withMessage = error.code === "#VALUE!" || error.code === "#N/A";
      return {
        kind: "error",
        error: error.code,
        ...(withMessage && typeof error.message === "string" && error.message ? { message: error.message } : {}),
      };
    }
    return { kind: "error", error: "#VALUE!" };
  }
  const value = returned.value;
  if (isCellError(value)) return { kind: "error", ...value };
  const errorObject = value as { code?: unknown; message?: unknown } | null;
  if (errorObject && typeof errorObject === "object" && typeof errorObject.code === "string" && !Array.isArray(value))
    return toOutcome(fn, { thrown: value });
  if (fn.result.dimensionality === "matrix") {
    if (!Array.isArray(value) || value.length === 0 || !value.every((row) => Array.isArray(row) && row.length > 0))
      throw new HarnessError(`REE.${fn.id} declares a matrix result but returned ${JSON.stringify(value)}`);
    const width = (value[0] as unknown[]).length;
    // Excel pads a ragged array with #N/A.
    const rows = (value as unknown[][]).map((row) =>
      Array.from({ length: width }, (_, c) => (c < row.length ? cellOf(fn, row[c]) : { error: "#N/A" })),
    );
    if (rows.length === 1 && width === 1) {
      const only = rows[0][0];
      return isCellError(only) ? { kind: "error", ...only } : { kind: "value", value: only };
    }
    return { kind: "spill", rows };
  }
  if (Array.isArray(value)) throw new HarnessError(`REE.${fn.id} declares a single value but returned an array`);
  const cell = cellOf(fn, value);
  if (isCellError(cell)) return { kind: "error", ...cell };
  const declared = fn.result.type;
  if (declared && declared !== "any" && typeof cell !== declared)
    throw new HarnessError(`REE.${fn.id} declares a ${declared} result but returned ${typeof cell}`);
  return { kind: "value", value: cell };
}

function cellOf(fn: FunctionMetadata, value: unknown): string | number | boolean | CellErrorValue {
  if (value === null) return 0;
  if (typeof value === "number") return Number.isFinite(value) ? value : { error: "#NUM!" };
  if (typeof value === "string" || typeof value === "boolean") return value;
  const error = value as { code?: unknown; message?: unknown };
  if (error && typeof error.code === "string") {
    const outcome = toOutcome(fn, { thrown: value });
    return outcome.kind === "error" ? { error: outcome.error, message: outcome.message } : { error: "#VALUE!" };
  }
  throw new HarnessError(`REE.${fn.id} returned a cell Excel cannot show: ${String(value)}`);
}

function settle(fn: FunctionMetadata, run: () => unknown): Outcome | Promise<Outcome> {
  let value: unknown;
  try {
    value = run();
  } catch (thrown) {
    if (thrown instanceof HarnessError) throw thrown;
    return toOutcome(fn, { thrown });
  }
  if (value && typeof (value as Promise<unknown>).then === "function") {
    return (value as Promise<unknown>).then(
      (settled) => toOutcome(fn, { value: settled }),
      (thrown) => toOutcome(fn, { thrown }),
    );
  }
  return toOutcome(fn, { value });
}

/**
 * Evaluates one call of a custom function as Excel would, from the formula's arguments.
 * `onCall` sees every call the function receives (a lifted formula makes several).
 */
export function callAsExcel(
  fn: FunctionMetadata,
  implementation: Implementation,
  formulaArguments: readonly FormulaArgument[],
  platform: Platform,
  onCall?: (args: unknown[], outcome: Outcome | Promise<Outcome>) => void,
): Outcome | Promise<Outcome> {
  if (formulaArguments.length > fn.parameters.length)
    throw new HarnessError(
      `REE.${fn.id} takes ${fn.parameters.length} arguments; Excel does not accept a formula with ${formulaArguments.length}`,
    );
  const formula: FormulaArgument[] = fn.parameters.map((_, i) => formulaArguments[i] ?? { kind: "omitted" });
  const invoke = (args: unknown[]): Outcome | Promise<Outcome> => {
    const error = firstError(args);
    if (error) return { kind: "error", ...error };
    const outcome = settle(fn, () => implementation(...args));
    onCall?.(args, outcome);
    return outcome;
  };

  const lifted = formula
    .map((argument, i) => ({ argument, i }))
    .filter(
      ({ argument, i }) =>
        argument.kind === "range" &&
        fn.parameters[i].dimensionality !== "matrix" &&
        (size(argument).rows > 1 || size(argument).columns > 1),
    );
  if (lifted.length === 0)
    return invoke(formula.map((argument, i) => argumentValue(argument, fn.parameters[i], platform)));
  if (fn.result.dimensionality === "matrix")
    return {
      kind: "error",
      error: "#CALC!",
      message: "Unliftable array: a range was given to a single-value argument",
    };

  const rows = Math.max(...lifted.map(({ argument }) => size(argument).rows));
  const columns = Math.max(...lifted.map(({ argument }) => size(argument).columns));
  const grid: Array<Array<Outcome | Promise<Outcome>>> = [];
  for (let r = 0; r < rows; r++) {
    const row: Array<Outcome | Promise<Outcome>> = [];
    for (let c = 0; c < columns; c++) {
      let outOfRange = false;
      const args = formula.map((argument, i) => {
        if (!lifted.some((l) => l.i === i)) return argumentValue(argument, fn.parameters[i], platform);
        const cells = (argument as Extract<FormulaArgument, { kind: "range" }>).cells;
        const rr = cells.length === 1 ? 0 : r;
        const cc = cells[0].length === 1 ? 0 : c;
        if (rr >= cells.length || cc >= cells[0].length) {
          outOfRange = true;
          return null;
        }
        return convert(cells[rr][cc], fn.parameters[i], platform);
      });
      row.push(outOfRange ? { kind: "error", error: "#N/A" } : invoke(args));
    }
    grid.push(row);
  }
  const toCell = (outcome: Outcome): string | number | boolean | CellErrorValue => {
    if (outcome.kind === "value") return outcome.value;
    if (outcome.kind === "error") return { error: outcome.error, message: outcome.message };
    throw new HarnessError(`REE.${fn.id} spilled inside a lifted call`);
  };
  const assemble = (cells: Outcome[][]): Outcome =>
    rows === 1 && columns === 1 ? cells[0][0] : { kind: "spill", rows: cells.map((row) => row.map(toCell)) };
  if (grid.some((row) => row.some((cell) => cell instanceof Promise))) {
    return Promise.all(grid.map((row) => Promise.all(row))).then(assemble);
  }
  return assemble(grid as Outcome[][]);
}
