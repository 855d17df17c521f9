import { checkForm, parameterFields, type FormState } from "../../../src/taskpane/scenario-form";
import { SCENARIOS } from "../../../src/model/shock/scenarios";
import { SCENARIO_DESCRIPTIONS } from "../../../src/model/shock/scenario-descriptions";

const BASE: FormState = {
  importer: "JP",
  elements: "Dy",
  preset: "licensing-2025",
  path: "",
  year: "",
  parameters: {},
};

describe("parameterFields", () => {
  it("shows each parameter's value, unit and source for the chosen preset", () => {
    const senkaku = parameterFields("senkaku-2010");
    const stock = senkaku.find((f) => f.id === "stockpile_days")!;
    expect(stock).toMatchObject({ value: 90, unit: "days", source: "jp-iea-stockpiling-policy" });
    expect(senkaku.find((f) => f.id === "severity")!.value).toBe(0.62);
    // a preset that does not set a parameter shows the model default
    expect(parameterFields("baseline").find((f) => f.id === "severity")!.value).not.toBe(0.62);
  });
});

describe("checkForm", () => {
  it("turns a valid form into one run per element, with only the changed parameters as options", () => {
    const check = checkForm({
      ...BASE,
      elements: "Dy, Tb",
      path: "DELAYED",
      year: "2024",
      parameters: { stockpile_days: "30", severity: "", months: "6" },
    });
    expect(check.errors).toEqual({});
    expect(check.runs.map((r) => r.element)).toEqual(["Dy", "Tb"]);
    expect(check.runs[0]).toMatchObject({
      importer: "JP",
      shock: "licensing-2025",
      months: 6,
      year: 2024,
      options: "stockpile_days=30; path=DELAYED",
    });
  });

  it("reports each wrong field with the functions' own rule and runs nothing", () => {
    const check = checkForm({
      ...BASE,
      importer: "XX",
      elements: "Dy, Unobtainium",
      year: "1800",
      parameters: { severity: "1.5", stockpile_days: "many" },
    });
    expect(Object.keys(check.errors).sort()).toEqual(["elements", "importer", "severity", "stockpile_days", "year"]);
    expect(check.errors.severity).toMatch(/severity/);
    expect(check.errors.severity).toMatch(/1/);
    expect(check.errors.elements).toMatch(/Unobtainium/);
    expect(check.errors.importer).not.toMatch(/^REE\./);
    expect(check.runs).toEqual([]);
  });

  it("asks for an element when none is given and rejects an unknown preset", () => {
    const check = checkForm({ ...BASE, elements: " , ", preset: "nope" });
    expect(check.errors.elements).toBeDefined();
    expect(check.errors.preset).toMatch(/nope/);
  });

  it("uses the preset's duration when months is left empty", () => {
    expect(checkForm({ ...BASE, preset: "senkaku-2010" }).runs[0].months).toBe(2);
  });
});

describe("checkForm in Japanese", () => {
  it("reports the same fields as in English, in Japanese", () => {
    const state = { ...BASE, importer: "XX", year: "1800", parameters: { severity: "1.5", months: "2.5" } };
    const english = checkForm(state, 1, "en");
    const japanese = checkForm(state, 1, "ja");
    expect(Object.keys(japanese.errors).sort()).toEqual(Object.keys(english.errors).sort());
    expect(japanese.errors.severity).toBe("severity は 0〜1 の数値にしてください（入力：1.5）");
    expect(japanese.errors.months).toBe("months は 1〜120 の整数にしてください（入力：2.5）");
    expect(japanese.errors.importer).toMatch(/不明な国「XX」/);
    expect(japanese.errors.year).toMatch(/1900〜2100/);
  });
});

describe("presets in the pane", () => {
  it("each have a name and a description in both languages", () => {
    for (const scenario of SCENARIOS) {
      expect(scenario.nameJa.trim()).not.toBe("");
      const described = SCENARIO_DESCRIPTIONS[scenario.id];
      expect(described.descriptionJa).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(described.description.trim()).not.toBe("");
    }
  });
});
