/**
 * Economic loss by end-use sector (docs/METHODS.md, "Economic loss by sector"). For an importer
 * and a material (an element, NdPr, a group, all rare earths or MAGNET) with yearly demand X:
 *
 *   tonnes(a)      the material's yearly use in application a: the element-demand derivation's own
 *                  split (end-use share × T × content, docs/METHODS.md "Element demand"); for an
 *                  element whose demand the importer publishes, that figure × ELEMENT_USE_SHARE(a);
 *                  magnets imported from China count in MAGNETS
 *   tonnes(s)      Σ over the applications a of sector s (`vocabulary/sectors.ts`) of tonnes(a),
 *                  an application's tonnes split among its sectors in proportion to their output
 *   share(s)       tonnes(s) ÷ X; what no sector carries is "not attributed"
 *   Y(s)           the sector's yearly output of the products that contain the application
 *                  (SECTOR_OUTPUT, input–output tables), USD
 *   φ              the share of that output that stops when the material is missing: 1 (the whole
 *                  product; Leontief, no substitution within the horizon), range 0.118 (only the
 *                  rare-earth-bearing components stop) to 1
 *   v(s)           output at risk per tonne in sector s = φ × Y(s) ÷ tonnes(s)
 *
 * A run with cumulative unmet demand U loses, in sector s, U × share(s) × v(s) = (U ÷ X) × φ × Y(s):
 * each sector gives up the same fraction of its output as the material goes unmet (proportional
 * rationing, no sector served first), and a sector counts once however many of the material's
 * applications it embodies. Value added lost = output loss × the sector's value-added ratio.
 * The output at risk per tonne of the whole material, Σ_s share(s) × v(s) = φ × Σ_s Y(s) ÷ X, is the
 * run's `output_value_per_t`: a tonne of an element used by a few high-value products (Dy, in
 * magnets) costs more than a tonne of one used in bulk (Ce, in polishing and catalysts).
 */
import { NoDataError } from "../errors";
import { latestYearAtOrBefore, recordsOf } from "../data/select";
import type { DataRecord } from "../data/types";
import { demandTable, elementDemand, MAGNET_RARE_EARTH_SHARE, type DemandTable } from "../demand/element-demand";
import { MAGNET_COMPOSITION } from "../dependency/materials";
import { leaves, type ApplicationId } from "../vocabulary/applications";
import { elementsOf, findMaterial } from "../vocabulary/elements";
import { SECTORS, sectorsOf, type Sector } from "../vocabulary/sectors";

/**
 * The share of a sector's output that stops when its rare-earth input is missing: the whole
 * product (mode and maximum), down to the rare-earth-bearing components alone (minimum: the
 * electrical equipment of engines, 2,419,179 mn yen, over vehicle output, 20,548,989 mn yen, in
 * the 2015 input-output tables). The mode follows what happened in 2025: Suzuki stopped building
 * the Swift, not just its motors, when magnets were short.
 */
export const STOP_SHARE = { min: 2419179 / 20548989, mode: 1, max: 1 } as const;

export interface SectorExposure {
  readonly sector: Sector;
  /** Share of the material's yearly use that goes to the sector. */
  readonly share: number;
  /** The material's yearly use in the sector, t. */
  readonly tonnes: number;
  /** Output of the sector's products that contain rare earths, USD per year. */
  readonly output: number;
  readonly vaRatio: number;
  /** Output at risk per tonne of the material in this sector, USD/t (φ = 1). */
  readonly perTonne: number;
  readonly applications: readonly ApplicationId[];
  readonly records: readonly DataRecord[];
}

export interface LossBasis {
  readonly importer: string;
  readonly material: string;
  /** The demand year. */
  readonly year: number;
  /** Yearly demand of the material, t (REE.SHOCK's demand). */
  readonly demand: number;
  readonly sectors: readonly SectorExposure[];
  /** Share of the material's use that no sector carries. */
  readonly unattributed: number;
  /** What the unattributed share is made of, in words. */
  readonly unattributedUses: readonly string[];
  /** Output at risk per tonne of the material: φ × Σ Y ÷ X, at φ's mode, minimum and maximum. */
  readonly perTonne: { readonly value: number; readonly min: number; readonly max: number };
  readonly steps: readonly string[];
}

const fmt = (value: number) => String(Math.round(value * 10000) / 10000);
const t = (value: number) => `${Math.round(value).toLocaleString("en-US")} t`;
const usd = (value: number) => `USD ${(value / 1e9).toFixed(2)} bn`;

/** Importers with sector data. */
function importersWithSectors(): string[] {
  return [...new Set(recordsOf("SECTOR_OUTPUT", () => true).map((r) => r.country))].sort();
}

