import { ELEMENTS, GROUPS, elementsOf, findElement, findMaterial } from "../../../src/model/vocabulary/elements";

describe("rare earth vocabulary", () => {
  it("has the 17 rare earths with unique symbols and atomic numbers", () => {
    expect(ELEMENTS).toHaveLength(17);
    expect(new Set(ELEMENTS.map((e) => e.symbol)).size).toBe(17);
    expect(new Set(ELEMENTS.map((e) => e.atomicNumber)).size).toBe(17);
    // the lanthanides 57..71 plus Y (39) and Sc (21)
    const numbers = ELEMENTS.map((e) => e.atomicNumber).sort((a, b) => a - b);
    expect(numbers).toEqual([21, 39, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71]);
  });

  it("finds elements by symbol, English or Japanese name, in any case and width", () => {
    for (const text of ["Dy", "dy", "DY", " Dysprosium ", "dysprosium", "ジスプロシウム", "ＤＹ"]) {
      expect(findElement(text)?.symbol).toBe("Dy");
    }
    expect(findElement("ネオジム")?.symbol).toBe("Nd");
    expect(findElement("Y")?.name).toBe("Yttrium");
    expect(findElement("Xx")).toBeUndefined();
    expect(findElement("")).toBeUndefined();
  });

  it("groups follow the EU grouping of SPEC section 3", () => {
    const members = (code: string) => elementsOf(findMaterial(code)!).map((e) => e.symbol);
    expect(members("LREE")).toEqual(["La", "Ce", "Pr", "Nd", "Sm"]);
    expect(members("HREE")).toEqual(["Eu", "Gd", "Tb", "Dy", "Ho", "Er", "Tm", "Yb", "Lu", "Y"]);
    expect(members("NDPR")).toEqual(["Pr", "Nd"]);
    expect(members("REE")).toHaveLength(17);
    expect(members("MAGNET")).toEqual(["Pr", "Nd", "Tb", "Dy"]);
    // Sc and Pm are in no EU group
    expect(members("LREE").concat(members("HREE"))).not.toEqual(expect.arrayContaining(["Sc"]));
    expect(members("LREE").concat(members("HREE"))).not.toEqual(expect.arrayContaining(["Pm"]));
  });

  it("tells elements, groups and the magnet product apart", () => {
    expect(findMaterial("Tb")).toMatchObject({ kind: "element", code: "Tb" });
    expect(findMaterial("nd-pr")).toMatchObject({ kind: "group", code: "NDPR" });
    expect(findMaterial("重希土類")).toMatchObject({ kind: "group", code: "HREE" });
    expect(findMaterial("NdFeB")).toMatchObject({ kind: "product", code: "MAGNET" });
    expect(findMaterial("magnet")).toMatchObject({ kind: "product", code: "MAGNET" });
    expect(findMaterial("steel")).toBeUndefined();
  });

  it("every group member is a known element", () => {
    for (const group of GROUPS) {
      for (const symbol of group.members) expect(findElement(symbol)?.symbol).toBe(symbol);
    }
  });
});
