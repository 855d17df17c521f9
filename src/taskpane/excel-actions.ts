/**
 * Small workbook reads for the pane. Kept thin so tests can drive them with a fake of Excel.
 */
import { STORE_SHEET } from "./workbook/freeze";

/** The names of the workbook's sheets that hold the user's content (not the pane's formula store). */
export async function workbookSheetNames(): Promise<string[]> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    return sheets.items.map((sheet) => sheet.name).filter((name) => name !== STORE_SHEET);
  });
}

/** The name of the sheet the user is on. */
export async function activeSheetName(): Promise<string> {
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load("name");
    await context.sync();
    return sheet.name;
  });
}
