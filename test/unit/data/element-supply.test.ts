/**
 * World and Chinese supply of single elements (records/element-supply.ts): derived from each
 * country's mine production and the element make-up of its ore type, so its parts never add up to
 * more than the output they split, China never mines more of an element than the world, the
 * derivation reproduces its inputs, and the published element totals it is checked against stay
 * within reach. The element-demand bound (world-supply.ts) reads these series.
 */
import { DATASET } from "../../../src/model/data/index";
import { ELEMENT_SUPPLY_RECORDS } from "../../../src/model/data/records/element-supply";
import type { DataRecord } from "../../../src/model/data/types";
import { worldSupply } from "../../../src/model/demand/world-supply";
import { ELEMENTS, GROUPS } from "../../../src/model/vocabulary/elements";

const SCOPE = "ore-type-element-production";
const derived = ELEMENT_SUPPLY_RECORDS.filter((r) => r.scope === SCOPE);
const symbols = new Set<string>(ELEMENTS.map((e) => e.symbol));

/** The all-rare-earth mine production of a country, year and edition. */
function total(country: string, year: number, edition: string | undefined): DataRecord | undefined {
  return DATASET.records.find(
    (r) =>
      r.field === "MINE_PRODUCTION" &&
      r.element === "REE" &&
      r.country === country &&
      r.year === year &&
      r.edition === edition,
  );
}

const keys = [...new Set(derived.map((r) => `${r.country}|${r.year}|${r.edition ?? ""}`))].map((key) => {
  const [country, year, edition] = key.split("|");
  return [country, Number(year), edition] as const;
});

const value = (element: string, country: string, year: number) =>
  derived.find((r) => r.element === element && r.country === country && r.year === year)?.value;

