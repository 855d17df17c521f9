/**
 * Freeze for sharing, Restore and Repair formulas against a faithful fake of Excel: what is
 * written, how many context.sync() calls it takes, and that the round trip loses nothing —
 * formulas that mix REE with other functions, spilled results, plain values and other formulas.
 */
import { FakeWorkbook, installFakeExcel } from "../../helpers/fake-excel";
import {
  freezeSheets,
  readStore,
  repairFormulas,
  restoreFormulas,
  STORE_SHEET,
} from "../../../src/taskpane/workbook/freeze";
import { callsRee, normaliseReeFormula } from "../../../src/taskpane/workbook/formulas";

// The fake's formula evaluator: REE calls give fixed numbers, REE.PATH spills a 3x2 table.
function evaluate(formula: string): unknown {
  if (/REE\.PATH\(/.test(formula))
    return [
      ["month", "unmet"],
      [1, 5],
      [2, 7],
    ];
  if (/^=IFERROR\(REE\.SHOCK/.test(formula)) return 0.5;
  if (/REE\.SHOCK\(/.test(formula)) return 0.25;
  if (/_xldudf_/.test(formula)) return "#NAME?";
  if (/^=SUM/.test(formula)) return 42;
  return 0;
}

function workbookWithModel() {
  const workbook = new FakeWorkbook(evaluate);
  workbook.addSheet("Model", [
    ["label", "plain text", 12],
    ['=REE.SHOCK("JP","Dy",0.5)', "=SUM(C1:C1)", '=IFERROR(REE.SHOCK("JP","Dy",A1),0)*2'],
    [],
    ['=REE.PATH("JP","Dy",1,6)'],
  ]);
  installFakeExcel(workbook);
  return workbook;
}

const snapshot = (workbook: FakeWorkbook, name: string) =>
  new Map([...workbook.sheet(name).cells].map(([k, c]) => [k, { formula: c.formula, value: c.value }]));

describe("formula recognition", () => {
  it("finds REE calls as typed and as Excel shows them without the add-in", () => {
    expect(callsRee('=REE.SHOCK("JP","Dy",0.5)')).toBe(true);
    expect(callsRee('=1+ree.data("PRICE","Dy")')).toBe(true);
    expect(callsRee('=_xldudf_REE_SHOCK("JP","Dy",0.5)')).toBe(true);
    expect(callsRee("=SUM(A1:A2)")).toBe(false);
    expect(callsRee('="REE.SHOCK("')).toBe(false);
    expect(callsRee("REE.SHOCK(1)")).toBe(false);
    expect(normaliseReeFormula('=_xldudf_REE_SHOCK("JP","Dy",1)+_xldudf_REE_DATA("PRICE","Dy")')).toBe(
      '=REE.SHOCK("JP","Dy",1)+REE.DATA("PRICE","Dy")',
    );
  });
});

describe("Freeze for sharing and Restore", () => {
  it("replaces REE formulas with their values, keeps other cells, and stores the formulas very hidden in three syncs", async () => {
    const workbook = workbookWithModel();
    const before = snapshot(workbook, "Model");
    expect(await freezeSheets(["Model"])).toBe(3);
    expect(workbook.context.syncs).toBe(3);
    const model = workbook.sheet("Model");
    expect(model.cells.get("A2")).toEqual({ value: 0.25 });
    expect(model.cells.get("C2")).toEqual({ value: 0.5 });
    expect(model.cells.get("B2")?.formula).toBe("=SUM(C1:C1)"); // not an REE formula: left alone
    // the spilled table stays, as values
    expect(["A4", "B4", "A5", "B5", "A6", "B6"].map((k) => model.cells.get(k)?.value)).toEqual([
      "month",
      "unmet",
      1,
      5,
      2,
      7,
    ]);
    expect([...model.cells.values()].some((c) => c.formula && callsRee(c.formula))).toBe(false);
    expect(before.get("B1")).toEqual(snapshot(workbook, "Model").get("B1"));
    const store = workbook.sheet(STORE_SHEET);
    expect(store.visibility).toBe("VeryHidden");
  });

  it("Restore puts every formula back exactly, re-spills the table, and empties the store in two syncs", async () => {
    const workbook = workbookWithModel();
    const before = snapshot(workbook, "Model");
    await freezeSheets(["Model"]);
    workbook.context.syncs = 0;
    const result = await restoreFormulas();
    expect(result).toEqual({ restored: 3, problems: [] });
    expect(workbook.context.syncs).toBe(2);
    expect(snapshot(workbook, "Model")).toEqual(before);
    expect(workbook.sheet(STORE_SHEET).cells.size).toBe(0);
  });

  it("freezing two sheets one after the other keeps both sets of formulas, and Restore brings back both", async () => {
    const workbook = workbookWithModel();
    workbook.addSheet("Other", [['=REE.SHOCK("JP","Tb",1)', 3]]);
    const model = snapshot(workbook, "Model");
    const other = snapshot(workbook, "Other");
    await freezeSheets(["Model"]);
    await freezeSheets(["Other"]);
    expect(await freezeSheets(["Other"])).toBe(0); // nothing left to freeze
    expect((await restoreFormulas()).restored).toBe(4);
    expect(snapshot(workbook, "Model")).toEqual(model);
    expect(snapshot(workbook, "Other")).toEqual(other);
  });

  it("reports, and keeps, store rows it cannot read and formulas whose sheet is gone", () => {
    const { cells, problems } = readStore([
      ["sheet", "address", "formula", "spill"],
      ["Model", "A2", '=REE.SHOCK("JP","Dy",0.5)', ""],
      ["Model", "not an address", "=1", ""],
      [],
      ["Model", "A4", '=REE.PATH("JP","Dy",1,6)', "A4:B6"],
    ]);
    expect(cells.map((c) => c.address)).toEqual(["A2", "A4"]);
    expect(cells[1].spill).toBe("A4:B6");
    expect(problems).toEqual([`row 3 of ${STORE_SHEET} is not a frozen formula and was left as it is`]);
  });
});

describe("Repair formulas", () => {
  it("re-enters only REE formulas that show #NAME?, in two syncs", async () => {
    const workbook = new FakeWorkbook(evaluate);
    workbook.addSheet("Shared", [
      ['=_xldudf_REE_SHOCK("JP","Dy",0.5)', '=REE.SHOCK("JP","Dy",0.5)', "=SUM(A1:A1)", "text"],
    ]);
    installFakeExcel(workbook);
    expect(await repairFormulas(["Shared"])).toBe(1);
    expect(workbook.context.syncs).toBe(2);
    const sheet = workbook.sheet("Shared");
    expect(sheet.cells.get("A1")).toEqual({ formula: '=REE.SHOCK("JP","Dy",0.5)', value: 0.25 });
    expect(sheet.cells.get("C1")?.formula).toBe("=SUM(A1:A1)");
    expect(sheet.cells.get("D1")?.value).toBe("text");
  });
});
