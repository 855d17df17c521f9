/**
 * Demand and its splits name their scope: every DEMAND, END_USE_SHARE and APPLICATION_CONTENT
 * record points to a consumption-basis scope of the catalogue, and an end-use split is a share of
 * a total of the same kind (an importer's consumption, or the world's).
 */
import { RECORDS } from "../../../src/model/data/records";
import { DEMAND_SCOPES } from "../../../src/model/data/scopes/demand";
import { SCOPES } from "../../../src/model/data/scopes";
import { APPLICATIONS, findApplication, leaves } from "../../../src/model/vocabulary/applications";

describe("demand scopes", () => {
  const fields = ["DEMAND", "END_USE_SHARE", "APPLICATION_CONTENT"];
  const records = RECORDS.filter((r) => fields.indexOf(r.field) >= 0);

  it("every demand, end-use and recipe record names a consumption scope of the catalogue", () => {
    expect(records.length).toBeGreaterThan(40);
    for (const record of records) {
      const scope = SCOPES.find((s) => s.id === record.scope);
      expect([record.field, record.country, record.year, scope?.basis]).toEqual([
        record.field,
        record.country,
        record.year,
        "consumption",
      ]);
    }
    for (const scope of DEMAND_SCOPES) expect(SCOPES).toContain(scope);
  });

  it("an importer's split has the scope of its total; a world split the world's", () => {
    for (const share of records.filter((r) => r.field === "END_USE_SHARE" && r.country !== "WORLD")) {
      const totals = records.filter((r) => r.field === "DEMAND" && r.country === share.country);
      expect(totals.map((r) => r.scope)).toContain(share.scope);
    }
    expect(
      new Set(records.filter((r) => r.field === "END_USE_SHARE" && r.country === "WORLD").map((r) => r.scope)),
    ).toEqual(new Set(["world-end-use"]));
  });
});

describe("the applications vocabulary", () => {
  it("answers to ids, English and Japanese names, and knows its combined categories", () => {
    for (const application of APPLICATIONS) {
      expect(findApplication(application.id)).toBe(application);
      expect(findApplication(application.name)).toBe(application);
      expect(findApplication(application.nameJa)).toBe(application);
    }
    expect(findApplication("研磨材")?.id).toBe("POLISHING");
    expect(findApplication("ｍａｇｎｅｔｓ")?.id).toBe("MAGNETS");
    expect(findApplication("nothing")).toBeUndefined();
    expect(leaves("CATALYSTS")).toEqual(["FCC_CATALYSTS", "AUTO_CATALYSTS"]);
    expect(leaves("CERAMICS_GLASS")).toEqual(["CERAMICS", "GLASS"]);
    expect(leaves("MAGNETS")).toEqual(["MAGNETS"]);
  });
});
