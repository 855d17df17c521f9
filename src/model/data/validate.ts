/**
 * Integrity checks of the bundled dataset, run by the tests so a broken dataset never ships (it
 * is static, so the add-in does not repeat them at start-up): every record names a known field,
 * unit, element, country and source; shares and quantities name a known scope; values lie in the
 * field's range; keys are unique; revised editions have exactly one preferred record (in the
 * whole and within each scope); grade-D records explain themselves; country production never
 * exceeds the world total of the same edition; shares of one whole (one scope) never add up to
 * more than 1, and partners' tonnages of one scope never to more than the total.
 */
import { findCountry } from "../vocabulary/countries";
import { findApplication, leaves, type ApplicationId } from "../vocabulary/applications";
import { findMaterial } from "../vocabulary/elements";
import { findSector } from "../vocabulary/sectors";
import { findField } from "./fields";
import type { AuthoredProject, AuthoredRecord, DataRecord, Scope, ScopeBasis, Source } from "./types";

/**
 * The fields whose records are shares or quantities of a flow or stock that can be measured in
 * more than one way: each record names its scope. Prices, dates, quotas, policy targets, indices
 * and reserves have one definition each, given by the field.
 */
export const SCOPED_FIELDS: readonly string[] = [
  "IMPORT_SHARE",
  "IMPORTS",
  "IMPORTS_MONTHLY",
  "EXPORTS",
  "MAGNET_EXPORTS_MONTHLY",
  "DEMAND",
  "NET_IMPORT_RELIANCE",
  "MINE_PRODUCTION",
  "SEPARATION_SHARE",
  "MAGNET_SHARE",
  "MAGNET_PRODUCTION",
  "ORIGIN_SHARE",
  "END_USE_SHARE",
  "APPLICATION_CONTENT",
  "ELEMENT_USE_SHARE",
  "SECTOR_OUTPUT",
];

const BASES: readonly ScopeBasis[] = ["customs-volume", "customs-value", "whole-chain", "production", "consumption"];

/** Tolerance for sums of rounded published shares. */
const SHARE_SUM_TOLERANCE = 0.02;

function describe(record: DataRecord): string {
  const period = record.month ? `${record.year}-${String(record.month).padStart(2, "0")}` : `${record.year}`;
  const partner = record.partner ? `<-${record.partner}` : "";
  const edition = record.edition ? ` [${record.edition}]` : "";
  const key = record.application ?? record.sector;
  const application = key ? ` (${key})` : "";
  return `${record.field} ${record.element}${application} ${record.country}${partner} ${period}${edition}`;
}

/** The key that identifies one value, ignoring edition. */
export function seriesKey(
  record: Pick<DataRecord, "field" | "element" | "country" | "partner" | "application" | "sector">,
): string {
  const key = record.application ?? record.sector;
  const application = key ? `|${key}` : "";
  return `${record.field}|${record.element}|${record.country}|${record.partner ?? ""}${application}`;
}

function periodKey(record: DataRecord): string {
  return `${seriesKey(record)}|${record.year}|${record.month ?? ""}`;
}

/** Checks of the scope catalogue itself: unique ids, known bases, HS codes written as such, a description. */
function validateScopes(scopes: readonly Scope[], problems: string[]): Set<string> {
  const ids = new Set<string>();
  for (const scope of scopes) {
    const where = `scope ${scope.id}`;
    if (ids.has(scope.id)) problems.push(`${where} is defined twice`);
    ids.add(scope.id);
    if (!/^[a-z0-9]+([-.][a-z0-9]+)*$/.test(scope.id))
      problems.push(`${where}: id must be lowercase words and numbers joined by - or .`);
    if (BASES.indexOf(scope.basis) < 0) problems.push(`${where}: unknown basis ${String(scope.basis)}`);
    for (const code of scope.hs) {
      if (!/^\d{4}(\.\d{2}){0,2}$/.test(code))
        problems.push(`${where}: HS code "${code}" is not of the form 2846 or 2846.90`);
    }
    if (scope.partYear !== undefined && !scope.partYear.trim()) problems.push(`${where}: partYear is empty`);
    if (!scope.description.trim()) problems.push(`${where}: description is empty`);
  }
  return ids;
}

