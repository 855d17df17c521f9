/**
 * Where a supplier's material was separated, for the look-through dependency (SPEC section 6):
 * origin(k, s) is the share of partner k's exports separated in country s.
 *
 * - A recorded ORIGIN_SHARE (k, s) is used as it is (Vietnam's metal: mostly Chinese oxide;
 *   Malaysia's oxides: Lynas, not Chinese).
 * - China's exports are separated in China: origin(CN, CN) = 1, origin(CN, s) = 0 otherwise.
 * - k's own separation is what its records leave: origin(k, k) = 1 minus its recorded origins.
 * - Anything else, including imports the sources do not attribute to a named supplier, is assumed
 *   to be separated where the world's material is: origin = s's share of world separation
 *   (IEA), the neutral assumption when nothing is known.
 */
import { recordsOf, latestYearAtOrBefore } from "../data/select";
import type { DataRecord } from "../data/types";
import { inheritanceChain } from "./materials";

export interface OriginAnswer {
  readonly share: number;
  /** How the share was found, for explanations. */
  readonly basis: string;
  readonly record?: DataRecord;
}

function nearest(records: DataRecord[], year: number): DataRecord | undefined {
  if (records.length === 0) return undefined;
  const at = latestYearAtOrBefore(records, year);
  const chosenYear = at ?? Math.min(...records.map((r) => r.year));
  return records.find((r) => r.year === chosenYear);
}

/** The supplier's share of world separation (latest at or before the year, else the earliest). */
export function worldSeparationShare(supplier: string, material: string, year: number): OriginAnswer {
  for (const code of inheritanceChain(material)) {
    const record = nearest(
      recordsOf(
        "SEPARATION_SHARE",
        (r) => r.country === supplier && r.element === code && (r.status !== "projection" || r.year === year),
      ),
      year,
    );
    if (record) {
      return {
        share: record.value,
        basis: `${supplier}'s share of world separation (${code}, ${record.year})`,
        record,
      };
    }
  }
  return { share: 0, basis: `no world separation share is recorded for ${supplier}` };
}

export function originShare(partner: string | null, supplier: string, material: string, year: number): OriginAnswer {
  if (partner !== null) {
    for (const code of inheritanceChain(material)) {
      const records = recordsOf("ORIGIN_SHARE", (r) => r.country === partner && r.element === code);
      const direct = nearest(
        records.filter((r) => r.partner === supplier),
        year,
      );
      if (direct)
        return { share: direct.value, basis: `origin share ${partner}->${supplier} (${direct.year})`, record: direct };
      if (records.length > 0 && partner === supplier) {
        const elsewhere = records.reduce((sum, r) => sum + r.value, 0);
        return { share: Math.max(0, 1 - elsewhere), basis: `${partner}'s own separation, 1 minus recorded origins` };
      }
    }
    if (partner === "CN") return { share: supplier === "CN" ? 1 : 0, basis: "China's exports are separated in China" };
    if (partner === supplier) return { share: 1, basis: `${partner}'s exports are counted as separated there` };
  }
  const world = worldSeparationShare(supplier, material, year);
  return { ...world, basis: `unknown origin: ${world.basis}` };
}
