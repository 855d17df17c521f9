/**
 * Element demand adds up (issue: quantities that add up): for every importer and every year with
 * data, each element's demand is at most its group's and each group's at most the all-rare-earth
 * demand, the elements together never exceed the total, no element takes a group's tonnage, and
 * none exceeds the world's supply of it. Where there is no basis the answer is a message, never a
 * number borrowed from a group.
 */
import { DATASET } from "../../../src/model/data/index";
import { elementDemand, MAGNET_RARE_EARTH_SHARE, type ElementDemand } from "../../../src/model/demand/element-demand";
import { worldSupply } from "../../../src/model/demand/world-supply";
import { NoDataError } from "../../../src/model/errors";
import { ELEMENTS } from "../../../src/model/vocabulary/elements";

const IMPORTERS = ["JP", "US", "EU", "KR"];
const TOLERANCE = 1e-6;

/** The demand, or the NoDataError's message. */
function ask(importer: string, material: string, year: number): ElementDemand | string {
  try {
    return elementDemand(importer, material, year);
  } catch (error) {
    if (error instanceof NoDataError) return error.message;
    throw error;
  }
}

/** Years with a reported total for the importer, and a few years after the last (carried forward). */
function yearsOf(importer: string): number[] {
  const years = DATASET.records
    .filter((r) => r.field === "DEMAND" && r.element === "REE" && r.country === importer)
    .map((r) => r.year);
  if (years.length === 0) return [2010, 2018, 2024, 2035];
  const last = Math.max(...years);
  return [...new Set([...years, last + 1, 2035])].sort((a, b) => a - b);
}

const cases = IMPORTERS.flatMap((importer) => yearsOf(importer).map((year) => [importer, year] as const));

describe("element demand adds up, for every importer and year", () => {
  it.each(cases)("%s %i", (importer, year) => {
    const ree = ask(importer, "REE", year);
    if (typeof ree === "string") {
      // No total: every element and group says what is missing.
      expect(importer === "EU" || importer === "KR").toBe(true);
      expect(ree).toMatch(new RegExp(`No rare-earth demand total for ${importer}`));
      for (const material of [...ELEMENTS.map((e) => e.symbol), "NDPR", "LREE", "HREE", "MAGNET"]) {
        expect(ask(importer, material, year)).toMatch(/No rare-earth demand total/);
      }
      return;
    }
    expect(ree.total).toBeCloseTo(ree.materials + ree.inMagnets, 9);

    const groups = new Map<string, ElementDemand>();
    for (const code of ["NDPR", "LREE", "HREE"]) {
      const answer = ask(importer, code, year);
      if (typeof answer !== "string") groups.set(code, answer);
      else expect(answer).toMatch(new RegExp(`No ${code} demand for ${importer}`));
    }
    for (const group of groups.values()) {
      expect(group.materials).toBeLessThanOrEqual(ree.materials + TOLERANCE);
      expect(group.total).toBeLessThanOrEqual(ree.total + TOLERANCE);
    }
    const ndpr = groups.get("NDPR");
    const lree = groups.get("LREE");
    if (ndpr) {
      expect(lree).toBeDefined();
      expect(ndpr.total).toBeLessThanOrEqual((lree as ElementDemand).total + TOLERANCE);
    }

    let materials = ndpr?.materials ?? 0;
    let total = ndpr?.total ?? 0;
    for (const element of ELEMENTS) {
      const answer = ask(importer, element.symbol, year);
      if (typeof answer === "string") {
        // Never a group's tonnage: a message that names the element and what is missing.
        expect(answer).toMatch(new RegExp(`^No ${element.symbol} demand for ${importer}`));
        if ((element.symbol === "Nd" || element.symbol === "Pr") && ndpr) expect(answer).toMatch(/use NDPR/);
        continue;
      }
      expect(answer.material).toBe(element.symbol);
      expect(answer.total).toBeGreaterThan(0);
      expect(answer.total).toBeCloseTo(answer.materials + answer.inMagnets, 9);
      // No element inherits a group's tonnage.
      for (const whole of [ree, ...groups.values()]) expect(answer.total).not.toBeCloseTo(whole.total, 6);
      expect(answer.total).toBeLessThan(ree.total);
      const group = element.group ? groups.get(element.group) : undefined;
      if (element.group) {
        expect(group).toBeDefined();
        expect(answer.total).toBeLessThanOrEqual((group as ElementDemand).total + TOLERANCE);
      }
      // At most the world's supply of the element (its own production, or all rare earths).
      expect(answer.total).toBeLessThanOrEqual(worldSupply(element.symbol, year).value);
      materials += answer.materials;
      total += answer.total;
    }
    // The elements (NdPr once) together within the total, in materials and with magnets.
    expect(materials).toBeLessThanOrEqual(ree.materials + TOLERANCE);
    expect(total).toBeLessThanOrEqual(ree.total + TOLERANCE);
    // Magnets add their rare earths to the total and no more.
    expect(ree.inMagnets).toBeCloseTo(
      ((ree.inMagnets / MAGNET_RARE_EARTH_SHARE) * MAGNET_RARE_EARTH_SHARE) as number,
      9,
    );
  });

  it("covers both importers with totals, over their whole series", () => {
    const answered = cases.filter(([importer, year]) => typeof ask(importer, "REE", year) !== "string");
    expect(new Set(answered.map(([importer]) => importer))).toEqual(new Set(["JP", "US"]));
    expect(answered.length).toBeGreaterThanOrEqual(20);
  });
});

