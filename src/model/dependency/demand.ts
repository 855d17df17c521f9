/**
 * An importer's annual demand for a material, as the dependency path uses it: the rare-earth
 * materials its industry consumes, by element from the derivation in `../demand/element-demand.ts`
 * (published figures, end-use split × recipes), never a group's tonnage standing in for an
 * element. Finished magnets imported are not in this figure (the shock adds them; see
 * `elementDemand`), because the path works on customs shares of materials.
 */
import { NoDataError } from "../errors";
import { elementDemand } from "../demand/element-demand";
import type { DataRecord } from "../data/types";

export interface DemandAnswer {
  /** t/yr */
  readonly value: number;
  /** The material whose demand this is. */
  readonly material: string;
  readonly records: readonly DataRecord[];
}

/**
 * @example Math.round(annualDemand("JP", "Dy", 2024).value); // => 550
 */
export function annualDemand(importer: string, material: string, year: number): DemandAnswer {
  const demand = elementDemand(importer, material, year);
  if (demand.materials <= 0) {
    throw new NoDataError(
      `No ${demand.material} demand for ${importer} in the materials its industry consumes in ${demand.year}; only ${Math.round(demand.inMagnets)} t in imported magnets`,
    );
  }
  return { value: demand.materials, material: demand.material, records: demand.records };
}
