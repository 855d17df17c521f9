/**
 * docs/METHODS.md "Economic loss by sector" and docs/BACKTESTS.md "embargo-jp: the economic loss":
 * the worked example and the comparison with the held-out estimates are produced by the model here,
 * and the statements the pages make about them are asserted, so the pages cannot drift from the code.
 */
import * as path from "path";
import { impact } from "../../src/functions/impact";
import { shock } from "../../src/functions/shock";
import { lossBasis, STOP_SHARE } from "../../src/model/impact/sector-loss";
import { runShock, shockMetric } from "../../src/model/shock/shock";
import { impactTable } from "../../src/model/impact/impact";
import { expectDocBlock } from "../helpers/doc-blocks";

const docs = path.join(__dirname, "..", "..", "docs");
const t = (x: number) => Math.round(x).toLocaleString("en-US");
const bn = (x: number) => (x / 1e9).toFixed(2);
const m = (x: number) => (x / 1e6).toFixed(2);
const r4 = (x: number) => String(Math.round(x * 10000) / 10000);

/** Yen per dollar of the sector outputs (IMF, 2015) and the GDP base of Daiwa's ¥7 tn = 1.3%. */
const JPY_PER_USD = 121.04;
const GDP_JPY_TN = 538;

describe("the loss model's pages", () => {
  it("METHODS.md: the worked example (Japan's Dy, a total halt for 12 months)", () => {
    const basis = lossBasis("JP", "Dy", null);
    const run = runShock({ importer: "JP", material: "Dy", shock: 1, months: 12, overrides: {}, year: null });
    const U = run.rows.reduce((s, r) => s + r.unmet, 0);
    const table = impactTable(run);
    const loss = shockMetric(run, "OUTPUT_LOSS_USD");
    // Recomputed from the sector data by hand: (U / X) x phi x sum of Y.
    const byHand = (U / basis.demand) * STOP_SHARE.mode * basis.sectors.reduce((s, x) => s + x.output, 0);
    expect(loss).toBeCloseTo(byHand, -1);
    expect(table.outputLoss).toBeCloseTo(loss, -1);
    const ce = lossBasis("JP", "Ce", null);
    expect(basis.perTonne.value).toBeGreaterThan(5 * ce.perTonne.value);
    const rows = basis.sectors.map((s, i) => {
      const row = table.rows[i];
      return `| ${s.sector.id} | ${s.applications.join(", ")} | ${r4(s.share)} | ${t(s.tonnes)} | ${bn(s.output)} | ${m(s.perTonne)} | ${t(row.unmet)} | ${bn(row.outputLoss)} | ${r4(s.vaRatio)} | ${bn(row.valueAddedLost)} |`;
    });
    expectDocBlock(
      path.join(docs, "METHODS.md"),
      "loss-by-sector",
      [
        `Japan's Dy demand X = ${t(basis.demand)} t/yr (${basis.year}); \`=REE.SHOCK("JP","Dy",1,12,"SHORTFALL_T")\` returns **${t(U)}** t unmet over ${run.parameters.horizon} months, U ÷ X = ${r4(U / basis.demand)}.`,
        "",
        "| sector | applications | share(s) | t/yr used | Y(s), USD bn | v(s), USD m/t | unmet t | output loss, USD bn | value added ratio | value added lost, USD bn |",
        "|---|---|---|---|---|---|---|---|---|---|",
        ...rows,
        "",
        `Output loss = ${r4(U / basis.demand)} × ${STOP_SHARE.mode} × USD ${bn(basis.sectors.reduce((s, x) => s + x.output, 0))} bn = USD ${bn(loss)} bn (\`OUTPUT_LOSS_USD\`), value added lost USD ${bn(table.valueAddedLost)} bn. Output at risk per tonne of Dy: USD ${m(basis.perTonne.value)} m (range ${m(basis.perTonne.min)}–${m(basis.perTonne.max)}); of Ce, through vehicles and glass: USD ${m(ce.perTonne.value)} m.`,
      ].join("\n"),
    );
  });

  it("BACKTESTS.md: embargo-jp for all rare earths against Nomura, Mizuho and Daiwa", () => {
    const run = runShock({
      importer: "JP",
      material: "REE",
      shock: "embargo-jp",
      months: null,
      overrides: {},
      year: null,
    });
    const table = impactTable(run);
    const loss = shock("JP", "REE", "embargo-jp", null, "OUTPUT_LOSS_USD")[0][0] as number;
    expect(table.outputLoss).toBeCloseTo(loss, -1);
    const rows = impact("JP", "REE", "embargo-jp");
    expect(rows.length).toBe(table.rows.length + 2);
    const vaJpyTn = (table.valueAddedLost * JPY_PER_USD) / 1e12;
    const vaPct = (vaJpyTn / GDP_JPY_TN) * 100;
    const outJpyTn = (table.outputLoss * JPY_PER_USD) / 1e12;
    // Stated on the page: between Nomura (0.43%) and Daiwa (1.3%); gross output several times value added.
    expect(vaPct).toBeGreaterThan(0.43);
    expect(vaPct).toBeLessThan(1.3);
    expect(table.outputLoss / table.valueAddedLost).toBeGreaterThan(3);
    const shortfall = shockMetric(run, "SHORTFALL_T");
    const pct = (x: number) => `${x.toFixed(2)}%`;
    expectDocBlock(
      path.join(docs, "BACKTESTS.md"),
      "embargo-jp-loss",
      [
        "| one-year halt of rare earths from China, Japan | GDP (value added) | yen | stocks counted |",
        "|---|---|---|---|",
        "| Nomura Research Institute (Dec 2025) | −0.43% | ¥2.6 tn | not stated |",
        "| Mizuho Research & Technologies (Jan 2026) | −0.88% | about ¥4.7 tn | 60-day stockpile |",
        "| Daiwa Institute of Research (Dec 2025) | −1.3% | about ¥7 tn | none stated |",
        `| model: \`embargo-jp\`, REE, value added lost | −${pct(vaPct)} | ¥${vaJpyTn.toFixed(2)} tn | 60 days, Lynas NdPr |`,
        "",
        `Model: ${t(shortfall)} t unmet over ${run.parameters.horizon} months of ${t(run.inputs.demand * 12)} t/yr (${(shockMetric(run, "SHORTFALL_PCT") * 100).toFixed(1)}% of demand over the horizon); output lost USD ${bn(table.outputLoss)} bn (¥${outJpyTn.toFixed(2)} tn at ${JPY_PER_USD} yen per dollar), value added lost USD ${bn(table.valueAddedLost)} bn; GDP base ¥${GDP_JPY_TN} tn. By sector: ${table.rows.map((r) => `${r.sector} ${bn(r.valueAddedLost)}`).join(", ")} (USD bn of value added).`,
      ].join("\n"),
    );
  });
});
