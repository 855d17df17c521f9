/**
 * Maps what a function body throws to the error Excel shows. Only `#VALUE!` and `#N/A` carry a
 * message in Excel (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors),
 * so those are the only two codes used: bad input is `#VALUE!`, a valid question without data is
 * `#N/A`, and anything unexpected is `#VALUE!` with an "Internal error" message that asks for a report.
 */
import { InvalidInputError, NoDataError } from "../../model/errors";
import { messages } from "./messages";

export function toExcelError(fn: string, error: unknown): CustomFunctions.Error {
  if (error instanceof NoDataError) {
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, error.message);
  }
  if (error instanceof InvalidInputError) {
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, error.message);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, messages.internal(fn, detail));
}
