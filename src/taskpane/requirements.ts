/**
 * Which of the pane's workbook features this Excel can run. Each feature needs the highest Excel
 * JavaScript API requirement set among the members it calls (the `[Api set: ExcelApi 1.x]` of
 * each member in Microsoft's reference); the pane asks Office with
 * `Office.context.requirements.isSetSupported("ExcelApi", version)` and disables a feature whose
 * set is missing, saying which Excel has it, instead of failing when the user clicks.
 * https://learn.microsoft.com/office/dev/add-ins/develop/specify-office-hosts-and-api-requirements
 */

/** The pane's buttons that call Excel, by their element ids. */
export type WorkbookFeature = "run" | "save" | "freeze" | "restore" | "repair";

/**
 * The ExcelApi version each feature needs, with the members that set it.
 * - run (workbook/run-sheet.ts): `Workbook.settings` 1.4, `ChartSeriesCollection.add`,
 *   `ChartSeries.setValues` and `setXAxisValues` 1.7, `ChartSeries.axisGroup` 1.8.
 * - save (workbook/saved-scenarios.ts): `Workbook.settings`, `SettingCollection.getItemOrNullObject` 1.4.
 * - freeze (workbook/freeze.ts): `Range.getSpillingToRangeOrNullObject` 1.12; also
 *   `getUsedRangeOrNullObject` 1.4 and setting `Worksheet.visibility` 1.2.
 * - restore, repair: `WorksheetCollection.getItemOrNullObject`, `getUsedRangeOrNullObject` 1.4.
 * Everything else they call (`Excel.run`, ranges, `charts.add`, `getActiveWorksheet`) is 1.1.
 */
export const FEATURE_EXCEL_API: Readonly<Record<WorkbookFeature, string>> = {
  run: "1.8",
  save: "1.4",
  freeze: "1.12",
  restore: "1.4",
  repair: "1.4",
};

/**
 * The ExcelApi version manifest.xml requires (`<Set Name="ExcelApi" MinVersion=...>`): what Run
 * needs, the pane's main feature. Every Excel that has the shared runtime and custom functions 1.3
 * the manifest also requires has it, so it turns no one away; only Freeze needs more.
 */
export const MANIFEST_EXCEL_API = "1.8";

/** The first Excel builds with an ExcelApi version (Microsoft's requirement-set table). */
export interface ExcelBuilds {
  /** Microsoft 365 on Windows: the version number (YYMM). */
  readonly windows: string;
  /** The first perpetual (one-time purchase) Excel for Windows with it. */
  readonly perpetual: string;
  readonly mac: string;
}

/** https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets */
export const EXCEL_API_BUILDS: Readonly<Record<string, ExcelBuilds>> = {
  "1.4": { windows: "1701", perpetual: "2019", mac: "15.36" },
  "1.8": { windows: "1808", perpetual: "2021", mac: "16.17" },
  "1.12": { windows: "2008", perpetual: "2021", mac: "16.40" },
};

/** Whether Office supports a requirement set at a version (Office.context.requirements.isSetSupported). */
export type SetSupport = (name: string, version: string) => boolean;

/**
 * The features whose ExcelApi version this Excel lacks, in the order of `FEATURE_EXCEL_API`.
 *
 * @example unavailableFeatures((name, version) => name === "ExcelApi" && Number(version.split(".")[1]) <= 11); // => ["freeze"]
 */
export function unavailableFeatures(isSetSupported: SetSupport): WorkbookFeature[] {
  return (Object.keys(FEATURE_EXCEL_API) as WorkbookFeature[]).filter(
    (feature) => !isSetSupported("ExcelApi", FEATURE_EXCEL_API[feature]),
  );
}

/**
 * Office's own check. An office.js without `requirements.isSetSupported` predates requirement
 * sets and cannot host this add-in (the manifest requires the shared runtime), so none is missing.
 */
export function officeSetSupport(): SetSupport {
  const requirements = typeof Office === "undefined" ? undefined : Office.context?.requirements;
  if (!requirements || typeof requirements.isSetSupported !== "function") return () => true;
  return (name, version) => requirements.isSetSupported(name, version);
}
