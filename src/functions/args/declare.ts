/**
 * Declares an Excel function once: its id, its parameter table and a pure body. The exported
 * function in `src/functions/<name>.ts` carries the JSDoc from which `functions.json` is generated
 * and simply forwards Excel's arguments to `call`. Every call goes through the same steps:
 * argument count, coercion and defaults (`coerce.ts`), the body, a check of the result
 * (`result.ts`), and mapping of failures to Excel errors (`excel-error.ts`).
 *
 * A body may return a promise (for work that loads data on first use or runs in slices so the
 * shared runtime stays responsive); the call then returns a promise that settles the same way,
 * which Excel shows as #BUSY! until it settles
 * (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-web-reqs).
 *
 * The pattern follows HyperFormula's function plugins, where each function is a metadata entry
 * plus a small body run through one `runFunction` wrapper.
 */
import { InvalidInputError } from "../../model/errors";
import { ensureCustomFunctionsRuntime } from "../runtime/standalone-runtime";
import { coerceArgument } from "./coerce";
import { toExcelError } from "./excel-error";
import { messages } from "./messages";
import type { ArgInput, ArgValues, ParamSpec } from "./params";
import { checkResult, type Result } from "./result";

// Function modules import this file before they register themselves with
// `CustomFunctions.associate`, so outside Excel a stand-in runtime is in place by then.
ensureCustomFunctionsRuntime();

/** What a body returns: a result now, or a promise of one. */
export type Outcome = Result | Promise<Result>;

export interface FunctionDeclaration<P extends readonly ParamSpec[], R extends Outcome> {
  /** The Excel id and name without the namespace, e.g. `ELEMENTS` for `REE.ELEMENTS`. */
  readonly id: string;
  readonly params: P;
  /** The body: receives coerced, validated arguments; throws model errors for bad questions. */
  readonly run: (args: ArgValues<P>) => R;
}

export interface DeclaredFunction<R extends Outcome = Outcome> {
  readonly id: string;
  readonly params: readonly ParamSpec[];
  /**
   * Runs the function on arguments as Excel passes them; throws `CustomFunctions.Error`, or, for
   * a body that returns a promise, returns a promise that rejects with one.
   */
  call(...raw: ArgInput[]): R;
}

function isPromise(value: unknown): value is Promise<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === "function";
}

const declared = new Map<string, DeclaredFunction>();

/** Every function declared so far, by id (the command line and tests list them from here). */
export function declaredFunctions(): ReadonlyMap<string, DeclaredFunction> {
  return declared;
}

/** Coerces Excel's arguments into the object the body receives. */
export function bindArguments<P extends readonly ParamSpec[]>(
  id: string,
  params: P,
  raw: readonly ArgInput[],
): ArgValues<P> {
  // Excel never passes more arguments than declared; other callers (CLI, tests) might.
  const extra = raw.slice(params.length).filter((value) => value !== null && value !== undefined);
  if (extra.length > 0) throw new InvalidInputError(messages.tooManyArguments(id, params.length, raw.length));
  const args: Record<string, unknown> = {};
  params.forEach((spec, i) => {
    args[spec.name] = coerceArgument(id, raw[i], spec);
  });
  return args as ArgValues<P>;
}

export function declareFunction<const P extends readonly ParamSpec[], R extends Outcome>(
  declaration: FunctionDeclaration<P, R>,
): DeclaredFunction<R> {
  const { id, params, run } = declaration;
  if (declared.has(id)) throw new Error(`REE.${id} is declared twice`);
  const fn: DeclaredFunction<R> = {
    id,
    params,
    call(...raw) {
      const fail = (error: unknown): never => {
        throw toExcelError(id, error);
      };
      try {
        const result = run(bindArguments(id, params, raw));
        if (isPromise(result)) {
          return result
            .then((settled) => {
              checkResult(settled);
              return settled;
            })
            .catch(fail) as R;
        }
        checkResult(result);
        return result;
      } catch (error) {
        return fail(error);
      }
    },
  };
  declared.set(id, fn);
  return fn;
}
