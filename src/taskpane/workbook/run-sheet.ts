/**
 * "Run" writes a scenario into the workbook (SPEC section 9): a sheet holding the inputs as a
 * key/value range, live REE.SHOCK (every metric) and REE.PATH formulas that reference those
 * inputs, a native line chart of the monthly path (stock level, unmet demand, price multiplier)
 * and a footer with model version, data vintage, seed and date. The sheet is the pane's own:
 * sheets it created are listed in the workbook's settings, and a run never writes into a sheet
 * that is not on that list; if the name is taken, it picks another. Labels follow the pane's
 * language; the formulas, and the headers the functions spill, are the same in every language, so
 * a sheet written in Japanese recalculates the same for anyone.
 *
 * The chart is added in the batch that writes the formulas, when the custom functions have no
 * results yet (#BUSY!, nothing spilled): Excel would then take no header from the empty range,
 * name the series "Series1", "Series2"… and plot the header row as data. So every series is set
 * explicitly: its name, its values (the data rows of one REE.PATH column, not the header) and the
 * months as categories, with the price multiplier on the secondary axis. Excel's own series
 * cannot be known before a sync, so a run takes three `context.sync()` calls: read the sheet
 * list, write the sheet and chart (loading the chart's series), then fit the series.
 */
import { versionLabel } from "../../model/version";
import type { Language } from "../strings";

export const OWNED_SHEETS_SETTING = "ree.ownedSheets";

export interface RunInputs {
  readonly importer: string;
  readonly element: string;
  /** A preset id or a severity 0-1. */
  readonly shock: string | number;
  readonly months: number;
  /** Options text, e.g. "path=DELAYED; stockpile_days=30" ("" for none). */
  readonly options: string;
  /** Year of demand and dependency, or null for the latest. */
  readonly year: number | null;
  readonly seed: number;
}

export interface ChartSeriesPlan {
  readonly name: string;
  /** The cells plotted: one column of REE.PATH's data rows, without its header. */
  readonly values: string;
  readonly axis: "primary" | "secondary";
}

export interface RunChartPlan {
  readonly title: string;
  /** The range the chart is added over: the data rows of the plotted columns. */
  readonly source: string;
  /** The months, REE.PATH's first column without its header. */
  readonly categories: string;
  readonly categoryTitle: string;
  readonly series: readonly ChartSeriesPlan[];
}

export interface RunSheetPlan {
  readonly name: string;
  /** Cell address -> value or formula (text starting with "="). */
  readonly cells: ReadonlyArray<readonly [string, string | number]>;
  readonly chart: RunChartPlan;
}

type InputKey = "importer" | "element" | "shock" | "months" | "year" | "options" | "seed";

interface RunSheetText {
  readonly title: (inputs: RunInputs) => string;
  readonly input: string;
  readonly value: string;
  readonly inputs: Readonly<Record<InputKey, string>>;
  readonly metrics: string;
  readonly path: string;
  readonly model: string;
  readonly writtenWith: string;
  readonly date: string;
  readonly chart: string;
  readonly month: string;
  readonly series: Readonly<Record<"stockLevel" | "unmet" | "priceMultiplier", string>>;
}

