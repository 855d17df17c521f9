/**
 * docs/METHODS.md's element-demand worked examples are produced by the add-in itself
 * (REE.SOURCE("SHOCK", …)), and their numbers are recomputed here from the records by hand, so the
 * page, the code and the data cannot drift apart.
 */
import * as fs from "fs";
import * as path from "path";
import { loadDataText } from "../../src/functions/runtime/data-text";
import { shock } from "../../src/functions/shock";
import { explainModelSteps } from "../../src/functions/tables/explain-model";
import { DATASET } from "../../src/model/data/index";
import type { DataText } from "../../src/model/data/text";
import { findCountry } from "../../src/model/vocabulary/countries";
import { findMaterial } from "../../src/model/vocabulary/elements";
import { expectDocBlock } from "../helpers/doc-blocks";

const doc = path.join(__dirname, "..", "..", "docs", "METHODS.md");

let text: DataText;
beforeAll(async () => {
  text = await loadDataText();
});

/** The one record of a series, found by hand. */
function record(field: string, element: string, country: string, year: number, extra: Record<string, string> = {}) {
  const found = DATASET.records.filter(
    (r) =>
      r.field === field &&
      r.element === element &&
      r.country === country &&
      r.year === year &&
      Object.entries(extra).every(([k, v]) => (r as unknown as Record<string, unknown>)[k] === v) &&
      (r.preferred || !r.edition),
  );
  expect(found).toHaveLength(1);
  return found[0].value;
}

function example(importer: string, element: string, formula: string): string {
  const { title, steps } = explainModelSteps(
    {
      field: "SHOCK",
      element: findMaterial(element)!,
      country: findCountry(importer)!,
      partner: null,
      year: null,
      edition: null,
      options: null,
    },
    text,
  );
  const tonnes = shock(importer, element, 1, 12, "SHORTFALL_T")[0][0] as number;
  return [
    `\`=REE.SOURCE("SHOCK","${element}","${importer}")\`: ${title}.`,
    "",
    ...steps.map((step) => `- ${step}`),
    "",
    `With it, \`${formula}\` returns **${Math.round(tonnes)}** (tonnes unmet over 24 months when China stops all supply for 12).`,
  ].join("\n");
}

describe("docs/METHODS.md element demand", () => {
  it("worked examples: Japan's and the US's Dy", () => {
    expectDocBlock(
      doc,
      "element-demand-examples",
      [
        example("JP", "Dy", '=REE.SHOCK("JP","Dy",1,12,"SHORTFALL_T")'),
        example("US", "Dy", '=REE.SHOCK("US","Dy",1,12,"SHORTFALL_T")'),
      ].join("\n\n"),
    );
  });

  it("the worked examples' numbers, recomputed from the records", () => {
    // Japan 2024: the magnet share is NdPr over its share of a magnet's rare earths, over the total.
    const total = record("DEMAND", "REE", "JP", 2024);
    const ndpr = record("DEMAND", "NDPR", "JP", 2024);
    const share = record("END_USE_SHARE", "REE", "JP", 2024, { application: "MAGNETS" });
    expect(share).toBeCloseTo(ndpr / (30 / 34) / total, 3);
    const dyContent = record("APPLICATION_CONTENT", "Dy", "WORLD", 2024, { application: "MAGNETS" });
    expect(dyContent).toBeCloseTo(3 / 34, 4);
    const materials = share * total * dyContent;
    expect(Math.round(materials)).toBe(550);
    // finished magnets from China in 2024, 3 wt% Dy
    const magnets = DATASET.records.find(
      (r) =>
        r.field === "EXPORTS" && r.element === "MAGNET" && r.country === "CN" && r.partner === "JP" && r.year === 2024,
    )!.value;
    const inMagnets = magnets * 0.03;
    expect(Math.round(inMagnets)).toBe(152);
    const page = fs.readFileSync(doc, "utf8");
    const r4 = (value: number) => String(Math.round(value * 10000) / 10000);
    expect(page).toContain(
      `MAGNETS ${r4(share)} x 18,835 t x Dy content ${r4(dyContent)} = ${Math.round(materials)} t`,
    );
    expect(page).toContain(
      `demand = materials ${Math.round(materials)} t + in imported magnets ${Math.round(inMagnets)} t = ${Math.round(materials + inMagnets)} t/yr`,
    );
    // The US: Dy only in the magnets China shipped in 2025.
    const us = record("EXPORTS", "MAGNET", "CN", 2025, { partner: "US" }) * 0.03;
    expect(page).toContain(`demand = materials 0 t + in imported magnets ${Math.round(us)} t = ${Math.round(us)} t/yr`);
  });
});
