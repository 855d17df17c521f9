/**
 * REE.DATA, REE.SOURCE and REE.FIELDS through the Excel functions, with spot checks against the
 * research file (USGS MCS 2026 rows) and the error messages users see.
 */
import { data } from "../../../src/functions/data";
import { fields } from "../../../src/functions/fields";
import { source } from "../../../src/functions/source";
import { excelErrorOf } from "../../helpers/excel-error";

const value = (...args: Parameters<typeof data>) => data(...args)[0][0];

describe("REE.DATA", () => {
  it("answers mine production by country and world, with USGS MCS 2026 as the preferred edition", () => {
    expect(value("MINE_PRODUCTION", "REE", "CN", 2024)).toBe(270000);
    expect(value("MINE_PRODUCTION", "REE", "WORLD", 2024)).toBe(380000);
    // the world is the default country for production
    expect(value("MINE_PRODUCTION", "REE", null, 2024)).toBe(380000);
    expect(value("MINE_PRODUCTION", "REE", "AU", 2024)).toBe(29000);
    expect(value("MINE_PRODUCTION", "REE", "AU", 2024, null, "MCS 2025")).toBe(13000);
    expect(value("MINE_PRODUCTION", "REE", "WORLD", 2005)).toBe(122000);
  });

  it("answers annual average oxide prices, FOB China by default (research file spot checks)", () => {
    expect(value("PRICE", "NDPR", "CN", 2024)).toBe(55);
    expect(value("PRICE", "NdPr", null, 2024)).toBe(55);
    expect(value("PRICE", "Dy", "CN", 2024)).toBe(257);
    expect(value("PRICE", "ジスプロシウム", "CN", 2024, null, "MCS 2025")).toBe(260);
    expect(value("PRICE", "Tb", "CN", 2022)).toBe(2050);
    expect(value("PRICE_PEAK", "Dy", "CN", 2011)).toBe(2377);
    // the US basket unit value: 2011 over 2009 is the 6.2x multiple of the 2010-2011 spike
    expect(Number(value("PRICE", "REE", "US", 2011)) / Number(value("PRICE", "REE", "US", 2009))).toBeCloseTo(6.25, 2);
  });

  it("accepts codes and names in any case, and Excel's empty-cell zeros, like every function", () => {
    expect(value("mine_production", "rare earths", "china", 2024)).toBe(270000);
    expect(value("MINE_PRODUCTION", "REE", "中国", "2024", 0, "")).toBe(270000);
  });

  it("uses the latest year with data when the year is omitted", () => {
    expect(value("MINE_PRODUCTION", "REE", "CN")).toBe(270000); // 2025 estimate
    expect(value("RESERVES", "REE", "BR")).toBe(11000000); // MCS 2026 v1.3 correction
  });

  it("answers #N/A with the available years when the year has no data", () => {
    const error = excelErrorOf(() => data("MINE_PRODUCTION", "REE", "MY", 2010));
    expect(error.code).toBe("#N/A");
    expect(error.message).toBe("No MINE_PRODUCTION for REE in MY in 2010; available years: 2018-2025");
  });

  it("answers #N/A with what is available for an element or country without data", () => {
    // China's Dy output is derived from its ore types (records/element-supply.ts); Malaysia's is not.
    const element = excelErrorOf(() => data("MINE_PRODUCTION", "Dy", "MY", 2024));
    expect(element.code).toBe("#N/A");
    expect(element.message).toBe("No MINE_PRODUCTION for Dy in MY; available elements: REE");
    const country = excelErrorOf(() => data("MINE_PRODUCTION", "REE", "JP", 2024));
    expect(country.message).toMatch(/^No MINE_PRODUCTION for REE in JP; available countries: AU, BR, CN, IN/);
    const edition = excelErrorOf(() => data("MINE_PRODUCTION", "REE", "CN", 2024, null, "MCS 1999"));
    expect(edition.message).toBe(
      'No edition "MCS 1999" of MINE_PRODUCTION for REE in CN in 2024; available editions: MCS 2025, MCS 2026',
    );
  });

  it("answers #VALUE! naming the bad argument", () => {
    expect(excelErrorOf(() => data("TONNAGE", "REE")).message).toBe('Unknown field "TONNAGE": use REE.FIELDS()');
    expect(excelErrorOf(() => data("PRICE", "Xx")).message).toMatch(/^Unknown element or group "Xx"/);
    expect(excelErrorOf(() => data("PRICE", "Dy", "Narnia")).message).toBe(
      'Unknown country "Narnia": use REE.COUNTRIES()',
    );
    expect(excelErrorOf(() => data("PRICE", "Dy", "CN", 1850)).message).toMatch(/^year must be a calendar year/);
    expect(excelErrorOf(() => data("MINE_PRODUCTION", "REE", "CN", 2024, "JP")).message).toBe(
      "MINE_PRODUCTION has no partner country: leave partner empty",
    );
    expect(excelErrorOf(() => data(null, "REE")).message).toBe("REE.DATA: field is required");
  });
});

describe("REE.SOURCE", () => {
  it("cites grade, publication, URL and the other edition of a revised figure", () => {
    const text = source("MINE_PRODUCTION", "REE", "AU", 2024);
    expect(text).toMatch(
      /^Grade A \(official statistics or primary text\)\. U\.S\. Geological Survey, Mineral Commodity Summaries 2026: Rare Earths, 2026\. https:\/\/pubs\.usgs\.gov\//,
    );
    expect(text).toContain("Edition MCS 2026 (preferred; MCS 2025: 13,000).");
  });

  it("marks estimates and explains conflicts in the note", () => {
    expect(source("MINE_PRODUCTION", "REE", "CN", 2025)).toContain("Estimate.");
    expect(source("MINE_PRODUCTION", "REE", "CN", 2010)).toMatch(/Grade C.*conflicts with DS140/);
  });

  it("fails exactly as REE.DATA does for a question without data", () => {
    expect(excelErrorOf(() => source("MINE_PRODUCTION", "REE", "MY", 2010)).message).toBe(
      excelErrorOf(() => data("MINE_PRODUCTION", "REE", "MY", 2010)).message,
    );
  });
});

describe("REE.FIELDS", () => {
  it("spills id, unit and description (English and Japanese) for at least the fields of SPEC section 5", async () => {
    const table = await fields();
    expect(table[0]).toEqual(["id", "unit", "description", "description_ja"]);
    const ids = table.slice(1).map((row) => row[0]);
    for (const id of [
      "MINE_PRODUCTION",
      "RESERVES",
      "SEPARATION_SHARE",
      "MAGNET_SHARE",
      "PRICE",
      "DEMAND",
      "IMPORTS",
      "STOCKPILE_DAYS",
      "WGI",
      "EOL_RIR",
    ]) {
      expect(ids).toContain(id);
    }
    expect(table.slice(1).every((row) => row.length === 4 && String(row[2]).length > 20)).toBe(true);
  });
});
