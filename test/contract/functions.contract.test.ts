/**
 * The contract between functions.json (what Excel reads) and the built functions.js (what Excel
 * runs), checked for every function in functions.json, so functions added later are covered
 * without new test code:
 * - every function is associated, and its parameters match the declaration table;
 * - thousands of random arguments of the declared types never produce an uncaught exception
 *   (only CustomFunctions.Error with #VALUE! or #N/A and a message), NaN, Infinity, undefined,
 *   null cells or a ragged table.
 */
import fc from "fast-check";
import * as fs from "fs";
import * as path from "path";
import { declaredFunctions } from "../../src/functions/args/declare";
import { INTERNAL_ERROR_PREFIX } from "../../src/functions/args/messages";
import { StandaloneCustomFunctionError } from "../../src/functions/runtime/standalone-runtime";
import {
  ROOT,
  loadFunctionsBundle,
  readFunctionsJson,
  type FunctionMetadata,
  type ParameterMetadata,
} from "../helpers/built-addin";
import { ELEMENTS, GROUPS } from "../../src/model/vocabulary/elements";
import { COUNTRIES } from "../../src/model/vocabulary/countries";
import { FIELDS } from "../../src/model/data/fields";

// Import every function module so the declaration tables are registered, as webpack bundles them.
const functionsDir = path.join(ROOT, "src", "functions");
for (const file of fs.readdirSync(functionsDir).filter((name) => name.endsWith(".ts"))) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(path.join(functionsDir, file));
}

const metadata = readFunctionsJson().functions;
const runtime = loadFunctionsBundle();
const RUNS = Number(process.env.CONTRACT_RUNS || 2000);

// Values worth trying in any cell: what Excel passes for omitted and empty arguments, edge numbers,
// odd text, and the codes the functions know (so that valid calls are exercised, not only errors).
const knownCodes = [
  ...ELEMENTS.flatMap((e) => [e.symbol, e.name, e.nameJa, e.symbol.toLowerCase()]),
  ...GROUPS.map((g) => g.code),
  ...COUNTRIES.flatMap((c) => [c.code, c.alpha3, c.name]),
  ...FIELDS.map((f) => f.id),
  "MCS 2025",
  "MCS 2026",
  "DS140",
  "DEPENDENCY",
  "HHI",
  "SUPPLYRISK",
  "SEPARATION",
  "SR",
  "HHI_WGI_GLOBAL",
  "IR",
  "path=NONE",
  "path=DELAYED; delay_years=3",
  "DIRECT",
  "LOOKTHROUGH",
  "MINE",
  "SEPARATION",
  "MAGNET",
  "ALL",
  "P50",
  "MEAN",
  "licensing-2025",
  "baseline",
];
const scalar = fc.oneof(
  fc.constantFrom(null, 0, "", " ", true, false, -0, 1, -1, 0.5, 2024, 1e308, -1e308, Number.MAX_SAFE_INTEGER, 5e-324),
  fc.double({ noNaN: false }),
  fc.integer({ min: -100000, max: 100000 }),
  fc.integer({ min: 1900, max: 2100 }),
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.constantFrom(...knownCodes),
  fc.constantFrom("key=value", "path=DELAYED; delay_years=3", "severity=2", "=", ";;"),
);
const range = (rows: fc.Arbitrary<number>, columns: fc.Arbitrary<number>) =>
  fc
    .tuple(rows, columns)
    .chain(([r, c]) => fc.array(fc.array(scalar, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }));

/** What Excel can pass to a parameter of this declared type. */
function argumentFor(parameter: ParameterMetadata): fc.Arbitrary<unknown> {
  if (parameter.dimensionality === "matrix") {
    return fc.oneof(
      range(fc.constant(1), fc.constant(1)),
      range(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 4 })),
    );
  }
  switch (parameter.type) {
    case "number":
      return fc.oneof(fc.double(), fc.constantFrom(0, -1, 1e308, -1e308));
    case "string":
      return fc.oneof(fc.string(), fc.constantFrom(...knownCodes, ""));
    case "boolean":
      return fc.boolean();
    default:
      // "any": any cell value; a 1x1 range as callers other than Excel may pass it
      return fc.oneof(
        { weight: 9, arbitrary: scalar },
        { weight: 1, arbitrary: range(fc.constant(1), fc.constant(1)) },
      );
  }
}

/** Arguments as Excel passes them: every required one, and any prefix of the optional ones (omitted ones absent or null). */
function argumentsFor(fn: FunctionMetadata): fc.Arbitrary<unknown[]> {
  const all = fn.parameters.map(argumentFor);
  const required = fn.parameters.filter((p) => !p.optional).length;
  return fc
    .tuple(fc.tuple(...all), fc.integer({ min: required, max: fn.parameters.length }), fc.boolean())
    .map(([values, count, nullTail]) =>
      nullTail ? values.map((v, i) => (i < count ? v : null)) : values.slice(0, count),
    );
}

