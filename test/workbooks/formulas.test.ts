/** Formulas in the form Excel stores them in files, and back. */
import {
  EXCEL_2007_FUNCTIONS,
  FUTURE_FUNCTIONS,
  calledFunctions,
  fromExcelFileFormula,
  toExcelFileFormula,
} from "../../examples/xlsx/formulas";
import { WORKBOOKS } from "../../examples/definitions";

describe("formulas as stored in files", () => {
  it("store custom functions as _xldudf_ and functions newer than Excel 2007 with _xlfn.", () => {
    expect(toExcelFileFormula('IFNA(REE.SHOCK("JP","Dy",A2,,"STOCKOUT_MONTH"),"none")')).toBe(
      '_xlfn.IFNA(_xldudf_REE_SHOCK("JP","Dy",A2,,"STOCKOUT_MONTH"),"none")',
    );
    expect(toExcelFileFormula("SUM(Dashboard!C2:C26)")).toBe("SUM(Dashboard!C2:C26)");
  });

  it("leave text and quoted sheet names alone", () => {
    const formula = `IFERROR(REE.DEPENDENCY("JP","MAGNET","US"),"IFNA(x) and REE.SHOCK( stay text")+'IFNA(1)'!A1`;
    expect(toExcelFileFormula(formula)).toBe(
      `IFERROR(_xldudf_REE_DEPENDENCY("JP","MAGNET","US"),"IFNA(x) and REE.SHOCK( stay text")+'IFNA(1)'!A1`,
    );
    expect(calledFunctions(formula)).toEqual(["IFERROR", "REE.DEPENDENCY"]);
  });

  it("refuse a function they do not know how Excel stores, naming it", () => {
    expect(() => toExcelFileFormula('TAKE(REE.PATH("JP","Dy","embargo-jp"),5)')).toThrow(/TAKE/);
  });

  it("read back to the typed formula", () => {
    expect(fromExcelFileFormula('_xlfn.IFNA(_xldudf_REE_SHOCK("JP","Dy",A2),"none")')).toBe(
      'IFNA(REE.SHOCK("JP","Dy",A2),"none")',
    );
    expect(fromExcelFileFormula('_xlfn._xlws.SORT(A1:A3)&"_xlfn.kept"')).toBe('SORT(A1:A3)&"_xlfn.kept"');
    for (const spec of WORKBOOKS)
      for (const sheet of spec.sheets)
        for (const row of sheet.rows)
          for (const cell of row)
            if (typeof cell === "string" && cell.startsWith("="))
              expect(`=${fromExcelFileFormula(toExcelFileFormula(cell.slice(1)))}`).toBe(cell);
  });

  it("know each function once", () => {
    for (const name of Object.keys(FUTURE_FUNCTIONS)) expect(EXCEL_2007_FUNCTIONS.has(name)).toBe(false);
  });
});
