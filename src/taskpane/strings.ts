import { EXCEL_API_BUILDS } from "./requirements";

/**
 * The pane's text in English and Japanese, chosen from Office's display language (or the
 * browser's in preview mode) and switchable by hand. Both tables have the same keys; a test
 * checks it. Messages that take a value take it as text, already formatted for the locale.
 */
export const STRINGS = {
  en: {
    title: "REE Supply Risk",
    loading: "Loading…",
    language: "日本語",
    languageLabel: "Show the pane in Japanese",
    inExcel: "Connected to Excel. A run writes a sheet with live REE formulas and a chart.",
    preview: "Preview mode: not running in Excel. Results are shown here instead of being written to a workbook.",
    waiting:
      "Preview mode: Office has not answered yet. Results are shown here; if the pane is open in Excel, it connects as soon as Excel is ready.",
    scenarioHeading: "Scenario",
    importer: "Importer",
    elements: "Elements or groups",
    elementsHint: "One or more, separated by commas: Dy, Tb or MAGNET",
    preset: "Preset",
    path: "Diversification path",
    pathData: "As in the data year",
    pathOnTrack: "On track (METI plan)",
    pathDelayed: "Delayed",
    pathNone: "None",
    year: "Year",
    yearHint: "Empty for the latest year with data",
    parametersHeading: "Parameters",
    parametersHint: "Empty fields keep the preset's value, shown as the placeholder.",
    defaultFrom: (source: string) => `Preset value · source: ${source}`,
    judgement: "judgement",
    parameterNames: {
      severity: "Severity",
      months: "Duration",
      stockpile_days: "Stocks at the start",
      alt_capacity_t: "Alternative supply",
      recycling_share: "Recycling",
      approval_rate: "Licence approval rate",
    },
    units: { share: "share", months: "months", days: "days", "t/yr": "t/yr", "share of demand": "share of demand" },
    noValue: (reason: string) => reason,
    noValueShort: "none",
    metricColumns: ["metric", "value", "unit"],
    metricUnits: { share: "share", t: "t", multiple: "multiple", month: "month", days: "days", USD: "USD" },
    run: "Run",
    runExcel: "Run in a sheet",
    simulate: "Monte Carlo",
    cancel: "Cancel",
    running: "Running…",
    simulating: (share: string) => `Simulating… ${share}`,
    cancelled: "Cancelled. Nothing was written.",
    fixErrors: "Fix the fields marked in red, then run again.",
    written: (sheet: string) => `Written to the sheet “${sheet}”.`,
    resultsHeading: "Results",
    chartTitle: "Monthly path",
    monthAxis: "month",
    stockLevel: "Stock level (t)",
    unmet: "Unmet demand (t)",
    price: "Price multiplier",
    simulationHeading: "Monte Carlo: share of demand unmet",
    percentile: "Percentile",
    histogram: "Histogram of 5,000 draws",
    draws: (n: string) => `${n} draws`,
    value: "Value",
    stockoutShare: (share: string) => `Runs with a stock-out: ${share}`,
    compareHeading: "Compare",
    compareAdd: "Add to comparison",
    compareRun: "Compare",
    compareClear: "Clear",
    compareCount: (n: string) => `${n} scenarios in the comparison`,
    compareNeedTwo: "Add at least two scenarios to compare.",
    savedHeading: "Saved scenarios",
    saveName: "Name",
    save: "Save in workbook",
    savedNone: "No saved scenarios in this workbook.",
    savedOn: (date: string) => `saved ${date}`,
    savedOnlyExcel: "Saved scenarios are stored in the workbook; open the add-in in Excel to use them.",
    load: "Load",
    shareHeading: "Share",
    shareExplain:
      "A colleague without the add-in sees #NAME? in every REE cell. Freeze replaces REE formulas with their current values and keeps the formulas in a hidden sheet; Restore puts them back exactly.",
    thisSheetOnly: "Only the active sheet (otherwise the whole workbook)",
    freeze: "Freeze for sharing",
    restore: "Restore formulas",
    repair: "Repair formulas",
    frozen: (n: string) => `${n} cells frozen.`,
    restored: (n: string) => `${n} formulas restored.`,
    repaired: (n: string) => `${n} formulas re-entered.`,
    shareOnlyExcel: "Sharing tools work on a workbook; open the add-in in Excel to use them.",
    help: "Help",
    failed: (detail: string) => detail,
    inserted: (address: string) => `Inserted in ${address}.`,
    unavailable: (feature: string) => `“${feature}” is not available in this version of Excel.`,
    needsExcelApi: (version: string) => {
      const builds = EXCEL_API_BUILDS[version];
      return builds
        ? `It needs ExcelApi ${version}: Microsoft 365 Version ${builds.windows} or later on Windows, Excel ${builds.perpetual} or later, Excel for Mac ${builds.mac} or later, or Excel on the web.`
        : `It needs ExcelApi ${version}.`;
    },
  },
  ja: {
    title: "レアアース供給リスク",
    loading: "読み込み中…",
    language: "English",
    languageLabel: "英語で表示する",
    inExcel: "Excel に接続しました。実行すると、REE 数式とグラフを含むシートを書き込みます。",
    preview: "プレビュー モード：Excel で実行されていません。結果はブックに書き込まれず、ここに表示されます。",
    waiting:
      "プレビュー モード：Office からの応答を待っています。結果はここに表示されます。Excel で開いている場合は、Excel の準備ができしだい接続します。",
    scenarioHeading: "シナリオ",
    importer: "輸入国",
    elements: "元素またはグループ",
    elementsHint: "カンマ区切りで複数可：Dy, Tb または MAGNET",
    preset: "プリセット",
    path: "調達多角化の経路",
    pathData: "データ年のまま",
    pathOnTrack: "計画どおり（経産省）",
    pathDelayed: "遅延",
    pathNone: "なし",
    year: "年",
    yearHint: "空欄ならデータのある最新年",
    parametersHeading: "パラメーター",
    parametersHint: "空欄はプリセットの値（プレースホルダーに表示）を使います。",
    defaultFrom: (source: string) => `プリセット値・出典：${source}`,
    judgement: "判断",
    parameterNames: {
      severity: "深刻度",
      months: "期間",
      stockpile_days: "開始時の在庫",
      alt_capacity_t: "代替供給",
      recycling_share: "リサイクル",
      approval_rate: "輸出許可の承認率",
    },
    units: { share: "割合", months: "か月", days: "日", "t/yr": "t/年", "share of demand": "需要比" },
    noValue: (_reason: string) => "該当なし",
    noValueShort: "該当なし",
    metricColumns: ["指標", "値", "単位"],
    metricUnits: { share: "割合", t: "t", multiple: "倍", month: "月目", days: "日", USD: "USD" },
    run: "実行",
    runExcel: "シートに実行",
    simulate: "モンテカルロ",
    cancel: "キャンセル",
    running: "実行中…",
    simulating: (share: string) => `シミュレーション中… ${share}`,
    cancelled: "キャンセルしました。何も書き込まれていません。",
    fixErrors: "赤で示した項目を修正してから、もう一度実行してください。",
    written: (sheet: string) => `シート「${sheet}」に書き込みました。`,
    resultsHeading: "結果",
    chartTitle: "月次の推移",
    monthAxis: "月",
    stockLevel: "在庫 (t)",
    unmet: "供給不足 (t)",
    price: "価格倍率",
    simulationHeading: "モンテカルロ：需要に対する不足の割合",
    percentile: "パーセンタイル",
    histogram: "5,000 回の試行のヒストグラム",
    draws: (n: string) => `${n} 回`,
    value: "値",
    stockoutShare: (share: string) => `在庫切れとなった試行：${share}`,
    compareHeading: "比較",
    compareAdd: "比較に追加",
    compareRun: "比較",
    compareClear: "クリア",
    compareCount: (n: string) => `比較対象のシナリオ：${n} 件`,
    compareNeedTwo: "比較するには 2 つ以上のシナリオを追加してください。",
    savedHeading: "保存したシナリオ",
    saveName: "名前",
    save: "ブックに保存",
    savedNone: "このブックに保存したシナリオはありません。",
    savedOn: (date: string) => `${date} 保存`,
    savedOnlyExcel: "保存したシナリオはブックに格納されます。Excel でアドインを開いて使ってください。",
    load: "読み込む",
    shareHeading: "共有",
    shareExplain:
      "アドインのない同僚には、REE のセルがすべて #NAME? と表示されます。「共有用に固定」は REE 数式を現在の値に置き換え、数式を非表示シートに保存します。「数式を復元」で元どおりに戻せます。",
    thisSheetOnly: "アクティブなシートのみ（チェックしない場合はブック全体）",
    freeze: "共有用に固定",
    restore: "数式を復元",
    repair: "数式を修復",
    frozen: (n: string) => `${n} 個のセルを固定しました。`,
    restored: (n: string) => `${n} 個の数式を復元しました。`,
    repaired: (n: string) => `${n} 個の数式を再入力しました。`,
    shareOnlyExcel: "共有ツールはブックに対して動作します。Excel でアドインを開いて使ってください。",
    help: "ヘルプ",
    failed: (detail: string) => `実行できませんでした（詳細：${detail}）`,
    inserted: (address: string) => `${address} に挿入しました。`,
    unavailable: (feature: string) => `このバージョンの Excel では「${feature}」を使えません。`,
    needsExcelApi: (version: string) => {
      const builds = EXCEL_API_BUILDS[version];
      return builds
        ? `ExcelApi ${version} が必要です（Windows の Microsoft 365 はバージョン ${builds.windows} 以降、Excel ${builds.perpetual} 以降、Mac 版 Excel ${builds.mac} 以降、または Excel on the web）。`
        : `ExcelApi ${version} が必要です。`;
    },
  },
} as const;