/** The record of each group that stands for its value: the preferred one, or the only one. */
function standing(records: readonly DataRecord[]): DataRecord | undefined {
  return records.length === 1 ? records[0] : records.find((record) => record.preferred);
}

export function validateDataset(
  records: readonly AuthoredRecord[],
  sources: readonly Source[],
  scopes: readonly Scope[],
): string[] {
  const problems: string[] = [];
  const scopeIds = validateScopes(scopes, problems);
  const usedScopes = new Set<string>();
  const sourceIds = new Set<string>();
  for (const source of sources) {
    if (sourceIds.has(source.id)) problems.push(`source ${source.id} is defined twice`);
    sourceIds.add(source.id);
    if (!/^https?:\/\//.test(source.url)) problems.push(`source ${source.id} has no URL`);
    if (!source.citation.trim()) problems.push(`source ${source.id} has no citation`);
  }

  const byPeriod = new Map<string, DataRecord[]>();
  for (const record of records) {
    const where = describe(record);
    const field = findField(record.field);
    if (!field) {
      problems.push(`${where}: unknown field`);
      continue;
    }
    if (record.unit !== field.unit) problems.push(`${where}: unit "${record.unit}" is not the field's "${field.unit}"`);
    if (!Number.isFinite(record.value) || record.value < field.min || record.value > field.max) {
      problems.push(`${where}: value ${record.value} outside ${field.min}..${field.max}`);
    }
    const material = findMaterial(record.element);
    if (!material || material.code !== record.element) problems.push(`${where}: element must be a canonical code`);
    if (field.elementScope === "none" && record.element !== "REE") problems.push(`${where}: element must be REE`);
    const country = findCountry(record.country);
    if (!country || country.code !== record.country) problems.push(`${where}: country must be a canonical code`);
    if (field.defaultPartner === null && record.partner !== undefined) problems.push(`${where}: field has no partner`);
    if (field.defaultPartner !== null) {
      const partner = record.partner === undefined ? undefined : findCountry(record.partner);
      if (!partner || partner.code !== record.partner) problems.push(`${where}: partner must be a canonical code`);
    }
    if (field.keyedBy === "application") {
      const application = record.application === undefined ? undefined : findApplication(record.application);
      if (!application || application.id !== record.application)
        problems.push(`${where}: application must be a canonical id`);
    } else if (record.application !== undefined) problems.push(`${where}: field has no application`);
    if (field.keyedBy === "sector") {
      const sector = record.sector === undefined ? undefined : findSector(record.sector);
      if (!sector || sector.id !== record.sector) problems.push(`${where}: sector must be a canonical id`);
    } else if (record.sector !== undefined) problems.push(`${where}: field has no sector`);
    const monthly = field.periodicity === "monthly";
    if (monthly !== (record.month !== undefined))
      problems.push(`${where}: month ${monthly ? "missing" : "not allowed"}`);
    if (record.month !== undefined && !(Number.isInteger(record.month) && record.month >= 1 && record.month <= 12)) {
      problems.push(`${where}: month must be 1-12`);
    }
    if (!Number.isInteger(record.year) || record.year < 1900 || record.year > 2100) problems.push(`${where}: bad year`);
    if (!sourceIds.has(record.source)) problems.push(`${where}: unknown source ${record.source}`);
    if (record.scope !== undefined) {
      usedScopes.add(record.scope);
      if (!scopeIds.has(record.scope)) problems.push(`${where}: unknown scope ${record.scope}`);
    } else if (SCOPED_FIELDS.indexOf(record.field) >= 0) {
      problems.push(`${where}: a ${record.field} record must name its scope`);
    }
    if (record.grade === "D" && !(record.note && /[=÷×/*+-]|from|derived/i.test(record.note))) {
      problems.push(`${where}: grade D needs a note with its formula and inputs`);
    }
    const key = periodKey(record);
    byPeriod.set(key, [...(byPeriod.get(key) ?? []), record]);
  }

  for (const [key, group] of byPeriod) {
    const editions = group.map((record) => record.edition ?? "");
    if (new Set(editions).size !== editions.length) problems.push(`${key}: duplicate record`);
    if (group.length > 1) {
      if (group.some((record) => !record.edition)) problems.push(`${key}: several records need an edition each`);
      const preferred = group.filter((record) => record.preferred).length;
      if (preferred !== 1)
        problems.push(`${key}: ${group.length} editions need exactly one preferred, found ${preferred}`);
      // Within a scope too, one record stands for the value: the model reads series by scope.
      for (const scope of new Set(group.map((record) => record.scope))) {
        const ofScope = group.filter((record) => record.scope === scope);
        if (ofScope.length > 1 && !standing(ofScope)) {
          problems.push(`${key}: ${ofScope.length} records of scope ${scope ?? "(none)"} and none of them preferred`);
        }
      }
    }
  }
  for (const scope of scopes) {
    if (!usedScopes.has(scope.id)) problems.push(`scope ${scope.id} is named by no record`);
  }

  // Country production within the world total of the same year and edition.
  const production = records.filter((record) => record.field === "MINE_PRODUCTION");
  for (const world of production.filter((record) => record.country === "WORLD")) {
    const parts = production.filter(
      (record) =>
        record.country !== "WORLD" &&
        record.element === world.element &&
        record.year === world.year &&
        (record.edition ?? "") === (world.edition ?? ""),
    );
    for (const part of parts) {
      if (part.value > world.value)
        problems.push(`${describe(part)}: ${part.value} exceeds the world total ${world.value}`);
    }
    const sum = parts.reduce((total, part) => total + part.value, 0);
    if (sum > world.value * (1 + SHARE_SUM_TOLERANCE)) {
      problems.push(`${describe(world)}: countries add up to ${sum}, more than the world total ${world.value}`);
    }
  }

  for (const [whole, sum] of shareSums(records)) {
    if (sum > 1 + SHARE_SUM_TOLERANCE) problems.push(`${whole}: shares add up to ${sum.toFixed(3)}`);
  }
  // An end-use split counts each use once: never an application together with one of its parts.
  const applicationsOf = new Map<string, ApplicationId[]>();
  for (const record of standingRecords(records)) {
    if (record.field !== "END_USE_SHARE" || !record.application) continue;
    const whole = shareWhole(record);
    applicationsOf.set(whole, [...(applicationsOf.get(whole) ?? []), record.application as ApplicationId]);
  }
  for (const [whole, ids] of applicationsOf) {
    for (const id of ids) {
      const parts = leaves(id).filter((part) => part !== id && ids.indexOf(part) >= 0);
      if (parts.length > 0) problems.push(`${whole}: ${id} is given together with its part ${parts.join(", ")}`);
    }
  }
  for (const [whole, { parts, total }] of tonnageSums(records)) {
    if (parts > total * (1 + SHARE_SUM_TOLERANCE)) {
      problems.push(`${whole}: partners add up to ${parts} t, more than the total ${total} t`);
    }
  }
  return problems;
}

/** The records standing for each value (one per series and period, within each scope). */
function standingRecords(records: readonly DataRecord[]): DataRecord[] {
  const groups = new Map<string, DataRecord[]>();
  for (const record of records) {
    const key = `${periodKey(record)}|${record.scope ?? ""}`;
    groups.set(key, [...(groups.get(key) ?? []), record]);
  }
  return [...groups.values()].map(standing).filter((record): record is DataRecord => record !== undefined);
}

/**
 * The sum of each whole's shares: partners of one importer's imports (IMPORT_SHARE) or of one
 * exporter's exports (ORIGIN_SHARE), countries of world output (the other share fields), each of
 * one scope and year, counting one record per partner or country.
 */
export function shareSums(records: readonly DataRecord[]): Map<string, number> {
  const sums = new Map<string, number>();
  for (const record of standingRecords(records)) {
    if (
      findField(record.field)?.unit !== "share" ||
      record.field === "NET_IMPORT_RELIANCE" ||
      record.field === "EOL_RIR"
    )
      continue;
    const whole = shareWhole(record);
    sums.set(whole, (sums.get(whole) ?? 0) + record.value);
  }
  return sums;
}

/**
 * The whole a share record is a part of, within one scope and year: the partners of one
 * importer's imports (IMPORT_SHARE) or one exporter's exports (ORIGIN_SHARE), the applications of
 * one importer's use (END_USE_SHARE) or of its use of one element (ELEMENT_USE_SHARE), the
 * elements of one application's rare earths (APPLICATION_CONTENT), one sector's value-added ratio
 * (SECTOR_VA_RATIO, a whole of its own), or the countries of world output (the other share fields).
 */
function shareWhole(record: DataRecord): string {
  const tail = `${record.year}|${record.scope ?? ""}`;
  switch (record.field) {
    case "IMPORT_SHARE":
    case "ORIGIN_SHARE":
    case "END_USE_SHARE":
      return `${record.field}|${record.element}|${record.country}|${tail}`;
    case "APPLICATION_CONTENT":
      return `${record.field}|${record.application ?? ""}|${record.country}|${tail}`;
    case "ELEMENT_USE_SHARE":
      return `${record.field}|${record.element}|${record.country}|${tail}`;
    case "SECTOR_VA_RATIO":
      // A ratio of each sector's own output: every record is a whole of its own.
      return `${record.field}|${record.sector ?? ""}|${record.country}|${tail}`;
    default:
      return `${record.field}|${record.element}|${tail}`;
  }
}

/**
 * For trade tonnages with a total (partner WORLD) of the same scope and period: the sum of the
 * partners' tonnages and the total.
 */
function tonnageSums(records: readonly DataRecord[]): Map<string, { parts: number; total: number }> {
  const groups = new Map<string, { parts: number; total?: number }>();
  for (const record of standingRecords(records)) {
    if (findField(record.field)?.defaultPartner === null || findField(record.field)?.unit === "share") continue;
    const whole = `${record.field}|${record.element}|${record.country}|${record.year}|${record.month ?? ""}|${record.scope ?? ""}`;
    const group = groups.get(whole) ?? { parts: 0 };
    if (record.partner === "WORLD") group.total = record.value;
    else group.parts += record.value;
    groups.set(whole, group);
  }
  const sums = new Map<string, { parts: number; total: number }>();
  for (const [whole, group] of groups)
    if (group.total !== undefined) sums.set(whole, { parts: group.parts, total: group.total });
  return sums;
}

/** Checks of the supply pipeline: known codes and sources, sensible numbers, unique ids. */
export function validateProjects(projects: readonly AuthoredProject[], sources: readonly Source[]): string[] {
  const problems: string[] = [];
  const sourceIds = new Set(sources.map((source) => source.id));
  const ids = new Set<string>();
  for (const project of projects) {
    const where = `project ${project.id}`;
    if (ids.has(project.id)) problems.push(`${where}: id used twice`);
    ids.add(project.id);
    if (!sourceIds.has(project.source)) problems.push(`${where}: unknown source ${project.source}`);
    if (findCountry(project.country)?.code !== project.country)
      problems.push(`${where}: country must be a canonical code`);
    if (findMaterial(project.element)?.code !== project.element)
      problems.push(`${where}: element must be a canonical code`);
    if (project.capacity !== null && !(Number.isFinite(project.capacity) && project.capacity > 0)) {
      problems.push(`${where}: capacity must be positive or null`);
    }
    if (project.japanShare !== null && !(project.japanShare >= 0 && project.japanShare <= 1)) {
      problems.push(`${where}: japanShare must be 0-1 or null`);
    }
    if (
      project.startYear !== null &&
      !(Number.isInteger(project.startYear) && project.startYear >= 1950 && project.startYear <= 2100)
    ) {
      problems.push(`${where}: bad startYear`);
    }
    if (project.startYear === null && project.status === "operating")
      problems.push(`${where}: an operating plant needs a startYear`);
    if (!project.note.trim()) problems.push(`${where}: note is empty`);
    const cover = project.japanDemandCover;
    if (cover) {
      if (!(cover.share > 0 && cover.share <= 1)) problems.push(`${where}: japanDemandCover share must be in (0, 1]`);
      if (!sourceIds.has(cover.source)) problems.push(`${where}: unknown source ${cover.source}`);
      for (const element of cover.elements) {
        if (findMaterial(element)?.kind !== "element") problems.push(`${where}: japanDemandCover element ${element}`);
      }
    }
  }
  return problems;
}
