/**
 * REE.DEPENDENCY: hand-computed cases, the published figures, scopes (one per series, the
 * customs-import share by default), every importer and year, look-through bounds, properties over
 * random questions, and bad input through the Excel function.
 */
import fc from "fast-check";
import { dependency as cell } from "../../../src/functions/dependency";
import { source } from "../../../src/functions/source";
import { BASES, dependency, type Basis } from "../../../src/model/dependency/dependency";
import { DEFAULT_PATH, PATH_END, type PathKind } from "../../../src/model/dependency/diversification-path";
import { customsImportScopes, importBasket } from "../../../src/model/dependency/import-basket";
import { excelErrorOf } from "../../helpers/excel-error";

const model = (
  importer: string,
  material: string,
  year: number | null,
  basis: Basis = "DIRECT",
  path: PathKind = "ON_TRACK",
  supplier = "CN",
) => dependency({ importer, material, supplier, year, basis, path: { path, delayYears: 2 } }).value;

describe("REE.DEPENDENCY against published figures", () => {
  it("Japan's China share: 82% in 2010, 60% in 2014, 70% in 2024 (MOF series; JOGMEC for 2024)", () => {
    expect(cell("JP", "REE", "CN", 2010)).toBeCloseTo(0.8161, 4);
    expect(cell("JP", "REE", null, 2014)).toBeCloseTo(0.5964, 4);
    expect(cell("JP", "REE", "CN", 2024)).toBeCloseTo(0.7, 4);
    expect(cell("Japan", "rare earths")).toBeCloseTo(0.7, 4); // latest year (2025, METI)
  });

  it("the US (MCS 2026 import sources) and element rows", () => {
    const usgs = [["scope=usgs-us-import-sources"]];
    expect(cell("US", "REE", "CN", 2024, null, usgs)).toBeCloseTo(0.71, 4);
    expect(cell("US", "REE", "MY", 2024, null, usgs)).toBeCloseTo(0.13, 4);
    expect(cell("US", "Tb", "CN", 2024)).toBe(1);
  });

  it("an element without its own records inherits its group's share, and REE.SOURCE says so", () => {
    expect(cell("JP", "Nd", "CN", 2025)).toBeCloseTo(0.7, 4);
    expect(source("DEPENDENCY", "Nd", "JP", 2025)).toContain("inherited from REE: no Nd records");
  });

  it("a year without data uses the latest earlier year and says so", () => {
    expect(cell("JP", "REE", "CN", 2016)).toBeCloseTo(0.5964, 4);
    expect(source("DEPENDENCY", "REE", "JP", 2016)).toContain(
      "no data for 2016 in this scope: its latest earlier year, 2014, is used",
    );
  });
});

