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

/** Where the tests pretend the add-in is served from: the manifest's development URL. */
export const ADDIN_URL = "https://localhost:3000/";

const CONTENT_TYPES: Record<string, string> = { ".json": "application/json", ".js": "text/javascript" };

/**
 * `fetch` as the page would see it: files of the add-in's own URL come from dist/ (404 when
 * absent); any other URL fails as a request the page cannot make.
 */
export async function fetchFromDist(input: string | URL | Request): Promise<Response> {
  const url = String(input instanceof Request ? input.url : input);
  if (!url.startsWith(ADDIN_URL)) throw new TypeError(`Failed to fetch ${url}: not the add-in's own origin`);
  const name = decodeURIComponent(url.slice(ADDIN_URL.length).replace(/[?#].*$/, ""));
  const file = path.join(DIST, path.normalize(name));
  if (!file.startsWith(DIST + path.sep) || !fs.existsSync(file)) return new Response("not found", { status: 404 });
  const type = CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream";
  return new Response(await fs.promises.readFile(file), { status: 200, headers: { "Content-Type": type } });
}

/**
 * Loads dist/functions.js the way Excel's shared runtime does: as a script of the add-in's page
 * (`ADDIN_URL` + functions.js) in a fresh global scope whose CustomFunctions object records each
 * `associate` call. The scope has what a page gives the script: its own script element as
 * `document.currentScript` while it runs, `fetch` (`fetchFromDist` unless a test gives another),
 * timers and AbortController, so the functions load the dataset's text from dist/ as they will in
 * Excel. Functions that wait for it return promises; the scope's `Promise` is the caller's, so that
 * they are promises of the caller's realm (`instanceof Promise`), as in a page where everything
 * runs in one realm. Returns the runtime with the associations.
 */
export function loadFunctionsBundle(options: { fetch?: typeof fetch } = {}): StandaloneRuntime {
  const runtime = createStandaloneRuntime();
  const document: { currentScript: unknown; baseURI: string } = {
    currentScript: { tagName: "SCRIPT", src: `${ADDIN_URL}functions.js` },
    baseURI: `${ADDIN_URL}taskpane.html`,
  };
  const sandbox: Record<string, unknown> = {
    CustomFunctions: runtime,
    console,
    document,
    fetch: options.fetch ?? fetchFromDist,
    setTimeout,
    clearTimeout,
    AbortController,
    Promise,
  };
  sandbox.self = sandbox;
  sandbox.window = sandbox;
  vm.createContext(sandbox);
  vm.runInContext(fs.readFileSync(distFile("functions.js"), "utf8"), sandbox, { filename: "functions.js" });
  document.currentScript = null;
  return runtime;
}
