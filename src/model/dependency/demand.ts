/**
 * An importer's annual demand for a material: its own DEMAND record (latest at or before the year),
 * else the first group along its inheritance chain that has one; MAGNET adds up its rare earths
 * (NdPr, Dy, Tb) where each is known.
 */
import { NoDataError } from "../errors";
import { latestYearAtOrBefore, recordsOf } from "../data/select";
import type { DataRecord } from "../data/types";
import { inheritanceChain, MAGNET_COMPOSITION } from "./materials";

export interface DemandAnswer {
  /** t/yr */
  readonly value: number;
  /** The material whose records were used. */
  readonly material: string;
  readonly records: readonly DataRecord[];
}

export function demandRecord(importer: string, material: string, year: number): DataRecord | undefined {
  const records = recordsOf("DEMAND", (r) => r.country === importer && r.element === material);
  const at = latestYearAtOrBefore(records, year);
  return at === undefined ? undefined : records.find((r) => r.year === at);
}

/**
 * @example annualDemand("JP", "Dy", 2024).value; // => 550
 */
export function annualDemand(importer: string, material: string, year: number): DemandAnswer {
  if (material === "MAGNET") {
    const parts = MAGNET_COMPOSITION.map((part) => demandRecord(importer, part.material, year));
    if (parts.every((part): part is DataRecord => part !== undefined)) {
      return { value: parts.reduce((sum, r) => sum + r.value, 0), material: "MAGNET", records: parts };
    }
  }
  for (const code of inheritanceChain(material)) {
    const record = demandRecord(importer, code, year);
    if (record) return { value: record.value, material: code, records: [record] };
  }
  const importers = [...new Set(recordsOf("DEMAND", () => true).map((r) => r.country))].sort().join(", ");
  throw new NoDataError(`No demand data for ${importer} (${material}); demand is recorded for ${importers}`);
}
