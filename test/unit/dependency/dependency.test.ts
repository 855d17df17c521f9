/**
 * REE.DEPENDENCY: hand-computed cases, the published figures, properties over random questions,
 * and bad input through the Excel function.
 */
import fc from "fast-check";
import { dependency as cell } from "../../../src/functions/dependency";
import { source } from "../../../src/functions/source";
import { dependency, type Basis } from "../../../src/model/dependency/dependency";
import { DEFAULT_PATH, PATH_END, type PathKind } from "../../../src/model/dependency/diversification-path";
import { importBasket } from "../../../src/model/dependency/import-basket";
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
    expect(cell("US", "REE", "CN", 2024)).toBeCloseTo(0.71, 4);
    expect(cell("US", "REE", "MY", 2024)).toBeCloseTo(0.13, 4);
    expect(cell("US", "Tb", "CN", 2024)).toBe(1);
  });

  it("an element without its own records inherits its group's share, and REE.SOURCE says so", () => {
    expect(cell("JP", "Nd", "CN", 2025)).toBeCloseTo(0.7, 4);
    expect(source("DEPENDENCY", "Nd", "JP", 2025)).toContain("inherited from REE: no Nd records");
  });

  it("a year without data uses the latest earlier year and says so", () => {
    expect(cell("JP", "REE", "CN", 2016)).toBeCloseTo(0.5964, 4);
    expect(source("DEPENDENCY", "REE", "JP", 2016)).toContain(
      "no data for 2016: the latest earlier year, 2014, is used",
    );
  });
});

describe("hand-computed cases", () => {
  it("look-through for Japan 2018: partners traced to where their material was separated", () => {
    // METI 2018 basket: CN 0.58, VN 0.14, FR 0.11, MY 0.10, not attributed 0.07.
    // origin CN: CN 1, VN 0.8 (Argus, D), FR unknown -> China's 2023 world separation share 0.92, MY 0 (Lynas).
    // The unattributed 0.07 takes the origin mix of the other named suppliers of the same basket.
    const mix = (0.14 * 0.8 + 0.11 * 0.92 + 0.1 * 0 + 0.07 * 0.92) / (0.14 + 0.11 + 0.1 + 0.07);
    const expected = 0.58 * 1 + 0.14 * 0.8 + 0.11 * 0.92 + 0.1 * 0 + 0.07 * mix;
    expect(model("JP", "REE", 2018, "LOOKTHROUGH")).toBeCloseTo(expected, 10);
    expect(cell("JP", "REE", "CN", 2018, "lookthrough")).toBeCloseTo(expected, 10);
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
        fc.constantFrom<Basis>("DIRECT", "LOOKTHROUGH"),
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

  it("look-through is never below direct for China", () => {
    fc.assert(
      fc.property(importers, materials, years, paths, (i, m, y, p) => {
        const direct = tryModel(i, m, y, "DIRECT", p);
        const look = tryModel(i, m, y, "LOOKTHROUGH", p);
        return direct === undefined || look === undefined || look >= direct - 1e-12;
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
      'Unknown basis "SIDEWAYS": use one of DIRECT, LOOKTHROUGH',
    );
    expect(excelErrorOf(() => cell("JP", "Dy", "CN", 2030, null, [["path=FAST"]])).message).toBe(
      'Unknown path "FAST": use one of ON_TRACK, DELAYED, NONE',
    );
    expect(excelErrorOf(() => cell("JP", "Dy", "CN", 2030, null, [["speed=3"]])).message).toBe(
      'Unknown option "speed": valid options are path, delay_years',
    );
  });

  it("a future year beyond the path's end, or a question without data, gives #N/A saying why", () => {
    const beyond = excelErrorOf(() => cell("JP", "Dy", "CN", 2040));
    expect(beyond.code).toBe("#N/A");
    expect(beyond.message).toBe("The diversification path ends in 2035; 2040 is beyond it");
    expect(excelErrorOf(() => cell("CN", "Dy")).message).toMatch(
      /^No import shares for CN; available importers: DE, EU, JP, KR, US/,
    );
    expect(excelErrorOf(() => cell("JP", "REE", "CN", 2000)).message).toMatch(
      /^No import shares for JP \(REE\) before 2008/,
    );
    expect(excelErrorOf(() => cell("US", "REE", "CN", 2030)).message).toMatch(/^No diversification path for US/);
    expect(excelErrorOf(() => cell("JP", "REE", "US", 2024)).message).toMatch(
      /^No share for US in JP's REE imports of 2024/,
    );
  });
});

it("DEFAULT_PATH is ON_TRACK with a 2-year delay for DELAYED", () => {
  expect(DEFAULT_PATH).toEqual({ path: "ON_TRACK", delayYears: 2 });
});
