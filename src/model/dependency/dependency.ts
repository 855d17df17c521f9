/**
 * Dependency of an importer on a supplier for a material (SPEC section 6):
 *
 * - DIRECT: the supplier's share of the importer's imports, from one scope (`import-basket.ts`):
 *   the customs-import share unless a scope is asked for;
 * - LOOKTHROUGH: Σ_k direct(k) × origin(k, supplier): partners' material traced back to where it
 *   was separated (`origin.ts`). Imports the source does not attribute to a partner, and partners
 *   whose origin is unknown, may come from the supplier or not: they give bounds, LOOKTHROUGH_LOW
 *   (none of it) and LOOKTHROUGH_HIGH (all of it), and LOOKTHROUGH reports their midpoint;
 * - MAGNET: the rare-earth content of a sintered NdFeB magnet, weighted by mass (`materials.ts`);
 * - years after the scope's last data year follow the diversification path where contracts are
 *   known (China's share of Japan's supply, `diversification-path.ts`); otherwise the latest value
 *   of the same scope is held, and the explanation says so.
 *
 * Every result carries the steps that produced it; REE.SOURCE shows them, with each source id
 * ("Source: usgs-mcs-2026") replaced by its citation and each scope ("Scope: jp-customs-ree-t") by
 * its description.
 */
import { NoDataError } from "../errors";
import type { DataRecord } from "../data/types";
import { yearRanges } from "../data/year-ranges";
import { hasPath, PATH_END, projectShare, type PathOptions } from "./diversification-path";
import { describeShares, importBasket, type ImportBasket } from "./import-basket";
import { MAGNET_COMPOSITION } from "./materials";
import { originShare } from "./origin";

export type Basis = "DIRECT" | "LOOKTHROUGH" | "LOOKTHROUGH_LOW" | "LOOKTHROUGH_HIGH";

/** The bases, in the order the function's help lists them (public API: add, never rename). */
export const BASES: readonly Basis[] = ["DIRECT", "LOOKTHROUGH", "LOOKTHROUGH_LOW", "LOOKTHROUGH_HIGH"];

export interface DependencyQuery {
  readonly importer: string;
  readonly material: string;
  readonly supplier: string;
  /** Null for the latest year with data. */
  readonly year: number | null;
  readonly basis: Basis;
  readonly path: PathOptions;
  /** The scope to answer from (a scope id); null or absent for the customs-import share. */
  readonly scope?: string | null;
}

export interface DependencyResult {
  readonly value: number;
  readonly year: number;
  readonly steps: readonly string[];
  readonly records: readonly DataRecord[];
  /** The scopes that answered: one, or one per part of a magnet. */
  readonly scopes: readonly string[];
  /** For look-through: the bounds the answer lies between. */
  readonly bounds?: { readonly low: number; readonly high: number };
}

const fmt = (value: number) => String(Math.round(value * 10000) / 10000);

function describeBasket(basket: ImportBasket): string[] {
  const inherited =
    basket.material !== basket.requested
      ? ` (inherited from ${basket.material}: no ${basket.requested} records${basket.explicit ? " in this scope" : ""})`
      : "";
  const sources = [...new Map(basket.records.map((r) => [`${r.source}|${r.grade}|${r.edition ?? ""}`, r])).values()]
    .map((r) => `Source: ${r.source}, grade ${r.grade}${r.edition ? `, edition ${r.edition}` : ""}`)
    .join("; ");
  const scope = basket.scope;
  const kind = scope.basis === "customs-volume" ? "tonnage" : scope.basis === "customs-value" ? "value" : scope.basis;
  const part = scope.partYear
    ? ` (${scope.partYear} only: no full-year customs share of ${basket.material} is recorded)`
    : "";
  const choice = basket.explicit
    ? `scope ${scope.id}, as asked`
    : `the customs-import share (default): scope ${scope.id}, ${kind}${part}, data for ${yearRanges([...basket.years])}`;
  const others =
    basket.otherScopes.length > 0 ? `; other scopes: ${basket.otherScopes.join(", ")} (options "scope=<id>")` : "";
  const what = scope.basis === "whole-chain" ? "supply (along the whole chain)" : "imports";
  return [
    `${basket.importer}'s ${what} of ${basket.material} in ${basket.year}${inherited}: ${describeShares(basket)}; not attributed ${fmt(
      basket.unallocated,
    )}`,
    `Scope: ${scope.id}`,
    `${choice}${others}`,
    `${sources}.`,
  ];
}

interface Base {
  readonly value: number;
  readonly bounds?: { low: number; high: number };
}

function direct(basket: ImportBasket, supplier: string): number {
  const share = basket.shares.get(supplier);
  if (share !== undefined) return share;
  if (basket.unallocated < 1e-9) return 0;
  const named = [...basket.shares.keys()].join(", ");
  const elsewhere = basket.otherScopes.length > 0 ? `; other scopes: ${basket.otherScopes.join(", ")}` : "";
  throw new NoDataError(
    `No share for ${supplier} in ${basket.importer}'s ${basket.material} imports of ${basket.year} (scope ${basket.scope.id}): the source names ${named}, and ${fmt(
      basket.unallocated,
    )} is not attributed to any supplier${elsewhere}`,
  );
}

