/**
 * Run writes a sheet of live formulas referencing its inputs, a line chart and a footer, in three
 * context.sync() calls; it rewrites its own sheet on the next run and never writes into a sheet
 * it did not create. The chart's series are named and placed explicitly, whatever Excel made of
 * the cells when the chart was added (the custom functions had no results yet).
 */
import { FakeWorkbook, installFakeExcel, type FakeWorkbookOptions } from "../../helpers/fake-excel";
import { SCENARIOS } from "../../../src/model/shock/scenarios";
import { scenarioOf, scenarioParameters } from "../../../src/model/shock/shock";
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

/** REE.PATH as the functions spill it: a header row, then 24 months of 10 columns (A to J). */
const PATH_HEADER = [
  "month",
  "demand",
  "supply_restrictor",
  "blocked",
  "alternative",
  "extra_recycling",
  "stock_draw",
  "stock_level",
  "unmet",
  "price_multiplier",
];
const evaluatePath = (formula: string) =>
  /REE\.PATH/.test(formula)
    ? [PATH_HEADER, ...Array.from({ length: 24 }, (_, m) => [m + 1, 45, 12, 34, 0, 0, 27, 60 - m, m, 1 + m / 10])]
    : /REE\.SHOCK/.test(formula)
      ? [["metric", "value"]]
      : 0;

const ENGLISH_SERIES = [
  { name: "stock level (t)", values: "H15:H38", xValues: "A15:A38", axisGroup: "Primary" },
  { name: "unmet demand (t)", values: "I15:I38", xValues: "A15:A38", axisGroup: "Primary" },
  { name: "price multiplier (right axis)", values: "J15:J38", xValues: "A15:A38", axisGroup: "Secondary" },
];

async function runInto(options: FakeWorkbookOptions = {}) {
  const workbook = new FakeWorkbook(evaluatePath, options);
  installFakeExcel(workbook);
  const name = await writeRunSheet(inputs, "2026-11-28");
  return { workbook, sheet: workbook.sheet(name) };
}

describe("the run sheet's chart", () => {
  it("is added while REE.PATH is still computing, so Excel alone would name Series1-3 and plot the header row", async () => {
    // what the chart would get from Excel over the whole table in the batch that writes it
    const workbook = new FakeWorkbook(evaluatePath);
    const sheet = workbook.addSheet("Check", []);
    sheet.getRange("A14").formulas = [["=REE.PATH(B3,B4,B5,B6,B8,B7)"]];
    const early = sheet.charts.add("Line", sheet.getRange("H14:J38"), "Columns").describe().series;
    expect(early.map((s) => [s.name, s.values])).toEqual([
      ["Series1", "H14:H38"],
      ["Series2", "I14:I38"],
      ["Series3", "J14:J38"],
    ]);
    // once the functions have answered, Excel would have found the header
    await workbook.context.sync();
    const late = sheet.charts.add("Line", sheet.getRange("H14:J38"), "Columns").describe().series;
    expect(late.map((s) => [s.name, s.values])).toEqual([
      ["stock_level", "H15:H38"],
      ["unmet", "I15:I38"],
      ["price_multiplier", "J15:J38"],
    ]);
  });

  it("gets its names, data rows, months and axes set explicitly, with the series Excel makes per column", async () => {
    const { sheet } = await runInto();
    expect(sheet.charts.items[0].describe().series).toEqual(ENGLISH_SERIES);
    // the plotted cells hold REE.PATH's data (its header is row 14)
    expect(sheet.cells.get("H14")?.value).toBe("stock_level");
    expect(sheet.cells.get("H15")?.value).toBe(60);
    expect(sheet.cells.get("J38")?.value).toBeCloseTo(3.3);
    expect(sheet.cells.get("A38")?.value).toBe(24);
  });

  it("gets the same series when Excel makes none over empty cells, in the same three syncs", async () => {
    const { workbook, sheet } = await runInto({ seriesFromEmpty: "none" });
    expect(sheet.charts.items[0].describe().series).toEqual(ENGLISH_SERIES);
    expect(workbook.context.syncs).toBe(3);
  });

  it("covers REE.PATH's months for every preset (24, rows 15 to 38)", () => {
    for (const scenario of SCENARIOS) {
      const horizon = scenarioParameters(scenarioOf(scenario.id)).find((p) => p.id === "horizon")!.value;
      expect(`${scenario.id}: ${horizon}`).toBe(`${scenario.id}: 24`);
    }
  });
});

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
  it("writes inputs, live formulas referencing them, a footer and a line chart, in three syncs", async () => {
    const workbook = new FakeWorkbook(evaluate);
    installFakeExcel(workbook);
    const name = await writeRunSheet(inputs, "2026-11-28");
    expect(name).toBe("REE Dy licensing-2025");
    expect(workbook.context.syncs).toBe(3);
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
    expect(sheet.charts.items[0].describe()).toEqual({
      type: "Line",
      title: "Stock level, unmet demand (t) and price multiplier",
      categoryTitle: "month",
      series: ENGLISH_SERIES,
    });
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
    expect(sheet.charts.items[0].describe()).toMatchObject({
      title: "在庫、供給不足 (t)、価格倍率",
      categoryTitle: "月",
      series: [
        { name: "在庫 (t)", values: "H15:H38" },
        { name: "供給不足 (t)", values: "I15:I38" },
        { name: "価格倍率（右軸）", values: "J15:J38", axisGroup: "Secondary" },
      ],
    });
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
