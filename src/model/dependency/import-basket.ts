/**
 * An importer's sourcing of a material in a year: the shares of its named suppliers, all from one
 * scope (docs/DATA.md, "Scopes"), plus the share not attributed to any named supplier. A series is
 * (importer, material, partner, scope): a basket never combines records of two scopes, and a year
 * without data takes the latest earlier year of the same scope (SPEC section 3).
 *
 * A partner's share is its IMPORT_SHARE record where the scope has one, else its tonnage (IMPORTS)
 * over the importer's total (partner WORLD) of the same scope and year; a partner with zero tonnes
 * has share 0 even without a total. So customs tonnages by partner make a basket on their own.
 *
 * Which scope answers when none is asked for: the customs-import share, by the same rule for every
 * importer (`customsImportScopes`): customs imports of the rare-earth materials (the compounds of
 * HS 2846, with or without the metals of 2805.30, or lines not stated) over a full year; tonnage
 * wherever the importer has a tonnage series, value only where it has none; among several, the one
 * with the latest data, then the importer's own statistics before mirror data and stated HS lines
 * before unstated. A part-year customs share answers only for an element with no full-year one
 * (Japan's yttrium and cerium oxide, January-June 2024), and says so. Whole-chain statements,
 * metals-only or magnet-inclusive shares answer only when asked for by scope.
 *
 * Elements without records of their own (or none at or before the year) inherit those of their
 * group (`materials.ts`).
 */
import { NoDataError } from "../errors";
import { DATASET } from "../data/index";
import type { DataRecord, ScopeTerms } from "../data/types";
import { yearRanges } from "../data/year-ranges";
import { findMaterial } from "../vocabulary/elements";
import { inheritanceChain } from "./materials";

export interface ImportBasket {
  readonly importer: string;
  /** The material asked for. */
  readonly requested: string;
  /** The material whose records were used (the requested one or a group it inherits from). */
  readonly material: string;
  /** The data year used (the latest of the scope at or before the year asked). */
  readonly year: number;
  /** The scope every share of the basket belongs to. */
  readonly scope: ScopeTerms;
  /** True when the scope was asked for; false when the default rule chose it. */
  readonly explicit: boolean;
  /** Named suppliers' shares, 0-1, adding up to at most 1. */
  readonly shares: ReadonlyMap<string, number>;
  /** How each share was found: "" for a published share, "t / total t" for one from tonnages. */
  readonly derivations: ReadonlyMap<string, string>;
  /** The named shares as published, before a total a little above 1 (rounding) is scaled to 1. */
  readonly published: number;
  /** 1 minus the named shares: imports from suppliers the source does not name. */
  readonly unallocated: number;
  /** Every year with a basket in this scope (for explanations). */
  readonly years: readonly number[];
  /** The other scopes with shares for this importer and material, for explanations. */
  readonly otherScopes: readonly string[];
  readonly records: readonly DataRecord[];
}

const TRADE_FIELDS = ["IMPORT_SHARE", "IMPORTS"];

let tradeIndex: Map<string, DataRecord[]> | undefined;
let scopeIndex: Map<string, ScopeTerms> | undefined;

/** IMPORT_SHARE and IMPORTS records by importer and material, built on first use. */
function tradeRecords(importer: string, material: string): readonly DataRecord[] {
  if (!tradeIndex) {
    tradeIndex = new Map();
    for (const record of DATASET.records) {
      if (TRADE_FIELDS.indexOf(record.field) < 0 || record.partner === undefined || record.scope === undefined)
        continue;
      const key = `${record.country}|${record.element}`;
      const list = tradeIndex.get(key);
      if (list) list.push(record);
      else tradeIndex.set(key, [record]);
    }
  }
  return tradeIndex.get(`${importer}|${material}`) ?? [];
}

/** The scope with this id. */
export function findScope(id: string): ScopeTerms | undefined {
  if (!scopeIndex) scopeIndex = new Map(DATASET.scopes.map((scope) => [scope.id, scope]));
  return scopeIndex.get(id);
}

/** The importers with import shares or partner tonnages in the data. */
export function importersWithShares(): string[] {
  const importers = new Set<string>();
  for (const record of DATASET.records) if (record.field === "IMPORT_SHARE") importers.add(record.country);
  return [...importers].sort();
}

const isMaterialsLine = (code: string) => code.startsWith("2805") || code.startsWith("2846");

/**
 * Whether a scope measures the customs-import share of a material, the default dependency basis:
 * customs imports (by weight or value) of the rare-earth materials, over a full year (part of a
 * year only for an element, as a last resort: `customsImportScopes`). For all rare
 * earths and groups the HS lines must be materials lines (2805, 2846) covering all the compounds of
 * 2846, which are most of the trade (the US imported 12,300 t of compounds and 350 t of metals in
 * 2014), or be unstated: metals alone (2805) or one compound line are a different whole. For an
 * element, they must be materials lines (its compound or metal), or unstated.
 *
 * @example isCustomsImportShare(findScope("jp-customs-ree-t")!, "REE"); // => true
 * @example isCustomsImportShare(findScope("jp-comtrade-hs2805-value")!, "REE"); // => false (metals only)
 * @example isCustomsImportShare(findScope("eu-commission-whole-chain")!, "REE"); // => false
 * @example isCustomsImportShare(findScope("jp-customs-metal-h1")!, "REE"); // => false (January-June only)
 */