/** The importer's latest record of a sector field, per sector. */
function sectorRecords(field: string, importer: string): Map<string, DataRecord> {
  const bySector = new Map<string, DataRecord>();
  for (const r of recordsOf(field, (r) => r.country === importer)) {
    const held = bySector.get(r.sector as string);
    if (!held || r.year > held.year) bySector.set(r.sector as string, r);
  }
  return bySector;
}

/** The applications of a published element figure: ELEMENT_USE_SHARE in or before the year, else the earliest. */
function elementUses(importer: string, code: string, year: number): DataRecord[] {
  const records = recordsOf("ELEMENT_USE_SHARE", (r) => r.country === importer && r.element === code);
  if (records.length === 0) return [];
  const at = latestYearAtOrBefore(records, year) ?? Math.min(...records.map((r) => r.year));
  return records.filter((r) => r.year === at);
}

/** The codes of the demand table a material is made of (NdPr once for Nd and Pr). */
function codesOf(material: string, table: DemandTable): string[] {
  if (material === "REE") return [...table.parts.keys()];
  if (material === "MAGNET") return MAGNET_COMPOSITION.map((p) => p.material as string);
  const resolved = findMaterial(material);
  if (!resolved || resolved.kind === "element" || material === "NDPR") return [material];
  const members = elementsOf(resolved).map((e) => e.symbol as string);
  const codes = members.filter((m) => m !== "Nd" && m !== "Pr");
  if (members.indexOf("Nd") >= 0) codes.push("NDPR");
  return codes;
}

function magnetWeight(code: string): number {
  const part = MAGNET_COMPOSITION.find((p) => p.material === code);
  return part ? part.weight / 100 : 0;
}

/** The material's yearly use by application, with what is not attributed to an application. */
function useByApplication(
  importer: string,
  material: string,
  table: DemandTable,
): { byApplication: Map<ApplicationId, number>; loose: Map<string, number>; records: DataRecord[]; steps: string[] } {
  const byApplication = new Map<ApplicationId, number>();
  const loose = new Map<string, number>();
  const records: DataRecord[] = [];
  const steps: string[] = [];
  const add = (a: ApplicationId, tonnes: number) => byApplication.set(a, (byApplication.get(a) ?? 0) + tonnes);
  const M = table.magnets?.tonnes ?? 0;
  for (const code of codesOf(material, table)) {
    const part = table.parts.get(code);
    if (part && part.how === "derived") {
      // The derivation's own pairs: an end-use share and the application's content of the element.
      const pairs: Array<{ a: ApplicationId; w: number }> = [];
      for (let i = 0; i + 1 < part.records.length; i += 2) {
        const share = part.records[i];
        const content = part.records[i + 1];
        pairs.push({ a: share.application as ApplicationId, w: share.value * content.value });
      }
      const sum = pairs.reduce((s, p) => s + p.w, 0);
      for (const p of pairs) add(p.a, (part.tonnes * p.w) / sum);
      steps.push(`${code} ${t(part.tonnes)}: by the derivation, ${pairs.map((p) => p.a).join(", ")}`);
    } else if (part) {
      const uses = elementUses(importer, code, table.year);
      records.push(...uses);
      const named = uses.reduce((s, r) => s + r.value, 0);
      for (const r of uses) add(r.application as ApplicationId, part.tonnes * r.value);
      if (named < 1 - 1e-9) loose.set(`${code} (no uses sourced)`, part.tonnes * (1 - named));
      steps.push(
        uses.length > 0
          ? `${code} ${t(part.tonnes)} (published): ${uses.map((r) => `${r.application} ${fmt(r.value)}`).join(", ")} (ELEMENT_USE_SHARE ${uses[0].year})`
          : `${code} ${t(part.tonnes)} (published): no uses sourced, not attributed`,
      );
    }
    const inMagnets = material === "REE" ? 0 : M * magnetWeight(code);
    if (inMagnets > 0) add("MAGNETS", inMagnets);
  }
  if (material === "REE") {
    const partsSum = [...table.parts.values()].reduce((s, p) => s + p.tonnes, 0);
    const rest = table.total.value - partsSum;
    if (rest > 0.5) loose.set("rare earths not attributed to an element", rest);
    if (M > 0) add("MAGNETS", M * MAGNET_RARE_EARTH_SHARE);
  }
  if (M > 0 && (material === "REE" || codesOf(material, table).some((c) => magnetWeight(c) > 0))) {
    steps.push(`magnets imported from China (${t(M)} of magnet) count in MAGNETS`);
  }
  return { byApplication, loose, records, steps };
}

const cache = new Map<string, LossBasis>();

/**
 * The loss basis of an importer and material in the latest demand year at or before `year`
 * (null: the latest).
 *
 * @example lossBasis("JP", "Dy", 2024).sectors.map((s) => s.sector.id); // => ["MOTOR_VEHICLES", "MOTORS_APPLIANCES", "ELECTRONICS", "ROBOTS"]
 */
