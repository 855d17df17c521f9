/**
 * What a function may return to a cell, and the check that it does: a finite number, text or a
 * boolean, or a non-empty rectangular table of them. `null` is refused because Excel shows a `null`
 * array element as 0 (https://github.com/OfficeDev/office-js/issues/1503), which would be a lie.
 */
export type CellOutput = string | number | boolean;
export type Result = CellOutput | CellOutput[][];

function checkCell(value: unknown, where: string): void {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`${where} is ${String(value)}`);
    return;
  }
  if (typeof value !== "string" && typeof value !== "boolean") {
    throw new Error(`${where} is ${value === null ? "null" : typeof value}`);
  }
}

/** Throws a plain `Error` describing the first problem; the caller reports it as an internal error. */
export function checkResult(result: unknown): asserts result is Result {
  if (!Array.isArray(result)) return checkCell(result, "the result");
  if (result.length === 0) throw new Error("the result is an empty table");
  const columns = Array.isArray(result[0]) ? result[0].length : -1;
  if (columns <= 0) throw new Error("the result's first row is empty or not a row");
  result.forEach((row: unknown, r) => {
    if (!Array.isArray(row) || row.length !== columns) {
      throw new Error(`row ${r + 1} of the result has ${Array.isArray(row) ? row.length : 0} cells, not ${columns}`);
    }
    row.forEach((cell: unknown, c) => checkCell(cell, `cell (${r + 1}, ${c + 1}) of the result`));
  });
}