export function isCustomsImportShare(scope: ScopeTerms, material: string): boolean {
  if (scope.basis !== "customs-volume" && scope.basis !== "customs-value") return false;
  if (scope.partYear !== undefined && findMaterial(material)?.kind !== "element") return false;
  if (scope.hs.length === 0) return true;
  if (!scope.hs.every(isMaterialsLine)) return false;
  if (findMaterial(material)?.kind === "element") return true;
  const has = (code: string) => scope.hs.indexOf(code) >= 0;
  return has("2846") || (has("2846.10") && has("2846.90"));
}

/** The record standing for each field and partner of a scope and year: the preferred one, or the only one. */
function standingRecords(records: readonly DataRecord[]): DataRecord[] {
  const groups = new Map<string, DataRecord[]>();
  for (const record of records) {
    const key = `${record.field}|${record.partner}`;
    groups.set(key, [...(groups.get(key) ?? []), record]);
  }
  const standing: DataRecord[] = [];
  for (const group of groups.values()) {
    const record = group.length === 1 ? group[0] : group.find((r) => r.preferred);
    if (record) standing.push(record);
  }
  return standing;
}

const round = (value: number) => String(Math.round(value * 10000) / 10000);

interface Shares {
  readonly shares: Map<string, number>;
  readonly derivations: Map<string, string>;
  readonly published: number;
  readonly records: DataRecord[];
}

/** The shares one year's records of one scope give; empty when they name no supplier with a share above 0. */
function sharesOf(records: readonly DataRecord[]): Shares {
  const standing = standingRecords(records);
  const shares = new Map<string, number>();
  const derivations = new Map<string, string>();
  const used: DataRecord[] = [];
  for (const record of standing) {
    if (record.field !== "IMPORT_SHARE") continue;
    shares.set(record.partner as string, record.value);
    derivations.set(record.partner as string, "");
    used.push(record);
  }
  const world = standing.find((r) => r.field === "IMPORTS" && r.partner === "WORLD");
  for (const record of standing) {
    const partner = record.partner as string;
    if (record.field !== "IMPORTS" || partner === "WORLD" || shares.has(partner)) continue;
    if (world && world.value > 0) {
      shares.set(partner, record.value / world.value);
      derivations.set(partner, `${record.value} t / ${world.value} t`);
      used.push(record);
      if (used.indexOf(world) < 0) used.push(world);
    } else if (record.value === 0) {
      shares.set(partner, 0);
      derivations.set(partner, "0 t");
      used.push(record);
    }
  }
  const published = [...shares.values()].reduce((sum, value) => sum + value, 0);
  if (published === 0) return { shares: new Map(), derivations: new Map(), published: 0, records: [] };
  return { shares, derivations, published, records: used };
}

/** The years in which a scope's records make a basket. */
function basketYears(records: readonly DataRecord[]): number[] {
  const byYear = new Map<number, DataRecord[]>();
  for (const record of records) byYear.set(record.year, [...(byYear.get(record.year) ?? []), record]);
  return [...byYear]
    .filter(([, ofYear]) => sharesOf(ofYear).published > 0)
    .map(([year]) => year)
    .sort((a, b) => a - b);
}

interface Candidate {
  readonly scope: ScopeTerms;
  readonly records: readonly DataRecord[];
  readonly years: readonly number[];
}

const candidateCache = new Map<string, readonly Candidate[]>();

/** The scopes with baskets for an importer and a material; the data never change, so computed once each. */
function candidates(importer: string, material: string): readonly Candidate[] {
  const key = `${importer}|${material}`;
  let cached = candidateCache.get(key);
  if (!cached) {
    cached = scopeCandidates(importer, material);
    candidateCache.set(key, cached);
  }
  return cached;
}

function scopeCandidates(importer: string, material: string): Candidate[] {
  const byScope = new Map<string, DataRecord[]>();
  for (const record of tradeRecords(importer, material)) {
    const id = record.scope as string;
    byScope.set(id, [...(byScope.get(id) ?? []), record]);
  }
  const result: Candidate[] = [];
  for (const [id, records] of byScope) {
    const scope = findScope(id);
    const years = basketYears(records);
    if (scope && years.length > 0) result.push({ scope, records, years });
  }
  return result;
}

const reporterRank = (scope: ScopeTerms) => (scope.reporter === "importer" ? 0 : scope.reporter === "exporter" ? 2 : 1);

