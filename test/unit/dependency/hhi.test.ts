import { hhi as cell } from "../../../src/functions/hhi";
import { source } from "../../../src/functions/source";
import { herfindahl } from "../../../src/model/concentration/hhi";
import { stageShares } from "../../../src/model/concentration/stage-shares";
import { excelErrorOf } from "../../helpers/excel-error";

describe("REE.HHI", () => {
  it("is the sum of squared percentage shares", () => {
    expect(herfindahl([0.5, 0.3, 0.2])).toBe(2500 + 900 + 400);
    expect(herfindahl([1])).toBe(10000);
  });

  it("2024 mine output from the USGS MCS 2026 rows, computed by hand", () => {
    // MCS 2026, 2024 column (t REO), world 380,000
    const rows = {
      CN: 270000,
      US: 45500,
      MM: 27000,
      AU: 29000,
      TH: 2100,
      NG: 1500,
      IN: 2900,
      RU: 2600,
      MG: 1400,
      MY: 140,
      BR: 560,
      VN: 300,
    };
    const byHand = Object.values(rows).reduce((sum, t) => sum + ((100 * t) / 380000) ** 2, 0);
    expect(cell("REE", "MINE", 2024)).toBeCloseTo(byHand, 6);
    expect(Math.round(byHand)).toBe(5302);
    // China's share of world mine output: about 70%
    expect(stageShares("MINE", "REE", 2024).shares.get("CN")).toBeCloseTo(0.7105, 4);
  });

  it("magnets 2021 (China 84%, Japan 15%) and separation of Dy 2024 (China 99%)", () => {
    expect(cell("MAGNET", "MAGNET", 2021)).toBe(84 ** 2 + 15 ** 2);
    expect(cell("Dy", "SEPARATION", 2024)).toBeCloseTo(99 ** 2, 6);
    expect(source("HHI", "MAGNET", null, 2021, null, "MAGNET")).toMatch(
      /^REE\.HHI\(MAGNET, MAGNET, 2021\) = 7281\. .*CN 0\.84, JP 0\.15; scope ndfeb-market-share-fuji-keizai; the named countries cover 0\.99 of the output \(an HHI needs 0\.8\); not attributed 0\.01: at most 7282/,
    );
  });

  it("answers #N/A, saying why, where the named countries cover less than 80% of the stage's output", () => {
    // 2022: only Japan's "less than 9%" of magnets (Argus) is recorded; it used to give an HHI of 81.
    const error = excelErrorOf(() => cell("REE", "MAGNET", 2022));
    expect(error.code).toBe("#N/A");
    expect(error.message).toBe(
      "The countries named for 2022 (JP 9%; MAGNET_SHARE MAGNET 2022 (inherited from MAGNET)) cover 9% of world magnet output, less than the 80% an HHI needs; years covered: 2013, 2021, 2024-2025",
    );
    expect(excelErrorOf(() => cell("MAGNET", "MAGNET", 2023)).message).toMatch(/^The countries named for 2022 \(JP 9%/);
    // Separation of NdPr in 2024: China's 89% alone covers enough; the index is a lower bound.
    expect(cell("NDPR", "SEPARATION", 2024)).toBeCloseTo(89 ** 2, 6);
  });

  it("never adds up shares of different scopes in one year", () => {
    const basis = stageShares("SEPARATION", "REE", 2024);
    expect(new Set(basis.records.map((r) => r.scope))).toEqual(new Set([basis.scope]));
  });

  it("answers #N/A for a stage or year without shares and #VALUE! for an unknown stage", () => {
    expect(excelErrorOf(() => cell("Dy", "MINE")).message).toBe(
      "Mine production is recorded for all rare earths together (REE), not for Dy",
    );
    expect(excelErrorOf(() => cell("MAGNET", "MAGNET", 2010)).message).toMatch(
      /^No MAGNET_SHARE for MAGNET before 2010; available years: 2013/,
    );
    expect(excelErrorOf(() => cell("REE", "MINE", 2012)).code).toBe("#N/A");
    expect(excelErrorOf(() => cell("REE", "SMELTER")).message).toBe(
      'Unknown stage "SMELTER": use one of MINE, SEPARATION, MAGNET',
    );
  });
});
