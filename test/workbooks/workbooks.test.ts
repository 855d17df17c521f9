/**
 * The example workbooks evaluated by a real spreadsheet engine (HyperFormula, test code only) with
 * the REE.* functions called as Excel calls them (the Excel harness over the generated
 * functions.json and the built functions.js, on desktop and on the web), so that formulas behave as
 * they will in Excel: every formula cell evaluates without an unexpected
 * error, every REE call gives the command line's answer for the same arguments, results compose
 * with SUM, INDEX, IFERROR, IFNA and references across sheets, tables spill and other formulas read
 * them, and the values cached in the files are the current ones (npm run examples regenerates them).
 * The files are read with ExcelJS; the cells a dynamic-array formula spills into are left to the
 * engine to fill (package.test.ts checks their cached values).
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { DetailedCellError, type HyperFormula } from "hyperformula";
import { runCli } from "../../src/cli/ree";
import { READ_ME, WORKBOOKS } from "../../examples/definitions";
import { ENGINE_CONFIG } from "../../examples/generate";
import { fromExcelFileFormula } from "../../examples/xlsx/formulas";
import type { ExcelHarness, FunctionMetadataJson, RecordedCall } from "../../tools/hyperformula/ree-plugin";
import { PLATFORMS, type Platform } from "../../tools/excel/custom-function-call";
import { decodeAddress, decodeRange } from "./package-reader";
import { ROOT, loadFunctionsBundle, readFunctionsJson } from "../helpers/built-addin";
import { builtAddinHarness } from "../helpers/excel";

const metadata = readFunctionsJson().functions as unknown as FunctionMetadataJson[];
const runtime = loadFunctionsBundle();

interface LoadedWorkbook {
  file: string;
  engine: HyperFormula;
  formulas: Array<{ sheet: string; address: string; row: number; col: number; formula: string; cached: unknown }>;
}

async function load(file: string, harness: ExcelHarness): Promise<LoadedWorkbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path.join(ROOT, "examples", file));
  const sheets: Record<string, unknown[][]> = {};
  const formulas: LoadedWorkbook["formulas"] = [];
  workbook.eachSheet((sheet) => {
    // Cells a dynamic-array formula spills into, other than its own: the engine fills them.
    const spilled = new Set<string>();
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.value as { shareType?: string; ref?: string } | null;
        if (!value || typeof value !== "object" || value.shareType !== "array" || !value.ref) return;
        const range = decodeRange(value.ref);
        for (let r = range.top; r <= range.bottom; r++)
          for (let c = range.left; c <= range.right; c++) spilled.add(`${r},${c}`);
        const anchor = decodeAddress(cell.address);
        spilled.delete(`${anchor.row},${anchor.col}`);
      }),
    );
    const rows: unknown[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, r) => {
      const cells: unknown[] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        if (spilled.has(`${r - 1},${c - 1}`)) return;
        const value = cell.value as { formula?: string; result?: unknown } | string | number | null;
        if (value && typeof value === "object" && "formula" in value && value.formula) {
          const formula = `=${fromExcelFileFormula(value.formula)}`;
          cells[c - 1] = formula;
          formulas.push({
            sheet: sheet.name,
            address: cell.address,
            row: r - 1,
            col: c - 1,
            formula,
            cached: value.result,
          });
        } else {
          cells[c - 1] = value ?? null;
        }
      });
      rows[r - 1] = cells;
    });
    sheets[sheet.name] = rows.map((row) => row ?? []);
  });
  return { file, engine: await harness.evaluate(sheets as never, ENGINE_CONFIG), formulas };
}

/** The workbooks as opened in Excel on each platform, and every call the functions received. */
const opened = new Map<Platform, { loaded: LoadedWorkbook[]; calls: RecordedCall[] }>();
beforeAll(async () => {
  for (const platform of PLATFORMS) {
    const harness = builtAddinHarness(platform);
    const loaded: LoadedWorkbook[] = [];
    for (const spec of WORKBOOKS) loaded.push(await load(spec.file, harness));
    opened.set(platform, { loaded, calls: harness.calls });
  }
});
afterAll(() => [...opened.values()].forEach(({ loaded }) => loaded.forEach((w) => w.engine.destroy())));
// Most checks read the desktop evaluation; the cached values are checked on both platforms.
const loaded: LoadedWorkbook[] = [];
beforeAll(() => loaded.push(...opened.get("desktop")!.loaded));

