import { activeSheetName, workbookSheetNames } from "../../../src/taskpane/excel-actions";
import { STORE_SHEET } from "../../../src/taskpane/workbook/freeze";
import { FakeWorkbook, installFakeExcel } from "../../helpers/fake-excel";

describe("workbookSheetNames", () => {
  it("lists the user's sheets in one sync, leaving out the store of frozen formulas", async () => {
    const workbook = new FakeWorkbook(() => 0);
    workbook.addSheet("Data", [[1]]);
    workbook.addSheet(STORE_SHEET, []);
    workbook.addSheet("売上", []);
    installFakeExcel(workbook);
    const before = workbook.context.syncs;
    await expect(workbookSheetNames()).resolves.toEqual(["Data", "売上"]);
    expect(workbook.context.syncs - before).toBe(1);
  });
});

describe("activeSheetName", () => {
  it("names the sheet the user is on, in one sync", async () => {
    const workbook = new FakeWorkbook(() => 0);
    workbook.addSheet("Data", []);
    workbook.addSheet("Summary", []).activate();
    installFakeExcel(workbook);
    await expect(activeSheetName()).resolves.toBe("Summary");
    expect(workbook.context.syncs).toBe(1);
  });
});