/** The look-through bounds in the basket's year, with a step per partner. */
function lookThrough(basket: ImportBasket, supplier: string, steps: string[]): { low: number; high: number } {
  let low = 0;
  let high = 0;
  for (const [partner, share] of basket.shares) {
    const origin = originShare(partner, supplier, basket.material, basket.year);
    low += share * origin.low;
    high += share * origin.high;
    const range = origin.low === origin.high ? fmt(origin.low) : `${fmt(origin.low)}-${fmt(origin.high)}`;
    steps.push(`${partner} ${fmt(share)} x origin ${range} (${origin.basis})`);
  }
  if (basket.unallocated > 0) {
    high += basket.unallocated;
    steps.push(`not attributed ${fmt(basket.unallocated)} x 0-1 (where it comes from is not known)`);
  }
  return { low: Math.min(1, low), high: Math.min(1, high) };
}

function baseValue(basket: ImportBasket, query: DependencyQuery, steps: string[]): Base {
  if (query.basis === "DIRECT") return { value: direct(basket, query.supplier) };
  const bounds = lookThrough(basket, query.supplier, steps);
  return { value: pick(query.basis, bounds), bounds };
}

function pick(basis: Basis, bounds: { low: number; high: number }): number {
  if (basis === "LOOKTHROUGH_LOW") return bounds.low;
  if (basis === "LOOKTHROUGH_HIGH") return bounds.high;
  return (bounds.low + bounds.high) / 2;
}

function describeValue(basis: Basis, base: Base): string {
  if (!base.bounds) return `${basis} dependency = ${fmt(base.value)}`;
  const { low, high } = base.bounds;
  const which =
    basis === "LOOKTHROUGH_LOW"
      ? "the low bound"
      : basis === "LOOKTHROUGH_HIGH"
        ? "the high bound"
        : "the midpoint of the bounds";
  return `look-through bounds ${fmt(low)}-${fmt(high)}; ${basis} = ${which} = ${fmt(base.value)}`;
}

/** Why a future year holds the latest value instead of following a path, or null if a path applies. */
function heldBecause(query: DependencyQuery, basket: ImportBasket): string | null {
  if (query.path.path === "NONE") return `path NONE: the ${basket.year} value of scope ${basket.scope.id} is held`;
  if (!hasPath(query.importer)) {
    return `no diversification path for ${query.importer} (contracted supply is recorded for JP only): the latest value of scope ${basket.scope.id}, from ${basket.year}, is held`;
  }
  if (query.supplier !== "CN") {
    return `the diversification path projects China's share only: ${query.supplier}'s ${basket.year} share in scope ${basket.scope.id} is held`;
  }
  return null;
}

function singleMaterial(query: DependencyQuery, material: string): DependencyResult {
  const latest = importBasket(query.importer, material, PATH_END, query.scope);
  const year = query.year ?? latest.year;
  if (year > PATH_END) throw new NoDataError(`The diversification path ends in ${PATH_END}; ${year} is beyond it`);
  const future = year > latest.year;
  const basket = future ? latest : importBasket(query.importer, material, year, query.scope);
  const steps = describeBasket(basket);
  const result = (value: number, more: string[], bounds?: Base["bounds"]): DependencyResult => ({
    value,
    year,
    steps: [...steps, ...more],
    records: basket.records,
    scopes: [basket.scope.id],
    ...(bounds ? { bounds } : {}),
  });
  if (!future && basket.year !== year)
    steps.push(`no data for ${year} in this scope: its latest earlier year, ${basket.year}, is used`);
  const base = baseValue(basket, query, steps);
  if (!future) return result(base.value, [describeValue(query.basis, base)]);

  steps.push(describeValue(query.basis, base));
  const held = heldBecause(query, basket);
  if (held !== null) return result(base.value, [held], base.bounds);
  const project = (share: number) => projectShare(query.importer, material, share, basket.year, year, query.path);
  if (!base.bounds) {
    const projected = project(base.value);
    return result(projected.share, [...projected.steps]);
  }
  const low = project(base.bounds.low);
  const high = project(base.bounds.high);
  const bounds = { low: low.share, high: high.share };
  const value = pick(query.basis, bounds);
  const chosen = query.basis === "LOOKTHROUGH_HIGH" ? high : low;
  return result(
    value,
    [
      ...chosen.steps.map((step) => `${query.basis === "LOOKTHROUGH_HIGH" ? "high" : "low"} bound: ${step}`),
      ...(query.basis === "LOOKTHROUGH" ? [`high bound: ${high.steps[high.steps.length - 1]}`] : []),
      describeValue(query.basis, { value, bounds }),
    ],
    bounds,
  );
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
  const weighted = (of: (result: DependencyResult) => number) =>
    parts.reduce((sum, { part, result }) => sum + part.weight * of(result), 0) / weight;
  const value = weighted((result) => result.value);
  const bounds = parts.every(({ result }) => result.bounds)
    ? { low: weighted((result) => result.bounds!.low), high: weighted((result) => result.bounds!.high) }
    : undefined;
  const steps = [
    `MAGNET = rare-earth content of sintered NdFeB by mass: ${MAGNET_COMPOSITION.map((p) => `${p.material} ${p.weight}`).join(", ")} (wt%)`,
    ...parts.map(
      ({ part, result }) =>
        `${part.material}: ${fmt(result.value)} (${result.year}, scope ${result.scopes.join(", ")})`,
    ),
    `weighted: ${fmt(value)}${bounds ? ` (bounds ${fmt(bounds.low)}-${fmt(bounds.high)})` : ""}`,
  ];
  return {
    value,
    year: parts[0].result.year,
    steps,
    records: parts.reduce<DataRecord[]>((all, { result }) => all.concat(result.records), []),
    scopes: [...new Set(parts.reduce<string[]>((all, { result }) => all.concat(result.scopes), []))],
    ...(bounds ? { bounds } : {}),
  };
}