/**
 * The scopes that can answer the default (customs-import share) question for an importer and a
 * material, best first: full-year scopes only, if there is one; of those, tonnage scopes only, if
 * there is one; then the latest data first, the importer's own statistics before mirror data,
 * stated HS lines before unstated.
 *
 * @example customsImportScopes("JP", "REE").map((c) => c.scope.id); // => ["jp-customs-ree-t"]
 */
export function customsImportScopes(importer: string, material: string): Candidate[] {
  const customs = candidates(importer, material).filter((c) => isCustomsImportShare(c.scope, material));
  const fullYear = customs.filter((c) => c.scope.partYear === undefined);
  const eligible = fullYear.length > 0 ? fullYear : customs;
  const volume = eligible.filter((c) => c.scope.basis === "customs-volume");
  const pool = volume.length > 0 ? volume : eligible;
  const latest = (c: Candidate) => c.years[c.years.length - 1];
  return pool.sort(
    (a, b) =>
      latest(b) - latest(a) ||
      reporterRank(a.scope) - reporterRank(b.scope) ||
      Number(a.scope.hs.length === 0) - Number(b.scope.hs.length === 0) ||
      (a.scope.id < b.scope.id ? -1 : 1),
  );
}

function basketOf(
  importer: string,
  requested: string,
  material: string,
  candidate: Candidate,
  year: number,
  explicit: boolean,
): ImportBasket {
  const used = Math.max(...candidate.years.filter((y) => y <= year));
  const { shares, derivations, published, records } = sharesOf(candidate.records.filter((r) => r.year === used));
  // Published shares are rounded; a total a little above 1 is scaled back to 1.
  if (published > 1) for (const [partner, value] of shares) shares.set(partner, value / published);
  const otherScopes = candidates(importer, material)
    .map((c) => c.scope.id)
    .filter((id) => id !== candidate.scope.id)
    .sort();
  return {
    importer,
    requested,
    material,
    year: used,
    scope: candidate.scope,
    explicit,
    shares,
    derivations,
    published,
    unallocated: Math.max(0, 1 - published),
    years: candidate.years,
    otherScopes,
    records,
  };
}

/**
 * The importer's sourcing of a material in (or before) a year: from `scope` if given, else from
 * the customs-import share (see the module comment).
 *
 * @example importBasket("JP", "REE", 2018).shares.get("VN"); // => 0.14
 * @example Math.round(importBasket("JP", "REE", 2014).shares.get("MY")! * 10000) / 10000; // => 0.0546 (1,218 t of 22,307 t, the same MOF series as China's 0.5964)
 */
export function importBasket(importer: string, requested: string, year: number, scope?: string | null): ImportBasket {
  const chain = inheritanceChain(requested);
  const later: string[] = [];
  const elsewhere = new Set<string>();
  for (const material of chain) {
    if (scope) {
      const candidate = candidates(importer, material).find((c) => c.scope.id === scope);
      if (!candidate) continue;
      if (candidate.years[0] > year) {
        throw new NoDataError(
          `No ${importer} ${material} import shares of scope ${scope} at or before ${year}; its years: ${yearRanges([...candidate.years])}`,
        );
      }
      return basketOf(importer, requested, material, candidate, year, true);
    }
    for (const c of candidates(importer, material)) elsewhere.add(c.scope.id);
    const ordered = customsImportScopes(importer, material);
    const usable = ordered.find((c) => c.years[0] <= year);
    if (usable) return basketOf(importer, requested, material, usable, year, false);
    for (const c of ordered) later.push(`${c.scope.id} (${material}) from ${c.years[0]}`);
  }
  if (scope) {
    if (!findScope(scope)) throw new NoDataError(`Unknown scope "${scope}"`);
    const available = chain.reduce<string[]>(
      (all, m) => all.concat(candidates(importer, m).map((c) => `${c.scope.id} (${m})`)),
      [],
    );
    throw new NoDataError(
      `No ${importer} import shares of scope ${scope} for ${requested}${chain.length > 1 ? ` or the groups it inherits from (${chain.slice(1).join(", ")})` : ""}; ${
        available.length > 0 ? `scopes with shares: ${available.join(", ")}` : "there are none of any scope"
      }`,
    );
  }
  if (later.length > 0) {
    throw new NoDataError(
      `No customs import shares for ${importer} (${requested}) at or before ${year}; the earliest: ${later.join(", ")}`,
    );
  }
  if (elsewhere.size > 0) {
    throw new NoDataError(
      `No customs import shares for ${importer} (${requested}); other scopes: ${[...elsewhere].sort().join(", ")} (use scope=<id>)`,
    );
  }
  throw new NoDataError(`No import shares for ${importer}; available importers: ${importersWithShares().join(", ")}`);
}

/** A basket's shares for an explanation: "CN 0.58, VN 0.14 (1,218 t / 22,307 t)". */
export function describeShares(basket: ImportBasket): string {
  return [...basket.shares]
    .map(([partner, share]) => {
      const how = basket.derivations.get(partner);
      return `${partner} ${round(share)}${how ? ` (${how})` : ""}`;
    })
    .join(", ");
}
