/**
 * docs/BACKTESTS.md: the senkaku-2010 and licensing-2025 presets against what was observed. The
 * tables are produced by the add-in (model runs and REE.DATA) and the tolerances the page states
 * are asserted here, so the page and the code cannot drift apart.
 */
import * as path from "path";
import { data } from "../../src/functions/data";
import { runShock, shockMetric } from "../../src/model/shock/shock";
import { expectDocBlock } from "../helpers/doc-blocks";

const doc = path.join(__dirname, "..", "..", "docs", "BACKTESTS.md");
const value = (...args: Parameters<typeof data>) => Number(data(...args)[0][0]);
const monthly = (field: string, element: string, country: string, year: number) =>
  new Map(
    data(field, element, country, year)
      .slice(1)
      .map((row) => [String(row[0]), Number(row[1])]),
  );
const t = (x: number) => Math.round(x).toLocaleString("en-US");
const r2 = (x: number) => (Math.round(x * 100) / 100).toFixed(2);

describe("docs/BACKTESTS.md", () => {
  it("senkaku-2010: Japan's monthly imports from China and the 2010-2011 price multiples", () => {
    // Month 1 = September 2010; the halt covers October and November (start_month 2, two months).
    const run = runShock({
      importer: "JP",
      material: "REE",
      shock: "senkaku-2010",
      months: null,
      overrides: { start_month: 2, horizon: 4 },
      year: 2010,
    });
    const noStocks = runShock({
      importer: "JP",
      material: "REE",
      shock: "senkaku-2010",
      months: null,
      overrides: { start_month: 2, horizon: 4, stockpile_days: 0 },
      year: 2010,
    });
    const observed = monthly("IMPORTS_MONTHLY", "REE", "JP", 2010);
    const months = ["2010-09", "2010-10", "2010-11", "2010-12"];
    const rows = months.map((month, i) => {
      const model = run.rows[i].restrictorSupply;
      const seen = observed.get(month) as number;
      return `| ${month} | ${t(seen)} | ${t(model)} | ${t(model - seen)} |`;
    });
    const modelHalt = run.rows[1].restrictorSupply + run.rows[2].restrictorSupply;
    const seenHalt = (observed.get("2010-10") as number) + (observed.get("2010-11") as number);
    // Stated tolerance: October + November within 25% of observed.
    expect(Math.abs(modelHalt - seenHalt) / seenHalt).toBeLessThan(0.25);

    const dyMultiple = value("PRICE_PEAK", "Dy", "CN", 2011) / 91; // Jan 2009 monthly average, in the record's note
    const basket = value("PRICE", "REE", "US", 2011) / value("PRICE", "REE", "US", 2009);
    const pricePeak = shockMetric(run, "PRICE_PEAK");
    const pricePeakNoStocks = shockMetric(noStocks, "PRICE_PEAK");
    // Stated: the model does not reproduce the spike: its peak stays below the US basket multiple.
    expect(pricePeak).toBeLessThan(basket);
    expect(pricePeakNoStocks).toBeGreaterThan(pricePeak);

    expectDocBlock(
      doc,
      "senkaku-2010",
      [
        "| month | observed imports from China (t) | model: supply from China (t) | model − observed (t) |",
        "|---|---|---|---|",
        ...rows,
        "",
        "| price | observed | model (senkaku-2010) | model without stocks |",
        "|---|---|---|---|",
        `| Dy oxide, Jan 2009 → Aug 2011 | ${r2(dyMultiple)}× | ${r2(pricePeak)}× | ${r2(pricePeakNoStocks)}× |`,
        `| US basket unit value, 2009 → 2011 | ${r2(basket)}× | | |`,
        "",
        `Model inputs: Japan's demand ${t(run.inputs.demand * 12)} t (2010, derived from Reuters), China's share ${r2(run.inputs.dependency)} (MOF), severity ${run.parameters.severity}, ${run.parameters.months} months, stockpile ${run.parameters.stockpile_days} days.`,
      ].join("\n"),
    );
  });

  it("licensing-2025: China's magnet exports and the ex-China Dy price", () => {
    // Month 1 = April 2025 (licences required from 4 April).
    const run = runShock({
      importer: "JP",
      material: "MAGNET",
      shock: "licensing-2025",
      months: null,
      overrides: { horizon: 4 },
      year: 2025,
    });
    const dy = runShock({
      importer: "JP",
      material: "Dy",
      shock: "licensing-2025",
      months: null,
      overrides: {},
      year: 2025,
    });
    const exports2025 = monthly("MAGNET_EXPORTS_MONTHLY", "MAGNET", "CN", 2025);
    const exports2024 = monthly("MAGNET_EXPORTS_MONTHLY", "MAGNET", "CN", 2024);
    const index = (i: number) => run.rows[i].restrictorSupply / (run.inputs.dependency * run.inputs.demand);
    const observedMay = 1 - 0.74; // -74% year on year (the May record's note)
    const observedJul = (exports2025.get("2025-07") as number) / (exports2024.get("2024-07") as number);
    // Stated tolerances: May is calibrated (within 0.02); July within 0.15.
    expect(Math.abs(index(1) - observedMay)).toBeLessThan(0.02);
    expect(Math.abs(index(3) - observedJul)).toBeLessThan(0.15);

    const dyEurope = value("PRICE_PEAK", "Dy", "EU", 2025) / value("PRICE", "Dy", "CN", 2024);
    const dyModel = shockMetric(dy, "PRICE_PEAK");
    // Stated: the model overshoots the ex-China quote for Japan's Dy.
    expect(dyModel).toBeGreaterThan(dyEurope);

    expectDocBlock(
      doc,
      "licensing-2025",
      [
        "| month | observed: China's magnet exports | observed vs prior year | model: Japan's supply from China vs baseline |",
        "|---|---|---|---|",
        `| 2025-04 | | | ${r2(index(0))} |`,
        `| 2025-05 | ${t(exports2025.get("2025-05") as number)} t | ${r2(observedMay)} | ${r2(index(1))} |`,
        `| 2025-06 | ${t(exports2025.get("2025-06") as number)} t | | ${r2(index(2))} |`,
        `| 2025-07 | ${t(exports2025.get("2025-07") as number)} t | ${r2(observedJul)} | ${r2(index(3))} |`,
        "",
        "| price | observed | model |",
        "|---|---|---|",
        `| Dy oxide, Europe 6 May 2025 over the 2024 FOB China average | ${r2(dyEurope)}× | ${r2(dyModel)}× (Japan's Dy, PRICE_PEAK) |`,
        "",
        `Model inputs: severity ${run.parameters.severity}, licence lag ${run.parameters.licence_lag} months, approval ${run.parameters.approval_rate}; Japan's magnet rare earths ${t(run.inputs.demand * 12)} t/yr, China's share ${r2(run.inputs.dependency)}; Dy: stockpile ${dy.parameters.stockpile_days} days (${Math.round(dy.inputs.privateShare * 100)}% private).`,
      ].join("\n"),
    );
  });
});
