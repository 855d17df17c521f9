/**
 * A faithful fake of the part of Excel's JavaScript API the pane uses: worksheets (get, add,
 * null objects, visibility), ranges (values, formulas, address, used range, spills, clear) and the
 * request context, with Office's proxy rule that a property can be read only after `load()` and
 * `context.sync()`. Formulas are evaluated by a function the test supplies; a result that is a
 * table spills to the right and down, or shows #SPILL! where the cells are not empty.
 */

type Cell = { formula?: string; value: unknown; spilledFrom?: string };

const columnName = (n: number): string => {
  let name = "";
  for (let x = n + 1; x > 0; x = Math.floor((x - 1) / 26)) name = String.fromCharCode(65 + ((x - 1) % 26)) + name;
  return name;
};
const parseCell = (address: string) => {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(address);
  if (!m) throw new Error(`bad cell address ${address}`);
  let column = 0;
  for (const ch of m[1]) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, column: column - 1 };
};
const key = (row: number, column: number) => `${columnName(column)}${row + 1}`;

type Box = { top: number; left: number; bottom: number; right: number };
/** The smallest box holding `box` (if any) and the cell. */
const extendBox = (box: Box | null, { row, column }: { row: number; column: number }): Box =>
  box
    ? {
        top: Math.min(box.top, row),
        left: Math.min(box.left, column),
        bottom: Math.max(box.bottom, row),
        right: Math.max(box.right, column),
      }
    : { top: row, left: column, bottom: row, right: column };
const parseRange = (address: string) => {
  const [a, b] = address.replace(/^.*!/, "").split(":");
  const start = parseCell(a);
  const end = b ? parseCell(b) : start;
  return { top: start.row, left: start.column, bottom: end.row, right: end.column };
};

export class FakeContext {
  syncs = 0;
  private pending: Array<{ target: { loaded: Set<string> }; props: string[] }> = [];
  constructor(readonly workbook: FakeWorkbook) {}
  expectLoad(target: { loaded: Set<string> }, props: string[]) {
    this.pending.push({ target, props });
  }
  async sync() {
    this.syncs++;
    for (const { target, props } of this.pending) props.forEach((p) => target.loaded.add(p));
    this.pending = [];
  }
}

abstract class Proxy {
  loaded = new Set<string>();
  constructor(protected context: FakeContext) {}
  load(props: string | string[]) {
    const list = Array.isArray(props) ? props : props.split(",").map((p) => p.trim());
    this.context.expectLoad(this, list);
    return this;
  }
  protected read<T>(prop: string, value: () => T): T {
    if (!this.loaded.has(prop)) throw new Error(`PropertyNotLoaded: ${prop} was read before load() and sync()`);
    return value();
  }
}

