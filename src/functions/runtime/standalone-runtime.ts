/**
 * A stand-in for the `CustomFunctions` global that Excel's custom-functions runtime provides, for
 * the places where Excel is absent: unit tests (installed by the jest setup file), the command line,
 * and the task pane's preview mode in a plain browser.
 *
 * It behaves like Excel's: `new CustomFunctions.Error(code, message)` carries `code` (the cell's
 * error text, e.g. `"#VALUE!"`) and `message`; `ErrorCode` has the same members and values
 * (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors); `associate`
 * records id -> function so callers can look functions up by their Excel id.
 */

/** The error codes Excel defines (CustomFunctionsRuntime 1.3), with the text the cell shows. */
export const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export type ErrorCodeText = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

export class StandaloneCustomFunctionError {
  constructor(
    public readonly code: ErrorCodeText,
    public readonly message?: string,
  ) {}

  toString(): string {
    return this.message ? `${this.code}: ${this.message}` : this.code;
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Excel passes any cell value.
type AnyFunction = (...args: any[]) => unknown;

export interface StandaloneRuntime {
  readonly Error: typeof StandaloneCustomFunctionError;
  readonly ErrorCode: typeof ERROR_CODES;
  /** Functions associated so far, by Excel id. */
  readonly associated: Map<string, AnyFunction>;
  associate(idOrMappings: string | Record<string, AnyFunction>, fn?: AnyFunction): void;
}

export function createStandaloneRuntime(): StandaloneRuntime {
  const associated = new Map<string, AnyFunction>();
  return {
    Error: StandaloneCustomFunctionError,
    ErrorCode: ERROR_CODES,
    associated,
    associate(idOrMappings, fn) {
      if (typeof idOrMappings === "string") {
        if (typeof fn !== "function") throw new TypeError(`associate("${idOrMappings}") needs a function`);
        associated.set(idOrMappings.toUpperCase(), fn);
      } else {
        for (const [id, mapped] of Object.entries(idOrMappings)) associated.set(id.toUpperCase(), mapped);
      }
    },
  };
}

/**
 * Makes sure a `CustomFunctions` global exists: Excel's when running inside Excel, otherwise a new
 * stand-in. Returns whichever is installed. Called before any function module registers itself,
 * so the same bundle loads in Excel, in a browser preview and in Node.
 */
export function ensureCustomFunctionsRuntime(scope: Record<string, unknown> = globalThis as never): unknown {
  if (scope.CustomFunctions === undefined) scope.CustomFunctions = createStandaloneRuntime();
  return scope.CustomFunctions;
}
