/**
 * Turns a workbook definition into the file's content: every formula evaluated by a spreadsheet
 * engine (HyperFormula, with the REE.* functions called as Excel calls them, through the caller's
 * Excel harness, which waits for answers that come later and sizes spills) and stored with its
 * result, every spilling formula as a dynamic-array formula with the value of every cell of its
 * spill. Used by `npm run examples` (build.ts) and by the tests, which generate the files again and
 * compare.
 */
import { DetailedCellError, type CellValue } from "hyperformula";
import type { ExcelHarness } from "../tools/hyperformula/ree-plugin";
import type { WorkbookSpec } from "./definitions";
import { calledFunctions, toExcelFileFormula } from "./xlsx/formulas";
import {
  cellAddress,
  writeXlsx,
  type CachedValue,
  type CellContent,
  type SheetContent,
  type WorkbookContent,
} from "./xlsx/package";
import type { AddInReference } from "./xlsx/webextension";

/** The engine settings for evaluating workbooks: results unrounded, as Excel keeps them. */
export const ENGINE_CONFIG = { licenseKey: "gpl-v3", smartRounding: false } as const;

export interface GenerateOptions {
  readonly addIn: AddInReference;
  /** Ids of the REE functions whose result is declared as a matrix in functions.json. */
  readonly arrayFunctions: ReadonlySet<string>;
  /** Evaluates the sheets as Excel would, with the add-in's functions. */
  readonly harness: ExcelHarness;
}

/**
 * Does Excel treat this formula as a dynamic-array formula? It does when the result spills, and
 * when it calls a function that can return an array: saved without the dynamic-array flag, such a
 * formula would open with the implicit-intersection operator (`=@REE.SHOCK(…)`).
 */
export function isDynamicArrayFormula(formula: string, arrayFunctions: ReadonlySet<string>, spills: boolean): boolean {
  if (spills) return true;
  return calledFunctions(formula).some(
    (name) => /^REE\./i.test(name) && arrayFunctions.has(name.slice(4).toUpperCase()),
  );
}

function cached(value: CellValue, where: string): CachedValue {
  if (value instanceof DetailedCellError) throw new Error(`${where}: ${value.value} ${value.message}`);
  if (value === null) return "";
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  throw new Error(`${where}: unexpected value ${String(value)}`);
}

/** The content of the file for a definition. */
export async function workbookContent(spec: WorkbookSpec, options: GenerateOptions): Promise<WorkbookContent> {
  const rows: Record<string, (string | number | null)[][]> = {};
  for (const sheet of spec.sheets) rows[sheet.name] = sheet.rows;
  const engine = await options.harness.evaluate(rows, ENGINE_CONFIG);
  try {
    const sheets = spec.sheets.map((sheetSpec): SheetContent => {
      const sheet = engine.getSheetId(sheetSpec.name) as number;
      const grid: CellContent[][] = [];
      const put = (r: number, c: number, content: CellContent, where: string) => {
        grid[r] = grid[r] ?? [];
        if (grid[r][c]) throw new Error(`${where}: the cell is also part of another formula's spill`);
        grid[r][c] = content;
      };
      sheetSpec.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell === null || cell === undefined) return;
          const where = `${spec.file}!${sheetSpec.name}!${cellAddress(r, c)}`;
          if (typeof cell !== "string" || !cell.startsWith("=")) {
            put(r, c, { kind: "value", value: cell }, where);
            return;
          }
          const value = cached(engine.getCellValue({ sheet, row: r, col: c }), where);
          // The shape of a spilling result; a formula whose result is one value is not an array here.
          const result = engine.isCellPartOfArray({ sheet, row: r, col: c })
            ? engine.calculateFormula(cell, sheet)
            : value;
          const height = Array.isArray(result) ? result.length : 1;
          const width = Array.isArray(result) ? result[0].length : 1;
          const spills = height * width > 1;
          const formula = toExcelFileFormula(cell.slice(1));
          if (!isDynamicArrayFormula(cell.slice(1), options.arrayFunctions, spills)) {
            put(r, c, { kind: "formula", formula, value }, where);
            return;
          }
          const spill = `${cellAddress(r, c)}:${cellAddress(r + height - 1, c + width - 1)}`;
          put(r, c, { kind: "formula", formula, value, spill: spills ? spill : cellAddress(r, c) }, where);
          for (let i = 0; i < height; i++)
            for (let j = 0; j < width; j++) {
              if (i === 0 && j === 0) continue;
              const at = `${where} spill ${cellAddress(r + i, c + j)}`;
              const spilled = cached(engine.getCellValue({ sheet, row: r + i, col: c + j }), at);
              const expected = cached((result as CellValue[][])[i][j], at);
              if (spilled !== expected)
                throw new Error(`${at}: the sheet holds ${spilled}, the formula gives ${expected}`);
              put(r + i, c + j, { kind: "spilled", value: spilled }, at);
            }
        }),
      );
      return { name: sheetSpec.name, widths: sheetSpec.widths, rows: grid, boldRows: new Set([0]) };
    });
    return { title: spec.title, language: spec.language, sheets, addIn: options.addIn };
  } finally {
    engine.destroy();
  }
}

/** The .xlsx file for a definition. */
export async function generateWorkbook(spec: WorkbookSpec, options: GenerateOptions): Promise<Buffer> {
  return writeXlsx(await workbookContent(spec, options));
}