export type Language = keyof typeof STRINGS;
export type Strings = (typeof STRINGS)[Language];
export type StringKey = keyof Strings;

/**
 * Picks the pane language from a BCP 47 tag such as Office's `displayLanguage`.
 *
 * @example languageFor("ja-JP"); // => "ja"
 * @example languageFor("en-GB"); // => "en"
 */
export function languageFor(tag: string | null | undefined): Language {
  return tag && tag.toLowerCase().startsWith("ja") ? "ja" : "en";
}

/**
 * The name of a country, preset or other model entry that carries English and Japanese names.
 *
 * @example nameIn("ja", { name: "Japan", nameJa: "日本" }); // => "日本"
 */
export function nameIn(language: Language, entry: { readonly name: string; readonly nameJa: string }): string {
  return language === "ja" ? entry.nameJa : entry.name;
}

/**
 * The description of a model entry that carries English and Japanese descriptions.
 *
 * @example descriptionIn("en", { description: "Months simulated", descriptionJa: "シミュレーションする月数" }); // => "Months simulated"
 */
export function descriptionIn(
  language: Language,
  entry: { readonly description: string; readonly descriptionJa: string },
): string {
  return language === "ja" ? entry.descriptionJa : entry.description;
}

/** The locale for numbers and dates: Japanese formatting for the Japanese pane. */
export function localeFor(language: Language, tag: string): string {
  if (language === "ja") return "ja-JP";
  return tag && !tag.toLowerCase().startsWith("ja") ? tag : "en-US";
}
