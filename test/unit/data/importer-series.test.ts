/**
 * The comparator importers' customs-import series (records/trade-comparators.ts): the EU's
 * Eurostat REE+ series now reaches back to 2020 and Korea's customs tonnage series to 2023, and
 * the default REE.DEPENDENCY answers every year from the first with data to 2035 from one scope
 * per importer, never switching definition between years. Other definitions answer only on request.
 */
import { dependency as cell } from "../../../src/functions/dependency";
import { source } from "../../../src/functions/source";
import { PATH_END } from "../../../src/model/dependency/diversification-path";
import { importBasket } from "../../../src/model/dependency/import-basket";
import { excelErrorOf } from "../../helpers/excel-error";

/** The scopes the default answers of an importer come from, over a range of years. */
function defaultScopes(importer: string, from: number, to = PATH_END): Set<string> {
  const scopes = new Set<string>();
  for (let year = from; year <= to; year++) scopes.add(importBasket(importer, "REE", year).scope.id);
  return scopes;
}

describe("the EU: Eurostat's extra-EU imports of REE+ by weight (EU-27), 2020-2024", () => {
  it("answers every year from 2020 to 2035 from the one scope", () => {
    expect(defaultScopes("EU", 2020)).toEqual(new Set(["eu-eurostat-ree-plus"]));
    for (let year = 2020; year <= PATH_END; year++) {
      expect(source("DEPENDENCY", "REE", "EU", year)).toMatch(/Scope eu-eurostat-ree-plus: /);
    }
  });

  it("China's share by year: 43% (2020), 35.5% (2021), 40.3% (2022), 7,100 t of 18,300 t (2023), 46.3% (2024)", () => {
    expect(cell("EU", "REE", "CN", 2020)).toBeCloseTo(0.43, 4);
    expect(cell("EU", "REE", "RU", 2020)).toBeCloseTo(0.505, 4);
    expect(cell("EU", "REE", "CN", 2021)).toBeCloseTo(0.355, 4);
    expect(cell("EU", "REE", "RU", 2021)).toBeCloseTo(0.272, 4);
    expect(cell("EU", "REE", "CN", 2022)).toBeCloseTo(0.403, 4);
    expect(cell("EU", "REE", "CN", 2023)).toBeCloseTo(7100 / 18300, 4);
    expect(cell("EU", "REE", "CN", 2024)).toBeCloseTo(0.463, 4);
    // 2015 has no customs series: the answer names the first year there is.
    expect(excelErrorOf(() => cell("EU", "REE", "CN", 2015)).message).toMatch(
      /^No customs import shares for EU \(REE\) at or before 2015; the earliest: eu-eurostat-ree-plus \(REE\) from 2020/,
    );
    // The Commission's whole-chain statement answers only on request.
    expect(cell("EU", "REE", "CN", 2023, null, [["scope=eu-commission-whole-chain"]])).toBe(0.98);
  });
});

describe("South Korea: the Korea Customs Service's tonnage series, 2010-2012 and 2023", () => {
  it("answers every year from 2010 to 2035 from the one scope", () => {
    expect(defaultScopes("KR", 2010)).toEqual(new Set(["kr-kcs-volume"]));
  });

  it("2012 is the customs' full year (53.9%), not the January-November relay (54.4%), which needs its scope", () => {
    expect(cell("KR", "REE", "CN", 2012)).toBeCloseTo(0.539, 4);
    expect(cell("KR", "REE", "JP", 2012)).toBeCloseTo(0.27, 4);
    expect(cell("KR", "REE", "FR", 2012)).toBeCloseTo(0.149, 4);
    expect(cell("KR", "REE", "CN", 2012, null, [["scope=kr-kcs-volume-jan-nov"]])).toBeCloseTo(0.544, 4);
    // 2011 by weight (78.4%); the value share (72%) only on request.
    expect(cell("KR", "REE", "CN", 2011)).toBeCloseTo(0.784, 4);
    expect(cell("KR", "REE", "CN", 2011, null, [["scope=kr-kcs-value"]])).toBeCloseTo(0.72, 4);
  });

  it("2013-2022 hold 2012; from 2023 KOMIR's share of import volume (54%) answers", () => {
    expect(cell("KR", "REE", "CN", 2018)).toBeCloseTo(0.539, 4);
    expect(source("DEPENDENCY", "REE", "KR", 2018)).toContain("its latest earlier year, 2012, is used");
    expect(cell("KR", "REE", "CN", 2023)).toBeCloseTo(0.54, 4);
    expect(cell("KR", "REE", "CN", 2030)).toBeCloseTo(0.54, 4);
    // Value shares are another series: 42% (2018, KOMIS), 50.4% (2022, KOMIR).
    expect(cell("KR", "REE", "CN", 2022, null, [["scope=kr-kcs-value"]])).toBeCloseTo(0.504, 4);
  });
});

describe("the United States: USITC DataWeb, HTS 2846 by weight, 2008-2025", () => {
  it("answers every year from 2008 to 2035 from the one scope", () => {
    expect(defaultScopes("US", 2008)).toEqual(new Set(["us-dataweb-hs2846"]));
  });
});
