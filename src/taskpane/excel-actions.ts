/**
 * Workbook writes from the pane (the only place that writes to the workbook). Kept thin so tests
 * can drive them with office-addin-mock.
 */

/** Enters `formula` in the top-left cell of the selection and returns that cell's address. */
export async function insertFormulaAtSelection(formula: string): Promise<string> {
  return Excel.run(async (context) => {
    const cell = context.workbook.getSelectedRange().getCell(0, 0);
    cell.formulas = [[formula]];
    cell.load("address");
    await context.sync();
    return cell.address;
  });
}
