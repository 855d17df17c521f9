/**
 * Run writes a sheet of live formulas referencing its inputs, a line chart and a footer, in two
 * context.sync() calls; it rewrites its own sheet on the next run and never writes into a sheet
 * it did not create.
 */
import { FakeWorkbook, installFakeExcel } from "../../helpers/fake-excel";
import * as fs from "fs";
import * as path from "path";
import {
  chooseName,
  OWNED_SHEETS_SETTING,
  RUN_SHEET_TEXT,
  sheetName,
  writeRunSheet,
  type RunInputs,
} from "../../../src/taskpane/workbook/run-sheet";

const inputs: RunInputs = {
  importer: "JP",
  element: "Dy",
  shock: "licensing-2025",
  months: 12,
  options: "stockpile_days=30",
  year: null,
  seed: 1,
};
const evaluate = (formula: string) =>
  /REE\.PATH/.test(formula) ? [["month"], [1]] : /REE\.SHOCK/.test(formula) ? [["metric", "value"]] : 0;

describe("choosing the run sheet's name", () => {
  it("keeps the pane's own sheet and avoids anyone else's", () => {
    expect(chooseName("REE Dy x", [], [])).toBe("REE Dy x");
    expect(chooseName("REE Dy x", ["REE Dy x"], ["REE Dy x"])).toBe("REE Dy x");
    expect(chooseName("REE Dy x", ["REE Dy x", "REE Dy x (2)"], [])).toBe("REE Dy x (3)");
    expect(sheetName("REE [Dy]: a/b?*")).toBe("REE -Dy-- a-b--");
    expect(chooseName("x".repeat(40), ["x".repeat(31)], []).length).toBeLessThanOrEqual(31);
  });
});

describe("writeRunSheet", () => {
  it("writes inputs, live formulas referencing them, a footer and a line chart, in two syncs", async () => {
    const workbook = new FakeWorkbook(evaluate);
    installFakeExcel(workbook);
    const name = await writeRunSheet(inputs, "2026-11-28");
    expect(name).toBe("REE Dy licensing-2025");
    expect(workbook.context.syncs).toBe(2);
    const sheet = workbook.sheet(name);
    const cell = (address: string) => sheet.cells.get(address);
    expect([
      cell("A3")?.value,
      cell("B3")?.value,
      cell("B4")?.value,
      cell("B5")?.value,
      cell("B6")?.value,
      cell("B8")?.value,
    ]).toEqual(["importer", "JP", "Dy", "licensing-2025", 12, "stockpile_days=30"]);
    expect(cell("D3")?.formula).toBe('=REE.SHOCK(B3,B4,B5,B6,"ALL",B8,B7)');
    expect(cell("A14")?.formula).toBe("=REE.PATH(B3,B4,B5,B6,B8,B7)");
    expect(cell("B41")?.formula).toBe("=REE.VERSION()");
    expect(cell("B44")?.value).toBe("2026-11-28");
    expect(sheet.charts.items).toHaveLength(1);
    expect(sheet.charts.items[0]).toMatchObject({ type: "Line", source: "H14:J38", seriesBy: "Columns" });
    expect(JSON.parse(workbook.settingValues.get(OWNED_SHEETS_SETTING) as string)).toEqual([name]);
  });

  it("labels the sheet in Japanese for a Japanese pane, with the same formulas and the argument names Excel shows", async () => {
    const workbook = new FakeWorkbook(evaluate);
    installFakeExcel(workbook);
    const name = await writeRunSheet(inputs, "2026-11-28", "ja");
    const sheet = workbook.sheet(name);
    const cell = (address: string) => sheet.cells.get(address);
    expect(cell("A1")?.value).toBe("レアアース供給リスク：Dy、licensing-2025（JP）");
    expect([cell("A3")?.value, cell("B3")?.value, cell("A6")?.value, cell("D2")?.value]).toEqual([
      "輸入国",
      "JP",
      "月数",
      "指標",
    ]);
    expect(cell("D3")?.formula).toBe('=REE.SHOCK(B3,B4,B5,B6,"ALL",B8,B7)');
    expect(cell("A14")?.formula).toBe("=REE.PATH(B3,B4,B5,B6,B8,B7)");
    expect(sheet.charts.items[0]).toMatchObject({ title: { text: "在庫、供給不足 (t)、価格倍率" } });
    // the input labels are the Japanese argument names of functions-ja.json
    const table = JSON.parse(
      fs.readFileSync(path.join(__dirname, "..", "..", "..", "src", "functions", "locales", "ja.json"), "utf8"),
    );
    const shockNames: Record<string, { name: string }> = {
      ...table.functions.SHOCK.parameters,
      seed: table.functions.SIMULATE.parameters.seed,
    };
    for (const [key, label] of Object.entries(RUN_SHEET_TEXT.ja.inputs))
      expect(`${key}: ${label}`).toBe(`${key}: ${shockNames[key].name}`);
  });

  it("rewrites its own sheet on the next run, with one chart", async () => {
    const workbook = new FakeWorkbook(evaluate);
    installFakeExcel(workbook);
    await writeRunSheet(inputs, "2026-11-28");
    await writeRunSheet({ ...inputs, months: 6 }, "2026-11-29");
    expect(workbook.sheets.map((s) => s.name)).toEqual(["REE Dy licensing-2025"]);
    const sheet = workbook.sheet("REE Dy licensing-2025");
    expect(sheet.cells.get("B6")?.value).toBe(6);
    expect(sheet.charts.items).toHaveLength(1);
  });

  it("never writes into a sheet of the same name that it did not create", async () => {
    const workbook = new FakeWorkbook(evaluate);
    workbook.addSheet("REE Dy licensing-2025", [["the user's own notes"]]);
    installFakeExcel(workbook);
    const name = await writeRunSheet(inputs, "2026-11-28");
    expect(name).toBe("REE Dy licensing-2025 (2)");
    expect([...workbook.sheet("REE Dy licensing-2025").cells.values()]).toEqual([{ value: "the user's own notes" }]);
  });
});
