/**
 * The built pane as it runs inside Excel: office.js is replaced by a stand-in that reports Excel
 * as the host and provides `Excel.run` over the same faithful fake workbook the unit tests use
 * (compiled for the browser). The pane's buttons must write what the workbook adapter promises:
 * a run sheet with live formulas and a chart in at most 3 syncs, never over a foreign sheet;
 * saved scenarios in the workbook's settings; and freeze/restore of REE formulas.
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import type { Page } from "playwright-core";
import { ROOT } from "../helpers/built-addin";
import type { FakeWorkbook } from "../helpers/fake-excel";
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

/** office.js inside "Excel": the host, the display language, and a workbook with the user's own sheet. */
function officeScript(language: string): string {
  return `${fakeExcelScript()}
(function () {
  var fake = window.__fakeExcel;
  // REE formulas evaluate to 1 here: what matters is what the pane writes, not the model.
  var workbook = new fake.FakeWorkbook(function () { return 1; });
  workbook.addSheet("Budget", [["Dy cost", "=REE.SHOCK(\\"JP\\",\\"Dy\\",0.5)*1000"], ["note", "kept"]]);
  // a sheet the pane did not create, with the name a Dy licensing-2025 run would take
  workbook.addSheet("REE Dy licensing-2025", [["someone else's work"]]);
  workbook.addSheet("Other", [["=REE.DEPENDENCY(\\"JP\\",\\"Tb\\")"]]);
  fake.installFakeExcel(workbook);
  window.__workbook = workbook;
  window.Office = {
    HostType: { Excel: "Excel" },
    onReady: function () { return Promise.resolve({ host: "Excel", platform: "PC" }); },
    context: { displayLanguage: "${language}", officeTheme: { bodyBackgroundColor: "#ffffff" } },
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
  charts: number;
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
        charts: sheet.charts.items.length,
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
    expect(run.charts).toBe(1);
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
});
