/** The dataset rules for records keyed by application (validate.ts). */
import { SCOPES } from "../../../src/model/data/scopes";
import { SOURCES } from "../../../src/model/data/sources";
import type { DataRecord } from "../../../src/model/data/types";
import { validateDataset } from "../../../src/model/data/validate";

const share: DataRecord = {
  field: "END_USE_SHARE",
  element: "REE",
  country: "US",
  application: "CATALYSTS",
  year: 2018,
  value: 0.6,
  unit: "share",
  source: "usgs-mcs-2019",
  grade: "A",
  scope: "us-usgs-apparent-consumption",
};
// The catalogue's scopes that these records name (an unused scope is a problem of its own).
const problems = (...records: DataRecord[]) =>
  validateDataset(
    records,
    SOURCES,
    SCOPES.filter((scope) => records.some((record) => record.scope === scope.id)),
  ).join("\n");

describe("records keyed by application", () => {
  it("need a canonical application, and only those fields may have one", () => {
    expect(problems(share)).toBe("");
    expect(problems({ ...share, application: "catalysts" })).toMatch(/application must be a canonical id/);
    expect(problems({ ...share, application: undefined })).toMatch(/application must be a canonical id/);
    expect(
      problems({ ...share, field: "DEMAND", unit: "t", value: 100, application: "MAGNETS" } as DataRecord),
    ).toMatch(/field has no application/);
  });

  it("one value per application: two applications of one year are two values, not duplicates", () => {
    expect(problems(share, { ...share, application: "POLISHING", value: 0.1 })).toBe("");
    expect(problems(share, { ...share })).toMatch(/duplicate record|several records need an edition/);
  });

  it("shares of one split add up to 1 at most, and never count a use and its part together", () => {
    expect(problems(share, { ...share, application: "POLISHING", value: 0.5 })).toMatch(/shares add up to 1\.100/);
    expect(problems(share, { ...share, application: "AUTO_CATALYSTS", value: 0.2 })).toMatch(
      /CATALYSTS is given together with its part AUTO_CATALYSTS/,
    );
    // another importer's split is another whole
    expect(problems(share, { ...share, country: "JP", value: 0.6 })).toBe("");
  });

  it("an application's element contents add up to 1 at most", () => {
    const dy: DataRecord = {
      ...share,
      field: "APPLICATION_CONTENT",
      element: "Dy",
      country: "WORLD",
      application: "MAGNETS",
      value: 0.5,
    };
    expect(problems(dy, { ...dy, element: "NDPR", value: 0.45 })).toBe("");
    expect(problems(dy, { ...dy, element: "NDPR", value: 0.6 })).toMatch(/shares add up to 1\.100/);
  });
});
