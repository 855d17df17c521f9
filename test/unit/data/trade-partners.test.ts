/**
 * Trade-partner data (issue 14, item 4): every record names a scope from the catalogue, and within
 * one scope the parts never exceed the whole. For every importer, year (and month) and scope,
 * partner tonnages or values stay within the total of their scope, the shares computed from them
 * and the recorded shares each sum to at most 1, and months add up to the year where both exist.
 */
import { FIELDS } from "../../../src/model/data/fields";
import { RECORDS } from "../../../src/model/data/records";
import { TRADE_COMPARATOR_RECORDS } from "../../../src/model/data/records/trade-comparators";
import { TRADE_JAPAN_RECORDS } from "../../../src/model/data/records/trade-japan";
import { SCOPES } from "../../../src/model/data/scopes";
import { TRADE_SCOPES } from "../../../src/model/data/scopes/trade";
import { SOURCES } from "../../../src/model/data/sources";
import type { DataRecord } from "../../../src/model/data/types";
import { validateDataset } from "../../../src/model/data/validate";

/** Published figures are rounded (Eurostat to 100 t, USGS to three significant digits). */
const TOLERANCE = 0.02;

const TRADE_RECORDS = [...TRADE_JAPAN_RECORDS, ...TRADE_COMPARATOR_RECORDS];

/** Quantity fields with partners, and the annual field a monthly one adds up to (same unit). */
const QUANTITIES = ["IMPORTS", "IMPORTS_VALUE", "IMPORTS_MONTHLY", "IMPORTS_VALUE_MONTHLY"];
const ANNUAL_OF: Record<string, string> = { IMPORTS_MONTHLY: "IMPORTS" };

/** The series a record belongs to: its scope, or for records without one its source and edition. */
const seriesOf = (r: DataRecord) => r.scope ?? `${r.source}|${r.edition ?? ""}`;

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/**
 * The ways a set of trade records breaks "parts within the whole": partners above the total of
 * their scope, partners (or recorded shares) adding up to more than the whole, months adding up to
 * more than their year (or, for a full year of months, to something else than the year).
 */
function tradeTotalProblems(records: readonly DataRecord[]): string[] {
  const problems: string[] = [];
  // Shares of one whole are summed per scope and per source and edition, so two editions of one
  // value (kept side by side, one preferred) are never added together.
  const wholeKey = (r: DataRecord) =>
    `${r.field} ${r.element} ${r.country} ${r.year}${r.month ? `-${r.month}` : ""} [${seriesOf(r)}] ${r.source}|${r.edition ?? ""}`;

  const quantities = records.filter((r) => QUANTITIES.includes(r.field) && r.partner !== undefined);
  for (const [key, group] of groupBy(quantities, wholeKey)) {
    const totals = group.filter((r) => r.partner === "WORLD");
    const parts = group.filter((r) => r.partner !== "WORLD");
    if (totals.length !== 1) continue;
    const total = totals[0].value;
    for (const part of parts) {
      if (part.value > total * (1 + TOLERANCE)) problems.push(`${key}: ${part.partner} ${part.value} > total ${total}`);
    }
    const sum = parts.reduce((s, r) => s + r.value, 0);
    if (total > 0 && sum / total > 1 + TOLERANCE) {
      problems.push(`${key}: partners add up to ${sum}, shares ${(sum / total).toFixed(3)} of the total ${total}`);
    }
  }

  const shares = records.filter((r) => r.field === "IMPORT_SHARE");
  for (const [key, group] of groupBy(shares, wholeKey)) {
    const sum = group.reduce((s, r) => s + r.value, 0);
    if (sum > 1 + TOLERANCE) problems.push(`${key}: recorded shares add up to ${sum.toFixed(3)}`);
  }

  const months = records.filter((r) => ANNUAL_OF[r.field] !== undefined);
  const yearKey = (field: string, r: DataRecord) =>
    `${field} ${r.element} ${r.country}<-${r.partner} ${r.year} [${seriesOf(r)}]`;
  const annuals = new Map(
    records.filter((r) => Object.values(ANNUAL_OF).includes(r.field)).map((r) => [yearKey(r.field, r), r]),
  );
  for (const [key, group] of groupBy(months, (r) => yearKey(ANNUAL_OF[r.field], r))) {
    const annual = annuals.get(key);
    if (!annual) continue;
    const sum = group.reduce((s, r) => s + r.value, 0);
    const full = new Set(group.map((r) => r.month)).size === 12;
    if (full ? Math.abs(sum - annual.value) > annual.value * TOLERANCE : sum > annual.value * (1 + TOLERANCE)) {
      problems.push(`${key}: ${group.length} months add up to ${sum}, the year is ${annual.value}`);
    }
  }
  return problems;
}

