import { InvalidInputError } from "../../src/model/errors";
import { StandaloneCustomFunctionError } from "../../src/functions/runtime/standalone-runtime";

/** Calls `fn` and returns the CustomFunctions.Error it throws; fails if it returns or throws anything else. */
export function excelErrorOf(fn: () => unknown): StandaloneCustomFunctionError {
  try {
    const value = fn();
    throw new Error(`expected an Excel error, got ${JSON.stringify(value)}`);
  } catch (error) {
    if (error instanceof StandaloneCustomFunctionError) return error;
    throw error;
  }
}

/** Calls `fn` and returns the message of the InvalidInputError it throws (a bad argument, #VALUE! in a cell). */
export function invalidInputMessageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof InvalidInputError) return error.message;
    throw error;
  }
  throw new Error("expected an InvalidInputError");
}
