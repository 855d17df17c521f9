/**
 * The built add-in inside an Excel stand-in: functions.json (what Excel reads) and functions.js
 * (what Excel runs, loaded as Excel's runtime loads it) behind the harness that calls functions
 * as Excel does (tools/excel/custom-function-call.ts, tools/hyperformula/ree-plugin.ts).
 */
import { ExcelHarness } from "../../tools/hyperformula/ree-plugin";
import type { Platform } from "../../tools/excel/custom-function-call";
import { loadFunctionsBundle, readFunctionsJson } from "./built-addin";

let bundle: ReturnType<typeof loadFunctionsBundle> | undefined;

/** A fresh harness (no settled answers, no learned spill sizes) over the one loaded bundle. */
export function builtAddinHarness(platform: Platform): ExcelHarness {
  bundle ??= loadFunctionsBundle();
  return new ExcelHarness(readFunctionsJson().functions, bundle.associated, platform);
}
