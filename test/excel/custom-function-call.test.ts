/**
 * The model of how Excel calls a custom function, on small declarations whose behaviour is known:
 * omitted arguments and empty cells per platform, matrix parameters, lifting, errors in arguments,
 * and what a cell shows for each kind of result.
 */
import {
  callAsExcel,
  EMPTY_CELL,
  HarnessError,
  type FormulaArgument,
  type FunctionMetadata,
  type Outcome,
} from "../../tools/excel/custom-function-call";

const value = (v: unknown): FormulaArgument => ({ kind: "value", value: v as never });
const range = (cells: unknown[][]): FormulaArgument => ({ kind: "range", cells: cells as never });
const omitted: FormulaArgument = { kind: "omitted" };

/** A scalar function of (x, [options as a matrix]) that reports what it received. */
const ECHO: FunctionMetadata = {
  id: "ECHO",
  parameters: [
    { name: "x", type: "any" },
    { name: "options", type: "any", dimensionality: "matrix", optional: true },
  ],
  result: { type: "any" },
};
const echo = (x: unknown, options: unknown) => JSON.stringify([x, options]);

const TABLE: FunctionMetadata = {
  id: "TABLE",
  parameters: [{ name: "x", type: "any" }],
  result: { dimensionality: "matrix" },
};

function call(
  fn: FunctionMetadata,
  impl: (...args: never[]) => unknown,
  args: FormulaArgument[],
  platform: "desktop" | "web",
) {
  const received: unknown[][] = [];
  const outcome = callAsExcel(fn, impl, args, platform, (a) => received.push(a));
  return { outcome, received };
}

describe("how Excel passes arguments", () => {
  it("passes an omitted argument as null and an empty cell as 0 on desktop, null on the web", () => {
    expect(call(ECHO, echo, [value(EMPTY_CELL)], "desktop").received).toEqual([[0, null]]);
    expect(call(ECHO, echo, [value(EMPTY_CELL)], "web").received).toEqual([[null, null]]);
    expect(call(ECHO, echo, [omitted, omitted], "desktop").received).toEqual([[null, null]]);
    // arguments not written at all are passed as null too
    expect(call(ECHO, echo, [value(1)], "web").received).toEqual([[1, null]]);
  });

  it("gives a matrix parameter a 2-D array: a value as 1x1, a range as its rows, empty cells per platform", () => {
    expect(call(ECHO, echo, [value(1), value("a=1")], "web").received).toEqual([[1, [["a=1"]]]]);
    expect(
      call(
        ECHO,
        echo,
        [
          value(1),
          range([
            ["k", 2],
            [EMPTY_CELL, EMPTY_CELL],
          ]),
        ],
        "desktop",
      ).received,
    ).toEqual([
      [
        1,
        [
          ["k", 2],
          [0, 0],
        ],
      ],
    ]);
    expect(call(ECHO, echo, [value(1), range([["k", EMPTY_CELL]])], "web").received).toEqual([[1, [["k", null]]]]);
  });

  it("dereferences a one-cell range given to a single-value parameter", () => {
    expect(call(ECHO, echo, [range([["Dy"]])], "web").received).toEqual([["Dy", null]]);
  });

  it("lifts a range given to a single-value parameter: one call per cell, the results spill", () => {
    const { outcome, received } = call(
      ECHO,
      (x: unknown) => `<${String(x)}>`,
      [range([["a"], ["b"], [EMPTY_CELL]])],
      "desktop",
    );
    expect(received).toEqual([
      ["a", null],
      ["b", null],
      [0, null],
    ]);
    expect(outcome).toEqual({ kind: "spill", rows: [["<a>"], ["<b>"], ["<0>"]] });
  });

  it("broadcasts lifted ranges like built-in functions, with #N/A where sizes do not match", () => {
    const PAIR: FunctionMetadata = {
      id: "PAIR",
      parameters: [
        { name: "a", type: "any" },
        { name: "b", type: "any" },
      ],
      result: { type: "string" },
    };
    const pair = (a: unknown, b: unknown) => `${String(a)}${String(b)}`;
    const { outcome } = call(PAIR, pair, [range([["x", "y"]]), range([[1], [2], [3]])], "web");
    expect(outcome).toEqual({
      kind: "spill",
      rows: [
        ["x1", "y1"],
        ["x2", "y2"],
        ["x3", "y3"],
      ],
    });
    const uneven = call(PAIR, pair, [range([["x"], ["y"]]), range([[1], [2], [3]])], "web").outcome as Outcome;
    expect(uneven).toEqual({ kind: "spill", rows: [["x1"], ["y2"], [{ error: "#N/A" }]] });
  });

  it("cannot lift a function that returns an array: #CALC!", () => {
    const { outcome, received } = call(TABLE, () => [[1]], [range([["a"], ["b"]])], "desktop");
    expect(outcome).toMatchObject({ kind: "error", error: "#CALC!" });
    expect(received).toEqual([]);
  });

  it("does not call the function when an argument is an error; the cell shows that error", () => {
    const { outcome, received } = call(ECHO, echo, [value({ error: "#N/A" })], "web");
    expect(outcome).toEqual({ kind: "error", error: "#N/A" });
    expect(received).toEqual([]);
    expect(call(ECHO, echo, [value(1), range([["k", { error: "#DIV/0!" }]])], "web").outcome).toEqual({
      kind: "error",
      error: "#DIV/0!",
    });
  });

  it("converts to declared types and refuses what does not convert", () => {
    const NUM: FunctionMetadata = {
      id: "NUM",
      parameters: [{ name: "n", type: "number" }],
      result: { type: "number" },
    };
    const twice = (n: number) => n * 2;
    expect(call(NUM, twice, [value(" 21 ")], "web").outcome).toEqual({ kind: "value", value: 42 });
    expect(call(NUM, twice, [value("abc")], "web").outcome).toEqual({ kind: "error", error: "#VALUE!" });
  });

  it("refuses a formula with more arguments than declared, as Excel does when it is typed", () => {
    expect(() => callAsExcel(TABLE, () => [[1]], [value(1), value(2)], "web")).toThrow(HarnessError);
  });
});