/** The sheet's labels in each language of the pane (input names as in Excel's argument help). */
export const RUN_SHEET_TEXT: Readonly<Record<Language, RunSheetText>> = {
  en: {
    title: (i: RunInputs) => `REE Supply Risk: ${i.element}, ${i.shock} (${i.importer})`,
    input: "input",
    value: "value",
    inputs: {
      importer: "importer",
      element: "element",
      shock: "shock",
      months: "months",
      year: "year",
      options: "options",
      seed: "seed",
    },
    metrics: "metrics",
    path: "monthly path",
    model: "model",
    writtenWith: "written by the pane with",
    date: "date",
    chart: "Stock level, unmet demand (t) and price multiplier",
    month: "month",
    series: {
      stockLevel: "stock level (t)",
      unmet: "unmet demand (t)",
      priceMultiplier: "price multiplier (right axis)",
    },
  },
  ja: {
    title: (i: RunInputs) => `レアアース供給リスク：${i.element}、${i.shock}（${i.importer}）`,
    input: "入力",
    value: "値",
    inputs: {
      importer: "輸入国",
      element: "元素",
      shock: "ショック",
      months: "月数",
      year: "年",
      options: "オプション",
      seed: "シード",
    },
    metrics: "指標",
    path: "月次の推移",
    model: "モデル",
    writtenWith: "作業ウィンドウのバージョン",
    date: "日付",
    chart: "在庫、供給不足 (t)、価格倍率",
    month: "月",
    series: {
      stockLevel: "在庫 (t)",
      unmet: "供給不足 (t)",
      priceMultiplier: "価格倍率（右軸）",
    },
  },
};

/** The row of the REE.PATH formula; its header is this row and month 1 the next. */
const PATH_ROW = 14;
/** REE.PATH's horizon (the presets' 24 months) ends on this row. */
const LAST_MONTH_ROW = PATH_ROW + 24;
/** The columns REE.PATH spills from A: month, demand, …, stock_level, unmet, price_multiplier. */
const PATH_COLUMNS = { month: "A", stock_level: "H", unmet: "I", price_multiplier: "J" } as const;

const INPUT_ROWS: ReadonlyArray<readonly [InputKey, (i: RunInputs) => string | number]> = [
  ["importer", (i) => i.importer],
  ["element", (i) => i.element],
  ["shock", (i) => i.shock],
  ["months", (i) => i.months],
  ["year", (i) => (i.year === null ? "" : i.year)],
  ["options", (i) => i.options],
  ["seed", (i) => i.seed],
];

/** Characters Excel does not allow in sheet names, and its 31-character limit. */
export function sheetName(text: string): string {
  return text
    .replace(/[[\]:*?/\\]/g, "-")
    .slice(0, 31)
    .trim();
}

