/**
 * Feature gating by requirement set: each workbook feature declares the ExcelApi version it needs,
 * and the declaration must match what the feature really calls. The fake workbook fails a sync
 * that uses a member newer than its ExcelApi version (ApiNotFound, as Office does), so each
 * feature is run on an Excel one version short of its declaration (it must fail) and on one that
 * has exactly it (it must work). The manifest's minimum is the pane's baseline; the pane's text
 * says which Excel has a missing set, in both languages.
 */
import * as fs from "fs";
import * as path from "path";
import { compareVersions, FakeWorkbook, installFakeExcel } from "../../helpers/fake-excel";
import {
  EXCEL_API_BUILDS,
  FEATURE_EXCEL_API,
  MANIFEST_EXCEL_API,
  unavailableFeatures,
  type WorkbookFeature,
} from "../../../src/taskpane/requirements";
import { STRINGS } from "../../../src/taskpane/strings";
import { freezeSheets, repairFormulas, restoreFormulas, STORE_SHEET } from "../../../src/taskpane/workbook/freeze";
import { writeRunSheet } from "../../../src/taskpane/workbook/run-sheet";
import { loadSavedScenarios, saveScenario } from "../../../src/taskpane/workbook/saved-scenarios";

const evaluate = (formula: string): unknown =>
  /REE\.PATH/.test(formula)
    ? [
        ["month", "unmet"],
        [1, 5],
      ]
    : /_xldudf_/.test(formula)
      ? "#NAME?"
      : 0.25;

/** A workbook with REE formulas (one spilling), a frozen one in the store, on an Excel at `excelApi`. */
function workbookAt(excelApi: string): FakeWorkbook {
  const workbook = new FakeWorkbook(evaluate, { excelApi });
  workbook.addSheet("Model", [['=REE.SHOCK("JP","Dy",0.5)'], ['=REE.PATH("JP","Dy",1,6)']]);
  workbook.addSheet("Shared", [['=_xldudf_REE_SHOCK("JP","Dy",0.5)']]);
  workbook.addSheet(STORE_SHEET, [
    ["sheet", "address", "formula", "spill"],
    ["Model", "C1", `'=REE.SHOCK("JP","Tb",1)`, ""],
  ]);
  installFakeExcel(workbook);
  return workbook;
}

const FEATURES: Record<WorkbookFeature, () => Promise<unknown>> = {
  run: () =>
    writeRunSheet(
      { importer: "JP", element: "Dy", shock: "licensing-2025", months: 12, options: "", year: null, seed: 1 },
      "2026-11-28",
    ),
  save: async () => {
    await loadSavedScenarios();
    return saveScenario({
      name: "Dy",
      importer: "JP",
      element: "Dy",
      shock: "embargo-jp",
      months: null,
      options: "",
      year: null,
      savedAt: "2026-11-28T00:00:00Z",
    });
  },
  freeze: async () => {
    const frozen = await freezeSheets(["Model"]);
    if (frozen !== 2) throw new Error(`froze ${frozen}`);
    return frozen;
  },
  restore: async () => {
    const { restored } = await restoreFormulas();
    if (restored !== 1) throw new Error(`restored ${restored}`);
    return restored;
  },
  repair: async () => {
    const repaired = await repairFormulas(["Shared"]);
    if (repaired !== 1) throw new Error(`repaired ${repaired}`);
    return repaired;
  },
};

/** The ExcelApi version just before `version` ("1.12" -> "1.11"). */
const before = (version: string) => {
  const [major, minor] = version.split(".").map(Number);
  return `${major}.${minor - 1}`;
};

describe("feature gating by requirement set", () => {
  for (const feature of Object.keys(FEATURES) as WorkbookFeature[]) {
    const version = FEATURE_EXCEL_API[feature];
    it(`${feature} needs ExcelApi ${version}: ApiNotFound on ${before(version)}, done on ${version}`, async () => {
      workbookAt(before(version));
      await expect(FEATURES[feature]()).rejects.toMatchObject({ code: "ApiNotFound" });
      workbookAt(version);
      await expect(FEATURES[feature]()).resolves.toBeDefined();
    });
  }

  it("lists the features an Excel lacks, as Office's isSetSupported reports", () => {
    const at = (version: string) => {
      const workbook = new FakeWorkbook(evaluate, { excelApi: version });
      return unavailableFeatures((name, v) => workbook.isSetSupported(name, v));
    };
    expect(at("1.20")).toEqual([]);
    expect(at("1.12")).toEqual([]);
    expect(at("1.11")).toEqual(["freeze"]);
    expect(at("1.7")).toEqual(["run", "freeze"]);
    expect(at("1.3")).toEqual(["run", "save", "freeze", "restore", "repair"]);
    // other requirement sets are not ExcelApi
    expect(unavailableFeatures((name) => name === "SharedRuntime")).toHaveLength(5);
  });

  it("matches the manifest: its ExcelApi minimum is Run's, and only Freeze needs more", () => {
    const manifest = fs.readFileSync(path.join(__dirname, "..", "..", "..", "manifest.xml"), "utf8");
    expect(manifest).toContain(`<Set Name="ExcelApi" MinVersion="${MANIFEST_EXCEL_API}"/>`);
    expect(FEATURE_EXCEL_API.run).toBe(MANIFEST_EXCEL_API);
    const above = (Object.keys(FEATURE_EXCEL_API) as WorkbookFeature[]).filter(
      (feature) => compareVersions(FEATURE_EXCEL_API[feature], MANIFEST_EXCEL_API) > 0,
    );
    expect(above).toEqual(["freeze"]);
  });

  it("says in English and Japanese which Excel has each version a feature needs", () => {
    for (const version of new Set(Object.values(FEATURE_EXCEL_API))) expect(EXCEL_API_BUILDS[version]).toBeDefined();
    expect(STRINGS.en.needsExcelApi("1.12")).toBe(
      "It needs ExcelApi 1.12: Microsoft 365 Version 2008 or later on Windows, Excel 2021 or later, Excel for Mac 16.40 or later, or Excel on the web.",
    );
    expect(STRINGS.ja.needsExcelApi("1.12")).toBe(
      "ExcelApi 1.12 が必要です（Windows の Microsoft 365 はバージョン 2008 以降、Excel 2021 以降、Mac 版 Excel 16.40 以降、または Excel on the web）。",
    );
    expect(STRINGS.en.unavailable("Freeze for sharing")).toBe(
      "“Freeze for sharing” is not available in this version of Excel.",
    );
    expect(STRINGS.ja.unavailable("共有用に固定")).toBe("このバージョンの Excel では「共有用に固定」を使えません。");
  });
});