describe("scopes: one per series, the customs-import share by default", () => {
  it("the EU's series stays customs imports: 2023 carries 2022 forward, the Commission's whole-chain 98% only on request", () => {
    expect(cell("EU", "REE", "CN", 2022)).toBeCloseTo(0.403, 4);
    // 2023 comes from Eurostat's customs series too (2022's carried forward, or 2023's own), never 0.98.
    expect(cell("EU", "REE", "CN", 2023)).toBeLessThan(0.5);
    expect(source("DEPENDENCY", "REE", "EU", 2023)).toMatch(/not attributed [\d.]+; Scope eu-eurostat-ree-plus: /);
    expect(cell("EU", "REE", "CN", 2023, null, [["scope=eu-commission-whole-chain"]])).toBe(0.98);
    expect(source("DEPENDENCY", "REE", "EU", 2023, null, null, [["scope", "eu-commission-whole-chain"]])).toMatch(
      /; scope=eu-commission-whole-chain\) = 0\.98\. .*Scope eu-commission-whole-chain: The European Commission's statement/,
    );
  });

  it("Vietnam's 0.598 (HS 2805 by value) is never set beside China's 0.70 (tonnage): each answers in its own scope", () => {
    expect(cell("JP", "REE", "CN", 2024)).toBeCloseTo(0.7, 4);
    expect(excelErrorOf(() => cell("JP", "REE", "VN", 2024)).message).toMatch(
      /^No share for VN in JP's REE imports of 2024 \(scope jp-customs-ree-t\): the source names CN, .* other scopes: .*jp-comtrade-hs2805-value/,
    );
    const hs2805 = [["scope=jp-comtrade-hs2805-value"]];
    expect(cell("JP", "REE", "VN", 2024, null, hs2805)).toBeCloseTo(0.598, 4);
    expect(cell("JP", "REE", "CN", 2024, null, hs2805)).toBeCloseTo(0.296, 4);
  });

  it("a scope's partners' tonnages make shares: Malaysia's 1,218 t of the 22,307 t of 2014 (MOF)", () => {
    expect(cell("JP", "REE", "MY", 2014)).toBeCloseTo(1218 / 22307, 10);
    expect(cell("JP", "REE", "MY", 2012)).toBe(0); // 0 t in 2012: a share of 0 without a total
  });

  it("part-year figures stand for a year only where nothing else measures the element", () => {
    // Yttrium and cerium oxide have only January-June 2024 customs shares: they answer, and say so.
    expect(cell("JP", "Y", "CN", 2024)).toBeCloseTo(0.987, 4);
    expect(source("DEPENDENCY", "Y", "JP", 2024)).toContain(
      "scope jp-customs-oxide-h1, tonnage (January-June only: no full-year customs share of Y is recorded)",
    );
    expect(cell("JP", "Y", "CN", 2020)).toBeCloseTo(0.58, 4); // before 2024: all rare earths, full years
    // 2023 has only the H1 metal-equivalent figure (0.731) and Comtrade value shares: the tonnage
    // series carries 2022's "more than two-thirds" forward.
    expect(cell("JP", "REE", "CN", 2023)).toBeCloseTo(0.667, 4);
    expect(cell("JP", "REE", "CN", 2023, null, [["scope=jp-customs-metal-h1"]])).toBeCloseTo(0.731, 4);
  });

  it("an unknown scope, or one without shares for the question, gives a message", () => {
    expect(excelErrorOf(() => cell("JP", "REE", "CN", 2024, null, [["scope=nowhere"]])).message).toMatch(
      /^Unknown scope "nowhere": use one of /,
    );
    expect(excelErrorOf(() => cell("US", "REE", "CN", 2024, null, [["scope=jp-customs-ree-t"]])).message).toMatch(
      /^No US import shares of scope jp-customs-ree-t for REE; scopes with shares: usgs-us-import-sources \(REE\)/,
    );
    expect(excelErrorOf(() => cell("EU", "REE", "CN", 2020, null, [["scope=eu-commission-whole-chain"]])).message).toBe(
      "No EU REE import shares of scope eu-commission-whole-chain at or before 2020; its years: 2023",
    );
  });

  it("every default answer comes from one scope, and a year without data takes the latest earlier year of that scope", () => {
    const checked: string[] = [];
    for (const importer of ["JP", "US", "EU", "KR", "DE"]) {
      for (const material of ["REE", "Dy", "Tb", "Ce", "Y", "Er", "Yb"]) {
        for (let year = 2005; year <= 2026; year++) {
          let basket;
          try {
            basket = importBasket(importer, material, year);
          } catch {
            continue;
          }
          const scope = basket.scope.id;
          expect(basket.records.every((r) => r.scope === scope)).toBe(true);
          expect(basket.years).toContain(basket.year);
          expect(basket.year).toBe(Math.max(...basket.years.filter((y) => y <= year)));
          // Part of a year only for an element that has no full-year customs share.
          if (basket.scope.partYear) expect(basket.material).not.toBe("REE");
          expect(["customs-volume", "customs-value"]).toContain(basket.scope.basis);
          checked.push(`${importer} ${material} ${year}`);
        }
      }
    }
    expect(checked.length).toBeGreaterThan(100);
  });
});

