import { paneNumber, paneShare } from "../../../src/taskpane/number-format";

describe("pane number formats", () => {
  it("use the locale's marks and keep large values to four significant digits", () => {
    expect(paneNumber("en-US")(105846118.721)).toBe("105,800,000");
    expect(paneNumber("de-DE")(2720)).toBe("2.720");
    expect(paneNumber("ja-JP")(0.0372)).toBe("0.037");
    expect(paneNumber("en-US")(-1234.5)).toBe("-1,235");
  });

  it("show shares as percentages", () => {
    expect(paneShare("en-US")(0.125)).toBe("12.5%");
    expect(paneShare("ja-JP")(0.5)).toBe("50%");
  });
});