describe("trade partners by scope", () => {
  it("every trade record names a scope of the catalogue whose basis fits the field", () => {
    const scopes = new Map(SCOPES.map((scope) => [scope.id, scope]));
    const misfits = TRADE_RECORDS.flatMap((r) => {
      const scope = r.scope === undefined ? undefined : scopes.get(r.scope);
      if (!scope) return [`${r.field} ${r.country} ${r.year}: no scope (${r.scope})`];
      const byValue = r.field.startsWith("IMPORTS_VALUE");
      if (byValue && scope.basis !== "customs-value")
        return [`${r.field} ${r.country} ${r.year}: ${scope.id} is not by value`];
      if (r.field.startsWith("IMPORTS") && !byValue && scope.basis !== "customs-volume")
        return [`${r.field} ${r.country} ${r.year}: ${scope.id} is not by volume`];
      if (!scope.basis.startsWith("customs-"))
        return [`${r.field} ${r.country} ${r.year}: ${scope.id} is not customs data`];
      return [];
    });
    expect(misfits).toEqual([]);
  });

  it("the trade scopes are unique, used, and state HS lines and weight consistently", () => {
    const ids = TRADE_SCOPES.map((scope) => scope.id);
    expect(new Set(ids).size).toBe(ids.length);
    const used = new Set(TRADE_RECORDS.map((r) => r.scope));
    expect(ids.filter((id) => !used.has(id))).toEqual([]);
    for (const scope of TRADE_SCOPES) {
      for (const hs of scope.hs) expect(hs).toMatch(/^\d{4}(\.\d{2})?$/);
      // A tonne needs a weight basis; a value has none.
      expect(scope.weight === undefined).toBe(scope.basis === "customs-value");
      expect(scope.description.length).toBeGreaterThan(40);
    }
  });

  it("over every importer, year and scope, partners stay within their total and shares sum to at most 1", () => {
    expect(tradeTotalProblems(RECORDS)).toEqual([]);
  });

  it("the new fields exist with the units of their records, and the dataset stays valid", () => {
    const units = new Map(FIELDS.map((field) => [field.id, field.unit]));
    expect(units.get("IMPORTS_VALUE")).toBe("USD");
    expect(units.get("IMPORTS_VALUE_MONTHLY")).toBe("JPY");
    expect(validateDataset(TRADE_RECORDS, SOURCES, TRADE_SCOPES)).toEqual([]);
  });

  it("covers each importer, and the 2010 and 2025 episodes month by month for Japan", () => {
    const importers = new Set(TRADE_RECORDS.map((r) => r.country));
    expect([...importers].sort()).toEqual(["EU", "JP", "KR", "US"]);
    const japanMonths = (year: number) =>
      RECORDS.filter((r) => r.country === "JP" && r.field.endsWith("_MONTHLY") && r.year === year).map(
        (r) => `${r.element}<-${r.partner} ${r.month}`,
      );
    expect(japanMonths(2010)).toEqual(
      expect.arrayContaining(["REE<-CN 9", "REE<-CN 10", "REE<-CN 11", "REE<-WORLD 8"]),
    );
    expect(japanMonths(2025)).toEqual(expect.arrayContaining(["Dy<-CN 5", "Dy<-CN 10", "Tb<-CN 10", "REE<-CN 5"]));
    // The US DataWeb series runs every year from 2008 to 2025 with China and the total.
    const usYears = (partner: string) =>
      TRADE_RECORDS.filter((r) => r.scope === "us-dataweb-hs2846" && r.partner === partner).map((r) => r.year);
    const expected = Array.from({ length: 18 }, (_, i) => 2008 + i);
    expect(usYears("CN")).toEqual(expected);
    expect(usYears("WORLD")).toEqual(expected);
  });

  describe("series of different scopes agree where they overlap", () => {
    const find = (scope: string, field: string, element: string, country: string, partner: string, year: number) => {
      const found = RECORDS.filter(
        (r) =>
          r.scope === scope &&
          r.field === field &&
          r.element === element &&
          r.country === country &&
          r.partner === partner &&
          r.year === year,
      );
      expect(found).toHaveLength(1);
      return found[0].value;
    };

    it.each([2021, 2022])("US %i: DataWeb's HTS 2846 from China = the Yearbook's 2846.10 + 2846.90", (year) => {
      const dataweb = find("us-dataweb-hs2846", "IMPORTS", "REE", "US", "CN", year);
      const lines =
        find("us-myb-hs2846.10", "IMPORTS", "Ce", "US", "CN", year) +
        find("us-myb-hs2846.90", "IMPORTS", "REE", "US", "CN", year);
      expect(Math.abs(dataweb - lines) / lines).toBeLessThan(0.005);
      // The 18 partners of the extract cover at most the full total, and at least 97% of it.
      const partners = find("us-dataweb-hs2846", "IMPORTS", "REE", "US", "WORLD", year);
      const full =
        find("us-myb-hs2846.10", "IMPORTS", "Ce", "US", "WORLD", year) +
        find("us-myb-hs2846.90", "IMPORTS", "REE", "US", "WORLD", year);
      expect(partners).toBeLessThanOrEqual(full);
      expect(partners / full).toBeGreaterThan(0.97);
    });

    it("EU 2024: Eurostat's shares of its total match the partner tonnages relayed from the same data", () => {
      const total = find("eu-eurostat-ree-plus", "IMPORTS", "REE", "EU", "WORLD", 2024);
      for (const partner of ["CN", "RU", "MY"]) {
        const recordedShare = find("eu-eurostat-ree-plus", "IMPORT_SHARE", "REE", "EU", partner, 2024);
        const relayed = RECORDS.find(
          (r) =>
            r.field === "IMPORTS" &&
            r.country === "EU" &&
            r.partner === partner &&
            r.year === 2024 &&
            r.source === "eu-alcircle-2024-imports",
        );
        expect(relayed).toBeDefined();
        expect(
          Math.abs(recordedShare * total - (relayed as DataRecord).value) / (relayed as DataRecord).value,
        ).toBeLessThan(0.01);
      }
    });
  });

  it("recomputes the shares quoted in docs/DATA.md ('Reading the numbers') from tonnages of one scope", () => {
    const tonnes = (scope: string, element: string, country: string, partner: string, year: number) =>
      RECORDS.find(
        (r) =>
          r.scope === scope &&
          r.field === "IMPORTS" &&
          r.element === element &&
          r.country === country &&
          r.partner === partner &&
          r.year === year,
      )?.value ?? NaN;
    const shareOf = (scope: string, element: string, country: string, year: number) =>
      Number((tonnes(scope, element, country, "CN", year) / tonnes(scope, element, country, "WORLD", year)).toFixed(2));
    expect(shareOf("us-dataweb-hs2846", "REE", "US", 2025)).toBe(0.79);
    expect(shareOf("us-myb-hs2846.10", "Ce", "US", 2022)).toBe(0.51);
    expect(shareOf("us-myb-hs2846.90", "REE", "US", 2022)).toBe(0.79);
    expect(shareOf("us-myb-hs2805.30", "REE", "US", 2022)).toBe(0.97);
    expect(shareOf("eu-eurostat-ree-plus", "REE", "EU", 2022)).toBe(0.41);
    expect(shareOf("eu-eurostat-ree-plus", "REE", "EU", 2023)).toBe(0.39);
  });

  describe("the check fails on parts that exceed their whole", () => {
    const base: DataRecord = {
      field: "IMPORTS",
      element: "REE",
      country: "JP",
      partner: "WORLD",
      year: 2020,
      value: 1000,
      unit: "t",
      source: "usgs-mcs-2026",
      grade: "A",
      scope: "test-scope",
    };
    const part = (partner: string, value: number, extra: Partial<DataRecord> = {}): DataRecord => ({
      ...base,
      partner,
      value,
      ...extra,
    });

    it("a partner above the total", () => {
      expect(tradeTotalProblems([base, part("CN", 1100)]).join("\n")).toMatch(/CN 1100 > total 1000/);
    });

    it("partners adding up to more than the total (shares above 1)", () => {
      expect(tradeTotalProblems([base, part("CN", 700), part("VN", 400)]).join("\n")).toMatch(/shares 1.100/);
    });

    it("recorded shares of one scope above 1, but not two editions of one share", () => {
      const share = (partner: string, value: number, edition?: string): DataRecord => ({
        ...base,
        field: "IMPORT_SHARE",
        unit: "share",
        partner,
        value,
        ...(edition ? { edition } : {}),
      });
      expect(tradeTotalProblems([share("CN", 0.7), share("VN", 0.4)]).join("\n")).toMatch(
        /recorded shares add up to 1.100/,
      );
      expect(tradeTotalProblems([share("CN", 0.7, "a"), share("CN", 0.6, "b")])).toEqual([]);
    });

    it("months above their year, or a full year of months that is not the year", () => {
      const month = (m: number, value: number): DataRecord => ({
        ...base,
        field: "IMPORTS_MONTHLY",
        partner: "CN",
        month: m,
        value,
      });
      const annual = part("CN", 1000);
      expect(tradeTotalProblems([annual, month(1, 600), month(2, 600)]).join("\n")).toMatch(/2 months add up to 1200/);
      const twelve = Array.from({ length: 12 }, (_, i) => month(i + 1, 50));
      expect(tradeTotalProblems([annual, ...twelve]).join("\n")).toMatch(/12 months add up to 600, the year is 1000/);
      expect(tradeTotalProblems([{ ...annual, value: 600 }, ...twelve])).toEqual([]);
      // A month of another scope is another series.
      expect(tradeTotalProblems([annual, { ...month(1, 1500), scope: "other" }])).toEqual([]);
    });
  });
});