describe("every importer answers", () => {
  const importers = ["JP", "US", "EU", "KR"];
  /** The first year an importer's customs-import shares of all rare earths reach. */
  const firstYear = (importer: string) =>
    Math.min(...customsImportScopes(importer, "REE").map((candidate) => candidate.years[0]));

  it.each(importers)("%s: REE.DEPENDENCY(importer, REE) answers without options for every year to 2035", (importer) => {
    const from = Math.max(2010, firstYear(importer));
    for (let year = from; year <= PATH_END; year++) {
      const value = cell(importer, "REE", "CN", year);
      expect(value).toBeGreaterThan(0);
      expect(value).toBeLessThanOrEqual(1);
      expect(source("DEPENDENCY", "REE", importer, year)).toMatch(/Scope [a-z0-9-]+: /);
    }
    // Earlier years have no customs data at all: #N/A naming the first year there is.
    for (let year = 2010; year < from; year++) {
      expect(excelErrorOf(() => cell(importer, "REE", "CN", year)).message).toMatch(
        new RegExp(
          `^No customs import shares for ${importer} \\(REE\\) at or before ${year}; the earliest: .* from ${from}`,
        ),
      );
    }
  });

  it("Japan's customs series covers every year from 2010 to 2035", () => {
    expect(firstYear("JP")).toBeLessThanOrEqual(2010);
  });

  it("years after the data hold the latest value of the same scope, with a note, where no path is known", () => {
    for (const importer of ["US", "EU", "KR"]) {
      const latest = importBasket(importer, "REE", PATH_END);
      expect(cell(importer, "REE", "CN", 2030)).toBe(cell(importer, "REE", "CN", latest.year));
      expect(source("DEPENDENCY", "REE", importer, 2030)).toContain(
        `no diversification path for ${importer} (contracted supply is recorded for JP only): the latest value of scope ${latest.scope.id}, from ${latest.year}, is held`,
      );
    }
    // A supplier the latest year names keeps its share; one it does not name stays unknown.
    const us = importBasket("US", "REE", PATH_END);
    expect(cell("US", "REE", "MY", 2030)).toBe(us.shares.get("MY"));
    expect(excelErrorOf(() => cell("JP", "REE", "MY", 2030)).message).toMatch(
      /^No share for MY in JP's REE imports of 2025 \(scope jp-customs-ree-t\)/,
    );
  });
});

