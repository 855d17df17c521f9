/**
 * Japanese in cells: element and country names are accepted in Japanese wherever a code is, and
 * the catalogue functions return Japanese names and descriptions beside the English ones, so a
 * Japanese workbook can show them without a lookup table of its own.
 */
import { countries } from "../../../src/functions/countries";
import { data } from "../../../src/functions/data";
import { dependency } from "../../../src/functions/dependency";
import { elements } from "../../../src/functions/elements";
import { fields } from "../../../src/functions/fields";
import { hhi } from "../../../src/functions/hhi";
import { metrics } from "../../../src/functions/metrics";
import { scenarios } from "../../../src/functions/scenarios";
import { shock } from "../../../src/functions/shock";

/** Hiragana, katakana or CJK ideographs. */
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** The rows of a spilled table as objects keyed by its header row. */
function rowsOf(table: Array<Array<string | number | boolean>>): Array<Record<string, string | number | boolean>> {
  const [header, ...rows] = table;
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [String(name), row[i]])));
}

/** A function's value, or the message of the error it throws, so two calls can be compared either way. */
function outcome(call: () => unknown): unknown {
  try {
    return call();
  } catch (error) {
    return { error: (error as Error).message };
  }
}

describe("Japanese names accepted", () => {
  it("every element's Japanese name from REE.ELEMENTS goes back in and finds the same element", () => {
    for (const row of rowsOf(elements(null))) {
      expect(elements(String(row.name_ja))[1]).toEqual(elements(String(row.symbol))[1]);
    }
  });

  it("every country's Japanese name from REE.COUNTRIES goes back in and answers as its code", () => {
    for (const row of rowsOf(countries())) {
      expect(row.name_ja).toMatch(JAPANESE);
      expect(outcome(() => data("WGI", null, String(row.name_ja), 2023))).toEqual(
        outcome(() => data("WGI", null, String(row.code), 2023)),
      );
    }
    expect(dependency("日本", "ジスプロシウム")).toBe(dependency("JP", "Dy"));
    expect(dependency("米国", "ネオジム")).toBe(dependency("US", "Nd"));
    expect(dependency("韓国", "テルビウム", "中国")).toBe(dependency("KR", "Tb", "CN"));
  });

  it("accepts the spellings Japanese trade and press use, full-width codes and Japanese group names", () => {
    expect(elements("ネオジウム")[1][0]).toBe("Nd");
    expect(elements("プラセオジウム")[1][0]).toBe("Pr");
    expect(elements("ユーロピウム")[1][0]).toBe("Eu");
    expect(elements("ＤＹ")[1][0]).toBe("Dy");
    expect(
      elements("重希土類")
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(
      elements("HREE")
        .slice(1)
        .map((r) => r[0]),
    );
    expect(elements("ネオジウム磁石")).toEqual(elements("MAGNET"));
    expect(hhi("レアアース", "MINE", 2024)).toBe(hhi("REE", "MINE", 2024));
    expect(shock("日本", "ジスプロシウム", "embargo-jp")).toEqual(shock("JP", "Dy", "embargo-jp"));
    expect(data("MINE_PRODUCTION", "希土類", "豪州", 2024)).toEqual(data("MINE_PRODUCTION", "REE", "AU", 2024));
  });
});

describe("Japanese names returned", () => {
  it.each([
    ["REE.ELEMENTS", "name_ja", () => elements(null)],
    ["REE.COUNTRIES", "name_ja", () => countries()],
    ["REE.SCENARIOS", "name_ja", () => scenarios()],
    ["REE.SCENARIOS", "description_ja", () => scenarios()],
    ["REE.METRICS", "description_ja", () => metrics()],
    ["REE.FIELDS", "description_ja", () => fields()],
  ])("%s has a Japanese %s for every row", async (_name, column, table) => {
    const rows = rowsOf(await table());
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(`${Object.values(row)[0]}: ${row[column]}`).toMatch(JAPANESE);
  });

  it("adds the Japanese columns last, so formulas that index the English columns keep working", async () => {
    expect((await scenarios())[0]).toEqual(["id", "name", "description", "name_ja", "description_ja"]);
    expect((await metrics())[0]).toEqual(["id", "unit", "description", "description_ja"]);
    expect((await fields())[0]).toEqual(["id", "unit", "description", "description_ja"]);
  });
});
