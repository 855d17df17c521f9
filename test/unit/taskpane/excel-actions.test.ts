import { insertFormulaAtSelection } from "../../../src/taskpane/excel-actions";

/**
 * A fake of the few Excel objects the action touches, with Office's proxy semantics: a property is
 * readable only after `load()` and `context.sync()`, and writes are queued until `sync()`.
 */
function fakeExcel(address: string) {
  const state = {
    synced: 0,
    loaded: new Set<string>(),
    readable: new Set<string>(),
    formulas: [[""]] as unknown[][],
    queued: [] as unknown[][][],
  };
  const cell = {
    set formulas(value: unknown[][]) {
      state.queued.push(value);
    },
    load(properties: string) {
      properties.split(",").forEach((p) => state.loaded.add(p.trim()));
    },
    get address(): string {
      if (!state.readable.has("address")) throw new Error('PropertyNotLoaded: "address" was not loaded and synced');
      return address;
    },
  };
  const context = {
    workbook: {
      getSelectedRange: () => ({
        getCell: (row: number, column: number) => {
          if (row !== 0 || column !== 0) throw new Error("expected the first cell");
          return cell;
        },
      }),
    },
    async sync() {
      state.synced++;
      state.loaded.forEach((p) => state.readable.add(p));
      for (const value of state.queued.splice(0)) state.formulas = value;
    },
  };
  const Excel = { run: <T>(callback: (c: typeof context) => Promise<T>) => callback(context) };
  return { Excel, state };
}

describe("insertFormulaAtSelection", () => {
  it("writes the formula into the selection's first cell in one sync and returns the address", async () => {
    const { Excel, state } = fakeExcel("Sheet1!B2");
    (globalThis as Record<string, unknown>).Excel = Excel;
    await expect(insertFormulaAtSelection('=REE.ELEMENTS("HREE")')).resolves.toBe("Sheet1!B2");
    expect(state.formulas).toEqual([['=REE.ELEMENTS("HREE")']]);
    expect(state.synced).toBe(1);
  });
});