describe("hand-computed cases", () => {
  it("look-through for Japan 2018: partners traced to where their material was separated, with bounds", () => {
    // METI 2018 basket: CN 0.58, VN 0.14, FR 0.11, MY 0.10, not attributed 0.07.
    // origin CN: CN 1, VN 0.8 (Argus, D), MY 0 (Lynas); France's origin is not recorded and the
    // 0.07 is attributed to no one: each counts as none of it Chinese (low) or all of it (high).
    const low = 0.58 * 1 + 0.14 * 0.8 + 0.1 * 0;
    const high = low + 0.11 + 0.07;
    expect(model("JP", "REE", 2018, "LOOKTHROUGH_LOW")).toBeCloseTo(low, 10);
    expect(model("JP", "REE", 2018, "LOOKTHROUGH_HIGH")).toBeCloseTo(high, 10);
    expect(model("JP", "REE", 2018, "LOOKTHROUGH")).toBeCloseTo((low + high) / 2, 10);
    expect(cell("JP", "REE", "CN", 2018, "lookthrough")).toBeCloseTo((low + high) / 2, 10);
    expect(cell("JP", "REE", "CN", 2018, "LookThrough_Low")).toBeCloseTo(0.692, 10);
    expect(source("DEPENDENCY", "REE", "JP", 2018, "CN", "LOOKTHROUGH")).toContain(
      "look-through bounds 0.692-0.872; LOOKTHROUGH = the midpoint of the bounds = 0.782",
    );
  });

  it("look-through no longer depends on which partners a year happens to name (2014 against 2018)", () => {
    // 2014 (MOF): CN 0.5964, MY 1,218 t of 22,307 t, the rest unattributed. With the world mix for the
    // unattributed rest this was 0.968 against 0.84 for 2018; the bounds now overlap.
    const my = 1218 / 22307;
    expect(model("JP", "REE", 2014, "LOOKTHROUGH_LOW")).toBeCloseTo(0.5964, 10);
    expect(model("JP", "REE", 2014, "LOOKTHROUGH_HIGH")).toBeCloseTo(1 - my, 10);
    expect(model("JP", "REE", 2014, "LOOKTHROUGH")).toBeLessThan(model("JP", "REE", 2018, "LOOKTHROUGH_HIGH"));
  });

  it("future look-through bounds follow the path: each bound is projected, the default reports their midpoint", () => {
    const at = (basis: Basis) => model("JP", "Dy", 2027, basis);
    expect(at("LOOKTHROUGH_LOW")).toBeCloseTo(0.7, 10); // China 100% of Dy in 2024, Lynas 30% of demand by 2027
    expect(at("LOOKTHROUGH")).toBeCloseTo((at("LOOKTHROUGH_LOW") + at("LOOKTHROUGH_HIGH")) / 2, 10);
  });

  it("the diversification path for Japan's Dy: Lynas's heavy rare earth circuit covers 30% of demand once ramped", () => {
    // base: China 100% of Japan's Dy in 2024 (Nomura); demand 550 t (grade D); Lynas circuit from
    // 2025 = 30% of Japan's Dy demand, half in the first year.
    expect(model("JP", "Dy", 2025)).toBeCloseTo((550 - 0.3 * 550 * 0.5) / 550, 10);
    expect(model("JP", "Dy", 2027)).toBeCloseTo((550 - 0.3 * 550) / 550, 10);
    // DELAYED by 2 years: starts 2027, half in 2027
    expect(model("JP", "Dy", 2027, "DIRECT", "DELAYED")).toBeCloseTo((550 - 0.3 * 550 * 0.5) / 550, 10);
    expect(model("JP", "Dy", 2027, "DIRECT", "NONE")).toBe(1);
    expect(cell("JP", "Dy", "CN", 2027, null, [["path=DELAYED; delay_years=2"]])).toBeCloseTo(0.85, 10);
    expect(cell("JP", "Dy", "CN", 2027, null, [["path", "NONE"]])).toBe(1);
  });

  it("MAGNET weights the rare earths of a sintered NdFeB magnet by mass (NdPr 30, Dy 3, Tb 1)", () => {
    const ndpr = model("JP", "NDPR", 2027);
    const dy = model("JP", "Dy", 2027);
    const tb = model("JP", "Tb", 2027);
    expect(model("JP", "MAGNET", 2027)).toBeCloseTo((30 * ndpr + 3 * dy + 1 * tb) / 34, 10);
  });
});

