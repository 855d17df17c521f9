/**
 * The REE.* functions inside a real spreadsheet engine (HyperFormula; GPL-3.0, so used only in
 * tests, benchmarks and the example generator, never shipped). Functions are registered from a
 * functions.json (what Excel reads) with the implementations Excel runs, and arguments are passed
 * the way Excel passes them: an omitted optional argument as null, an empty cell as null, a range
 * as rows of values, a string given to a range parameter as a 1x1 range. A table result spills;
 * its size is predicted from literal arguments, as HyperFormula requires at parse time.
 */
import {
  CellError,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  ArraySize,
  EmptyValue,
} from "hyperformula";

export interface FunctionMetadataJson {
  id: string;
  parameters: Array<{ name: string; optional?: boolean; dimensionality?: string }>;
  result: { dimensionality?: string };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the implementations take any cell values
type Implementation = (...args: any[]) => unknown;

export interface ExcelError {
  code: string;
  message?: string;
}

/** Every call the engine made: the function id, Excel-style arguments and what came back. */
export interface RecordedCall {
  id: string;
  args: unknown[];
  result: unknown;
}

function toExcelValue(value: unknown): unknown {
  if (value === EmptyValue || value === undefined) return null;
  if (value instanceof SimpleRangeValue) return value.data.map((row) => row.map(toExcelValue));
  return value;
}

function toEngineValue(value: unknown): unknown {
  if (Array.isArray(value)) {
    if (value.length === 1 && value[0].length === 1) return value[0][0];
    return SimpleRangeValue.onlyValues(value as never);
  }
  return value;
}

function toCellError(error: unknown): CellError {
  const e = error as ExcelError;
  if (e && typeof e.code === "string") {
    return new CellError(e.code === "#N/A" ? ErrorType.NA : ErrorType.VALUE, e.message);
  }
  return new CellError(ErrorType.VALUE, `uncaught: ${String(error)}`);
}

interface LiteralAst {
  type: string;
  value?: unknown;
}

/** Literal argument values, or undefined if any argument is not a literal (a reference, a formula). */
function literalArguments(args: LiteralAst[]): unknown[] | undefined {
  const values: unknown[] = [];
  for (const arg of args) {
    if (arg.type === "NUMBER" || arg.type === "STRING") values.push(arg.value);
    else if (arg.type === "EMPTY") values.push(null);
    else return undefined;
  }
  return values;
}

let registered = false;
export const calls: RecordedCall[] = [];

/**
 * Registers every function of the metadata with HyperFormula (once per process).
 */
export function registerReeFunctions(
  metadata: FunctionMetadataJson[],
  implementations: ReadonlyMap<string, Implementation>,
): void {
  if (registered) return;
  const implementedFunctions: Record<string, unknown> = {};
  const translations: Record<string, string> = {};
  const methods: Record<string, unknown> = {};
  for (const fn of metadata) {
    const implementation = implementations.get(fn.id);
    if (!implementation) throw new Error(`REE.${fn.id} is in functions.json but not associated`);
    const name = `REE.${fn.id}`;
    translations[name] = name;
    const invoke = (raw: unknown[]) => {
      const args = raw.map((value, i) => {
        const excel = toExcelValue(value);
        const matrix = fn.parameters[i]?.dimensionality === "matrix";
        return matrix && excel !== null && !Array.isArray(excel) ? [[excel]] : excel;
      });
      while (args.length < fn.parameters.length) args.push(null);
      try {
        const result = implementation(...args);
        calls.push({ id: fn.id, args, result });
        return toEngineValue(result);
      } catch (error) {
        calls.push({ id: fn.id, args, result: error });
        return toCellError(error);
      }
    };
    const matrixResult = fn.result.dimensionality === "matrix";
    implementedFunctions[name] = {
      method: `call_${fn.id}`,
      parameters: fn.parameters.map((p) => ({
        argumentType: FunctionArgumentType.ANY,
        optionalArg: Boolean(p.optional),
      })),
      ...(matrixResult
        ? { sizeOfResultArrayMethod: `size_${fn.id}`, vectorizationForbidden: true }
        : { vectorizationForbidden: true }),
    };
    methods[`call_${fn.id}`] = function (this: FunctionPlugin, ast: { args: never[] }, state: never) {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- HyperFormula's protected helpers
      const self = this as any;
      return self.runFunction(ast.args, state, self.metadata(name), (...values: unknown[]) => invoke(values));
    };
    methods[`size_${fn.id}`] = (ast: { args: LiteralAst[] }) => {
      const literal = literalArguments(ast.args);
      if (!literal) return ArraySize.scalar();
      try {
        const result = implementation(
          ...literal.map((v, i) => (fn.parameters[i]?.dimensionality === "matrix" && v !== null ? [[v]] : v)),
        );
        return Array.isArray(result)
          ? new ArraySize((result[0] as unknown[]).length, result.length)
          : ArraySize.scalar();
      } catch {
        return ArraySize.scalar();
      }
    };
  }
  class ReePlugin extends FunctionPlugin {
    static implementedFunctions = implementedFunctions as never;
  }
  Object.assign(ReePlugin.prototype, methods);
  HyperFormula.registerFunctionPlugin(ReePlugin as never, { enGB: translations });
  registered = true;
}

/** `_xldudf_REE_SHOCK(` as Excel stores custom functions in files, back to `REE.SHOCK(`. */
export function fromFileFormula(formula: string): string {
  return formula.replace(/_xldudf_REE_([A-Z]+)\(/g, "REE.$1(");
}

/** `REE.SHOCK(` to the form Excel stores in files. */
export function toFileFormula(formula: string): string {
  return formula.replace(/REE\.([A-Z]+)\(/g, "_xldudf_REE_$1(");
}
