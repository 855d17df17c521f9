/**
 * The built pane as it runs inside Excel: office.js is replaced by a stand-in that reports Excel
 * as the host and provides `Excel.run` over the same faithful fake workbook the unit tests use
 * (compiled for the browser). The pane's buttons must write what the workbook adapter promises:
 * a run sheet with live formulas and a chart in at most 3 syncs, never over a foreign sheet;
 * saved scenarios in the workbook's settings; and freeze/restore of REE formulas. A stand-in that
 * answers late (a slow Excel start) must find the pane switching from preview to Excel in place,
 * and one without ExcelApi 1.12 must find Freeze disabled with the reason in the pane.
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import type { Page } from "playwright-core";
import { ROOT } from "../helpers/built-addin";
import type { FakeChart, FakeWorkbook } from "../helpers/fake-excel";
import { startPaneBrowser, type PaneBrowser } from "../helpers/pane-browser";

let panes: PaneBrowser;

/** fake-excel.ts as a browser script that defines `window.__fakeExcel`. */
function fakeExcelScript(): string {
  const source = fs.readFileSync(path.join(ROOT, "test", "helpers", "fake-excel.ts"), "utf8");
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
  });
  return `window.__fakeExcel = (function () { var exports = {}; ${outputText}; return exports; })();`;
}

interface StandInOptions {
  /** The ExcelApi version this "Excel" supports (default: the latest). */
  excelApi?: string;
  /** "late": onReady answers only when the test calls `window.__officeReady()`. */
  ready?: "at-once" | "late";
}

/** office.js inside "Excel": the host, the display language, and a workbook with the user's own sheet. */
function officeScript(language: string, options: StandInOptions = {}): string {
  const workbookOptions = JSON.stringify(options.excelApi ? { excelApi: options.excelApi } : {});
  const ready =
    options.ready === "late"
      ? `new Promise(function (resolve) { window.__officeReady = function () { resolve({ host: "Excel", platform: "PC" }); }; })`
      : `Promise.resolve({ host: "Excel", platform: "PC" })`;
  return `${fakeExcelScript()}
(function () {
  var fake = window.__fakeExcel;
  // REE formulas evaluate to 1 here: what matters is what the pane writes, not the model.
  var workbook = new fake.FakeWorkbook(function () { return 1; }, ${workbookOptions});
  workbook.addSheet("Budget", [["Dy cost", "=REE.SHOCK(\\"JP\\",\\"Dy\\",0.5)*1000"], ["note", "kept"]]);
  // a sheet the pane did not create, with the name a Dy licensing-2025 run would take
  workbook.addSheet("REE Dy licensing-2025", [["someone else's work"]]);
  workbook.addSheet("Other", [["=REE.DEPENDENCY(\\"JP\\",\\"Tb\\")"]]);
  fake.installFakeExcel(workbook);
  window.__workbook = workbook;
  var ready = ${ready};
  window.Office = {
    HostType: { Excel: "Excel" },
    onReady: function () { return ready; },
    context: {
      displayLanguage: "${language}",
      officeTheme: { bodyBackgroundColor: "#ffffff" },
      requirements: { isSetSupported: function (name, version) { return workbook.isSetSupported(name, version); } },
    },
  };
})();`;
}

beforeAll(async () => {
  panes = await startPaneBrowser();
});

afterAll(async () => {
  await panes?.close();
});

interface SheetView {
  name: string;
  cells: Record<string, { formula?: string; value: unknown }>;
  charts: Array<ReturnType<FakeChart["describe"]>>;
  visibility: string;
}

async function workbookView(
  page: Page,
): Promise<{ sheets: SheetView[]; syncs: number; settings: Record<string, unknown> }> {
  return page.evaluate(() => {
    const workbook = (window as unknown as { __workbook: FakeWorkbook }).__workbook;
    return {
      syncs: workbook.context.syncs,
      settings: Object.fromEntries(workbook.settingValues),
      sheets: workbook.sheets.map((sheet) => ({
        name: sheet.name,
        cells: Object.fromEntries(
          Array.from(sheet.cells.entries()).map(([k, c]) => [k, { formula: c.formula, value: c.value }]),
        ),
        charts: sheet.charts.items.map((chart) => chart.describe()),
        visibility: sheet.visibility,
      })),
    };
  });
}

