import { countries } from "../../../src/functions/countries";
import { elements } from "../../../src/functions/elements";
import { version } from "../../../src/functions/version";
import { excelErrorOf } from "../../helpers/excel-error";

describe("REE.VERSION", () => {
  it("returns the model version and data vintage", () => {
    expect(version()).toMatch(/^\d+\.\d+\.\d+ \(data \d{4}-\d{2}\)$/);
  });
});

describe("REE.ELEMENTS", () => {
  it("spills all 17 elements under a header row when the group is omitted or empty", () => {
    for (const omitted of [undefined, null, 0, ""]) {
      const table = elements(omitted);
      expect(table[0]).toEqual(["symbol", "name", "name_ja", "atomic_number", "group"]);
      expect(table).toHaveLength(18);
    }
  });

  it("lists a group's members with names in both languages", () => {
    expect(elements("NDPR")).toEqual([
      ["symbol", "name", "name_ja", "atomic_number", "group"],
      ["Pr", "Praseodymium", "プラセオジム", 59, "LREE"],
      ["Nd", "Neodymium", "ネオジム", 60, "LREE"],
    ]);
    expect(
      elements("hree")
        .slice(1)
        .map((row) => row[0]),
    ).toEqual(["Eu", "Gd", "Tb", "Dy", "Ho", "Er", "Tm", "Yb", "Lu", "Y"]);
  });

  it("looks one element up by name", () => {
    expect(elements("ジスプロシウム")[1]).toEqual(["Dy", "Dysprosium", "ジスプロシウム", 66, "HREE"]);
    expect(elements("scandium")[1]).toEqual(["Sc", "Scandium", "スカンジウム", 21, ""]);
  });

  it("answers an unknown group with #VALUE! and says what is allowed", () => {
    const error = excelErrorOf(() => elements("Xx"));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe(
      'Unknown element or group "Xx": use an element from REE.ELEMENTS() or NDPR, LREE, HREE, REE, MAGNET',
    );
  });
});

describe("REE.COUNTRIES", () => {
  it("spills code, alpha-3 and names under a header row", () => {
    const table = countries();
    expect(table[0]).toEqual(["code", "alpha3", "name", "name_ja"]);
    expect(table).toContainEqual(["JP", "JPN", "Japan", "日本"]);
    expect(table).toContainEqual(["CN", "CHN", "China", "中国"]);
    expect(table.every((row) => row.length === 4)).toBe(true);
  });
});
