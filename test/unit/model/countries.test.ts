import { COUNTRIES, findCountry } from "../../../src/model/vocabulary/countries";

describe("country vocabulary", () => {
  it("includes the importers and the producers the model needs", () => {
    const codes = COUNTRIES.map((c) => c.code);
    expect(codes).toEqual(expect.arrayContaining(["JP", "CN", "US", "EU", "KR", "AU", "MY", "VN", "MM"]));
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(COUNTRIES.map((c) => c.alpha3)).size).toBe(codes.length);
  });

  it("accepts alpha-2, alpha-3 and English or Japanese names in any case", () => {
    for (const text of ["JP", "jp", "JPN", "Japan", "日本", " japan "]) expect(findCountry(text)?.code).toBe("JP");
    expect(findCountry("Burma")?.code).toBe("MM");
    expect(findCountry("アメリカ")?.code).toBe("US");
    expect(findCountry("eu")?.code).toBe("EU");
    expect(findCountry("world")?.code).toBe("WORLD");
    expect(findCountry("世界")?.code).toBe("WORLD");
    expect(findCountry("Atlantis")).toBeUndefined();
  });

  it("codes are well formed", () => {
    for (const country of COUNTRIES) {
      // ISO alpha-2, or WORLD for the world total
      expect(country.code).toMatch(/^([A-Z]{2}|WORLD)$/);
      expect(country.alpha3).toMatch(/^[A-Z]{3}$/);
      expect(country.nameJa.length).toBeGreaterThan(0);
    }
  });
});