export class FakeRange extends Proxy {
  constructor(
    context: FakeContext,
    readonly sheet: FakeSheet,
    readonly box: { top: number; left: number; bottom: number; right: number } | null,
  ) {
    super(context);
  }
  get isNullObject() {
    return this.read("isNullObject", () => this.box === null);
  }
  private cells<T>(f: (cell: Cell | undefined, row: number, column: number) => T): T[][] {
    const b = this.box!;
    const rows: T[][] = [];
    for (let r = b.top; r <= b.bottom; r++) {
      const row: T[] = [];
      for (let c = b.left; c <= b.right; c++) row.push(f(this.sheet.cells.get(key(r, c)), r, c));
      rows.push(row);
    }
    return rows;
  }
  get values() {
    return this.read("values", () => this.cells((cell) => (cell ? cell.value : "")));
  }
  set values(rows: unknown[][]) {
    rows.forEach((row, r) =>
      row.forEach((value, c) => this.sheet.setValue(this.box!.top + r, this.box!.left + c, value)),
    );
    this.sheet.recalculate();
  }
  get formulas() {
    return this.read("formulas", () => this.cells((cell) => (cell ? (cell.formula ?? cell.value) : "")));
  }
  set formulas(rows: unknown[][]) {
    rows.forEach((row, r) =>
      row.forEach((value, c) => this.sheet.setFormulaOrValue(this.box!.top + r, this.box!.left + c, value)),
    );
    this.sheet.recalculate();
  }
  get address() {
    return this.read("address", () => {
      const b = this.box!;
      const a = key(b.top, b.left);
      const z = key(b.bottom, b.right);
      return `${this.sheet.name}!${a === z ? a : `${a}:${z}`}`;
    });
  }
  get rowIndex() {
    return this.read("rowIndex", () => this.box!.top);
  }
  get columnIndex() {
    return this.read("columnIndex", () => this.box!.left);
  }
  getSpillingToRangeOrNullObject(): FakeRange {
    const anchor = key(this.box!.top, this.box!.left);
    let box: FakeRange["box"] = null;
    for (const [k, cell] of this.sheet.cells) {
      if (cell.spilledFrom === anchor || (k === anchor && Array.isArray(this.sheet.results.get(anchor)))) {
        box = extendBox(box, parseCell(k));
      }
    }
    return new FakeRange(this.context, this.sheet, box && (box.bottom > box.top || box.right > box.left) ? box : null);
  }
  clear() {
    this.cells((_, r, c) => this.sheet.cells.delete(key(r, c)));
    this.sheet.recalculate();
  }
}

export interface FakeChart {
  type: string;
  source: string;
  seriesBy: string;
  title: { text: string };
  position?: [string, string];
  setPosition(start: string, end: string): void;
}

export class FakeSheet extends Proxy {
  cells = new Map<string, Cell>();
  results = new Map<string, unknown>();
  visibility = "Visible";
  active = false;
  charts = {
    items: [] as FakeChart[],
    add: (type: string, source: FakeRange, seriesBy: string): FakeChart => {
      const box = source.box!;
      const chart: FakeChart = {
        type,
        source: `${key(box.top, box.left)}:${key(box.bottom, box.right)}`,
        seriesBy,
        title: { text: "" },
        setPosition(start, end) {
          chart.position = [start, end];
        },
      };
      this.charts.items.push(chart);
      return chart;
    },
  };
  onDelete?: () => void;
  delete() {
    this.onDelete?.();
  }
  activate() {
    this.active = true;
  }
  constructor(
    context: FakeContext,
    public name: string,
    private evaluate: (formula: string) => unknown,
  ) {
    super(context);
  }
  get isNullObject() {
    return this.read("isNullObject", () => false);
  }
  getRange(address?: string) {
    return new FakeRange(
      this.context,
      this,
      address ? parseRange(address) : { top: 0, left: 0, bottom: 999, right: 99 },
    );
  }
  getUsedRangeOrNullObject() {
    let box: FakeRange["box"] = null;
    for (const k of this.cells.keys()) {
      box = extendBox(box, parseCell(k));
    }
    return new FakeRange(this.context, this, box);
  }
  setValue(row: number, column: number, value: unknown) {
    if (value === "" || value === null) this.cells.delete(key(row, column));
    else this.cells.set(key(row, column), { value });
  }
  setFormulaOrValue(row: number, column: number, value: unknown) {
    if (typeof value === "string" && value.startsWith("="))
      this.cells.set(key(row, column), { formula: value, value: undefined });
    else this.setValue(row, column, value);
  }
  /** Evaluates every formula and lays out spills, as Excel does after a change. */
  recalculate() {
    for (const [k, cell] of [...this.cells]) if (cell.spilledFrom) this.cells.delete(k);
    this.results.clear();
    for (const [k, cell] of [...this.cells]) {
      if (!cell.formula) continue;
      const result = this.evaluate(cell.formula);
      this.results.set(k, result);
      if (!Array.isArray(result)) {
        cell.value = result;
        continue;
      }
      const { row, column } = parseCell(k);
      const blocked = result.some((r: unknown[], i: number) =>
        r.some((_, j) => (i > 0 || j > 0) && this.cells.has(key(row + i, column + j))),
      );
      if (blocked) {
        cell.value = "#SPILL!";
        continue;
      }
      cell.value = result[0][0];
      result.forEach((r: unknown[], i: number) =>
        r.forEach((v, j) => {
          if (i > 0 || j > 0) this.cells.set(key(row + i, column + j), { value: v, spilledFrom: k });
        }),
      );
    }
  }
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  context: FakeContext = new FakeContext(this);
  constructor(private evaluate: (formula: string) => unknown) {}
  settingValues = new Map<string, unknown>();
  addSheet(name: string, rows: unknown[][]): FakeSheet {
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
      throw new Error(`ItemAlreadyExists: ${name}`);
    const sheet = new FakeSheet(this.context, name, this.evaluate);
    sheet.onDelete = () => (this.sheets = this.sheets.filter((s) => s !== sheet));
    rows.forEach((row, r) => row.forEach((v, c) => sheet.setFormulaOrValue(r, c, v)));
    sheet.recalculate();
    this.sheets.push(sheet);
    return sheet;
  }
  get worksheets() {
    return worksheetCollection(this, this.context);
  }
  /** Workbook settings (context.workbook.settings): getItemOrNullObject and add. */
  get settings() {
    return settingsCollection(this.settingValues, this.context);
  }
  sheet(name: string): FakeSheet {
    return this.worksheets.getItem(name);
  }
  evaluateFormula(formula: string): unknown {
    return this.evaluate(formula);
  }
}

