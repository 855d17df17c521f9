import { NoDataError } from "../../../src/model/errors";
import { declareFunction } from "../../../src/functions/args/declare";
import { checkResult } from "../../../src/functions/args/result";
import { excelErrorOf } from "../../helpers/excel-error";

// Test-only declarations exercise the wrapper's error mapping without touching the public API.
const HALF = declareFunction({
  id: "TEST_HALF",
  params: [{ kind: "number", name: "x", min: -10, max: 10 }],
  run: ({ x }) => x / 2,
});
const MISSING = declareFunction({
  id: "TEST_MISSING",
  params: [{ kind: "year", name: "year" }],
  run: ({ year }) => {
    throw new NoDataError(`no data for ${year}; available years: 2018-2025`);
  },
});
const BROKEN = declareFunction({
  id: "TEST_BROKEN",
  params: [],
  run: () => [[1, 2], [3]],
});

const LATER = declareFunction({
  id: "TEST_LATER",
  params: [{ kind: "number", name: "x", min: -10, max: 10 }],
  run: async ({ x }) => {
    if (x < 0) throw new NoDataError(`nothing below zero, got ${x}`);
    return x === 9 ? [[1, 2], [3]] : [[x, x * 2]];
  },
});

describe("declared functions", () => {
  it("coerce arguments and return the body's result", () => {
    expect(HALF.call("3")).toBe(1.5);
    expect(HALF.call([[4]])).toBe(2);
  });

  it("turn bad input into #VALUE! with the message", () => {
    const error = excelErrorOf(() => HALF.call(11));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe("x must be between -10 and 10, got 11");
  });

  it("turn missing data into #N/A with the message", () => {
    const error = excelErrorOf(() => MISSING.call(2030));
    expect(error.code).toBe("#N/A");
    expect(error.message).toBe("no data for 2030; available years: 2018-2025");
  });

  it("refuse extra arguments", () => {
    expect(excelErrorOf(() => HALF.call(1, 2)).message).toBe("REE.TEST_HALF takes at most 1 argument, got 2");
    // trailing omitted arguments are harmless
    expect(HALF.call(1, null)).toBe(0.5);
  });

  it("report a ragged table as an internal error rather than returning it", () => {
    const error = excelErrorOf(() => BROKEN.call());
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^Internal error in REE\.TEST_BROKEN: row 2 of the result has 1 cells, not 2/);
  });

  it("settle a body's promise the same way: result checked, errors mapped", async () => {
    await expect(LATER.call(2)).resolves.toEqual([[2, 4]]);
    await expect(LATER.call(-1)).rejects.toMatchObject({ code: "#N/A", message: "nothing below zero, got -1" });
    await expect(LATER.call(9)).rejects.toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/^Internal error in REE\.TEST_LATER: row 2 of the result has 1 cells, not 2/),
    });
    // bad arguments are refused before the body runs, at once
    expect(excelErrorOf(() => LATER.call(11)).message).toBe("x must be between -10 and 10, got 11");
  });

  it("refuse a second declaration of the same id", () => {
    expect(() => declareFunction({ id: "TEST_HALF", params: [], run: () => 1 })).toThrow("declared twice");
  });
});

describe("result check", () => {
  it.each([
    [NaN, "the result is NaN"],
    [Infinity, "the result is Infinity"],
    [null, "the result is null"],
    [undefined, "the result is undefined"],
    [[], "the result is an empty table"],
    [[[1, null]], "cell (1, 2) of the result is null"],
  ])("refuses %p", (value, message) => {
    expect(() => checkResult(value)).toThrow(message);
  });

  it("accepts text, numbers, booleans and rectangular tables of them", () => {
    for (const value of ["a", 0, -1.5, true, [["a", 1, false]], [[1], [2]]])
      expect(() => checkResult(value)).not.toThrow();
  });
});
