/**
 * Dependency of an importer on a supplier for a material (SPEC section 6):
 *
 * - DIRECT: the supplier's share of the importer's imports (customs origin), from `import-basket.ts`;
 * - LOOKTHROUGH: Σ_k direct(k) × origin(k, supplier): partners' material traced back to where it
 *   was separated (`origin.ts`); imports not attributed to a named partner count at the world mix;
 * - MAGNET: the rare-earth content of a sintered NdFeB magnet, weighted by mass (`materials.ts`);
 * - years after the last data year follow the diversification path (`diversification-path.ts`).
 *
 * Every result carries the steps that produced it; REE.SOURCE shows them, with each source id
 * ("Source: usgs-mcs-2026") replaced by its citation.
 */
import { NoDataError } from "../errors";
import type { DataRecord } from "../data/types";
import { PATH_END, projectShare, type PathOptions } from "./diversification-path";
import { importBasket, latestOtherSuppliers, type ImportBasket } from "./import-basket";
import { MAGNET_COMPOSITION } from "./materials";
import { originShare } from "./origin";

export type Basis = "DIRECT" | "LOOKTHROUGH";

export interface DependencyQuery {
  readonly importer: string;
  readonly material: string;
  readonly supplier: string;
  /** Null for the latest year with data. */
  readonly year: number | null;
  readonly basis: Basis;
  readonly path: PathOptions;
}

export interface DependencyResult {
  readonly value: number;
  readonly year: number;
  readonly steps: readonly string[];
  readonly records: readonly DataRecord[];
}

const fmt = (value: number) => String(Math.round(value * 10000) / 10000);

function describeBasket(basket: ImportBasket): string {
  const record = basket.records[0];
  const named = [...basket.shares].map(([partner, share]) => `${partner} ${fmt(share)}`).join(", ");
  const inherited =
    basket.material !== basket.requested ? ` (inherited from ${basket.material}: no ${basket.requested} records)` : "";
  return `${basket.importer}'s imports of ${basket.material} in ${basket.year}${inherited}: ${named}; not attributed ${fmt(
    basket.unallocated,
  )}. Source: ${record.source}, grade ${record.grade}${record.edition ? `, edition ${record.edition}` : ""}.`;
}

/**
 * Origin of imports the source does not attribute: the non-supplier partners of the latest basket
 * that names any (their shares renormalised), else the world's separation mix.
 */
function unattributedOrigin(basket: ImportBasket, supplier: string): { share: number; basis: string } {
  const reference = latestOtherSuppliers(basket.importer, basket.material, supplier, basket.year);
  if (!reference) {
    const world = originShare(null, supplier, basket.material, basket.year);
    return { share: world.share, basis: world.basis };
  }
  const others = [...reference.shares].filter(([partner]) => partner !== supplier);
  const weight = others.reduce((sum, [, share]) => sum + share, 0) + reference.unallocated;
  let share = 0;
  for (const [partner, partnerShare] of others) {
    share += (partnerShare / weight) * originShare(partner, supplier, basket.material, basket.year).share;
  }
  share += (reference.unallocated / weight) * originShare(null, supplier, basket.material, basket.year).share;
  const named = others.map(([partner]) => partner).join(", ");
  return {
    share,
    basis: `origin mix of the other suppliers named in ${reference.year} (${named}; rest at the world mix)`,
  };
}

/** The value in the basket's year, before any projection. */
function baseValue(basket: ImportBasket, supplier: string, basis: Basis, steps: string[]): number {
  if (basis === "DIRECT") {
    const share = basket.shares.get(supplier);
    if (share !== undefined) return share;
    if (basket.unallocated < 1e-9) return 0;
    const named = [...basket.shares.keys()].join(", ");
    throw new NoDataError(
      `No share for ${supplier} in ${basket.importer}'s ${basket.material} imports of ${basket.year}: the source names ${named}, and ${fmt(
        basket.unallocated,
      )} is not attributed to any supplier`,
    );
  }
  let total = 0;
  for (const [partner, share] of basket.shares) {
    const origin = originShare(partner, supplier, basket.material, basket.year);
    total += share * origin.share;
    steps.push(`${partner} ${fmt(share)} x origin ${fmt(origin.share)} (${origin.basis})`);
  }
  if (basket.unallocated > 0) {
    const mix = unattributedOrigin(basket, supplier);
    total += basket.unallocated * mix.share;
    steps.push(`not attributed ${fmt(basket.unallocated)} x ${fmt(mix.share)} (${mix.basis})`);
  }
  return Math.min(1, total);
}

function singleMaterial(query: DependencyQuery, material: string): DependencyResult {
  const latest = importBasket(query.importer, material, PATH_END);
  const year = query.year ?? latest.year;
  const future = year > latest.year;
  const basket = future ? latest : importBasket(query.importer, material, year);
  const steps = [describeBasket(basket)];
  if (!future && basket.year !== year)
    steps.push(`no data for ${year}: the latest earlier year, ${basket.year}, is used`);
  const base = baseValue(basket, query.supplier, query.basis, steps);
  if (!future) {
    steps.push(`${query.basis} dependency = ${fmt(base)}`);
    return { value: base, year, steps, records: basket.records };
  }
  if (query.supplier !== "CN" && query.path.path !== "NONE") {
    throw new NoDataError(
      `Years after ${basket.year} are projected for the China share only; use path=NONE to hold ${query.supplier}'s ${basket.year} share`,
    );
  }
  const projected = projectShare(query.importer, material, base, basket.year, year, query.path);
  return { value: projected.share, year, steps: [...steps, ...projected.steps], records: basket.records };
}

/**
 * Dependency of an importer on a supplier.
 *
 * @example dependency({ importer: "JP", material: "REE", supplier: "CN", year: 2010, basis: "DIRECT", path: DEFAULT_PATH }).value; // => 0.8161
 */
export function dependency(query: DependencyQuery): DependencyResult {
  if (query.material !== "MAGNET") return singleMaterial(query, query.material);
  const parts = MAGNET_COMPOSITION.map((part) => ({ part, result: singleMaterial(query, part.material) }));
  const weight = MAGNET_COMPOSITION.reduce((sum, part) => sum + part.weight, 0);
  const value = parts.reduce((sum, { part, result }) => sum + part.weight * result.value, 0) / weight;
  const steps = [
    `MAGNET = rare-earth content of sintered NdFeB by mass: ${MAGNET_COMPOSITION.map((p) => `${p.material} ${p.weight}`).join(", ")} (wt%)`,
    ...parts.map(({ part, result }) => `${part.material}: ${fmt(result.value)}`),
    `weighted: ${fmt(value)}`,
  ];
  return {
    value,
    year: parts[0].result.year,
    steps,
    records: parts.reduce<DataRecord[]>((all, { result }) => all.concat(result.records), []),
  };
}