function settingsCollection(values: Map<string, unknown>, context: FakeContext) {
  return {
    getItemOrNullObject(key: string) {
      const item = {
        loaded: new Set<string>(),
        load(props: string[]) {
          context.expectLoad(item, props);
          return item;
        },
        get value() {
          if (!item.loaded.has("value")) throw new Error("PropertyNotLoaded: value");
          return values.get(key);
        },
        get isNullObject() {
          if (!item.loaded.has("isNullObject")) throw new Error("PropertyNotLoaded: isNullObject");
          return !values.has(key);
        },
      };
      return item;
    },
    add(key: string, value: unknown) {
      values.set(key, value);
    },
  };
}

function worksheetCollection(workbook: FakeWorkbook, context: FakeContext) {
  const collection = {
    loaded: new Set<string>(),
    load(props: string) {
      context.expectLoad(collection, [props]);
      return collection;
    },
    get items() {
      if (!collection.loaded.has("items/name")) throw new Error("PropertyNotLoaded: items");
      return workbook.sheets;
    },
    getItem(name: string) {
      const sheet = workbook.sheets.find((s) => s.name === name);
      if (!sheet) throw new Error(`ItemNotFound: ${name}`);
      return sheet;
    },
    /** The sheet last activated, or the first sheet. */
    getActiveWorksheet() {
      return workbook.sheets.find((s) => s.active) ?? workbook.sheets[0];
    },
    getItemOrNullObject(name: string) {
      const sheet = workbook.sheets.find((s) => s.name === name);
      if (sheet) return sheet;
      const missing = new FakeSheet(context, name, (formula) => workbook.evaluateFormula(formula));
      Object.defineProperty(missing, "isNullObject", { get: () => true });
      missing.getUsedRangeOrNullObject = () => new FakeRange(context, missing, null);
      return missing;
    },
    add(name: string) {
      return workbook.addSheet(name, []);
    },
  };
  return collection;
}

/** Installs the fake as the global `Excel` (run, SheetVisibility, ClearApplyTo). */
export function installFakeExcel(workbook: FakeWorkbook): void {
  (globalThis as Record<string, unknown>).Excel = {
    run: <T>(callback: (context: unknown) => Promise<T>) => callback({ workbook, sync: () => workbook.context.sync() }),
    SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
    ChartType: { line: "Line" },
    ChartSeriesBy: { columns: "Columns", rows: "Rows" },
    ClearApplyTo: { contents: "Contents", all: "All" },
  };
}
