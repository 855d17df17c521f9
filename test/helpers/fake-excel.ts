/**
 * A faithful fake of the part of Excel's JavaScript API the pane uses: worksheets (get, add,
 * null objects, visibility), ranges (values, formulas, address, used range, spills, clear), charts
 * and their series, workbook settings and the request context, with Office's proxy rule that a
 * property can be read only after `load()` and `context.sync()`. Formulas are evaluated by a
 * function the test supplies; a result that is a table spills to the right and down, or shows
 * #SPILL! where the cells are not empty.
 *
 * Behaviours of real Excel that the pane must cope with are modelled:
 * - A loaded property holds its value as of the load() in the batch, not later changes.
 * - Custom functions are asynchronous: a cell given an `REE.` formula shows #BUSY! (and spills
 *   nothing) for the rest of the batch that wrote it; its result appears when the batch is synced.
 *   Built-in formulas are evaluated at once.
 * - Requirement sets: the workbook supports ExcelApi up to a version (`excelApi`, default the
 *   latest). A member from a newer set fails the next `context.sync()` with ApiNotFound, as
 *   Office does, and `isSetSupported` answers as `Office.context.requirements.isSetSupported`.
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

/** A call of an `REE.` custom function (not Excel's `_xldudf_` form for a missing add-in). */
const CUSTOM_FUNCTION = /(^|[^A-Za-z0-9_.])REE\.[A-Z]+\s*\(/i;

/** -1, 0 or 1 as version `a` ("1.12") is lower than, equal to or higher than `b`. */
export function compareVersions(a: string, b: string): number {
  const x = a.split(".").map(Number);
  const y = b.split(".").map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

export class FakeContext {
  syncs = 0;
  private pending: Array<{
    target: { loaded: Set<string>; snapshots?: Map<string, unknown> };
    props: string[];
    values?: Map<string, unknown>;
  }> = [];
  private failure: Error | null = null;
  constructor(readonly workbook: FakeWorkbook) {}
  expectLoad(
    target: { loaded: Set<string>; snapshots?: Map<string, unknown> },
    props: string[],
    values?: Map<string, unknown>,
  ) {
    this.pending.push({ target, props, values });
  }
  /** Queues ApiNotFound for the next sync when the workbook lacks the member's ExcelApi version. */
  requires(version: string, member: string) {
    if (this.workbook.isSetSupported("ExcelApi", version) || this.failure) return;
    this.failure = Object.assign(
      new Error(`ApiNotFound: ${member} needs ExcelApi ${version}; this Excel has ${this.workbook.excelApi}`),
      { code: "ApiNotFound" },
    );
  }
  async sync() {
    this.syncs++;
    const failure = this.failure;
    if (failure) {
      // the sync rejects and nothing loaded in the batch is filled in
      this.failure = null;
      this.pending = [];
      throw failure;
    }
    for (const { target, props, values } of this.pending) {
      for (const p of props) {
        target.loaded.add(p);
        target.snapshots?.delete(p);
        if (values?.has(p)) target.snapshots?.set(p, values.get(p));
      }
    }
    this.pending = [];
    // the batch is done: custom functions written in it have their results now
    for (const sheet of this.workbook.sheets) if (sheet.busy) sheet.recalculate();
  }
}

abstract class Proxy {
  loaded = new Set<string>();
  /** Loaded values as they were where load() stood in the batch: a proxy does not follow later changes. */
  snapshots = new Map<string, unknown>();
  private peeking = false;
  constructor(protected context: FakeContext) {}
  load(props: string | string[]) {
    const list = Array.isArray(props) ? props : props.split(",").map((p) => p.trim());
    const values = new Map<string, unknown>();
    this.peeking = true;
    try {
      for (const prop of list) {
        try {
          values.set(prop, (this as unknown as Record<string, unknown>)[prop]);
        } catch {
          // not readable here (a null object's address): reading it later fails as it does now
        }
      }
    } finally {
      this.peeking = false;
    }
    this.context.expectLoad(this, list, values);
    return this;
  }
  protected read<T>(prop: string, value: () => T): T {
    if (this.peeking) return value();
    if (!this.loaded.has(prop)) throw new Error(`PropertyNotLoaded: ${prop} was read before load() and sync()`);
    return this.snapshots.has(prop) ? (this.snapshots.get(prop) as T) : value();
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
    this.sheet.recalculate(false);
  }
  get formulas() {
    return this.read("formulas", () => this.cells((cell) => (cell ? (cell.formula ?? cell.value) : "")));
  }
  set formulas(rows: unknown[][]) {
    rows.forEach((row, r) =>
      row.forEach((value, c) => this.sheet.setFormulaOrValue(this.box!.top + r, this.box!.left + c, value)),
    );
    this.sheet.recalculate(false);
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
    this.context.requires("1.12", "Range.getSpillingToRangeOrNullObject");
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
    this.cells((_, r, c) => {
      this.sheet.cells.delete(key(r, c));
      this.sheet.fresh.delete(key(r, c));
    });
    this.sheet.recalculate(false);
  }
  /** The address without the sheet, for charts' records. */
  get localAddress(): string {
    const b = this.box!;
    const a = key(b.top, b.left);
    const z = key(b.bottom, b.right);
    return a === z ? a : `${a}:${z}`;
  }
}

/** One series of a chart: what it is called and which cells it plots (addresses on the chart's sheet). */
export interface SeriesRecord {
  name: string;
  values: string;
  /** The category (x-axis) cells, or null for Excel's 1, 2, 3… */
  xValues: string | null;
  axisGroup: "Primary" | "Secondary";
}

export class FakeSeries extends Proxy {
  constructor(
    context: FakeContext,
    private chart: FakeChart,
    readonly record: SeriesRecord,
  ) {
    super(context);
  }
  get name() {
    return this.read("name", () => this.record.name);
  }
  set name(name: string) {
    this.record.name = name;
  }
  setValues(source: FakeRange) {
    this.context.requires("1.7", "ChartSeries.setValues");
    this.record.values = source.localAddress;
  }
  setXAxisValues(source: FakeRange) {
    this.context.requires("1.7", "ChartSeries.setXAxisValues");
    this.record.xValues = source.localAddress;
  }
  set axisGroup(group: "Primary" | "Secondary") {
    this.context.requires("1.8", "ChartSeries.axisGroup");
    this.record.axisGroup = group;
  }
  delete() {
    this.context.requires("1.7", "ChartSeries.delete");
    this.chart.seriesList = this.chart.seriesList.filter((s) => s !== this);
  }
}

export class FakeChart {
  title = { text: "" };
  axes = { categoryAxis: { title: { text: "" } } };
  position?: [string, string];
  seriesList: FakeSeries[] = [];
  readonly series: {
    loaded: Set<string>;
    load(props: string): unknown;
    readonly items: FakeSeries[];
    getItemAt(index: number): FakeSeries;
    add(name?: string): FakeSeries;
  };
  constructor(
    private context: FakeContext,
    readonly type: string,
    readonly seriesBy: string,
  ) {
    const list = () => this.seriesList;
    const add = (record: SeriesRecord) => this.addSeries(record);
    const collection = {
      loaded: new Set<string>(),
      load(props: string) {
        context.expectLoad(collection, [props.split("/")[0]]);
        return collection;
      },
      get items() {
        if (!collection.loaded.has("items")) throw new Error("PropertyNotLoaded: series items");
        return list().slice();
      },
      getItemAt(index: number) {
        const series = list()[index];
        if (!series) throw new Error(`ItemNotFound: series ${index}`);
        return series;
      },
      add(name?: string) {
        context.requires("1.7", "ChartSeriesCollection.add");
        return add({ name: name ?? "", values: "", xValues: null, axisGroup: "Primary" });
      },
    };
    this.series = collection;
  }
  addSeries(record: SeriesRecord): FakeSeries {
    const series = new FakeSeries(this.context, this, record);
    this.seriesList.push(series);
    return series;
  }
  setPosition(start: string, end: string) {
    this.position = [start, end];
  }
  /** What the chart shows, for assertions. */
  describe() {
    return {
      type: this.type,
      title: this.title.text,
      categoryTitle: this.axes.categoryAxis.title.text,
      series: this.seriesList.map((s) => ({ ...s.record })),
    };
  }
}

/**
 * The series Excel makes when a chart is added over `source`, from what the cells hold at that
 * moment: one per column (or row); when the first row (column) is text over numbers it names the
 * series and is not plotted, otherwise the series are "Series1", "Series2"… and every cell is
 * plotted, the first row (column) included.
 */
function autoSeries(source: FakeRange, seriesBy: string, fromEmpty: "per-line" | "none"): SeriesRecord[] {
  const box = source.box!;
  const rows = box.bottom - box.top + 1;
  const columns = box.right - box.left + 1;
  const byColumns = seriesBy === "Columns" || (seriesBy !== "Rows" && rows >= columns);
  const value = (r: number, c: number) => source.sheet.cells.get(key(r, c))?.value;
  const isText = (v: unknown) => typeof v === "string" && v !== "" && !v.startsWith("#");
  // nothing to plot yet: empty, or a custom function still computing
  const isBlank = (v: unknown) => v === undefined || v === "" || v === "#BUSY!";
  const count = byColumns ? columns : rows;
  const line = (i: number, from: number): string =>
    byColumns
      ? `${key(box.top + from, box.left + i)}:${key(box.bottom, box.left + i)}`
      : `${key(box.top + i, box.left + from)}:${key(box.top + i, box.right)}`;
  const first = (i: number) => (byColumns ? value(box.top, box.left + i) : value(box.top + i, box.left));
  const rest = (i: number) =>
    byColumns
      ? Array.from({ length: rows - 1 }, (_, r) => value(box.top + 1 + r, box.left + i))
      : Array.from({ length: columns - 1 }, (_, c) => value(box.top + i, box.left + 1 + c));
  const empty = byColumns
    ? Array.from({ length: count }, (_, i) => [first(i), ...rest(i)]).every((line) => line.every(isBlank))
    : false;
  if (empty && fromEmpty === "none") return [];
  const header =
    (byColumns ? rows : columns) > 1 &&
    Array.from({ length: count }, (_, i) => i).every(
      (i) => isText(first(i)) && rest(i).some((v) => typeof v === "number"),
    );
  return Array.from({ length: count }, (_, i) => ({
    name: header ? String(first(i)) : `Series${i + 1}`,
    values: line(i, header ? 1 : 0),
    xValues: null,
    axisGroup: "Primary" as const,
  }));
}

export class FakeSheet extends Proxy {
  cells = new Map<string, Cell>();
  results = new Map<string, unknown>();
  /** Cells given a custom-function formula in the current batch: #BUSY! until it is synced. */
  fresh = new Set<string>();
  private shownAs = "Visible";
  active = false;
  charts = {
    items: [] as FakeChart[],
    add: (type: string, source: FakeRange, seriesBy: string): FakeChart => {
      const chart = new FakeChart(this.context, type, seriesBy);
      for (const record of autoSeries(source, seriesBy, this.context.workbook.options.seriesFromEmpty ?? "per-line"))
        chart.addSeries(record);
      this.charts.items.push(chart);
      return chart;
    },
  };
  /** Reading is ExcelApi 1.1, setting 1.2. */
  get visibility() {
    return this.shownAs;
  }
  set visibility(value: string) {
    this.context.requires("1.2", "Worksheet.visibility (set)");
    this.shownAs = value;
  }
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
    this.context.requires("1.4", "Worksheet.getUsedRangeOrNullObject");
    let box: FakeRange["box"] = null;
    for (const k of this.cells.keys()) {
      box = extendBox(box, parseCell(k));
    }
    return new FakeRange(this.context, this, box);
  }
  get busy() {
    return this.fresh.size > 0;
  }
  setValue(row: number, column: number, value: unknown) {
    this.fresh.delete(key(row, column));
    if (value === "" || value === null) this.cells.delete(key(row, column));
    else this.cells.set(key(row, column), { value });
  }
  setFormulaOrValue(row: number, column: number, value: unknown) {
    if (typeof value === "string" && value.startsWith("=")) {
      this.cells.set(key(row, column), { formula: value, value: undefined });
      if (CUSTOM_FUNCTION.test(value)) this.fresh.add(key(row, column));
    } else this.setValue(row, column, value);
  }
  /**
   * Evaluates every formula and lays out spills, as Excel does after a change. Until the batch
   * is synced (`batchDone` false), custom functions written in it show #BUSY! and spill nothing.
   */
  recalculate(batchDone = true) {
    if (batchDone) this.fresh.clear();
    for (const [k, cell] of [...this.cells]) if (cell.spilledFrom) this.cells.delete(k);
    this.results.clear();
    for (const [k, cell] of [...this.cells]) {
      if (!cell.formula) continue;
      if (this.fresh.has(k)) {
        cell.value = "#BUSY!";
        continue;
      }
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

export interface FakeWorkbookOptions {
  /** The highest ExcelApi version supported (default LATEST_EXCEL_API). */
  readonly excelApi?: string;
  /**
   * The series Excel makes for a chart added over cells with nothing to plot yet: one per column
   * ("per-line", the default) or none. Microsoft does not document which, so the pane must cope
   * with both.
   */
  readonly seriesFromEmpty?: "per-line" | "none";
}

/** The newest ExcelApi version the fake knows (Excel on the web and current Microsoft 365). */
export const LATEST_EXCEL_API = "1.20";

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  context: FakeContext = new FakeContext(this);
  /** The highest ExcelApi version this Excel supports. */
  readonly excelApi: string;
  constructor(
    private evaluate: (formula: string) => unknown,
    readonly options: FakeWorkbookOptions = {},
  ) {
    this.excelApi = options.excelApi ?? LATEST_EXCEL_API;
  }
  settingValues = new Map<string, unknown>();
  /** As Office.context.requirements.isSetSupported: only ExcelApi is modelled. */
  isSetSupported(name: string, version = "1.1"): boolean {
    return name.toLowerCase() === "excelapi" && compareVersions(version, this.excelApi) <= 0;
  }
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
  context.requires("1.4", "Workbook.settings");
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
      context.requires("1.4", "WorksheetCollection.getItemOrNullObject");
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

/** Installs the fake as the global `Excel` (run and the enums the pane uses). */
export function installFakeExcel(workbook: FakeWorkbook): void {
  (globalThis as Record<string, unknown>).Excel = {
    run: <T>(callback: (context: unknown) => Promise<T>) => callback({ workbook, sync: () => workbook.context.sync() }),
    SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
    ChartType: { line: "Line" },
    ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
    ChartAxisGroup: { primary: "Primary", secondary: "Secondary" },
    ClearApplyTo: { contents: "Contents", all: "All" },
  };
}
