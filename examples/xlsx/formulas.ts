/**
 * Formulas as Excel stores them in files. The text in a cell (`REE.SHOCK(...)`, `IFNA(...)`) is not
 * always the text in the file:
 * - a custom function is stored as `_xldudf_` + its name with `.` as `_` (`_xldudf_REE_SHOCK`),
 *   which toFileFormula does (applied here outside string literals only);
 * - a function added to Excel after the 2007 file format carries the `_xlfn.` prefix
 *   (https://support.microsoft.com/office/issue-an-xlfn-prefix-is-displayed-in-front-of-a-formula-882f1ef7-68fb-4fcd-8d54-9fbb77fd5025);
 *   without it Excel reads an unknown name and shows #NAME?.
 * Every function a workbook formula calls must be known here as one or the other, so a formula
 * that starts using a newer function fails the build instead of opening as #NAME?.
 */
import { fromFileFormula, toFileFormula } from "../../tools/hyperformula/ree-plugin";

/** Functions of the Excel 2007 file format that the example formulas use (stored as typed). */
export const EXCEL_2007_FUNCTIONS: ReadonlySet<string> = new Set([
  "AVERAGE",
  "COUNTIF",
  "IFERROR",
  "INDEX",
  "MAX",
  "MIN",
  "SUM",
]);

/** Newer functions the example formulas use, with their stored name. IFNA came with Excel 2013. */
export const FUTURE_FUNCTIONS: Readonly<Record<string, string>> = {
  IFNA: "_xlfn.IFNA",
};

const CUSTOM_FUNCTION = /^_xldudf_[A-Z0-9_]+$/;

/** Applies `fn` to the parts of a formula outside string literals ("…") and quoted sheet names ('…'). */
function outsideQuotes(formula: string, fn: (part: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, i) => (i % 2 === 1 ? part : fn(part)))
    .join("");
}

/** The names of the functions a formula (in file form or as typed) calls. */
export function calledFunctions(formula: string): string[] {
  const names: string[] = [];
  outsideQuotes(formula, (part) => {
    for (const match of part.matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\s*\(/g)) names.push(match[1]);
    return part;
  });
  return names;
}

/**
 * A formula as typed (without "="), in the form Excel stores it in a file.
 *
 * @example toExcelFileFormula('IFNA(REE.SHOCK("JP","Dy",A2,,"STOCKOUT_MONTH"),"none")'); // => '_xlfn.IFNA(_xldudf_REE_SHOCK("JP","Dy",A2,,"STOCKOUT_MONTH"),"none")'
 */
export function toExcelFileFormula(formula: string): string {
  const stored = outsideQuotes(formula, (part) =>
    toFileFormula(part).replace(/([A-Za-z_][A-Za-z0-9_.]*)(\s*\()/g, (call, name: string, paren: string) => {
      const upper = name.toUpperCase();
      if (CUSTOM_FUNCTION.test(name) || EXCEL_2007_FUNCTIONS.has(upper)) return call;
      if (upper in FUTURE_FUNCTIONS) return FUTURE_FUNCTIONS[upper] + paren;
      throw new Error(
        `${name} in "${formula}": add it to EXCEL_2007_FUNCTIONS, or to FUTURE_FUNCTIONS with the _xlfn. name Excel stores`,
      );
    }),
  );
  return stored;
}

/**
 * A formula as stored in a file, as typed (without "=").
 *
 * @example fromExcelFileFormula('_xlfn.IFNA(_xldudf_REE_SHOCK("JP","Dy",A2),"none")'); // => 'IFNA(REE.SHOCK("JP","Dy",A2),"none")'
 */
export function fromExcelFileFormula(stored: string): string {
  return outsideQuotes(stored, (part) => fromFileFormula(part.replace(/_xlfn\.(?:_xlws\.)?/g, "")));
}
