/**
 * Saved scenarios: the round trip through the workbook's settings, and entries that are corrupt or
 * foreign reported and skipped, never crashing the pane and never deleted.
 */
import { FakeWorkbook, installFakeExcel } from "../../helpers/fake-excel";
import {
  loadSavedScenarios,
  parseSaved,
  SAVED_SCENARIOS_SETTING,
  saveScenario,
  withScenario,
  type SavedScenario,
} from "../../../src/taskpane/workbook/saved-scenarios";

const dyLicensing: SavedScenario = {
  name: "Dy, slow licences",
  importer: "JP",
  element: "Dy",
  shock: "licensing-2025",
  months: 12,
  options: "licence_lag=4; stockpile_days=30",
  year: null,
  savedAt: "2026-11-28T10:00:00Z",
};

describe("saved scenarios", () => {
  it("round-trip through the workbook's settings", async () => {
    const workbook = new FakeWorkbook(() => 0);
    installFakeExcel(workbook);
    expect((await loadSavedScenarios()).scenarios).toEqual([]);
    await saveScenario(dyLicensing);
    await saveScenario({
      ...dyLicensing,
      name: "Magnets, embargo",
      element: "MAGNET",
      shock: "embargo-jp",
      options: "",
    });
    const list = await loadSavedScenarios();
    expect(list.scenarios.map((s) => s.name)).toEqual(["Dy, slow licences", "Magnets, embargo"]);
    expect(list.scenarios[0]).toEqual(dyLicensing);
    expect(list.problems).toEqual([]);
  });

  it("report corrupt or foreign entries, skip them, and keep them when saving", () => {
    const stored = JSON.stringify([
      dyLicensing,
      { name: "bad severity", importer: "JP", element: "Dy", shock: 1.5 },
      { name: "unknown option", importer: "JP", element: "Dy", shock: 0.5, options: "speed=3" },
      { something: "else entirely" },
      "a string",
    ]);
    const list = parseSaved(stored);
    expect(list.scenarios.map((s) => s.name)).toEqual(["Dy, slow licences"]);
    expect(list.problems).toEqual([
      'saved scenario 2 ("bad severity"): severity must be between 0 and 1, got 1.5; it is kept in the workbook but not offered',
      'saved scenario 3 ("unknown option"): Unknown option "speed": valid options are restrictor, severity, months, start_month, licence_lag, approval_rate, horizon, stockpile_days, release_lag, max_release_share, alt_capacity_t, alt_lag, alt_ramp, recycling_share, recycling_lag, elasticity, price_cap, output_value_per_t, path, delay_years; it is kept in the workbook but not offered',
      "saved scenario 4 has no name; it is kept in the workbook but not offered",
      "saved scenario 5 is not a scenario; it is kept in the workbook but not offered",
    ]);
    // saving keeps every entry it could not read
    const next = withScenario(list, { ...dyLicensing, name: "new" });
    expect(next).toHaveLength(6);
    expect(next.slice(0, 5)).toEqual(JSON.parse(stored));
  });

  it("leave a list that cannot be read untouched, and refuse to save over it", async () => {
    const workbook = new FakeWorkbook(() => 0);
    workbook.settingValues.set(SAVED_SCENARIOS_SETTING, "{not json");
    installFakeExcel(workbook);
    const list = await loadSavedScenarios();
    expect(list.scenarios).toEqual([]);
    expect(list.problems).toEqual(["The saved scenarios in this workbook could not be read; they are kept unchanged."]);
    await expect(saveScenario(dyLicensing)).rejects.toThrow("nothing is written over them");
    expect(workbook.settingValues.get(SAVED_SCENARIOS_SETTING)).toBe("{not json");
  });

  it("replace a scenario saved under the same name", () => {
    const list = parseSaved(JSON.stringify([dyLicensing]));
    const next = withScenario(list, { ...dyLicensing, months: 6 });
    expect(next).toEqual([{ ...dyLicensing, months: 6 }]);
    expect(() => withScenario(list, { ...dyLicensing, name: "x", element: "Xx" })).toThrow(
      /Unknown element or group "Xx"/,
    );
  });
});
