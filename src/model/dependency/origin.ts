/**
 * Where a supplier's material was separated, for the look-through dependency (SPEC section 6):
 * origin(k, s) is the share of partner k's exports separated in country s, as an interval
 * [low, high] that is a single point wherever the data says where the material comes from.
 *
 * - A recorded ORIGIN_SHARE (k, s) is used as it is (Vietnam's metal: mostly Chinese oxide;
 *   Malaysia's oxides: Lynas, not Chinese).
 * - China's exports are separated in China: origin(CN, CN) = 1, origin(CN, s) = 0 otherwise.
 * - A partner with origin records separated the rest itself: origin(k, k) = 1 minus its recorded
 *   origins, and origin(k, s) = 0 for any s it has no record for.
 * - A partner with no origin record: nothing is known, so origin(k, s) lies anywhere in [0, 1].
 *   The model no longer guesses it from the world's separation mix (docs/METHODS.md, look-through).
 */
import { recordsOf, latestYearAtOrBefore } from "../data/select";
import type { DataRecord } from "../data/types";
import { inheritanceChain } from "./materials";

export interface OriginAnswer {
  /** The lowest and highest share of the partner's exports separated in the supplier. */
  readonly low: number;
  readonly high: number;
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

const point = (share: number, basis: string, record?: DataRecord): OriginAnswer => ({
  low: share,
  high: share,
  basis,
  record,
});

/**
 * @example originShare("VN", "CN", "REE", 2024).low; // => 0.8
 * @example originShare("FR", "CN", "REE", 2018); // => { low: 0, high: 1, basis: "origin unknown: no record of where FR's exports were separated" }
 */
export function originShare(partner: string, supplier: string, material: string, year: number): OriginAnswer {
  for (const code of inheritanceChain(material)) {
    const records = recordsOf("ORIGIN_SHARE", (r) => r.country === partner && r.element === code);
    const direct = nearest(
      records.filter((r) => r.partner === supplier),
      year,
    );
    if (direct) return point(direct.value, `origin share ${partner}->${supplier} (${direct.year})`, direct);
    if (records.length > 0) {
      if (partner === supplier) {
        const elsewhere = records.reduce((sum, r) => sum + r.value, 0);
        return point(Math.max(0, 1 - elsewhere), `${partner}'s own separation, 1 minus recorded origins`);
      }
      return point(0, `${partner}'s exports are separated in ${partner} or in the countries recorded`);
    }
  }
  if (partner === "CN") return point(supplier === "CN" ? 1 : 0, "China's exports are separated in China");
  return { low: 0, high: 1, basis: `origin unknown: no record of where ${partner}'s exports were separated` };
}
