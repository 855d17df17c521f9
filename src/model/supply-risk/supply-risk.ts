/**
 * Supply risk by the EU criticality method (European Commission, "Methodology for establishing the
 * EU list of critical raw materials: Guidelines", 2017, doi:10.2873/769526; used for the 2017, 2020
 * and 2023 lists), with the importer's own sourcing in place of EU sourcing (SPEC section 6):
 *
 *   SR = [HHI_WGI,GS × IR/2 + HHI_WGI,sourcing × (1 − IR/2)] × (1 − EOL_RIR) × SI_SR
 *   HHI_WGI = Σ_c s_c² × WGI_c × t_c
 *
 * with s_c country shares as fractions, WGI_c the World Governance Indicators rescaled to 0-10
 * (10 worst: (2.5 − mean of the six estimates) × 2), t_c the trade-restriction factor, IR the
 * importer's import reliance, EOL_RIR the end-of-life recycling input rate and SI_SR the
 * substitution index. Simplifications (docs/METHODS.md): t_c = 1 for every country; global supply
 * is evaluated at the mine and the separation stage and the higher SR is taken (the EU's
 * "bottleneck" stage); the sourcing term uses the importer's import shares, with imports the
 * source does not attribute left out (a lower bound); countries without a WGI score are left out.
 */
import { NoDataError } from "../errors";
import { latestYearAtOrBefore, recordsOf } from "../data/select";
import type { DataRecord } from "../data/types";
import { stageShares, type Stage } from "../concentration/stage-shares";
import { importBasket } from "../dependency/import-basket";
import { inheritanceChain, MAGNET_COMPOSITION } from "../dependency/materials";
import { elementsOf, findMaterial } from "../vocabulary/elements";

export const COMPONENTS = ["SR", "HHI_WGI_GLOBAL", "HHI_WGI_SOURCING", "IR", "EOL_RIR", "SI"] as const;
export type Component = (typeof COMPONENTS)[number];

export interface SupplyRiskResult {
  readonly components: Readonly<Record<Component, number>>;
  readonly stage: Stage | "MAGNET (weighted)";
  readonly steps: readonly string[];
}

const fmt = (value: number) => String(Math.round(value * 1000) / 1000);

/** The record of a series nearest the year: the latest at or before it, else the earliest. */
function nearestRecord(records: DataRecord[], year: number): DataRecord | undefined {
  if (records.length === 0) return undefined;
  const at = latestYearAtOrBefore(records, year) ?? Math.min(...records.map((r) => r.year));
  return records.find((r) => r.year === at);
}

function wgi(country: string, year: number): DataRecord | undefined {
  return nearestRecord(
    recordsOf("WGI", (r) => r.country === country),
    year,
  );
}

/** Σ s² × WGI over countries with a WGI score; reports those left out. */
function hhiWgi(shares: ReadonlyMap<string, number>, year: number, steps: string[], label: string): number {
  let total = 0;
  const missing: string[] = [];
  const terms: string[] = [];
  for (const [country, share] of shares) {
    const score = wgi(country, year);
    if (!score) {
      missing.push(country);
      continue;
    }
    total += share * share * score.value;
    terms.push(`${country} ${fmt(share)}² x ${score.value}`);
  }
  steps.push(
    `${label} = ${terms.join(" + ") || "0"} = ${fmt(total)}${missing.length ? ` (no WGI score: ${missing.join(", ")})` : ""}`,
  );
  return total;
}

/** The first record along the material's inheritance chain, for the country (or the EU as fallback). */
function chainRecord(field: string, material: string, countries: string[], year: number): DataRecord | undefined {
  for (const country of countries) {
    for (const code of inheritanceChain(material)) {
      const record = nearestRecord(
        recordsOf(field, (r) => r.country === country && r.element === code),
        year,
      );
      if (record) return record;
    }
  }
  return undefined;
}

function substitutionIndex(material: string, year: number, steps: string[]): number {
  const own = chainRecord("SUBSTITUTION_INDEX", material, ["EU"], year);
  const code = findMaterial(material);
  if (own && (own.element === material || code?.kind === "element")) {
    steps.push(`SI_SR = ${own.value} (${own.element}, EU ${own.year}, grade ${own.grade})`);
    return own.value;
  }
  // A group: the mean of its members' indices (grade D).
  const members = code ? elementsOf(code).map((e) => e.symbol) : [];
  const values = members
    .map((m) =>
      nearestRecord(
        recordsOf("SUBSTITUTION_INDEX", (r) => r.element === m),
        year,
      ),
    )
    .filter((r): r is DataRecord => r !== undefined)
    .map((r) => r.value);
  if (values.length === 0) throw new NoDataError(`No substitution index for ${material}`);
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  steps.push(`SI_SR = ${fmt(mean)} (mean of ${values.length} member elements, EU 2023)`);
  return mean;
}

