/**
 * The REE.* functions inside a real spreadsheet engine (HyperFormula; GPL-3.0, so used only in
 * tests, benchmarks and the example generator, never shipped), called the way Excel calls them.
 *
 * Functions are registered from a functions.json (what Excel reads) with the implementations Excel
 * runs (the built functions.js), and every call goes through `callAsExcel`
 * (`tools/excel/custom-function-call.ts`): arguments converted by their declared type and
 * dimensionality, omitted arguments and empty cells as the chosen platform passes them, ranges
 * given to single-value arguments lifted, or #CALC! for functions that return arrays.
 *
 * Two things Excel does over time are done here in passes: a function that answers with a promise
 * shows #BUSY! and the sheet is recalculated once it settles; and a spill takes the size of the
 * result, which HyperFormula needs before it evaluates, so a result of another size than predicted
 * is remembered and the sheet evaluated again.
 */
import {
  ArraySize,
  CellError,
  DetailedCellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ConfigParams,
  type RawCellContent,
  type SimpleCellAddress,
} from "hyperformula";
import {
  callAsExcel,
  EMPTY_CELL,
  isCellError,
  type CellErrorValue,
  type FormulaArgument,
  type FunctionMetadata,
  type Implementation,
  type Outcome,
  type Platform,
  type SheetValue,
} from "../excel/custom-function-call";

export type FunctionMetadataJson = FunctionMetadata;

/** Every call the functions received: the id, the arguments as passed, what came back (value or thrown) and what the cell showed. */
export interface RecordedCall {
  id: string;
  args: unknown[];
  result: unknown;
  outcome: Outcome;
}

/** Excel's error codes that HyperFormula has no type for are kept in the message: "#CALC!: …". */
const ERROR_TYPES: Record<string, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#N/A": ErrorType.NA,
  "#NUM!": ErrorType.NUM,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#REF!": ErrorType.REF,
  "#NAME?": ErrorType.NAME,
};

function toEngineError(error: CellErrorValue): CellError {
  const type = ERROR_TYPES[error.error];
  if (type !== undefined) return new CellError(type, error.message);
  return new CellError(ErrorType.ERROR, error.message ? `${error.error}: ${error.message}` : error.error);
}