describe("properties", () => {
  const importers = fc.constantFrom("JP", "US", "EU", "KR");
  const materials = fc.constantFrom(
    "REE",
    "NDPR",
    "LREE",
    "HREE",
    "MAGNET",
    "Dy",
    "Tb",
    "Nd",
    "Pr",
    "Ce",
    "Y",
    "La",
    "Sm",
    "Er",
    "Lu",
    "Ho",
    "Yb",
    "Sc",
  );
  const suppliers = fc.constantFrom("CN", "MY", "VN", "FR", "JP", "EE", "RU", "US", "AU");
  const years = fc.integer({ min: 2005, max: PATH_END + 2 });
  const paths = fc.constantFrom<PathKind>("ON_TRACK", "DELAYED", "NONE");
  const tryModel = (...args: Parameters<typeof model>) => {
    try {
      return model(...args);
    } catch (error) {
      if ((error as Error).name === "NoDataError") return undefined;
      throw error;
    }
  };

  it("every answer is a share in 0-1", () => {
    fc.assert(
      fc.property(
        importers,
        materials,
        suppliers,
        years,
        fc.constantFrom<Basis>(...BASES),
        paths,
        (i, m, s, y, b, p) => {
          const value = tryModel(i, m, y, b, p, s);
          return value === undefined || (value >= 0 && value <= 1);
        },
      ),
      { numRuns: 1500, seed: 4 },
    );
  });

  it("named suppliers and the unattributed rest add up to 1", () => {
    fc.assert(
      fc.property(
        importers,
        materials.filter((m) => m !== "MAGNET"),
        fc.integer({ min: 2008, max: 2025 }),
        (i, m, y) => {
          let basket;
          try {
            basket = importBasket(i, m, y);
          } catch {
            return true;
          }
          const total = [...basket.shares.values()].reduce((a, b) => a + b, 0) + basket.unallocated;
          return Math.abs(total - 1) < 1e-9;
        },
      ),
      { numRuns: 500, seed: 5 },
    );
  });

  it("look-through is never below direct for China, and LOW <= LOOKTHROUGH <= HIGH", () => {
    fc.assert(
      fc.property(importers, materials, years, paths, (i, m, y, p) => {
        const direct = tryModel(i, m, y, "DIRECT", p);
        const low = tryModel(i, m, y, "LOOKTHROUGH_LOW", p);
        const mid = tryModel(i, m, y, "LOOKTHROUGH", p);
        const high = tryModel(i, m, y, "LOOKTHROUGH_HIGH", p);
        if (low === undefined || mid === undefined || high === undefined) return true;
        return (direct === undefined || low >= direct - 1e-12) && low <= mid + 1e-12 && mid <= high + 1e-12;
      }),
      { numRuns: 1000, seed: 6 },
    );
  });

  it("ON_TRACK never gives a higher future China share than NONE, and DELAYED lies between", () => {
    fc.assert(
      fc.property(
        materials,
        fc.integer({ min: 2025, max: PATH_END }),
        fc.integer({ min: 0, max: 10 }),
        (m, y, delay) => {
          const at = (path: PathKind) =>
            dependency({
              importer: "JP",
              material: m,
              supplier: "CN",
              year: y,
              basis: "DIRECT",
              path: { path, delayYears: delay },
            }).value;
          const onTrack = at("ON_TRACK");
          const delayed = at("DELAYED");
          const none = at("NONE");
          return onTrack <= delayed + 1e-12 && delayed <= none + 1e-12;
        },
      ),
      { numRuns: 500, seed: 7 },
    );
  });
});

describe("bad input through REE.DEPENDENCY", () => {
  it("unknown codes give #VALUE! naming the argument", () => {
    expect(excelErrorOf(() => cell("Atlantis", "Dy")).message).toBe('Unknown country "Atlantis": use REE.COUNTRIES()');
    expect(excelErrorOf(() => cell("JP", "Xx")).message).toMatch(/^Unknown element or group "Xx"/);
    expect(excelErrorOf(() => cell("JP", "Dy", "CN", 2024, "SIDEWAYS")).message).toBe(
      'Unknown basis "SIDEWAYS": use one of DIRECT, LOOKTHROUGH, LOOKTHROUGH_LOW, LOOKTHROUGH_HIGH',
    );
    expect(excelErrorOf(() => cell("JP", "Dy", "CN", 2030, null, [["path=FAST"]])).message).toBe(
      'Unknown path "FAST": use one of ON_TRACK, DELAYED, NONE',
    );
    expect(excelErrorOf(() => cell("JP", "Dy", "CN", 2030, null, [["speed=3"]])).message).toBe(
      'Unknown option "speed": valid options are path, delay_years, scope',
    );
  });

  it("a future year beyond the path's end, or a question without data, gives #N/A saying why", () => {
    const beyond = excelErrorOf(() => cell("JP", "Dy", "CN", 2040));
    expect(beyond.code).toBe("#N/A");
    expect(beyond.message).toBe("The diversification path ends in 2035; 2040 is beyond it");
    expect(excelErrorOf(() => cell("CN", "Dy")).message).toMatch(
      /^No import shares for CN; available importers: DE, EU, JP, KR, US/,
    );
    expect(excelErrorOf(() => cell("JP", "REE", "CN", 2000)).message).toBe(
      "No customs import shares for JP (REE) at or before 2000; the earliest: jp-customs-ree-t (REE) from 2008",
    );
    expect(excelErrorOf(() => cell("JP", "REE", "US", 2024)).message).toMatch(
      /^No share for US in JP's REE imports of 2024/,
    );
  });
});

it("DEFAULT_PATH is ON_TRACK with a 2-year delay for DELAYED", () => {
  expect(DEFAULT_PATH).toEqual({ path: "ON_TRACK", delayYears: 2 });
});