describe("what the cell shows", () => {
  it("shows #VALUE! and #N/A with their messages, other errors without, and #VALUE! for a plain exception", () => {
    const fail = (error: unknown) => () => {
      throw error;
    };
    expect(call(ECHO, fail({ code: "#N/A", message: "no data" }), [value(1)], "web").outcome).toEqual({
      kind: "error",
      error: "#N/A",
      message: "no data",
    });
    expect(call(ECHO, fail({ code: "#NUM!", message: "ignored" }), [value(1)], "web").outcome).toEqual({
      kind: "error",
      error: "#NUM!",
    });
    expect(call(ECHO, fail(new TypeError("x is undefined")), [value(1)], "web").outcome).toEqual({
      kind: "error",
      error: "#VALUE!",
    });
  });

  it("spills a table, shows a 1x1 table as its value, and a null element as 0", () => {
    expect(call(TABLE, () => [[1, null]], [value(1)], "web").outcome).toEqual({ kind: "spill", rows: [[1, 0]] });
    expect(call(TABLE, () => [["only"]], [value(1)], "web").outcome).toEqual({ kind: "value", value: "only" });
  });

  it("settles a promise the same way", async () => {
    const later = callAsExcel(TABLE, async () => [[7]], [value(1)], "web");
    expect(later).toBeInstanceOf(Promise);
    await expect(later).resolves.toEqual({ kind: "value", value: 7 });
    const refused = callAsExcel(
      TABLE,
      async () => Promise.reject({ code: "#N/A", message: "later" }),
      [value(1)],
      "web",
    );
    await expect(refused).resolves.toEqual({ kind: "error", error: "#N/A", message: "later" });
  });
});
