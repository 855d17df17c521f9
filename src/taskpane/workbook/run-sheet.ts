/**
 * "Run" writes a scenario into the workbook (SPEC section 9): a sheet holding the inputs as a
 * key/value range, live REE.SHOCK (every metric) and REE.PATH formulas that reference those
 * inputs, a native line chart of the monthly path (stock level, unmet demand, price multiplier)
 * and a footer with model version, data vintage, seed and date. The sheet is the pane's own:
 * sheets it created are listed in the workbook's settings, and a run never writes into a sheet
 * that is not on that list; if the name is taken, it picks another. Two `context.sync()` calls.
 * Labels follow the pane's language; the formulas, and the headers the functions spill, are the
 * same in every language, so a sheet written in Japanese recalculates the same for anyone.
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

export interface RunSheetPlan {
  readonly name: string;
  /** Cell address -> value or formula (text starting with "="). */
  readonly cells: ReadonlyArray<readonly [string, string | number]>;
  /** The range the line chart plots (header row included). */
  readonly chartRange: string;
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
  },
};

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
  cells.push(["A14", "=REE.PATH(B3,B4,B5,B6,B8,B7)"]);
  const footer = 14 + 24 + 3;
  cells.push([`A${footer}`, text.model]);
  cells.push([`B${footer}`, "=REE.VERSION()"]);
  cells.push([`A${footer + 1}`, text.writtenWith]);
  cells.push([`B${footer + 1}`, versionLabel()]);
  cells.push([`A${footer + 2}`, text.inputs.seed]);
  cells.push([`B${footer + 2}`, inputs.seed]);
  cells.push([`A${footer + 3}`, text.date]);
  cells.push([`B${footer + 3}`, date]);
  return { name, cells, chartRange: "H14:J38" };
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
    const chart = sheet.charts.add(Excel.ChartType.line, sheet.getRange(plan.chartRange), Excel.ChartSeriesBy.columns);
    chart.title.text = RUN_SHEET_TEXT[language].chart;
    chart.setPosition("L3", "T20");
    if (owned.indexOf(name) < 0) context.workbook.settings.add(OWNED_SHEETS_SETTING, JSON.stringify([...owned, name]));
    sheet.activate();
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