describe("what the derivation gives, checked against its inputs", () => {
  it("Japan 2024: published Ce and NdPr win; Dy and Tb come from the magnet share and recipe", () => {
    expect(elementDemand("JP", "Ce", 2024).materials).toBe(5650);
    expect(elementDemand("JP", "NDPR", 2024).materials).toBe(5500);
    // magnet share (5,500 t NdPr ÷ 30/34 ÷ 18,835 t) x 18,835 t x 3/34 and 1/34: 550 t and 183 t
    expect(elementDemand("JP", "Dy", 2024).materials).toBeCloseTo(550, 6);
    expect(elementDemand("JP", "Tb", 2024).materials).toBeCloseTo(5500 / 30, 6);
    // La, Y and Eu: JSNM's 2020 figures as the same share of the 2024 total
    expect(elementDemand("JP", "La", 2024).materials).toBeCloseTo((1370 / 17401) * 18835, 6);
    expect(elementDemand("JP", "Y", 2024).materials).toBeCloseTo((1160 / 17401) * 18835, 6);
    // finished magnets from China: 5,076 t x 3 wt% Dy, 34 wt% rare earths
    expect(elementDemand("JP", "Dy", 2024).inMagnets).toBeCloseTo(5076 * 0.03, 9);
    expect(elementDemand("JP", "REE", 2024).total).toBeCloseTo(18835 + 5076 * 0.34, 9);
  });

  it("the United States: Dy only in magnets imported from China (2025); Ce and La in metallurgy, a lower estimate", () => {
    const dy = elementDemand("US", "Dy", 2025);
    expect(dy.materials).toBe(0);
    expect(dy.inMagnets).toBeCloseTo(5933 * 0.03, 9);
    expect(dy.total).toBeLessThan(0.01 * elementDemand("US", "REE", 2025).total);
    const ce = elementDemand("US", "Ce", 2025);
    expect(ce.materials).toBeCloseTo(0.1 * 27000 * 0.65, 6);
    expect(ce.complete).toBe(false);
    expect(ce.steps.join("\n")).toMatch(
      /not counted: Ce in CATALYSTS \(0\.6\), CERAMICS_GLASS \(0\.15\), POLISHING \(0\.1\)/,
    );
    // 2024: no magnet imports are sourced and the US split has no magnets, so no Dy figure
    expect(ask("US", "Dy", 2024)).toMatch(/^No Dy demand for US in 2024: no published Dy figure/);
  });

  it("elements without any basis say what is missing", () => {
    expect(ask("JP", "Lu", 2024)).toMatch(/^No Lu demand for JP in 2024: no published Lu figure, no application/);
    expect(ask("JP", "Sm", 2024)).toMatch(/its uses in JP's split \(MAGNETS \(0\.3309\)\) have no sourced Sm content/);
    expect(ask("JP", "Nd", 2024)).toMatch(/together as NdPr \(7,023 t in 2024\) and no Nd:Pr split; use NDPR/);
    expect(ask("KR", "Dy", 2024)).toMatch(/No rare-earth demand total for KR: .* sourced for JP, US only/);
    expect(ask("JP", "Ce", 2010)).toMatch(/no end-use split for JP in or before 2010/);
    expect(ask("JP", "Dy", 2005)).toMatch(/No rare-earth demand total for JP in or before 2005; the first is 2010/);
  });
});
