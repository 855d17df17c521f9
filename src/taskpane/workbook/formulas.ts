/**
 * Recognising REE formulas in cells: `=REE.SHOCK(...)` as typed, and `_xldudf_REE_SHOCK(...)` as
 * Excel shows a custom function whose add-in is not loaded.
 */
const REE_CALL = /(^|[^A-Za-z0-9_.])(REE\.[A-Z]+|_xldudf_REE_[A-Z]+)\s*\(/i;

/**
 * @example callsRee('=IFERROR(REE.SHOCK("JP","Dy",0.5),0)'); // => true
 * @example callsRee("=SUM(A1:A3)"); // => false
 */
export function callsRee(formula: unknown): formula is string {
  // Text inside quotes is not a call: "REE.SHOCK(" in a string literal does not count.
  return (
    typeof formula === "string" && formula.startsWith("=") && REE_CALL.test(formula.replace(/"(?:[^"]|"")*"/g, '""'))
  );
}

/** The form to re-enter: `_xldudf_REE_X(` back to `REE.X(`. */
export function normaliseReeFormula(formula: string): string {
  return formula.replace(/_xldudf_REE_([A-Z]+)\(/gi, (_, name: string) => `REE.${name.toUpperCase()}(`);
}

/** A1-style address of a cell relative to a range's top-left corner. */
export function cellAddress(row: number, column: number): string {
  let name = "";
  let n = column + 1;
  while (n > 0) {
    const rest = (n - 1) % 26;
    name = String.fromCharCode(65 + rest) + name;
    n = Math.floor((n - 1) / 26);
  }
  return `${name}${row + 1}`;
}
