import { supplyrisk as cell } from "../../../src/functions/supplyrisk";
import { source } from "../../../src/functions/source";
import { excelErrorOf } from "../../helpers/excel-error";

describe("REE.SUPPLYRISK (EU 2017 method with the importer's sourcing)", () => {
  it("Dy for Japan, computed by hand from the bundled inputs", () => {
    // WGI China 2019 rescaled: 5.72. Separation: China 99% of Dy (Benchmark, 2024). Japan: China ~100% (Nomura).
    // IR = 1 (no domestic production); EOL-RIR 0.01 and SI_SR 0.99 (EU 2023).
    const global = 0.99 ** 2 * 5.72;
    const sourcing = 1 ** 2 * 5.72;
    const sr = (global * 0.5 + sourcing * 0.5) * (1 - 0.01) * 0.99;
    expect(cell("Dy", "JP")).toBeCloseTo(sr, 10);
    expect(cell("Dy", "JP", null, "HHI_WGI_GLOBAL")).toBeCloseTo(global, 10);
    expect(cell("Dy", "JP", null, "HHI_WGI_SOURCING")).toBeCloseTo(sourcing, 10);
    expect(cell("Dy", "JP", null, "IR")).toBe(1);
    expect(cell("Dy", "JP", null, "EOL_RIR")).toBe(0.01);
    expect(cell("Dy", "JP", null, "SI")).toBe(0.99);
    // the EU's published 2023 SR for Dy is 5.6 (EU sourcing); Japan's comes close
    expect(Math.abs(sr - 5.6)).toBeLessThan(0.1);
  });

  it("the import reliance weighs global supply against own sourcing (US 2025: 0.67)", () => {
    const sr = cell("REE", "US");
    const g = cell("REE", "US", null, "HHI_WGI_GLOBAL");
    const s = cell("REE", "US", null, "HHI_WGI_SOURCING");
    const ir = cell("REE", "US", null, "IR");
    expect(ir).toBe(0.67);
    expect(sr).toBeCloseTo(
      ((g * ir) / 2 + s * (1 - ir / 2)) * (1 - cell("REE", "US", null, "EOL_RIR")) * cell("REE", "US", null, "SI"),
      10,
    );
  });

  it("REE.SOURCE shows every term", () => {
    expect(source("SUPPLYRISK", "Dy", "JP")).toMatch(
      /^REE\.SUPPLYRISK\(Dy, JP\) = 5\.55 .*HHI_WGI,sourcing = CN 1² x 5\.72 = 5\.72.*bottleneck stage: SEPARATION/,
    );
  });

  it("bad input", () => {
    expect(excelErrorOf(() => cell("Dy", "JP", null, "RISK")).message).toMatch(
      /^Unknown component "RISK": use one of SR, /,
    );
    expect(excelErrorOf(() => cell("Dy", "BR")).code).toBe("#N/A");
  });
});
