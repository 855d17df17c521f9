/**
 * npm run examples: writes examples/*.xlsx from definitions.ts. Each formula is stored the way
 * Excel stores it (custom functions as _xldudf_REE_SHOCK, newer functions with _xlfn.) with its
 * value as computed now by a spreadsheet engine running the add-in's functions; spilling formulas
 * are dynamic-array formulas with every cell of their spill; the files reference the add-in of
 * manifest.xml. See generate.ts and xlsx/package.ts.
 */
import * as fs from "fs";
import * as path from "path";
import { createStandaloneRuntime } from "../src/functions/runtime/standalone-runtime";

const runtime = createStandaloneRuntime();
(globalThis as Record<string, unknown>).CustomFunctions = runtime;

// eslint-disable-next-line @typescript-eslint/no-require-imports
require("../src/functions");
import { ExcelHarness, type FunctionMetadataJson } from "../tools/hyperformula/ree-plugin";
import { WORKBOOKS } from "./definitions";
import { declaredFunctions } from "../src/functions/args";
import { generateWorkbook } from "./generate";
import { addInReference } from "./xlsx/webextension";

const ROOT = path.join(__dirname, "..", "..", "..");

async function main() {
  const metadata: FunctionMetadataJson[] = JSON.parse(
    fs.readFileSync(path.join(ROOT, "dist", "functions.json"), "utf8"),
  ).functions;
  // As the exported functions do for Excel: a table function's one-value answer (REE.SHOCK with
  // one metric) goes to the cell as a 1x1 table.
  const tables = new Set(metadata.filter((fn) => fn.result.dimensionality === "matrix").map((fn) => fn.id));
  const implementations = new Map(
    [...declaredFunctions()].map(([id, fn]) => [
      id,
      (...args: never[]) => {
        const result = fn.call(...args);
        const oneValue = !Array.isArray(result) && typeof (result as { then?: unknown }).then !== "function";
        return tables.has(id) && oneValue ? [[result]] : result;
      },
    ]),
  );
  const options = {
    harness: new ExcelHarness(metadata, implementations, "desktop"),
    addIn: addInReference(fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8")),
    arrayFunctions: new Set(metadata.filter((fn) => fn.result.dimensionality === "matrix").map((fn) => fn.id)),
  };
  for (const spec of WORKBOOKS) {
    fs.writeFileSync(path.join(ROOT, "examples", spec.file), await generateWorkbook(spec, options));
    console.log(`wrote examples/${spec.file}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