function checkCell(value: unknown, where: string): void {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`${where}: ${value}`);
  } else if (typeof value !== "string" && typeof value !== "boolean") {
    throw new Error(`${where}: ${value === null ? "null" : typeof value}`);
  }
}

function checkReturn(fn: FunctionMetadata, value: unknown): void {
  if (fn.result.dimensionality === "matrix") {
    if (!Array.isArray(value) || value.length === 0)
      throw new Error(`REE.${fn.id} should spill a table, got ${JSON.stringify(value)}`);
    const width = (value[0] as unknown[]).length;
    if (width === 0) throw new Error(`REE.${fn.id} returned an empty row`);
    value.forEach((row: unknown, r) => {
      if (!Array.isArray(row) || row.length !== width) throw new Error(`REE.${fn.id} row ${r} is ragged`);
      row.forEach((cell, c) => checkCell(cell, `REE.${fn.id} cell ${r},${c}`));
    });
  } else {
    if (Array.isArray(value)) throw new Error(`REE.${fn.id} should return one value, got a table`);
    checkCell(value, `REE.${fn.id} result`);
    if (fn.result.type && fn.result.type !== "any" && typeof value !== fn.result.type) {
      throw new Error(`REE.${fn.id} declares ${fn.result.type} but returned ${typeof value}`);
    }
  }
}

describe("functions.json and the built functions.js", () => {
  it("lists the foundation functions, each with a description for the function and every parameter", () => {
    expect(metadata.map((fn) => fn.id)).toEqual(expect.arrayContaining(["VERSION", "ELEMENTS", "COUNTRIES"]));
    for (const fn of metadata) {
      expect(fn.description?.length).toBeGreaterThan(20);
      for (const parameter of fn.parameters) expect(parameter.description?.length).toBeGreaterThan(10);
    }
  });

  // custom-functions-metadata turns a union type (`T[][] | null`) into a scalar "any", and Excel then
  // lifts a range given to it (one call per cell) instead of passing it whole.
  it("declares as a matrix every parameter whose help says it takes a range, in English and Japanese", () => {
    const ja = JSON.parse(fs.readFileSync(path.join(ROOT, "dist", "functions-ja.json"), "utf8"))
      .functions as FunctionMetadata[];
    const checked: string[] = [];
    metadata.forEach((fn, f) =>
      fn.parameters.forEach((parameter, i) => {
        const says = /\brange\b/i.test(parameter.description ?? "");
        const saysJa = /範囲/.test(ja[f].parameters[i].description ?? "");
        const matrix = parameter.dimensionality === "matrix";
        expect({ id: `${fn.id}(${parameter.name})`, says, saysJa }).toEqual({
          id: `${fn.id}(${parameter.name})`,
          says: matrix,
          saysJa: matrix,
        });
        expect(ja[f].parameters[i].dimensionality).toBe(parameter.dimensionality);
        if (matrix) checked.push(`${fn.id}(${parameter.name})`);
      }),
    );
    expect(checked.length).toBeGreaterThanOrEqual(6);
  });

  it("associates exactly the functions functions.json declares", () => {
    expect([...runtime.associated.keys()].sort()).toEqual(metadata.map((fn) => fn.id).sort());
  });

  it.each(metadata.map((fn) => [fn.id, fn] as const))(
    "REE.%s: JSDoc parameters match the declaration table",
    (id, fn) => {
      const declaration = declaredFunctions().get(id);
      expect(declaration).toBeDefined();
      const declared = declaration!.params.map((p) => ({
        name: p.name,
        optional: Boolean(p.optional || p.default !== undefined),
      }));
      const documented = fn.parameters.map((p) => ({ name: p.name, optional: Boolean(p.optional) }));
      expect(documented).toEqual(declared);
    },
  );
});

describe.each(metadata.map((fn) => [fn.id, fn] as const))("REE.%s under random arguments", (id, fn) => {
  const implementation = runtime.associated.get(id)!;

  it(`never throws anything but #VALUE! or #N/A with a message, and returns clean values (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(argumentsFor(fn), async (args) => {
        let value: unknown;
        try {
          // A function that loads data on first use answers with a promise (#BUSY! until it settles).
          value = await implementation(...args);
        } catch (error) {
          if (!(error instanceof StandaloneCustomFunctionError)) throw new Error(`uncaught ${String(error)}`);
          if (error.code !== "#VALUE!" && error.code !== "#N/A")
            throw new Error(`undocumented error code ${error.code}`);
          if (!error.message) throw new Error(`${error.code} without a message`);
          if (error.message.startsWith(INTERNAL_ERROR_PREFIX)) throw new Error(error.message);
          return;
        }
        checkReturn(fn, value);
      }),
      { numRuns: RUNS, seed: Number(process.env.CONTRACT_SEED || 20261128) },
    );
  });
});
