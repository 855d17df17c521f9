/**
 * An importer's sourcing of a material in a year: the shares of its named suppliers, taken from one
 * consistent set of records (one source and edition, so scopes are never mixed), plus the share
 * not allocated to any named supplier. Elements without their own records inherit those of their
 * group (`materials.ts`); years without records use the latest earlier year (SPEC section 3).
 */
import { NoDataError } from "../errors";
import { recordsOf } from "../data/select";
import type { DataRecord } from "../data/types";
import { yearRanges } from "../data/year-ranges";
import { inheritanceChain } from "./materials";

export interface ImportBasket {
  readonly importer: string;
  /** The material asked for. */
  readonly requested: string;
  /** The material whose records were used (the requested one or a group it inherits from). */
  readonly material: string;
  /** The data year used (the latest at or before the year asked). */
  readonly year: number;
  /** Named suppliers' shares, 0-1, adding up to at most 1. */
  readonly shares: ReadonlyMap<string, number>;
  /** 1 minus the named shares: imports from suppliers the source does not name. */
  readonly unallocated: number;
  readonly records: readonly DataRecord[];
}

/** Groups one year's records by source and edition and picks the set that names most suppliers, China first. */
function consistentSet(records: readonly DataRecord[]): DataRecord[] {
  const sets = new Map<string, DataRecord[]>();
  for (const record of records) {
    const key = `${record.source}|${record.edition ?? ""}`;
    sets.set(key, [...(sets.get(key) ?? []), record]);
  }
  const ranked = [...sets.values()].sort((a, b) => {
    const china = Number(b.some((r) => r.partner === "CN")) - Number(a.some((r) => r.partner === "CN"));
    return china !== 0 ? china : b.length - a.length;
  });
  return ranked[0];
}

/**
 * The most recent basket, at or before `year`, that names suppliers other than `supplier`: the best
 * evidence of where the importer's unattributed imports come from.
 */
export function latestOtherSuppliers(
  importer: string,
  material: string,
  supplier: string,
  year: number,
): ImportBasket | undefined {
  const all = recordsOf("IMPORT_SHARE", (r) => r.country === importer && r.element === material);
  const years = [...new Set(all.map((r) => r.year).filter((y) => y <= year))].sort((a, b) => b - a);
  for (const y of years) {
    const basket = importBasket(importer, material, y);
    if (basket.material === material && [...basket.shares.keys()].some((partner) => partner !== supplier))
      return basket;
  }
  return undefined;
}

/**
 * The importer's sourcing of a material in (or before) a year.
 *
 * @example importBasket("JP", "REE", 2018).shares.get("VN"); // => 0.14
 */
export function importBasket(importer: string, requested: string, year: number): ImportBasket {
  for (const material of inheritanceChain(requested)) {
    const all = recordsOf("IMPORT_SHARE", (r) => r.country === importer && r.element === material);
    if (all.length === 0) continue;
    const years = all.map((r) => r.year);
    const earliest = Math.min(...years);
    if (year < earliest) {
      throw new NoDataError(
        `No import shares for ${importer} (${material}) before ${earliest}; available years: ${yearRanges(years)}`,
      );
    }
    const used = Math.max(...years.filter((y) => y <= year));
    const records = consistentSet(all.filter((r) => r.year === used));
    const shares = new Map<string, number>();
    for (const record of records) shares.set(record.partner as string, record.value);
    const total = [...shares.values()].reduce((sum, value) => sum + value, 0);
    // Published shares are rounded; a total a little above 1 is scaled back to 1.
    if (total > 1) for (const [partner, value] of shares) shares.set(partner, value / total);
    return { importer, requested, material, year: used, shares, unallocated: Math.max(0, 1 - total), records };
  }
  const importers = [...new Set(recordsOf("IMPORT_SHARE", () => true).map((r) => r.country))].sort();
  throw new NoDataError(`No import shares for ${importer}; available importers: ${importers.join(", ")}`);
}