function forMaterial(material: string, importer: string, year: number): SupplyRiskResult {
  const steps: string[] = [];
  const ir = chainRecord("NET_IMPORT_RELIANCE", material, [importer], year);
  if (!ir) throw new NoDataError(`No import reliance for ${importer}; available for JP, KR, US, EU`);
  steps.push(`IR = ${ir.value} (${ir.country} ${ir.element} ${ir.year}, grade ${ir.grade})`);
  const eol = chainRecord("EOL_RIR", material, importer === "EU" ? ["EU", "WORLD"] : [importer, "EU", "WORLD"], year);
  if (!eol) throw new NoDataError(`No end-of-life recycling input rate for ${material}`);
  steps.push(
    `EOL_RIR = ${eol.value} (${eol.country} ${eol.element} ${eol.year}${eol.country !== importer ? `, the ${eol.country === "EU" ? "EU's" : "world's"} rate: none is recorded for ${importer}` : ""})`,
  );
  const si = substitutionIndex(material, year, steps);
  const basket = importBasket(importer, material, year);
  steps.push(
    `sourcing: ${importer}'s imports of ${basket.material} in ${basket.year}${basket.unallocated > 0 ? `, ${fmt(basket.unallocated)} not attributed and left out` : ""}`,
  );
  const sourcing = hhiWgi(basket.shares, year, steps, "HHI_WGI,sourcing");

  let best: { stage: Stage; global: number; sr: number } | undefined;
  for (const stage of ["MINE", "SEPARATION"] as const) {
    let shares;
    try {
      shares = stageShares(stage, stage === "MINE" ? "REE" : material, year);
    } catch (error) {
      if (error instanceof NoDataError) continue;
      throw error;
    }
    const global = hhiWgi(shares.shares, year, steps, `HHI_WGI,GS (${stage}: ${shares.note})`);
    const sr = (global * (ir.value / 2) + sourcing * (1 - ir.value / 2)) * (1 - eol.value) * si;
    steps.push(
      `SR at ${stage} = (${fmt(global)} x ${fmt(ir.value / 2)} + ${fmt(sourcing)} x ${fmt(1 - ir.value / 2)}) x ${fmt(1 - eol.value)} x ${fmt(si)} = ${fmt(sr)}`,
    );
    if (!best || sr > best.sr) best = { stage, global, sr };
  }
  if (!best) throw new NoDataError(`No world supply shares for ${material}`);
  steps.push(`bottleneck stage: ${best.stage}, SR = ${fmt(best.sr)}`);
  return {
    components: {
      SR: best.sr,
      HHI_WGI_GLOBAL: best.global,
      HHI_WGI_SOURCING: sourcing,
      IR: ir.value,
      EOL_RIR: eol.value,
      SI: si,
    },
    stage: best.stage,
    steps,
  };
}

/**
 * @example supplyRisk("Dy", "JP", 2024).components.SR.toFixed(2); // => "5.55" (EU 2023 published 5.6 with EU sourcing)
 */
export function supplyRisk(material: string, importer: string, year: number): SupplyRiskResult {
  if (material !== "MAGNET") return forMaterial(material, importer, year);
  const parts = MAGNET_COMPOSITION.map((part) => ({ part, result: forMaterial(part.material, importer, year) }));
  const weight = MAGNET_COMPOSITION.reduce((sum, part) => sum + part.weight, 0);
  const components = {} as Record<Component, number>;
  for (const key of COMPONENTS) {
    components[key] = parts.reduce((sum, { part, result }) => sum + part.weight * result.components[key], 0) / weight;
  }
  const steps = [
    `MAGNET: components weighted by rare-earth content (${MAGNET_COMPOSITION.map((p) => `${p.material} ${p.weight}`).join(", ")} wt%)`,
    ...parts.map(({ part, result }) => `${part.material}: SR ${fmt(result.components.SR)} at ${result.stage}`),
  ];
  return { components, stage: "MAGNET (weighted)", steps };
}