const valueOf = (w: LoadedWorkbook, sheet: string, address: string) => {
  const id = w.engine.getSheetId(sheet) as number;
  return w.engine.getCellValue(w.engine.simpleCellAddressFromString(address, id) as never);
};

describe("example workbooks", () => {
  it("exist for every definition, each with a Read me sheet", () => {
    expect(WORKBOOKS.length).toBeGreaterThanOrEqual(3);
    for (const spec of WORKBOOKS) {
      expect(fs.existsSync(path.join(ROOT, "examples", spec.file))).toBe(true);
      expect(spec.sheets[0].name).toBe(READ_ME[spec.language]);
    }
  });

  it("hold exactly what examples/definitions.ts defines (npm run examples was run after the last change)", () => {
    for (const [i, spec] of WORKBOOKS.entries()) {
      const w = loaded[i];
      for (const sheet of spec.sheets) {
        const id = w.engine.getSheetId(sheet.name) as number;
        expect(id).toBeDefined();
        sheet.rows.forEach((row, r) =>
          row.forEach((cell, c) => {
            if (cell === null || cell === undefined) return;
            const where = `${spec.file}!${sheet.name} row ${r + 1} column ${c + 1}`;
            const inFile = w.engine.getCellSerialized({ sheet: id, row: r, col: c });
            expect(`${where}: ${String(inFile)}`).toBe(`${where}: ${String(cell)}`);
          }),
        );
      }
    }
  });

  it.each(PLATFORMS)(
    "evaluate every formula without an error, and the values cached in the files are current (%s)",
    (platform) => {
      let count = 0;
      for (const w of opened.get(platform)!.loaded) {
        for (const f of w.formulas) {
          const value = w.engine.getCellValue({
            sheet: w.engine.getSheetId(f.sheet) as number,
            row: f.row,
            col: f.col,
          });
          const where = `${w.file}!${f.sheet}!${f.address} ${f.formula}`;
          if (value instanceof DetailedCellError) throw new Error(`${where}: ${value.value} ${value.message}`);
          // ExcelJS reads a cached 0 or empty text back as undefined; package.test.ts checks the
          // file's <v> itself.
          const cached = f.cached === undefined ? (value === "" ? "" : 0) : f.cached;
          expect([where, cached]).toEqual([where, value]);
          count++;
        }
      }
      expect(count).toBeGreaterThan(150);
    },
  );

  it("every REE call the engine made gives the command line's answer for the same arguments", async () => {
    const distinct = new Map<string, RecordedCall>();
    for (const call of opened.get("desktop")!.calls) distinct.set(JSON.stringify([call.id, call.args]), call);
    expect(distinct.size).toBeGreaterThan(50);
    for (const call of distinct.values()) {
      const words = call.args.map((arg) =>
        arg === null ? "" : Array.isArray(arg) ? JSON.stringify(arg) : String(arg),
      );
      while (words.length > 0 && words[words.length - 1] === "") words.pop();
      const cli = JSON.parse((await runCli([call.id, ...words, "--json"])).stdout);
      if ("error" in cli) {
        expect((call.result as { code: string }).code).toBe(cli.error.code);
      } else {
        const expected = Array.isArray(cli.result) ? cli.result : [[cli.result]];
        const actual = Array.isArray(call.result) ? call.result : [[call.result]];
        expect(actual).toEqual(expected);
      }
    }
  });

  it("compose with SUM, AVERAGE, INDEX, IFERROR, IFNA, COUNTIF and references across sheets", () => {
    const [dependency, grid, comparison] = loaded;
    // cross-sheet reference to a REE cell
    expect(valueOf(dependency, "Summary", "B1")).toBe(valueOf(dependency, "Dashboard", "C5"));
    // IFERROR turns the #N/A of a supplier without data into text
    expect(valueOf(dependency, "Dashboard", "C26")).toBe("no data");
    // INDEX into a grid of REE results, and MAX/AVERAGE over it
    expect(valueOf(grid, "Dy", "B15")).toBe(valueOf(grid, "Dy", "E12"));
    const cells = ["B", "C", "D", "E"].flatMap((c) =>
      Array.from({ length: 10 }, (_, i) => valueOf(grid, "Dy", `${c}${i + 3}`) as number),
    );
    expect(valueOf(grid, "Dy", "B14")).toBe(Math.max(...cells));
    expect(valueOf(grid, "Dy", "B16")).toBeCloseTo(cells.reduce((a, b) => a + b, 0) / cells.length, 9);
    // IFNA for a metric without a value, INDEX into a spilled catalogue, SUM of a column
    expect(valueOf(comparison, "Comparison", "F2")).toBe("none");
    expect(valueOf(comparison, "Comparison", "B4")).toBe("Licensing 2025: China's April 2025 export licences");
    const losses = Array.from({ length: 7 }, (_, i) => valueOf(comparison, "Comparison", `G${i + 2}`) as number);
    // summed in the same order, the total is exact
    const total = losses.reduce((a, b) => a + b, 0);
    expect(valueOf(comparison, "Comparison", "G10")).toBe(total);
  });

  it("spill tables, and formulas read the spills: a monthly path, its metrics, a scenario's parameters passed back as options", async () => {
    const [, , comparison, japanese] = loaded;
    const cli = async (...args: string[]) => JSON.parse((await runCli([...args, "--json"])).stdout).result;
    // REE.SCENARIOS(): the catalogue, header included, in A1:E8
    const scenarios = await cli("SCENARIOS");
    const sheetValues = (w: LoadedWorkbook, sheet: string) =>
      w.engine.getSheetValues(w.engine.getSheetId(sheet) as number);
    expect(sheetValues(comparison, "Scenarios")).toEqual(scenarios);
    // REE.PATH and REE.SHOCK(…,"ALL") side by side; the unmet tonnes of the path add up to SHORTFALL_T
    const path = await cli("PATH", "JP", "Dy", "licensing-2025");
    const metrics = await cli("SHOCK", "JP", "Dy", "licensing-2025", "", "ALL");
    const dyPath = sheetValues(comparison, "Dy path");
    expect(dyPath.slice(0, 25).map((row) => row.slice(0, 10))).toEqual(path);
    expect(dyPath.slice(0, 9).map((row) => row.slice(11, 14))).toEqual(metrics);
    const unmet = path.slice(1).map((row: number[]) => row[8]);
    expect(valueOf(comparison, "Dy path", "M11")).toBe(unmet.filter((t: number) => t > 0).length);
    expect(valueOf(comparison, "Dy path", "M12")).toBeCloseTo(metrics[2][1], 9);
    expect(valueOf(comparison, "Dy path", "M13")).toBe(Math.max(...path.slice(1).map((row: number[]) => row[9])));
    // REE.PARAMS spilled and given back to REE.SHOCK as options: the preset's own answer
    const params = sheetValues(comparison, "Parameters");
    expect(params.slice(0, 21).map((row) => row.slice(0, 7))).toEqual(await cli("PARAMS", "embargo-jp", "JP", "Dy"));
    const preset = valueOf(comparison, "Parameters", "J3") as number;
    expect(valueOf(comparison, "Parameters", "J2")).toBe(preset);
    expect(preset).toBe(await cli("SHOCK", "JP", "Dy", "embargo-jp"));
    // the edited what-if: more stock, released sooner, leaves less unmet
    const whatIf = valueOf(comparison, "Parameters", "J9") as number;
    expect(whatIf).toBe(
      await cli(
        "SHOCK",
        "JP",
        "Dy",
        "embargo-jp",
        "",
        "",
        '[["key","value"],["stockpile_days",120],["release_lag",1]]',
      ),
    );
    expect(whatIf).toBeLessThan(preset);
    // the Japanese workbook spills the same tables from Japanese arguments
    expect(sheetValues(japanese, "シナリオ一覧")).toEqual(scenarios);
    expect(
      sheetValues(japanese, "推移")
        .slice(0, 25)
        .map((row) => row.slice(0, 10)),
    ).toEqual(path);
    expect(valueOf(japanese, "パラメーター", "J2")).toBe(preset);
    expect(valueOf(japanese, "パラメーター", "J9")).toBe(whatIf);
  });

  it("work in Japanese: Japanese names as arguments answer as the codes do, and Japanese names come back", () => {
    const [dependency, , comparison, japanese] = loaded;
    expect(japanese.file).toBe("japan-dependency-ja.xlsx");
    // find the rows by name: ジスプロシウム (Dy) and ネオジム焼結磁石 (MAGNET)
    const rowOf = (w: LoadedWorkbook, sheet: string, column: string, text: string) => {
      for (let r = 1; r < 40; r++) if (valueOf(w, sheet, `${column}${r}`) === text) return r;
      throw new Error(`${text} not found in ${w.file}!${sheet}`);
    };
    const dyJa = rowOf(japanese, "依存度", "A", "ジスプロシウム");
    expect(valueOf(japanese, "依存度", `B${dyJa}`)).toBe("Dy");
    const dyEn = rowOf(dependency, "Dashboard", "A", "Dy");
    expect(valueOf(japanese, "依存度", `C${dyJa}`)).toBe(valueOf(dependency, "Dashboard", `C${dyEn}`));
    expect(valueOf(japanese, "依存度", `D${dyJa}`)).toBe(valueOf(dependency, "Dashboard", `D${dyEn}`));
    // the magnet shortfall per scenario equals the English comparison's
    const embargo = rowOf(japanese, "シナリオ", "A", "embargo-jp");
    expect(valueOf(japanese, "シナリオ", `B${embargo}`)).toBe("対日全面禁輸（1年）");
    expect(valueOf(japanese, "シナリオ", `C${embargo}`)).toBe(
      valueOf(comparison, "Comparison", `C${rowOf(comparison, "Comparison", "A", "embargo-jp")}`),
    );
    expect(valueOf(japanese, "指標", "A2")).toBe("SHORTFALL_PCT");
    expect(valueOf(japanese, "指標", "C2")).toMatch(/累積不足量/);
  });

  it("spill a table result into the cells below and to the right, as Excel does", async () => {
    const engine = await builtAddinHarness("desktop").evaluate({
      Sheet1: [['=REE.ELEMENTS("NDPR")'], [], [], ["=SUM(D2:D3)"]],
    });
    expect(engine.getSheetValues(0).slice(0, 3)).toEqual([
      ["symbol", "name", "name_ja", "atomic_number", "group"],
      ["Pr", "Praseodymium", "プラセオジム", 59, "LREE"],
      ["Nd", "Neodymium", "ネオジム", 60, "LREE"],
    ]);
    expect(engine.getCellValue({ sheet: 0, row: 3, col: 0 })).toBe(119);
    engine.destroy();
  });
});

describe("the metadata Excel reads, against the implementations", () => {
  it("associates every function, with as many parameters as the implementation takes and a description for each", () => {
    for (const fn of metadata as unknown as Array<
      FunctionMetadataJson & { description?: string; parameters: Array<{ description?: string; optional?: boolean }> }
    >) {
      const implementation = runtime.associated.get(fn.id);
      expect(implementation).toBeDefined();
      expect(fn.parameters).toHaveLength(implementation!.length);
      expect(fn.description?.length).toBeGreaterThan(20);
      // optional parameters come last, as Excel requires
      const firstOptional = fn.parameters.findIndex((p) => p.optional);
      if (firstOptional >= 0) expect(fn.parameters.slice(firstOptional).every((p) => p.optional)).toBe(true);
      for (const p of fn.parameters) expect(p.description?.length).toBeGreaterThan(5);
    }
  });
});
