/** docs/METHODS.md's worked examples are produced by the add-in itself and must stay in step with it. */
import * as path from "path";
import { dependency } from "../../src/functions/dependency";
import { hhi } from "../../src/functions/hhi";
import { supplyrisk } from "../../src/functions/supplyrisk";
import { loadDataText } from "../../src/functions/runtime/data-text";
import { explainModelSteps, type ExplainArgs } from "../../src/functions/tables/explain-model";
import { dependency as model, type Basis } from "../../src/model/dependency/dependency";
import { DEFAULT_PATH } from "../../src/model/dependency/diversification-path";
import { importBasket } from "../../src/model/dependency/import-basket";
import { originShare } from "../../src/model/dependency/origin";
import type { DataText } from "../../src/model/data/text";
import { findCountry } from "../../src/model/vocabulary/countries";
import { findMaterial } from "../../src/model/vocabulary/elements";
import { expectDocBlock } from "../helpers/doc-blocks";

const doc = path.join(__dirname, "..", "..", "docs", "METHODS.md");

interface Example {
  formula: string;
  value: number;
  explain: Partial<Omit<ExplainArgs, "element" | "country" | "partner">> & {
    field: string;
    element: string;
    country?: string;
    partner?: string;
  };
}

let text: DataText;
beforeAll(async () => {
  text = await loadDataText();
});

function render({ formula, value, explain }: Example): string {
  const { title, steps } = explainModelSteps(
    {
      field: explain.field,
      element: findMaterial(explain.element)!,
      country: explain.country ? findCountry(explain.country)! : null,
      partner: explain.partner ? findCountry(explain.partner)! : null,
      year: explain.year ?? null,
      edition: explain.edition ?? null,
      options: explain.options ?? null,
    },
    text,
  );
  expect(title).toMatch(/ = [\d.]+/);
  return [
    `\`${formula}\` returns **${Math.round(value * 10000) / 10000}**: ${title}.`,
    "",
    ...steps.map((step) => `- ${step}`),
  ].join("\n");
}

const block = (examples: Example[]) => examples.map(render).join("\n\n");

describe("docs/METHODS.md worked examples", () => {
  it("dependency", () => {
    expectDocBlock(
      doc,
      "dependency-examples",
      block([
        {
          formula: '=REE.DEPENDENCY("JP","REE","CN",2018,"LOOKTHROUGH")',
          value: dependency("JP", "REE", "CN", 2018, "LOOKTHROUGH"),
          explain: {
            field: "DEPENDENCY",
            element: "REE",
            country: "JP",
            partner: "CN",
            year: 2018,
            edition: "LOOKTHROUGH",
          },
        },
        {
          formula: '=REE.DEPENDENCY("EU","REE","CN",2023)',
          value: dependency("EU", "REE", "CN", 2023),
          explain: { field: "DEPENDENCY", element: "REE", country: "EU", partner: "CN", year: 2023 },
        },
        {
          formula: '=REE.DEPENDENCY("EU","REE","CN",2023,,"scope=eu-commission-whole-chain")',
          value: dependency("EU", "REE", "CN", 2023, null, [["scope=eu-commission-whole-chain"]]),
          explain: {
            field: "DEPENDENCY",
            element: "REE",
            country: "EU",
            partner: "CN",
            year: 2023,
            options: { scope: "eu-commission-whole-chain" },
          },
        },
        {
          formula: '=REE.DEPENDENCY("JP","Dy","CN",2027)',
          value: dependency("JP", "Dy", "CN", 2027),
          explain: { field: "DEPENDENCY", element: "Dy", country: "JP", partner: "CN", year: 2027 },
        },
        {
          formula: '=REE.DEPENDENCY("JP","Dy","CN",2027,,"path=DELAYED")',
          value: dependency("JP", "Dy", "CN", 2027, null, [["path=DELAYED"]]),
          explain: {
            field: "DEPENDENCY",
            element: "Dy",
            country: "JP",
            partner: "CN",
            year: 2027,
            options: { path: "DELAYED" },
          },
        },
      ]),
    );
  });

  it("look-through bounds, recomputed by hand from the baskets and the recorded origins", () => {
    const fmt = (value: number) => String(Math.round(value * 10000) / 10000);
    const rows: string[] = [];
    for (const year of [2014, 2018]) {
      const basket = importBasket("JP", "REE", year);
      const lines = ["| partner | share | origin in China | low | high |", "| --- | --- | --- | --- | --- |"];
      let low = 0;
      let high = 0;
      for (const [partner, share] of basket.shares) {
        const origin = originShare(partner, "CN", "REE", year);
        low += share * origin.low;
        high += share * origin.high;
        const range =
          origin.low === origin.high ? fmt(origin.low) : `${fmt(origin.low)}–${fmt(origin.high)} (not recorded)`;
        lines.push(
          `| ${partner} | ${fmt(share)} | ${range} | ${fmt(share * origin.low)} | ${fmt(share * origin.high)} |`,
        );
      }
      high += basket.unallocated;
      lines.push(`| not attributed | ${fmt(basket.unallocated)} | 0–1 | 0 | ${fmt(basket.unallocated)} |`);
      lines.push(`| **sum** | 1 | | **${fmt(low)}** | **${fmt(high)}** |`);
      const at = (basis: Basis) =>
        model({ importer: "JP", material: "REE", supplier: "CN", year, basis, path: DEFAULT_PATH }).value;
      expect(at("LOOKTHROUGH_LOW")).toBeCloseTo(low, 12);
      expect(at("LOOKTHROUGH_HIGH")).toBeCloseTo(high, 12);
      expect(at("LOOKTHROUGH")).toBeCloseTo((low + high) / 2, 12);
      rows.push(
        [
          `Japan, ${year} (scope \`${basket.scope.id}\`): \`=REE.DEPENDENCY("JP","REE","CN",${year},"LOOKTHROUGH_LOW")\` returns **${fmt(low)}**, \`=REE.DEPENDENCY("JP","REE","CN",${year},"LOOKTHROUGH_HIGH")\` returns **${fmt(high)}** and \`=REE.DEPENDENCY("JP","REE","CN",${year},"LOOKTHROUGH")\` returns **${fmt((low + high) / 2)}**, the midpoint.`,
          "",
          ...lines,
        ].join("\n"),
      );
    }
    expectDocBlock(doc, "lookthrough-example", rows.join("\n\n"));
  });

  it("HHI", () => {
    expectDocBlock(
      doc,
      "hhi-examples",
      block([
        {
          formula: '=REE.HHI("REE","MINE",2024)',
          value: hhi("REE", "MINE", 2024),
          explain: { field: "HHI", element: "REE", year: 2024, edition: "MINE" },
        },
        {
          formula: '=REE.HHI("MAGNET","MAGNET",2021)',
          value: hhi("MAGNET", "MAGNET", 2021),
          explain: { field: "HHI", element: "MAGNET", year: 2021, edition: "MAGNET" },
        },
      ]),
    );
  });

  it("supply risk", () => {
    expectDocBlock(
      doc,
      "supplyrisk-examples",
      block([
        {
          formula: '=REE.SUPPLYRISK("Dy","JP")',
          value: supplyrisk("Dy", "JP"),
          explain: { field: "SUPPLYRISK", element: "Dy", country: "JP" },
        },
        {
          formula: '=REE.SUPPLYRISK("REE","US")',
          value: supplyrisk("REE", "US"),
          explain: { field: "SUPPLYRISK", element: "REE", country: "US" },
        },
      ]),
    );
  });
});