/** The first of "name", "name (2)", "name (3)"... that is free or already the pane's own. */
export function chooseName(base: string, existing: readonly string[], owned: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const mine = new Set(owned.map((n) => n.toLowerCase()));
  for (let i = 1; ; i++) {
    const suffix = i === 1 ? "" : ` (${i})`;
    const candidate = sheetName(base.slice(0, 31 - suffix.length) + suffix);
    if (!taken.has(candidate.toLowerCase()) || mine.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * What a run writes, before any Excel call.
 *
 * @example planRunSheet(inputs, "REE Dy licensing-2025", "2026-11-28").cells[0]; // => ["A1", "REE Supply Risk: Dy, licensing-2025 (JP)"]
 * @example planRunSheet(inputs, "REE Dy licensing-2025", "2026-11-28", "ja").cells[3]; // => ["A3", "輸入国"]
 */
export function planRunSheet(inputs: RunInputs, name: string, date: string, language: Language = "en"): RunSheetPlan {
  const text = RUN_SHEET_TEXT[language];
  const cells: Array<readonly [string, string | number]> = [
    ["A1", text.title(inputs)],
    ["A2", text.input],
    ["B2", text.value],
  ];
  INPUT_ROWS.forEach(([key, value], i) => {
    cells.push([`A${i + 3}`, text.inputs[key]]);
    const v = value(inputs);
    if (v !== "") cells.push([`B${i + 3}`, v]);
  });
  // B3 importer, B4 element, B5 shock, B6 months, B7 year, B8 options, B9 seed
  cells.push(["D2", text.metrics]);
  cells.push(["D3", '=REE.SHOCK(B3,B4,B5,B6,"ALL",B8,B7)']);
  cells.push(["A13", text.path]);
  cells.push([`A${PATH_ROW}`, "=REE.PATH(B3,B4,B5,B6,B8,B7)"]);
  const footer = LAST_MONTH_ROW + 3;
  cells.push([`A${footer}`, text.model]);
  cells.push([`B${footer}`, "=REE.VERSION()"]);
  cells.push([`A${footer + 1}`, text.writtenWith]);
  cells.push([`B${footer + 1}`, versionLabel()]);
  cells.push([`A${footer + 2}`, text.inputs.seed]);
  cells.push([`B${footer + 2}`, inputs.seed]);
  cells.push([`A${footer + 3}`, text.date]);
  cells.push([`B${footer + 3}`, date]);
  const rows = (column: string) => `${column}${PATH_ROW + 1}:${column}${LAST_MONTH_ROW}`;
  return {
    name,
    cells,
    chart: {
      title: text.chart,
      source: `${PATH_COLUMNS.stock_level}${PATH_ROW + 1}:${PATH_COLUMNS.price_multiplier}${LAST_MONTH_ROW}`,
      categories: rows(PATH_COLUMNS.month),
      categoryTitle: text.month,
      series: [
        { name: text.series.stockLevel, values: rows(PATH_COLUMNS.stock_level), axis: "primary" },
        { name: text.series.unmet, values: rows(PATH_COLUMNS.unmet), axis: "primary" },
        { name: text.series.priceMultiplier, values: rows(PATH_COLUMNS.price_multiplier), axis: "secondary" },
      ],
    },
  };
}

/** Writes (or rewrites) the run sheet, labelled in `language`; returns its name. */
export async function writeRunSheet(inputs: RunInputs, date: string, language: Language = "en"): Promise<string> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const setting = context.workbook.settings.getItemOrNullObject(OWNED_SHEETS_SETTING);
    setting.load(["value", "isNullObject"]);
    await context.sync();

    const owned: string[] = setting.isNullObject ? [] : parseOwned(setting.value);
    const existing = sheets.items.map((s) => s.name);
    const name = chooseName(sheetName(`REE ${inputs.element} ${inputs.shock}`), existing, owned);
    const plan = planRunSheet(inputs, name, date, language);
    // The pane's own sheet from an earlier run is replaced whole (cells and chart).
    if (existing.some((n) => n.toLowerCase() === name.toLowerCase())) sheets.getItem(name).delete();
    const sheet = sheets.add(name);
    for (const [address, value] of plan.cells) {
      const range = sheet.getRange(address);
      if (typeof value === "string" && value.startsWith("=")) range.formulas = [[value]];
      else range.values = [[value]];
    }
    // Over the data rows only; the series Excel makes from them are replaced below.
    const { chart: chartPlan } = plan;
    const chart = sheet.charts.add(Excel.ChartType.line, sheet.getRange(chartPlan.source), Excel.ChartSeriesBy.columns);
    chart.title.text = chartPlan.title;
    chart.axes.categoryAxis.title.text = chartPlan.categoryTitle;
    chart.setPosition("L3", "T20");
    chart.series.load("items/name");
    if (owned.indexOf(name) < 0) context.workbook.settings.add(OWNED_SHEETS_SETTING, JSON.stringify([...owned, name]));
    sheet.activate();
    await context.sync();

    const made = chart.series.items;
    chartPlan.series.forEach((wanted, i) => {
      const series = i < made.length ? made[i] : chart.series.add(wanted.name);
      series.name = wanted.name;
      series.setValues(sheet.getRange(wanted.values));
      series.setXAxisValues(sheet.getRange(chartPlan.categories));
      series.axisGroup = wanted.axis === "secondary" ? Excel.ChartAxisGroup.secondary : Excel.ChartAxisGroup.primary;
    });
    for (const extra of made.slice(chartPlan.series.length)) extra.delete();
    await context.sync();
    return name;
  });
}

function parseOwned(value: unknown): string[] {
  try {
    const list = typeof value === "string" ? JSON.parse(value) : value;
    return Array.isArray(list) ? list.filter((n): n is string => typeof n === "string") : [];
  } catch {
    return [];
  }
}
