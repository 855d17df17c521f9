import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import { createStandaloneRuntime, type StandaloneRuntime } from "../../src/functions/runtime/standalone-runtime";

export const ROOT = path.join(__dirname, "..", "..");
export const DIST = path.join(ROOT, "dist");

/** A file of the built add-in; fails with a clear message when `npm run build` has not run. */
export function distFile(name: string): string {
  const file = path.join(DIST, name);
  if (!fs.existsSync(file))
    throw new Error(`${path.relative(ROOT, file)} is missing: run npm run build (npm test does)`);
  return file;
}

export interface ParameterMetadata {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: "scalar" | "matrix";
  optional?: boolean;
  repeating?: boolean;
}

export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: ParameterMetadata[];
  result: { type?: string; dimensionality?: "scalar" | "matrix" };
}

/** dist/functions.json, as Excel reads it. */
export function readFunctionsJson(): { functions: FunctionMetadata[] } {
  return JSON.parse(fs.readFileSync(distFile("functions.json"), "utf8"));
}

/**
 * Loads dist/functions.js the way Excel's runtime does: as a script in a fresh global scope whose
 * CustomFunctions object records each `associate` call. Returns the runtime with the associations.
 */
export function loadFunctionsBundle(): StandaloneRuntime {
  const runtime = createStandaloneRuntime();
  const sandbox: Record<string, unknown> = { CustomFunctions: runtime, console };
  sandbox.self = sandbox;
  sandbox.window = sandbox;
  vm.createContext(sandbox);
  vm.runInContext(fs.readFileSync(distFile("functions.js"), "utf8"), sandbox, { filename: "functions.js" });
  return runtime;
}