export function lossBasis(importer: string, material: string, year: number | null): LossBasis {
  const outputs = sectorRecords("SECTOR_OUTPUT", importer);
  if (outputs.size === 0) {
    throw new NoDataError(
      `No sector data for ${importer}: the loss model needs each end-use sector's output from input-output tables, sourced for ${importersWithSectors().join(", ")} only; set output_value_per_t in options to value a tonne yourself`,
    );
  }
  const demand = elementDemand(importer, material, year ?? 2100);
  const key = `${importer}|${demand.material}|${demand.year}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const table = demandTable(importer, year ?? 2100);
  const ratios = sectorRecords("SECTOR_VA_RATIO", importer);
  const use = useByApplication(importer, demand.material, table);

  const tonnesOf = new Map<Sector, { tonnes: number; applications: ApplicationId[] }>();
  const loose = new Map(use.loose);
  for (const [application, tonnes] of use.byApplication) {
    // An application reported with its parts (USGS's "catalysts": FCC and auto catalysts) reaches
    // sectors only if every part does: with a part that no sector carries and no split between
    // the parts, its tonnes cannot be placed, and giving them all to the other part's sectors
    // would overstate those sectors.
    const parts = leaves(application);
    const uncarried = parts.filter((part) => !sectorsOf(part).some((s) => outputs.has(s.id)));
    const sectors = uncarried.length === 0 ? sectorsOf(application, parts).filter((s) => outputs.has(s.id)) : [];
    if (sectors.length === 0) {
      const why =
        uncarried.length < parts.length
          ? `${application} (${uncarried.join(", ")} has no sector and the parts are not split)`
          : `${application} (no sector)`;
      loose.set(why, (loose.get(why) ?? 0) + tonnes);
      continue;
    }
    const total = sectors.reduce((s, sector) => s + (outputs.get(sector.id) as DataRecord).value, 0);
    for (const sector of sectors) {
      const entry = tonnesOf.get(sector) ?? { tonnes: 0, applications: [] };
      entry.tonnes += (tonnes * (outputs.get(sector.id) as DataRecord).value) / total;
      if (entry.applications.indexOf(application) < 0) entry.applications.push(application);
      tonnesOf.set(sector, entry);
    }
  }
  if (tonnesOf.size === 0) {
    throw new NoDataError(
      `No end-use sector of ${importer}'s data uses ${demand.material}: ${[...loose.keys()].join(", ") || "its uses are not sourced"}`,
    );
  }
  const X = demand.total;
  const sectors: SectorExposure[] = SECTORS.filter((s) => tonnesOf.has(s)).map((sector) => {
    const { tonnes, applications } = tonnesOf.get(sector) as { tonnes: number; applications: ApplicationId[] };
    const out = outputs.get(sector.id) as DataRecord;
    const ratio = ratios.get(sector.id);
    if (!ratio) throw new Error(`no SECTOR_VA_RATIO for ${importer} ${sector.id}`);
    return {
      sector,
      share: tonnes / X,
      tonnes,
      output: out.value,
      vaRatio: ratio.value,
      perTonne: out.value / tonnes,
      applications,
      records: [out, ratio],
    };
  });
  const attributed = sectors.reduce((s, x) => s + x.share, 0);
  const totalOutput = sectors.reduce((s, x) => s + x.output, 0);
  const perTonne = (totalOutput * STOP_SHARE.mode) / X;
  const basis: LossBasis = {
    importer,
    material: demand.material,
    year: demand.year,
    demand: X,
    sectors,
    unattributed: Math.max(0, 1 - attributed),
    unattributedUses: [...loose.keys()],
    perTonne: {
      value: perTonne,
      min: (totalOutput * STOP_SHARE.min) / X,
      max: (totalOutput * STOP_SHARE.max) / X,
    },
    steps: [
      `demand ${t(X)}/yr of ${demand.material} (${demand.year})`,
      ...use.steps,
      ...sectors.map(
        (s) =>
          `${s.sector.id}: share ${fmt(s.share)} (${s.applications.join(", ")}), output ${usd(s.output)}/yr (${s.records[0].year}), value added ${fmt(s.vaRatio)} of output: USD ${(s.perTonne / 1e6).toFixed(2)} m per tonne used`,
      ),
      ...(attributed < 1 - 0.005
        ? [
            `not attributed to a sector: ${fmt(1 - attributed)} of the use (${[...loose.keys()].join(", ")}): no loss counted for it`,
          ]
        : []),
      `output at risk per tonne = ${STOP_SHARE.mode} x ${usd(totalOutput)} / ${t(X)} = USD ${(perTonne / 1e6).toFixed(2)} m/t (range ${((totalOutput * STOP_SHARE.min) / X / 1e6).toFixed(2)}-${((totalOutput * STOP_SHARE.max) / X / 1e6).toFixed(2)})`,
    ],
  };
  if (cache.size > 200) cache.clear();
  cache.set(key, basis);
  return basis;
}
