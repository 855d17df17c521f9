/**
 * Declares an Excel function once: its id, its parameter table and a pure body. The exported
 * function in `src/functions/<name>.ts` carries the JSDoc from which `functions.json` is generated
 * and simply forwards Excel's arguments to `call`. Every call goes through the same steps:
 * argument count, coercion and defaults (`coerce.ts`), the body, a check of the result
 * (`result.ts`), and mapping of failures to Excel errors (`excel-error.ts`).
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

export interface FunctionDeclaration<P extends readonly ParamSpec[], R extends Result> {
  /** The Excel id and name without the namespace, e.g. `ELEMENTS` for `REE.ELEMENTS`. */
  readonly id: string;
  readonly params: P;
  /** The body: receives coerced, validated arguments; throws model errors for bad questions. */
  readonly run: (args: ArgValues<P>) => R;
}

export interface DeclaredFunction<R extends Result = Result> {
  readonly id: string;
  readonly params: readonly ParamSpec[];
  /** Runs the function on arguments as Excel passes them; throws `CustomFunctions.Error`. */
  call(...raw: ArgInput[]): R;
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

export function declareFunction<const P extends readonly ParamSpec[], R extends Result>(
  declaration: FunctionDeclaration<P, R>,
): DeclaredFunction<R> {
  const { id, params, run } = declaration;
  if (declared.has(id)) throw new Error(`REE.${id} is declared twice`);
  const fn: DeclaredFunction<R> = {
    id,
    params,
    call(...raw) {
      try {
        const result = run(bindArguments(id, params, raw));
        checkResult(result);
        return result;
      } catch (error) {
        throw toExcelError(id, error);
      }
    },
  };
  declared.set(id, fn);
  return fn;
}
