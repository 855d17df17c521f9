/**
 * npm run examples: writes examples/*.xlsx from definitions.ts. Formulas are stored the way Excel
 * stores custom functions in files (_xldudf_REE_SHOCK), each with its value as computed now by a
 * spreadsheet engine running the add-in's functions, so the files open with current values.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { DetailedCellError, HyperFormula } from "hyperformula";
import { createStandaloneRuntime } from "../src/functions/runtime/standalone-runtime";

const runtime = createStandaloneRuntime();
(globalThis as Record<string, unknown>).CustomFunctions = runtime;

// eslint-disable-next-line @typescript-eslint/no-require-imports
require("../src/functions");
import { registerReeFunctions, toFileFormula, type FunctionMetadataJson } from "../tools/hyperformula/ree-plugin";
import { WORKBOOKS } from "./definitions";
import { declaredFunctions } from "../src/functions/args";

const ROOT = path.join(__dirname, "..", "..", "..");

async function main() {
  const metadata: FunctionMetadataJson[] = JSON.parse(
    fs.readFileSync(path.join(ROOT, "dist", "functions.json"), "utf8"),
  ).functions;
  const implementations = new Map(
    [...declaredFunctions()].map(([id, fn]) => [id, (...args: never[]) => fn.call(...args)]),
  );
  registerReeFunctions(metadata, implementations);
  for (const spec of WORKBOOKS) {
    const sheets: Record<string, (string | number | null)[][]> = {};
    for (const sheet of spec.sheets) sheets[sheet.name] = sheet.rows;
    const engine = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3" });
    const workbook = new ExcelJS.Workbook();
    workbook.creator = "REE Supply Risk";
    workbook.title = spec.title;
    for (const sheetSpec of spec.sheets) {
      const sheet = workbook.addWorksheet(sheetSpec.name);
      const id = engine.getSheetId(sheetSpec.name) as number;
      sheetSpec.widths?.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
      sheetSpec.rows.forEach((row, r) => {
        row.forEach((cell, c) => {
          if (cell === null || cell === undefined) return;
          const target = sheet.getCell(r + 1, c + 1);
          if (typeof cell === "string" && cell.startsWith("=")) {
            const value = engine.getCellValue({ sheet: id, row: r, col: c });
            if (value instanceof DetailedCellError)
              throw new Error(`${spec.file}!${sheetSpec.name} ${target.address}: ${value.value} ${value.message}`);
            target.value = { formula: toFileFormula(cell.slice(1)), result: value as never };
          } else {
            target.value = cell;
          }
        });
      });
      sheet.getRow(1).font = { bold: true };
    }
    engine.destroy();
    const file = path.join(ROOT, "examples", spec.file);
    await workbook.xlsx.writeFile(file);
    console.log(`wrote examples/${spec.file}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