describe("element outputs add up", () => {
  it.each(keys)(
    "%s %i: the elements sum to no more than the all-rare-earth output of the same edition",
    (country, year, edition) => {
      const whole = total(country, year, edition);
      expect(whole).toBeDefined();
      const elements = derived.filter(
        (r) => r.country === country && r.year === year && (r.edition ?? "") === edition && symbols.has(r.element),
      );
      expect(elements.length).toBeGreaterThanOrEqual(9);
      const sum = elements.reduce((s, r) => s + r.value, 0);
      expect(sum).toBeLessThanOrEqual((whole as DataRecord).value);
      // Most of the output is allocated: the ore rows cover 97-100% of the oxide, and WORLD leaves
      // out only the few percent mined in countries whose ore type is not known.
      expect(sum).toBeGreaterThan(0.9 * (whole as DataRecord).value);
      // Groups are the sums of their members as recorded (to rounding).
      for (const group of GROUPS.filter((g) => ["NDPR", "LREE", "HREE"].includes(g.code))) {
        const members = elements.filter((r) => (group.members as readonly string[]).includes(r.element));
        const recorded = value(group.code, country, year) as number;
        expect(Math.abs(recorded - members.reduce((s, r) => s + r.value, 0))).toBeLessThanOrEqual(members.length);
      }
    },
  );

  it("China's output of each element is part of the world's, every year both are derived", () => {
    let checked = 0;
    for (const r of derived.filter((r) => r.country === "CN")) {
      const world = value(r.element, "WORLD", r.year);
      if (world === undefined) continue;
      expect(r.value).toBeLessThanOrEqual(world);
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });

  it("covers every element but Pm and Sc, for China 2017-2025 and the world 2018-2025", () => {
    const years = (country: string) => [...new Set(derived.filter((r) => r.country === country).map((r) => r.year))];
    expect(years("CN").sort()).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(years("WORLD").sort()).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    const world2024 = new Set(derived.filter((r) => r.country === "WORLD" && r.year === 2024).map((r) => r.element));
    for (const e of ELEMENTS)
      expect([e.symbol, world2024.has(e.symbol)]).toEqual([e.symbol, !["Pm", "Sc"].includes(e.symbol)]);
    expect(derived.every((r) => r.grade === "D" && r.unit === "t REO" && /^Derived/.test(r.note ?? ""))).toBe(true);
  });
});

describe("the derivation, recomputed from its inputs", () => {
  it("China 2021: 148,850 t of rock-type ore as Bayan Obo and 19,150 t of ion-adsorption clays", () => {
    // Dy: 148,850 × 0.1% + 19,150 × (0.90 × 3.71% + 0.08 × 7.48% + 0.02 × 1.77% / 1.0346)
    const ionDy = 0.9 * 0.0371 + 0.08 * 0.0748 + 0.02 * (0.0177 / 1.0346);
    expect(value("Dy", "CN", 2021)).toBe(Math.round(148850 * 0.001 + 19150 * ionDy));
    // NdPr from the rock: 24.7% of Bayan Obo's oxide.
    const ionNdPr = 0.9 * (0.0562 + 0.1755) + 0.08 * (0.0108 + 0.0347) + 0.02 * ((0.0741 + 0.3018) / 1.0346);
    expect(value("NDPR", "CN", 2021)).toBe(Math.round(148850 * 0.247 + 19150 * ionNdPr));
    // Yttrium comes only from the clays: Bayan Obo gives none.
    const ionY = 0.9 * 0.2426 + 0.08 * 0.649 + 0.02 * (0.1007 / 1.0346);
    expect(value("Y", "CN", 2021)).toBe(Math.round(19150 * ionY));
  });

  it("the world sums the six countries with a known ore type (2021: Dy 2,368 t, most of it from Myanmar)", () => {
    const ionDy = 0.9 * 0.0371 + 0.08 * 0.0748 + 0.02 * (0.0177 / 1.0346);
    const expected = 148850 * 0.001 + 19150 * ionDy + 34700 * ionDy + 24000 * 0.0025 + 2500 * 0.006 + 2900 * 0.0018;
    expect(value("Dy", "WORLD", 2021)).toBe(Math.round(expected));
    expect(value("Dy", "WORLD", 2021)).toBe(2368);
  });

  it("stays within reach of the published element totals", () => {
    // Dysprosium: 3,126 t in 2021 (EU RMIS, grade C); the derivation gives three quarters of it.
    const rmis = ELEMENT_SUPPLY_RECORDS.find((r) => r.element === "Dy" && r.scope === "jrc-element-production");
    expect(rmis?.value).toBe(3126);
    expect((value("Dy", "WORLD", 2021) as number) / 3126).toBeGreaterThan(0.6);
    // Yttrium oxide: 10,000-15,000 t in 2025 (USGS).
    expect(value("Y", "WORLD", 2025)).toBeGreaterThan(10000);
    expect(value("Y", "WORLD", 2025)).toBeLessThan(15000);
    // Terbium about half a kilotonne a year; NdPr tens of kilotonnes.
    for (let year = 2018; year <= 2025; year++) {
      expect(value("Tb", "WORLD", year)).toBeGreaterThan(350);
      expect(value("Tb", "WORLD", year)).toBeLessThan(800);
      expect(value("NDPR", "WORLD", year)).toBeGreaterThan(40000);
      expect(value("NDPR", "WORLD", year)).toBeLessThan(100000);
    }
  });
});

describe("world supply reads the element series", () => {
  it("an element's own series bounds it, with China's share of the same year", () => {
    const dy = worldSupply("Dy", 2024);
    expect([dy.own, dy.material, dy.value, dy.year]).toEqual([true, "Dy", value("Dy", "WORLD", 2024), 2024]);
    expect(dy.chinaShare).toBeCloseTo((value("Dy", "CN", 2024) as number) / (value("Dy", "WORLD", 2024) as number), 12);
    expect(dy.text).toMatch(/^world Dy production 2,221 t \(2024, grade D, derived from ore types\)/);
    // Published figures win where they are preferred: USGS's yttrium oxide for 2025.
    expect(worldSupply("Y", 2025).value).toBe(10000);
    // A year before the series uses its first year; after it, its last.
    expect(worldSupply("Tb", 2010).year).toBe(2018);
    expect(worldSupply("Tb", 2035).year).toBe(2025);
  });

  it("a material without its own series is bounded by the smallest recorded group that contains it", () => {
    expect(worldSupply("NDPR", 2024).value).toBe(value("NDPR", "WORLD", 2024));
    const sc = worldSupply("Sc", 2024);
    expect([sc.own, sc.material]).toEqual([false, "REE"]);
    expect(sc.text).toMatch(/the bound for Sc, whose own world production is not recorded/);
    expect(worldSupply("MAGNET", 2024).material).toBe("REE");
  });
});
