import { coerceArgument, singleCell } from "../../../src/functions/args/coerce";
import type { ParamSpec } from "../../../src/functions/args/params";
import { invalidInputMessageOf } from "../../helpers/excel-error";

const element: ParamSpec = { kind: "element", name: "element" };
const optionalCountry: ParamSpec = { kind: "country", name: "supplier", optional: true, default: "CN" };
const optionalYear: ParamSpec = { kind: "year", name: "year", optional: true };
const severity: ParamSpec = { kind: "number", name: "severity", min: 0, max: 1 };
const months: ParamSpec = {
  kind: "number",
  name: "months",
  optional: true,
  default: 12,
  integer: true,
  min: 1,
  max: 120,
  zeroMeansDefault: true,
};
const basis: ParamSpec = {
  kind: "choice",
  name: "basis",
  optional: true,
  default: "DIRECT",
  choices: ["DIRECT", "LOOKTHROUGH"],
};

describe("argument coercion", () => {
  it("treats omitted (null), empty-cell 0 and empty text as 'use the default'", () => {
    for (const empty of [null, undefined, 0, "", "   "]) {
      expect(coerceArgument("DEPENDENCY", empty, optionalCountry)).toMatchObject({ code: "CN" });
      expect(coerceArgument("DEPENDENCY", empty, optionalYear)).toBeNull();
      expect(coerceArgument("DEPENDENCY", empty, basis)).toBe("DIRECT");
    }
  });

  it("keeps 0 where it is a real value and not where the parameter says it means empty", () => {
    expect(coerceArgument("SHOCK", 0, severity)).toBe(0);
    expect(coerceArgument("SHOCK", 0, months)).toBe(12);
    expect(coerceArgument("SHOCK", null, months)).toBe(12);
  });

  it("matches codes case-insensitively and returns the canonical code", () => {
    expect(coerceArgument("X", "dy", element)).toMatchObject({ symbol: "Dy" });
    expect(coerceArgument("X", "jpn", optionalCountry)).toMatchObject({ code: "JP" });
    expect(coerceArgument("X", "lookThrough", basis)).toBe("LOOKTHROUGH");
  });

  it("unwraps a 1x1 range and refuses a larger one for a single value", () => {
    expect(coerceArgument("X", [["Tb"]], element)).toMatchObject({ symbol: "Tb" });
    expect(invalidInputMessageOf(() => singleCell([["Tb", "Dy"]], "element"))).toBe(
      "element must be a single value, got a 1x2 range",
    );
  });

  it("reads numbers and years from text as text-formatted cells hold them", () => {
    expect(coerceArgument("X", " 0.5 ", severity)).toBe(0.5);
    expect(coerceArgument("X", "2024", optionalYear)).toBe(2024);
  });

  it("names the argument, the value and what is allowed when it refuses", () => {
    expect(invalidInputMessageOf(() => coerceArgument("X", "Xx", element))).toBe(
      'Unknown element "Xx": use REE.ELEMENTS()',
    );
    expect(invalidInputMessageOf(() => coerceArgument("X", 1.5, severity))).toBe(
      "severity must be between 0 and 1, got 1.5",
    );
    expect(invalidInputMessageOf(() => coerceArgument("X", "high", severity))).toBe(
      'severity must be a number, got "high"',
    );
    expect(invalidInputMessageOf(() => coerceArgument("X", true, severity))).toBe(
      'severity must be a number, got "TRUE"',
    );
    expect(invalidInputMessageOf(() => coerceArgument("X", 6.5, months))).toBe(
      "months must be a whole number, got 6.5",
    );
    expect(invalidInputMessageOf(() => coerceArgument("X", 45000, optionalYear))).toBe(
      "year must be a calendar year between 1900 and 2100, got 45000",
    );
    expect(invalidInputMessageOf(() => coerceArgument("X", "SIDEWAYS", basis))).toBe(
      'Unknown basis "SIDEWAYS": use one of DIRECT, LOOKTHROUGH',
    );
    expect(invalidInputMessageOf(() => coerceArgument("X", "Narnia", optionalCountry))).toBe(
      'Unknown country "Narnia": use REE.COUNTRIES()',
    );
  });

  it("requires required arguments", () => {
    expect(invalidInputMessageOf(() => coerceArgument("DEPENDENCY", null, element))).toBe(
      "REE.DEPENDENCY: element is required: use REE.ELEMENTS()",
    );
    expect(invalidInputMessageOf(() => coerceArgument("DEPENDENCY", 0, element))).toBe(
      "REE.DEPENDENCY: element is required: use REE.ELEMENTS()",
    );
  });

  it("does not accept booleans as codes or numbers", () => {
    expect(invalidInputMessageOf(() => coerceArgument("X", true, element))).toBe(
      'Unknown element "TRUE": use REE.ELEMENTS()',
    );
    expect(invalidInputMessageOf(() => coerceArgument("X", false, optionalYear))).toBe(
      "year must be a calendar year between 1900 and 2100, got FALSE",
    );
  });

  // With allowCustomDataForDataTypeAny (always set by custom-functions-metadata), a cell holding one
  // of Excel's data types arrives as a CellValue object, not as its text.
  it("takes an entity's display text and a formatted number's value, as the cell shows them", () => {
    const japan = {
      type: "LinkedEntity",
      text: "Japan",
      id: { entityId: "e1", domainId: "GEO", serviceId: 268, culture: "en-US" },
      properties: { Population: { type: "Double", basicValue: 124e6 } },
    };
    expect(coerceArgument("DEPENDENCY", japan as never, optionalCountry)).toMatchObject({ code: "JP" });
    expect(coerceArgument("DEPENDENCY", [[japan]] as never, optionalCountry)).toMatchObject({ code: "JP" });
    const dysprosium = { type: "Entity", text: "Dysprosium", properties: {} };
    expect(coerceArgument("X", dysprosium as never, element)).toMatchObject({ symbol: "Dy" });
    const year = { type: "FormattedNumber", basicValue: 2027, numberFormat: "0" };
    expect(coerceArgument("X", year as never, optionalYear)).toBe(2027);
    expect(coerceArgument("X", { type: "Double", basicValue: 0.5 } as never, severity)).toBe(0.5);
    expect(coerceArgument("X", { type: "String", basicValue: "" } as never, optionalYear)).toBeNull();
  });

  it("refuses data-type values that show nothing usable, naming the argument", () => {
    const image = { type: "WebImage", address: "https://example.com/a.png", basicValue: "#VALUE!" };
    expect(invalidInputMessageOf(() => coerceArgument("X", image as never, element))).toBe(
      "element: the cell's WebImage value has no text or number to use here; type the code or name instead",
    );
    expect(invalidInputMessageOf(() => coerceArgument("X", { type: "Entity", properties: {} } as never, element))).toBe(
      "element: the cell's Entity value has no text or number to use here; type the code or name instead",
    );
  });
});