describe("task pane inside Excel (stand-in host)", () => {
  it("runs a scenario into its own sheet, with live formulas and a chart, in at most 3 syncs", async () => {
    const { page, consoleErrors, offMachine } = await panes.open("en-US", {
      officeScript: officeScript("en-US"),
      mode: "excel",
    });
    await expect(page.textContent("#status")).resolves.toMatch(/Connected to Excel/);
    await expect(page.textContent("#run")).resolves.toBe("Run in a sheet");
    await page.waitForSelector("#saved-list li"); // the pane has finished reading the workbook
    const before = (await workbookView(page)).syncs;
    await page.click("#run");
    await page.waitForFunction(() =>
      /Written to the sheet/.test(document.getElementById("message")!.textContent ?? ""),
    );
    const view = await workbookView(page);
    expect(view.syncs - before).toBeLessThanOrEqual(3);
    // the foreign sheet of that name is untouched; the run went to "(2)"
    const foreign = view.sheets.find((s) => s.name === "REE Dy licensing-2025")!;
    expect(foreign.cells).toEqual({ A1: { value: "someone else's work" } });
    await expect(page.textContent("#message")).resolves.toMatch(/REE Dy licensing-2025 \(2\)/);
    const run = view.sheets.find((s) => s.name === "REE Dy licensing-2025 (2)")!;
    const formulas = Object.values(run.cells)
      .map((c) => c.formula)
      .filter((f): f is string => Boolean(f));
    // the formulas reference the input cells (B3 importer, B4 element, B5 shock), not literals
    expect(formulas.some((f) => /^=REE\.SHOCK\(B3,B4,B5,/.test(f))).toBe(true);
    expect(formulas.some((f) => f.startsWith("=REE.PATH("))).toBe(true);
    // one chart, its series named and placed explicitly: REE.PATH's data rows, months as categories
    expect(run.charts).toHaveLength(1);
    expect(run.charts[0].series.map((series) => [series.name, series.values, series.xValues])).toEqual([
      ["stock level (t)", "H15:H38", "A15:A38"],
      ["unmet demand (t)", "I15:I38", "A15:A38"],
      ["price multiplier (right axis)", "J15:J38", "A15:A38"],
    ]);
    expect(view.settings["ree.ownedSheets"]).toMatch(/REE Dy licensing-2025 \(2\)/);
    // a second run updates the pane's own sheet instead of adding another
    await page.evaluate(() => (document.getElementById("message")!.textContent = ""));
    await page.click("#run");
    await page.waitForFunction(() =>
      /Written to the sheet/.test(document.getElementById("message")!.textContent ?? ""),
    );
    expect((await workbookView(page)).sheets.map((s) => s.name)).toEqual([
      "Budget",
      "REE Dy licensing-2025",
      "Other",
      "REE Dy licensing-2025 (2)",
    ]);
    expect(consoleErrors).toEqual([]);
    expect(offMachine).toEqual([]);
    await page.context().close();
  });

  it("saves a scenario in the workbook and lists it; freezes and restores REE formulas exactly", async () => {
    const { page, consoleErrors } = await panes.open("en-US", { officeScript: officeScript("en-US"), mode: "excel" });
    await expect(page.textContent("#saved-list")).resolves.toMatch(/No saved scenarios/);
    await page.focus("#save-name");
    await page.keyboard.type("Dy stress");
    await page.click("#save");
    await page.waitForFunction(() => /Dy stress/.test(document.getElementById("saved-list")!.textContent ?? ""));
    const stored = JSON.parse(String((await workbookView(page)).settings["ree.savedScenarios"]));
    expect(stored).toEqual([
      expect.objectContaining({ name: "Dy stress", importer: "JP", element: "Dy", shock: "licensing-2025" }),
    ]);

    // only the active sheet (Budget, the first, as none was activated)
    await page.click("#this-sheet-only");
    await page.click("#freeze");
    await page.waitForFunction(() =>
      /1 cells frozen/.test(document.getElementById("share-message")!.textContent ?? ""),
    );
    let other = (await workbookView(page)).sheets.find((s) => s.name === "Other")!;
    expect(other.cells.A1.formula).toBe('=REE.DEPENDENCY("JP","Tb")');
    await page.click("#restore");
    await page.waitForFunction(() =>
      /1 formulas restored/.test(document.getElementById("share-message")!.textContent ?? ""),
    );
    // the whole workbook
    await page.click("#this-sheet-only");
    await page.click("#freeze");
    await page.waitForFunction(() =>
      /2 cells frozen/.test(document.getElementById("share-message")!.textContent ?? ""),
    );
    other = (await workbookView(page)).sheets.find((s) => s.name === "Other")!;
    expect(other.cells.A1.formula).toBeUndefined();
    let budget = (await workbookView(page)).sheets.find((s) => s.name === "Budget")!;
    expect(budget.cells.B1.formula).toBeUndefined();
    expect(budget.cells.A2).toEqual({ value: "note", formula: undefined });
    await page.click("#restore");
    await page.waitForFunction(() =>
      /2 formulas restored/.test(document.getElementById("share-message")!.textContent ?? ""),
    );
    budget = (await workbookView(page)).sheets.find((s) => s.name === "Budget")!;
    expect(budget.cells.B1.formula).toBe('=REE.SHOCK("JP","Dy",0.5)*1000');
    other = (await workbookView(page)).sheets.find((s) => s.name === "Other")!;
    expect(other.cells.A1.formula).toBe('=REE.DEPENDENCY("JP","Tb")');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it("starts in preview while Excel is slow to answer, then switches to Excel mode in place when it does", async () => {
    // the browser is in English, Office in Japanese: once connected the pane follows Office
    const { page, consoleErrors } = await panes.open("en-US", {
      officeScript: officeScript("ja-JP", { ready: "late" }),
      mode: "preview",
    });
    await expect(page.textContent("#status")).resolves.toMatch(/Office has not answered yet/);
    await expect(page.textContent("#run")).resolves.toBe("Run");
    await expect(page.isVisible("#freeze")).resolves.toBe(false);
    // the page must not reload: a marker set now survives the switch, as does a typed value
    await page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 42));
    await page.fill("#year input", "2024");
    await page.evaluate(() => (window as unknown as { __officeReady: () => void }).__officeReady());
    await page.waitForSelector("body[data-mode=excel]");
    await expect(page.evaluate(() => (window as unknown as { __marker: number }).__marker)).resolves.toBe(42);
    await expect(page.textContent("#status")).resolves.toMatch(/Excel に接続しました/);
    await expect(page.textContent("#run")).resolves.toBe("シートに実行");
    await expect(page.isVisible("#freeze")).resolves.toBe(true);
    await expect(
      page.evaluate(() => (document.getElementById("year") as unknown as { value: string }).value),
    ).resolves.toBe("2024");
    // the workbook is read once connected, and Run now writes a sheet
    await page.waitForSelector("#saved-list li");
    await page.click("#run");
    await page.waitForFunction(() => /書き込みました/.test(document.getElementById("message")!.textContent ?? ""));
    const view = await workbookView(page);
    const run = view.sheets.find((s) => s.name === "REE Dy licensing-2025 (2)")!;
    expect(run.cells.B7).toEqual({ value: 2024 });
    expect(run.charts[0].series.map((series) => series.name)).toEqual(["在庫 (t)", "供給不足 (t)", "価格倍率（右軸）"]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it("disables Freeze with the reason in the pane when Excel lacks ExcelApi 1.12, and keeps the rest", async () => {
    const { page, consoleErrors } = await panes.open("en-US", {
      officeScript: officeScript("en-US", { excelApi: "1.11" }),
      mode: "excel",
    });
    await page.waitForSelector("#freeze-requirement");
    await expect(page.textContent("#freeze-requirement")).resolves.toBe(
      "“Freeze for sharing” is not available in this version of Excel. It needs ExcelApi 1.12: Microsoft 365 Version 2008 or later on Windows, Excel 2021 or later, Excel for Mac 16.40 or later, or Excel on the web.",
    );
    await expect(page.getAttribute("#freeze", "aria-describedby")).resolves.toBe("freeze-requirement");
    const disabled = () =>
      page.evaluate(() =>
        ["run", "save", "freeze", "restore", "repair"].filter((id) =>
          document.getElementById(id)!.hasAttribute("disabled"),
        ),
      );
    await expect(disabled()).resolves.toEqual(["freeze"]);
    // clicking it changes nothing in the workbook
    const before = await workbookView(page);
    await page.click("#freeze", { force: true });
    await page.waitForTimeout(200);
    expect(await workbookView(page)).toEqual(before);
    // the other workbook features still work: repair, and a run with its chart
    await page.click("#repair");
    await page.waitForFunction(() => /re-entered/.test(document.getElementById("share-message")!.textContent ?? ""));
    await page.click("#run");
    await page.waitForFunction(() =>
      /Written to the sheet/.test(document.getElementById("message")!.textContent ?? ""),
    );
    // in Japanese too; Freeze stays off
    await page.click("#language");
    await expect(page.textContent("#freeze-requirement")).resolves.toMatch(
      /^このバージョンの Excel では「共有用に固定」を使えません。ExcelApi 1\.12 が必要です/,
    );
    await expect(disabled()).resolves.toEqual(["freeze"]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});
