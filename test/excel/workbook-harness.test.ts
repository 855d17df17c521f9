/**
 * The harness's engine does over several passes what Excel does over time: a function that answers
 * with a promise shows #BUSY! and the sheet recalculates when it settles; a spill whose size the
 * engine could not know from literal arguments gets the size of its result. Shown here on toy
 * functions whose answers are known.
 */
import { ExcelHarness, readOutcome } from "../../tools/hyperformula/ree-plugin";
import type { FunctionMetadata } from "../../tools/excel/custom-function-call";

const metadata: FunctionMetadata[] = [
  // A table of n rows and 2 columns: n, then n*10.
  { id: "GRID", parameters: [{ name: "n", type: "any" }], result: { dimensionality: "matrix" } },
  // The same, answered later.
  { id: "LATER", parameters: [{ name: "n", type: "any" }], result: { dimensionality: "matrix" } },
  // One value.
  { id: "DOUBLE", parameters: [{ name: "x", type: "any" }], result: { type: "number" } },
];
const grid = (n: number) => Array.from({ length: n }, (_, i) => [i + 1, (i + 1) * 10]);
let laterCalls = 0;
const implementations = new Map<string, (...args: never[]) => unknown>([
  ["GRID", (n: number) => grid(n)],
  [
    "LATER",
    (n: number) => {
      laterCalls++;
      return new Promise((resolve) => setTimeout(() => resolve(grid(n)), 5));
    },
  ],
  ["DOUBLE", (x: number) => 2 * x],
]);

describe("the workbook harness", () => {
  it("sizes a spill from a reference by its result, and later cells see the whole spill", async () => {
    const harness = new ExcelHarness(metadata, implementations, "web");
    const engine = await harness.evaluate({ Sheet1: [[3, "=REE.GRID(A1)", null, "=SUM(B1:C3)"]] });
    expect(readOutcome(engine, { sheet: 0, row: 0, col: 1 })).toEqual({ kind: "spill", rows: grid(3) });
    expect(engine.getCellValue({ sheet: 0, row: 0, col: 3 })).toBe(6 + 60);
    engine.destroy();
  });

  it("shows #BUSY! until a promise settles, then the answer; one call per distinct argument set", async () => {
    const harness = new ExcelHarness(metadata, implementations, "web");
    laterCalls = 0;
    const engine = await harness.evaluate({ Sheet1: [["=REE.LATER(2)"], [null], ["=REE.LATER(2)"]] });
    expect(readOutcome(engine, { sheet: 0, row: 0, col: 0 })).toEqual({ kind: "spill", rows: grid(2) });
    expect(readOutcome(engine, { sheet: 0, row: 2, col: 0 })).toEqual({ kind: "spill", rows: grid(2) });
    expect(laterCalls).toBe(1);
    engine.destroy();
  });

  it("lifts a scalar function over a referenced range and spills the answers", async () => {
    const harness = new ExcelHarness(metadata, implementations, "desktop");
    const engine = await harness.evaluate({ Sheet1: [[1, "=REE.DOUBLE(A1:A3)"], [2], [null]] });
    // the empty cell arrives as 0 on desktop
    expect(readOutcome(engine, { sheet: 0, row: 0, col: 1 })).toEqual({ kind: "spill", rows: [[2], [4], [0]] });
    expect(harness.calls.map((call) => call.args)).toEqual([[1], [2], [0]]);
    engine.destroy();
  });

  it("reports #SPILL! where the spill area is not empty, as Excel does", async () => {
    const harness = new ExcelHarness(metadata, implementations, "web");
    const engine = await harness.evaluate({ Sheet1: [["=REE.GRID(2)"], ["in the way"]] });
    expect(readOutcome(engine, { sheet: 0, row: 0, col: 0 })).toMatchObject({ kind: "error", error: "#SPILL!" });
    engine.destroy();
  });
});