/** A cell error as Excel would show it, from a HyperFormula error. */
export function fromEngineError(error: DetailedCellError | CellError): CellErrorValue {
  const type = error instanceof DetailedCellError ? error.type : error.type;
  const message = error.message || undefined;
  if (type === ErrorType.ERROR && message) {
    const code = /^(#[A-Z/0!?]+)(?::\s*(.*))?$/.exec(message);
    if (code) return { error: code[1], ...(code[2] ? { message: code[2] } : {}) };
  }
  const code = Object.keys(ERROR_TYPES).find((key) => ERROR_TYPES[key] === type);
  return { error: code ?? `#${type}!`, ...(message ? { message } : {}) };
}

/** Numbers HyperFormula tags with a format (dates, percentages) carry their value in `val`. */
function plainNumber(value: unknown): unknown {
  if (typeof value === "object" && value !== null && typeof (value as { val?: unknown }).val === "number")
    return (value as { val: number }).val;
  return value;
}

function toSheetValue(value: unknown): SheetValue | typeof EMPTY_CELL {
  if (value === EmptyValue || value === undefined || value === null) return EMPTY_CELL;
  if (value instanceof CellError) return fromEngineError(value);
  return plainNumber(value) as SheetValue;
}

function toFormulaArgument(value: unknown): FormulaArgument {
  if (value instanceof SimpleRangeValue) {
    return { kind: "range", cells: value.data.map((row) => row.map(toSheetValue)) };
  }
  return { kind: "value", value: toSheetValue(value) };
}

function toEngineValue(outcome: Outcome): unknown {
  if (outcome.kind === "value") return outcome.value;
  if (outcome.kind === "error") return toEngineError(outcome);
  return SimpleRangeValue.onlyValues(
    outcome.rows.map((row) => row.map((cell) => (isCellError(cell) ? toEngineError(cell) : cell))) as never,
  );
}

function outcomeSize(outcome: Outcome): ArraySize {
  return outcome.kind === "spill" ? new ArraySize(outcome.rows[0].length, outcome.rows.length) : ArraySize.scalar();
}

interface AstNode {
  type: string;
  value?: unknown;
  procedureName?: string;
  args?: AstNode[];
}

/**
 * A workbook evaluated as Excel would, on one platform. Holds what a running Excel holds between
 * recalculations: settled answers of asynchronous calls and the sizes spills turned out to have.
 */
export class ExcelHarness {
  private readonly byId: Map<string, FunctionMetadata>;
  private readonly settled = new Map<string, { value: unknown } | { thrown: unknown }>();
  private readonly pending = new Map<string, Promise<unknown>>();
  private readonly learnedSizes = new Map<string, ArraySize>();
  private readonly predictedSizes = new Map<string, ArraySize>();
  private sizesChanged = false;
  private readonly failures: unknown[] = [];

  constructor(
    metadata: readonly FunctionMetadata[],
    private readonly implementations: ReadonlyMap<string, Implementation>,
    readonly platform: Platform = "desktop",
    readonly calls: RecordedCall[] = [],
  ) {
    this.byId = new Map(metadata.map((fn) => [fn.id, fn]));
    for (const fn of metadata) {
      if (!implementations.get(fn.id)) throw new Error(`REE.${fn.id} is in functions.json but not associated`);
    }
    registerPlugin(metadata);
  }

  /** The implementation as Excel's runtime keeps answering it: a settled promise's answer is reused on recalculation. */
  private implementation(id: string): Implementation {
    const real = this.implementations.get(id)!;
    return (...args: unknown[]) => {
      const key = JSON.stringify([id, args]);
      const done = this.settled.get(key);
      if (done) {
        if ("thrown" in done) throw done.thrown;
        return done.value;
      }
      const waiting = this.pending.get(key);
      // The same call again before the first settles waits for that one's answer.
      if (waiting) return waiting;
      const result = real(...args);
      if (result && typeof (result as Promise<unknown>).then === "function") {
        const tracked = (result as Promise<unknown>).then(
          (value) => {
            this.settled.set(key, { value });
            return value;
          },
          (thrown) => {
            this.settled.set(key, { thrown });
            throw thrown;
          },
        );
        this.pending.set(key, tracked);
        return tracked;
      }
      return result;
    };
  }

  /** Calls one function with formula arguments, recording every call it receives. */
  call(id: string, args: readonly FormulaArgument[]): Outcome | Promise<Outcome> {
    const fn = this.byId.get(id);
    if (!fn) throw new Error(`REE.${id} is not in functions.json`);
    return callAsExcel(fn, this.implementation(id), args, this.platform, (received, outcome) => {
      if (outcome instanceof Promise) return;
      const key = JSON.stringify([id, received]);
      const done = this.settled.get(key);
      const result = done ? ("thrown" in done ? done.thrown : done.value) : outcomeResult(outcome);
      this.calls.push({ id, args: received, result, outcome });
    });
  }

  /** Called by the engine for a REE.* cell. */
  evaluateInEngine(id: string, args: FormulaArgument[], key: string): unknown {
    const outcome = this.call(id, args);
    if (outcome instanceof Promise) {
      // What the promise settles to is shown on the next pass; a harness error must not go unseen.
      this.pending.set(
        `outcome:${key}`,
        outcome.catch((error) => void this.failures.push(error)),
      );
      return new CellError(ErrorType.ERROR, "#BUSY!");
    }
    const predicted = this.predictedSizes.get(key);
    const actual = outcomeSize(outcome);
    if (predicted && (predicted.width !== actual.width || predicted.height !== actual.height)) {
      this.learnedSizes.set(key, actual);
      this.sizesChanged = true;
    }
    return toEngineValue(outcome);
  }

  /** Called by the engine before it evaluates a REE.* cell: how large its spill will be. */
  predictSize(id: string, ast: AstNode, key: string): ArraySize {
    const size = this.learnedSizes.get(key) ?? this.staticSize(id, ast);
    this.predictedSizes.set(key, size);
    return size;
  }

  /** The size of a call whose arguments are all literals, by calling it; others start as one cell. */
  private staticSize(id: string, ast: AstNode): ArraySize {
    const args: FormulaArgument[] = [];
    for (const arg of ast.args ?? []) {
      if (arg.type === "EMPTY") args.push({ kind: "omitted" });
      else if (arg.type === "NUMBER" || arg.type === "STRING")
        args.push({ kind: "value", value: arg.value as SheetValue });
      else return ArraySize.scalar();
    }
    const outcome = callAsExcel(this.byId.get(id)!, this.implementation(id), args, this.platform);
    return outcome instanceof Promise ? ArraySize.scalar() : outcomeSize(outcome);
  }

  /**
   * Builds an engine for these sheets and evaluates it as Excel would: waits for answers that come
   * later and sizes every spill by its result, recalculating until nothing changes.
   */
  async evaluate(
    sheets: Record<string, RawCellContent[][]>,
    config: Partial<ConfigParams> = {},
  ): Promise<HyperFormula> {
    activate(this);
    // Calls are recorded for the last pass only: earlier passes are Excel's #BUSY! moments.
    const firstCall = this.calls.length;
    // Results unrounded, as Excel keeps them (HyperFormula rounds to 10 significant digits by default).
    const engine = HyperFormula.buildFromSheets(sheets, { smartRounding: false, ...config, licenseKey: "gpl-v3" });
    for (let pass = 1; ; pass++) {
      if (this.pending.size === 0 && !this.sizesChanged) return engine;
      if (pass > 10) throw new Error("the workbook did not settle after 10 recalculations");
      const waiting = [...this.pending.values()];
      this.pending.clear();
      await Promise.allSettled(waiting);
      if (this.failures.length > 0) throw this.failures[0];
      this.sizesChanged = false;
      this.calls.length = firstCall;
      activate(this);
      engine.rebuildAndRecalculate();
    }
  }

  /** Evaluates one formula in an empty sheet and returns what its cell shows (a spill whole). */
  async evaluateFormula(formula: string): Promise<Outcome> {
    const engine = await this.evaluate({ Sheet1: [[formula]] });
    try {
      return readOutcome(engine, { sheet: 0, row: 0, col: 0 });
    } finally {
      engine.destroy();
    }
  }
}

function outcomeResult(outcome: Outcome): unknown {
  if (outcome.kind === "value") return outcome.value;
  if (outcome.kind === "error") return { code: outcome.error, message: outcome.message };
  return outcome.rows;
}

function cellValue(
  engine: HyperFormula,
  address: SimpleCellAddress,
): string | number | boolean | CellErrorValue | null {
  const value = engine.getCellValue(address);
  if (value instanceof DetailedCellError) return fromEngineError(value);
  return value as string | number | boolean | null;
}

/** What a cell shows: a value, an error, or (for the anchor of a spill) the whole spill. */
export function readOutcome(engine: HyperFormula, address: SimpleCellAddress): Outcome {
  const first = cellValue(engine, address);
  // A spill's other cells belong to the anchor's array and have no formula of their own.
  const inArray = (a: SimpleCellAddress) =>
    engine.isCellPartOfArray(a) && (a === address || engine.getCellFormula(a) === undefined);
  if (inArray(address)) {
    let width = 1;
    while (inArray({ ...address, col: address.col + width })) width++;
    let height = 1;
    while (inArray({ ...address, row: address.row + height })) height++;
    if (width > 1 || height > 1) {
      const rows = Array.from({ length: height }, (_, r) =>
        Array.from({ length: width }, (_, c) => {
          const cell = cellValue(engine, { ...address, row: address.row + r, col: address.col + c });
          return cell === null ? 0 : cell;
        }),
      );
      return { kind: "spill", rows };
    }
  }
  if (first === null) return { kind: "value", value: 0 };
  if (isCellError(first)) return { kind: "error", ...first };
  return { kind: "value", value: first };
}

/** The harness whose engine is evaluating; HyperFormula's plugins are registered once per process. */
let activeHarness: ExcelHarness | undefined;
let registeredIds: string | undefined;

function activate(harness: ExcelHarness): void {
  activeHarness = harness;
}

function callKey(state: { formulaAddress: SimpleCellAddress }, ast: AstNode): string {
  const { sheet, row, col } = state.formulaAddress;
  return `${sheet}!${row},${col}|${ast.procedureName}|${JSON.stringify(ast.args)}`;
}

function registerPlugin(metadata: readonly FunctionMetadata[]): void {
  const ids = metadata
    .map((fn) => fn.id)
    .sort()
    .join(",");
  if (registeredIds !== undefined) {
    if (registeredIds !== ids) throw new Error("a different functions.json was registered in this process");
    return;
  }
  const implementedFunctions: Record<string, unknown> = {};
  const translations: Record<string, string> = {};
  const methods: Record<string, unknown> = {};
  for (const fn of metadata) {
    const name = `REE.${fn.id}`;
    translations[name] = name;
    implementedFunctions[name] = {
      method: `call_${fn.id}`,
      sizeOfResultArrayMethod: `size_${fn.id}`,
      // Arguments reach the function unevaluated-by-type, as Excel passes them; lifting is Excel's, not the engine's.
      parameters: fn.parameters.map((p) => ({
        argumentType: FunctionArgumentType.ANY,
        optionalArg: Boolean(p.optional),
      })),
      vectorizationForbidden: true,
    };
    methods[`call_${fn.id}`] = function (
      this: FunctionPlugin,
      ast: AstNode,
      state: { formulaAddress: SimpleCellAddress },
    ) {
      if (!activeHarness) throw new Error("no Excel harness is evaluating");
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- HyperFormula's protected evaluator
      const self = this as any;
      const args = (ast.args ?? []).map((arg): FormulaArgument =>
        arg.type === "EMPTY" ? { kind: "omitted" } : toFormulaArgument(self.evaluateAst(arg, state)),
      );
      return activeHarness.evaluateInEngine(fn.id, args, callKey(state, ast));
    };
    methods[`size_${fn.id}`] = (ast: AstNode, state: { formulaAddress: SimpleCellAddress }) =>
      activeHarness ? activeHarness.predictSize(fn.id, ast, callKey(state, ast)) : ArraySize.scalar();
  }
  class ReePlugin extends FunctionPlugin {
    static implementedFunctions = implementedFunctions as never;
  }
  Object.assign(ReePlugin.prototype, methods);
  HyperFormula.registerFunctionPlugin(ReePlugin as never, { enGB: translations });
  registeredIds = ids;
}

/** `_xldudf_REE_SHOCK(` as Excel stores custom functions in files, back to `REE.SHOCK(`. */
export function fromFileFormula(formula: string): string {
  return formula.replace(/_xldudf_REE_([A-Z]+)\(/g, "REE.$1(");
}

/** `REE.SHOCK(` to the form Excel stores in files. */
export function toFileFormula(formula: string): string {
  return formula.replace(/REE\.([A-Z]+)\(/g, "_xldudf_REE_$1(");
}
