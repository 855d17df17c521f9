/**
 * Scopes as the dependency model reads them (docs/DATA.md, "Scopes"): the shares of one scope are
 * one whole, and the default question (the customs-import share) is answered by the same rule for
 * every importer.
 */
import { DATASET } from "../../../src/model/data/index";
import {
  customsImportScopes,
  findScope,
  importBasket,
  isCustomsImportShare,
} from "../../../src/model/dependency/import-basket";

/** Every (importer, material, scope, year) for which the data hold shares or partners' tonnages. */
function everyBasket() {
  const keys = new Map<string, { importer: string; material: string; scope: string; year: number }>();
  for (const r of DATASET.records) {
    const share = r.field === "IMPORT_SHARE" || (r.field === "IMPORTS" && r.partner !== "WORLD");
    if (!share || !r.partner || !r.scope) continue;
    const key = `${r.country}|${r.element}|${r.scope}|${r.year}`;
    keys.set(key, { importer: r.country, material: r.element, scope: r.scope, year: r.year });
  }
  return [...keys.values()];
}

describe("the shares of one scope", () => {
  it("partner shares of one scope sum to at most 1 for every importer, year and scope", () => {
    let checked = 0;
    for (const { importer, material, scope, year } of everyBasket()) {
      const basket = importBasket(importer, material, year, scope);
      if (basket.year !== year || basket.material !== material) continue; // no basket that year (e.g. a total alone)
      // As published: rounded shares may add up to a little over 1 (the model scales those back).
      expect([importer, material, scope, year, Math.min(basket.published, 1.02)]).toEqual([
        importer,
        material,
        scope,
        year,
        basket.published,
      ]);
      const named = [...basket.shares.values()].reduce((sum, share) => sum + share, 0);
      expect(named).toBeLessThanOrEqual(1 + 1e-12);
      expect(named + basket.unallocated).toBeCloseTo(1, 12);
      expect(basket.records.every((r) => r.scope === scope && r.year === year && r.country === importer)).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThan(30);
  });

  it("a share from tonnages is the partner's tonnes over the total of the same scope and year", () => {
    const basket = importBasket("JP", "REE", 2014);
    expect(basket.scope.id).toBe("jp-customs-ree-t");
    expect(basket.shares.get("MY")).toBe(1218 / 22307);
    expect(basket.derivations.get("MY")).toBe("1218 t / 22307 t");
    expect(basket.shares.get("CN")).toBe(0.5964); // the published share, not 13,304 t / 22,307 t
  });
});

describe("the customs-import share, by the same rule for every importer", () => {
  it("customs imports of the rare-earth materials over a full year; no whole-chain, metals-only or magnet-inclusive scope", () => {
    const eligible = (id: string, material = "REE") => isCustomsImportShare(findScope(id)!, material);
    expect(eligible("jp-customs-ree-t")).toBe(true);
    expect(eligible("usgs-us-import-sources")).toBe(true);
    expect(eligible("eu-eurostat-ree-plus")).toBe(true);
    expect(eligible("eu-commission-whole-chain")).toBe(false);
    expect(eligible("jp-customs-metal-h1")).toBe(false);
    expect(eligible("jp-customs-oxide-h1", "REE")).toBe(false);
    expect(eligible("jp-customs-oxide-h1", "Ce")).toBe(true); // but only where no full-year share of Ce exists
    expect(eligible("jp-comtrade-hs2805-value")).toBe(false);
    expect(eligible("comtrade-ree-and-products-value")).toBe(false);
    expect(eligible("usgs-mine-production")).toBe(false);
  });

  it("tonnage wherever the importer has a tonnage series; value only where it has none", () => {
    for (const importer of ["JP", "US", "EU", "KR", "DE"]) {
      const scopes = customsImportScopes(importer, "REE");
      expect(scopes.length).toBeGreaterThan(0);
      const bases = new Set(scopes.map((c) => c.scope.basis));
      expect(bases.size).toBe(1); // never a mix of tonnage and value
      const hasVolume = DATASET.records.some(
        (r) =>
          r.country === importer &&
          r.element === "REE" &&
          r.field === "IMPORT_SHARE" &&
          findScope(r.scope!)!.basis === "customs-volume" &&
          isCustomsImportShare(findScope(r.scope!)!, "REE"),
      );
      expect([...bases][0]).toBe(hasVolume ? "customs-volume" : "customs-value");
    }
    // Germany has only Moneycontrol's value share: the default is value, and says so.
    expect(importBasket("DE", "REE", 2024).scope.basis).toBe("customs-value");
    expect(importBasket("JP", "REE", 2024).scope.basis).toBe("customs-volume");
  });

  it("among several, the one with the latest data answers", () => {
    const [first, ...rest] = customsImportScopes("JP", "REE");
    const latest = (years: readonly number[]) => years[years.length - 1];
    for (const other of rest) expect(latest(first.years)).toBeGreaterThanOrEqual(latest(other.years));
  });
});
