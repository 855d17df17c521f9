/**
 * Countries' shares of world supply at a stage of the chain (SPEC section 3): MINE from mine
 * production (country over world total, one USGS edition), SEPARATION and MAGNET from the recorded
 * shares of world output, all of one scope in a year (docs/DATA.md, "Scopes"): where studies of
 * different scopes give shares for the same year, the one naming most of the output is used, never
 * a sum of both. Shares of countries the sources do not name are left unallocated.
 */
import { NoDataError } from "../errors";
import { DATASET } from "../data/index";
import { defaultRecords, latestYearAtOrBefore, recordsOf } from "../data/select";
import type { DataRecord } from "../data/types";
import { yearRanges } from "../data/year-ranges";
import { inheritanceChain } from "../dependency/materials";

export type Stage = "MINE" | "SEPARATION" | "MAGNET";
export const STAGES: readonly Stage[] = ["MINE", "SEPARATION", "MAGNET"];

export interface StageShares {
  readonly stage: Stage;
  readonly material: string;
  readonly year: number;
  readonly shares: ReadonlyMap<string, number>;
  readonly unallocated: number;
  readonly records: readonly DataRecord[];
  /** The scope of the shares (or of the production figures they come from). */
  readonly scope: string;
  readonly note: string;
}

function mineShares(year: number): StageShares {
  const worlds = recordsOf("MINE_PRODUCTION", (r) => r.country === "WORLD" && r.element === "REE");
  const used = latestYearAtOrBefore(worlds, year);
  if (used === undefined) {
    throw new NoDataError(
      `No world mine production before ${year}; available years: ${yearRanges(worlds.map((r) => r.year))}`,
    );
  }
  const world = worlds.find((r) => r.year === used) as DataRecord;
  // Each country's record of the world total's edition; where that edition lacks the country,
  // its default record of the same year from another edition (named in the note).
  const sameYear = DATASET.records.filter(
    (r) => r.field === "MINE_PRODUCTION" && r.country !== "WORLD" && r.element === "REE" && r.year === used,
  );
  const byCountry = new Map<string, DataRecord>();
  for (const r of defaultRecords(sameYear)) byCountry.set(r.country, r);
  for (const r of sameYear.filter((r) => (r.edition ?? "") === (world.edition ?? ""))) byCountry.set(r.country, r);
  let countries = [...byCountry.values()];
  const sum = (list: DataRecord[]) => list.reduce((total, r) => total + r.value, 0);
  if (sum(countries) > world.value * 1.02) {
    // Editions disagree too much to be combined (e.g. China's 2010 MCS estimate exceeds DS140's world total).
    countries = countries.filter((r) => (r.edition ?? "") === (world.edition ?? ""));
  }
  if (countries.length === 0) {
    const years = recordsOf("MINE_PRODUCTION", (r) => r.country !== "WORLD").map((r) => r.year);
    throw new NoDataError(
      `No country mine production consistent with the ${used} world total; country figures exist for ${yearRanges(years)}`,
    );
  }
  const mixed = countries
    .filter((r) => (r.edition ?? "") !== (world.edition ?? ""))
    .map((r) => `${r.country} from ${r.edition}`);
  const shares = new Map(countries.map((r) => [r.country, r.value / world.value] as [string, number]));
  const named = [...shares.values()].reduce((sum, share) => sum + share, 0);
  return {
    stage: "MINE",
    material: "REE",
    year: used,
    shares,
    unallocated: Math.max(0, 1 - named),
    records: [world, ...countries],
    scope: world.scope ?? "",
    note: `mine production ${used}, ${world.edition ?? "single edition"}: countries over the world total ${world.value} t REO${
      mixed.length > 0 ? ` (${mixed.join(", ")})` : ""
    }`,
  };
}

function recordedShares(stage: "SEPARATION" | "MAGNET", material: string, year: number): StageShares {
  const field = stage === "SEPARATION" ? "SEPARATION_SHARE" : "MAGNET_SHARE";
  const chain = stage === "MAGNET" ? ["MAGNET"] : inheritanceChain(material);
  for (const code of chain) {
    // Projections count only for the very year they project; otherwise the latest observed year is used.
    const all = recordsOf(field, (r) => r.element === code && (r.status !== "projection" || r.year === year));
    if (all.length === 0) continue;
    const used = latestYearAtOrBefore(all, year);
    if (used === undefined) {
      throw new NoDataError(
        `No ${field} for ${code} before ${year}; available years: ${yearRanges(all.map((r) => r.year))}`,
      );
    }
    // One scope per year, so shares of different studies are not added together: the one that
    // names most of the output.
    const ofYear = all.filter((r) => r.year === used);
    const byScope = new Map<string, DataRecord[]>();
    for (const r of ofYear) byScope.set(r.scope ?? "", [...(byScope.get(r.scope ?? "") ?? []), r]);
    const sum = (list: DataRecord[]) => list.reduce((total, r) => total + r.value, 0);
    const records = [...byScope.values()].sort((a, b) => sum(b) - sum(a) || b.length - a.length)[0];
    const shares = new Map(records.map((r) => [r.country, r.value] as [string, number]));
    const named = [...shares.values()].reduce((total, share) => total + share, 0);
    const inherited = code !== material ? ` (inherited from ${code})` : "";
    const projection = records.some((r) => r.status === "projection") ? ", a projection" : "";
    return {
      stage,
      material: code,
      year: used,
      shares,
      unallocated: Math.max(0, 1 - named),
      records,
      scope: records[0].scope ?? "",
      note: `${field} ${code} ${used}${inherited}${projection}`,
    };
  }
  throw new NoDataError(`No ${stage} shares for ${material}`);
}

/**
 * World supply shares at a stage, for the latest year with data at or before `year`.
 *
 * @example stageShares("MINE", "REE", 2024).shares.get("CN"); // => 0.7105263157894737 (270,000 / 380,000)
 */
export function stageShares(stage: Stage, material: string, year: number): StageShares {
  if (stage === "MINE") {
    if (material !== "REE") {
      throw new NoDataError(`Mine production is recorded for all rare earths together (REE), not for ${material}`);
    }
    return mineShares(year);
  }
  return recordedShares(stage, material, year);
}
