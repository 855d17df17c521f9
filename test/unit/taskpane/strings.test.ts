import { parameterFields } from "../../../src/taskpane/scenario-form";
import { STRINGS, languageFor } from "../../../src/taskpane/strings";
import { isDark } from "../../../src/taskpane/host";

describe("task pane strings", () => {
  it("have the same keys in English and Japanese, none empty", () => {
    expect(Object.keys(STRINGS.ja).sort()).toEqual(Object.keys(STRINGS.en).sort());
    for (const table of [STRINGS.en, STRINGS.ja]) {
      for (const [key, value] of Object.entries(table)) {
        if (typeof value === "object") {
          // name tables (parameter names, units) cover the same keys in both languages
          expect(Object.keys(value).sort()).toEqual(Object.keys(STRINGS.en[key as keyof typeof STRINGS.en]).sort());
          Object.values(value).forEach((text) => expect(String(text).trim()).not.toBe(""));
          continue;
        }
        const text = typeof value === "function" ? (value as (a: string) => string)("A1") : value;
        expect(text.trim().length).toBeGreaterThan(0);
      }
    }
  });

  it("follow the display language", () => {
    expect(languageFor("ja-JP")).toBe("ja");
    expect(languageFor("JA")).toBe("ja");
    expect(languageFor("en-US")).toBe("en");
    expect(languageFor("de-DE")).toBe("en");
    expect(languageFor(undefined)).toBe("en");
  });
});

it("name every parameter field and unit the form shows, in both languages", () => {
  for (const field of parameterFields("baseline")) {
    for (const table of [STRINGS.en, STRINGS.ja]) {
      expect((table.parameterNames as Record<string, string>)[field.id]).toBeDefined();
      expect((table.units as Record<string, string>)[field.unit]).toBeDefined();
    }
  }
});

describe("Office theme", () => {
  it("counts dark backgrounds as dark", () => {
    expect(isDark("#1f1f1f")).toBe(true);
    expect(isDark("#292929")).toBe(true);
    expect(isDark("#ffffff")).toBe(false);
    expect(isDark("#f3f2f1")).toBe(false);
    expect(isDark("not a colour")).toBe(false);
  });
});
