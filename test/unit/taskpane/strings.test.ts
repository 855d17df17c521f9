import { STRINGS, languageFor } from "../../../src/taskpane/strings";
import { isDark } from "../../../src/taskpane/host";

describe("task pane strings", () => {
  it("have the same keys in English and Japanese, none empty", () => {
    expect(Object.keys(STRINGS.ja).sort()).toEqual(Object.keys(STRINGS.en).sort());
    for (const table of [STRINGS.en, STRINGS.ja]) {
      for (const value of Object.values(table)) {
        const text = typeof value === "function" ? value("A1") : value;
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

describe("Office theme", () => {
  it("counts dark backgrounds as dark", () => {
    expect(isDark("#1f1f1f")).toBe(true);
    expect(isDark("#292929")).toBe(true);
    expect(isDark("#ffffff")).toBe(false);
    expect(isDark("#f3f2f1")).toBe(false);
    expect(isDark("not a colour")).toBe(false);
  });
});
