/**
 * The diversification path (SPEC section 6): how an importer's dependency on China falls after the
 * last data year as contracted non-China projects start. Future dependency = China's remaining
 * share of the importer's demand:
 *
 *   share(y) = max(0, share(y0) × D − A(y)) / D
 *
 * with y0 the last data year, D the importer's demand of the material in the latest data year
 * (held flat), and A(y) the tonnage that projects starting after y0 deliver to the importer in
 * year y: share contracted to the importer × capacity × ramp, or, where a source states it so,
 * a share of the importer's demand × ramp. Ramp: half in the first year, full from the second
 * (judgement from Lynas, 2011-2013: first shipments to Japan in 2011, over 9 kt/yr by 2013).
 * `DELAYED` moves every start by `delay_years`; `NONE` holds share(y0).
 * Only Japan has contracted shares in the data, so other importers have no path: their dependency
 * holds the latest value of its scope (`dependency.ts`), and says so.
 */
import { InvalidInputError, NoDataError } from "../errors";
import { DATASET } from "../data/index";
import type { SupplyProject } from "../data/types";
import { elementDemand } from "../demand/element-demand";
import { annualDemand } from "./demand";
import { elementsOf, findMaterial } from "../vocabulary/elements";

export type PathKind = "ON_TRACK" | "DELAYED" | "NONE";

export interface PathOptions {
  readonly path: PathKind;
  /** Years by which `DELAYED` moves every project start (default 2). */
  readonly delayYears: number;
}

export const DEFAULT_PATH: PathOptions = { path: "ON_TRACK", delayYears: 2 };

/** The last year the path is projected to: the pipeline in the data reaches 2029; a few years beyond is the honest limit. */
export const PATH_END = 2035;
export const RAMP_YEARS = 2;

/** The importers with contracted non-China supply in the data, whose China share follows a path. */
const PATH_IMPORTERS: readonly string[] = ["JP"];

/**
 * Whether the importer's future China share follows a diversification path.
 *
 * @example hasPath("US"); // => false (no contracted supply shares recorded)
 */
export function hasPath(importer: string): boolean {
  return PATH_IMPORTERS.indexOf(importer) >= 0;
}

export interface PathResult {
  readonly share: number;
  readonly steps: readonly string[];
}

/** Fraction of a project's full contribution delivered in year y, given its (possibly delayed) start. */
export function rampFraction(start: number, year: number): number {
  if (year < start) return 0;
  return Math.min(1, (year - start + 1) / RAMP_YEARS);
}

function memberSet(code: string): Set<string> {
  const material = findMaterial(code);
  return new Set(material ? elementsOf(material).map((e) => e.symbol) : []);
}

interface Contribution {
  readonly project: SupplyProject;
  readonly tonnes: number;
  readonly text: string;
}

function contributions(
  importer: string,
  material: string,
  baseYear: number,
  year: number,
  options: PathOptions,
): Contribution[] {
  if (!hasPath(importer)) return [];
  const members = memberSet(material);
  const delay = options.path === "DELAYED" ? options.delayYears : 0;
  const result: Contribution[] = [];
  for (const project of DATASET.projects) {
    if (project.startYear === null) continue;
    const start = project.startYear + delay;
    if (project.startYear <= baseYear) continue; // already part of the base year's sourcing
    const ramp = rampFraction(start, year);
    if (ramp === 0) continue;
    const cover = project.japanDemandCover;
    if (cover) {
      const elements = cover.elements.filter((e) => members.has(e));
      let tonnes = 0;
      for (const element of elements) {
        // The element's demand as derived from the data (docs/METHODS.md, "Element demand").
        const demand = elementDemandOrNull(importer, element, year);
        if (demand) tonnes += cover.share * demand * ramp;
      }
      if (tonnes > 0) {
        result.push({
          project,
          tonnes,
          text: `${project.name}: ${Math.round(cover.share * 100)}% of Japan's ${elements.join("+")} demand from ${start}, ramp ${ramp} -> ${Math.round(tonnes)} t`,
        });
      }
      continue;
    }
    if (project.japanShare === null || project.capacity === null || project.unit === "t magnet/yr") continue;
    const projectMembers = memberSet(project.element);
    if (![...projectMembers].every((e) => members.has(e))) continue;
    const tonnes = project.japanShare * project.capacity * ramp;
    result.push({
      project,
      tonnes,
      text: `${project.name}: ${project.japanShare} x ${project.capacity} t/yr from ${start}, ramp ${ramp} -> ${Math.round(tonnes)} t`,
    });
  }
  return result;
}

/** The materials demand of an element, or null where the data give no basis for it. */
function elementDemandOrNull(importer: string, element: string, year: number): number | null {
  try {
    return elementDemand(importer, element, year).materials || null;
  } catch (error) {
    if (error instanceof NoDataError) return null;
    throw error;
  }
}

/**
 * Projects the China share of an importer's supply of a material from the base year to `year`.
 *
 * @example projectShare("JP", "Dy", 1, 2024, 2027, DEFAULT_PATH).share; // => 0.7 (Lynas covers 30% of Japan's Dy demand)
 */
export function projectShare(
  importer: string,
  material: string,
  baseShare: number,
  baseYear: number,
  year: number,
  options: PathOptions,
): PathResult {
  if (year > PATH_END) {
    throw new NoDataError(`The diversification path ends in ${PATH_END}; ${year} is beyond it`);
  }
  if (options.delayYears < 0) throw new InvalidInputError(`delay_years must be 0 or more, got ${options.delayYears}`);
  const steps = [`base: ${round(baseShare)} in ${baseYear}`];
  if (options.path === "NONE") {
    steps.push("path NONE: the base year's share is held");
    return { share: baseShare, steps };
  }
  if (!hasPath(importer)) {
    throw new NoDataError(
      `No diversification path for ${importer}: the data has contracted supply shares for JP only; the ${baseYear} share holds`,
    );
  }
  // Pr and Nd move with NdPr: the sources give their demand and the projects their supply as NdPr.
  const resolved = findMaterial(material)?.code ?? material;
  const code = resolved === "Nd" || resolved === "Pr" ? "NDPR" : resolved;
  const added = contributions(importer, code, baseYear, year, options);
  const total = added.reduce((sum, c) => sum + c.tonnes, 0);
  // The demand matters only when a project adds supply; without one the base share holds, even for
  // an element whose demand the data give no basis for (docs/METHODS.md, "Element demand").
  let D: number | null = null;
  try {
    const demand = elementDemand(importer, code, baseYear);
    D = annualDemand(importer, code, baseYear).value;
    steps.push(`demand ${Math.round(D)} t (${code}, ${demand.year} grade ${demand.grade}) held flat`);
  } catch (error) {
    if (!(error instanceof NoDataError) || added.length > 0) throw error;
    steps.push(`no demand figure for ${code} (${error.message}); none is needed, as no project adds supply`);
  }
  steps.push(
    options.path === "DELAYED"
      ? `path DELAYED: project starts moved by ${options.delayYears} years`
      : "path ON_TRACK: project starts as announced",
  );
  if (added.length === 0) steps.push("no contracted non-China project adds supply by this year");
  for (const c of added) steps.push(c.text);
  if (D === null) return { share: baseShare, steps };
  const share = Math.max(0, baseShare * D - total) / D;
  steps.push(
    `share = max(0, ${round(baseShare)} x ${Math.round(D)} - ${Math.round(total)}) / ${Math.round(D)} = ${round(share)}`,
  );
  return { share, steps };
}

function round(value: number): string {
  return String(Math.round(value * 10000) / 10000);
}
