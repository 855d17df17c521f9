/**
 * REE.SHOCK on every importer and material, as a cell sees it: either quantities bounded by the
 * importer's demand for that material and by the world's supply of it, or #N/A with a message that
 * says what is missing. The example: the US's Dy shortfall is a US Dy tonnage (Dy inside
 * the magnets China ships to the US), not the 19,035 t of all rare earths the old model gave.
 */
import fc from "fast-check";
import { shock } from "../../../src/functions/shock";
import { source } from "../../../src/functions/source";
import { elementDemand } from "../../../src/model/demand/element-demand";
import { worldSupply } from "../../../src/model/demand/world-supply";
import { NoDataError } from "../../../src/model/errors";
import { ELEMENTS } from "../../../src/model/vocabulary/elements";
import { StandaloneCustomFunctionError } from "../../../src/functions/runtime/standalone-runtime";

const IMPORTERS = ["JP", "US", "EU", "KR"];
const MATERIALS = [...ELEMENTS.map((e) => e.symbol as string), "NDPR", "LREE", "HREE", "REE", "MAGNET"];
const HORIZON = 24; // months, the default

type Cell = { value: number } | { error: string; message: string };

function cell(importer: string, material: string, severity: number, months: number, metric: string): Cell {
  try {
    return { value: shock(importer, material, severity, months, metric)[0][0] as number };
  } catch (error) {
    if (error instanceof StandaloneCustomFunctionError) return { error: error.code, message: error.message ?? "" };
    throw error;
  }
}

/** The model's demand in the latest year, or the reason there is none. */
function demandOf(importer: string, material: string) {
  try {
    return elementDemand(importer, material, 2100);
  } catch (error) {
    if (error instanceof NoDataError) return error.message;
    throw error;
  }
}

describe("REE.SHOCK answers every importer x material within its demand and world supply, or #N/A", () => {
  it.each(IMPORTERS.flatMap((importer) => MATERIALS.map((material) => [importer, material] as const)))(
    "%s %s",
    (importer, material) => {
      const demand = demandOf(importer, material);
      fc.assert(
        fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 24 }), (severity, months) => {
          const tonnes = cell(importer, material, severity, months, "SHORTFALL_T");
          if (typeof demand === "string") {
            // No basis: #N/A, with the model's own message, never a group's tonnage.
            expect(tonnes).toEqual({ error: "#N/A", message: demand });
            expect(demand).toMatch(/^No /);
            return;
          }
          if ("error" in tonnes) throw new Error(`${importer} ${material}: ${tonnes.message}`);
          const supply = worldSupply(material, demand.year).value;
          // Unmet tonnes never exceed what the importer would have bought from the restrictor while
          // restricted, nor its demand over the horizon, nor the world's supply over the horizon.
          expect(tonnes.value).toBeGreaterThanOrEqual(0);
          expect(tonnes.value).toBeLessThanOrEqual((demand.total * Math.min(months, HORIZON)) / 12 + 1e-6);
          expect(tonnes.value).toBeLessThanOrEqual((supply * HORIZON) / 12);
          const pct = cell(importer, material, severity, months, "SHORTFALL_PCT");
          expect("value" in pct && pct.value).toBeCloseTo(tonnes.value / ((demand.total * HORIZON) / 12), 9);
        }),
        { numRuns: 8, seed: 14 },
      );
    },
  );

  it("the US's Dy shortfall is a Dy tonnage: Dy in the magnets China ships to the US, not all rare earths", () => {
    const tonnes = shock("US", "Dy", 1, 12, "SHORTFALL_T")[0][0] as number;
    const dy = elementDemand("US", "Dy", 2025);
    expect(dy.total).toBeCloseTo(5933 * 0.03, 9); // 178 t/yr
    expect(tonnes).toBeGreaterThan(0.9 * dy.total); // no US stockpile: nearly a year of it
    expect(tonnes).toBeLessThanOrEqual(dy.total);
    const cost = shock("US", "Dy", 1, 12, "EXTRA_COST_USD")[0][0] as number;
    expect(cost).toBeLessThan(1e9); // was 51 bn USD on all rare earths
    // and REE.SOURCE says how it was derived
    return Promise.resolve(source("SHOCK", "Dy", "US")).then((text) =>
      expect(text).toMatch(/magnets imported from China: 5,933 t of magnet \(2025, grade B\) x Dy 0\.03 = 178 t/),
    );
  });

  it("Japan's Lu, Sm and Gd shocks are #N/A with what is missing, not Japan's all-rare-earth demand", () => {
    for (const element of ["Lu", "Sm", "Gd"]) {
      const answer = cell("JP", element, 1, 12, "SHORTFALL_T");
      expect(answer).toMatchObject({ error: "#N/A" });
      expect("message" in answer && answer.message).toMatch(
        new RegExp(`^No ${element} demand for JP in 2024: no published ${element} figure`),
      );
    }
  });
});
