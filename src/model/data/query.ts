/**
 * Answers questions of the bundled data exactly as asked (SPEC sections 3-5): a field, an element,
 * a country (or the field's default), a partner for trade fields, a year (or the latest with
 * data) and an edition (or the preferred one). A question the data cannot answer raises
 * `NoDataError` saying what is missing and what is available; a malformed one `InvalidInputError`.
 */
import { InvalidInputError, NoDataError } from "../errors";
import { APPLICATIONS } from "../vocabulary/applications";
import { SECTORS } from "../vocabulary/sectors";
import { DATASET } from "./index";
import type { DataRecord, FieldDefinition } from "./types";
import { seriesKey } from "./validate";
import { yearRanges } from "./year-ranges";

export interface DataQuery {
  readonly field: FieldDefinition;
  /** Element symbol or group code, already resolved from the user's text. */
  readonly element: string;
  /** Country code, or null for the field's default. */
  readonly country: string | null;
  /** Partner country code, or null for the field's default. */
  readonly partner: string | null;
  /** Exact year, or null for the latest year with data. */
  readonly year: number | null;
  /** Edition label (case-insensitive), or null for the preferred record. */
  readonly edition: string | null;
}

export interface DataAnswer {
  /**
   * One record for an annual field; one per month, in order, for a monthly field; one per
   * application (or sector), in the vocabulary's order, for a field keyed by application (or sector).
   */
  readonly records: readonly DataRecord[];
  /** Other editions of the same value (annual fields), for REE.SOURCE. */
  readonly alternatives: readonly DataRecord[];
  readonly year: number;
}

let seriesIndex: Map<string, DataRecord[]> | undefined;

/** Records by series (field, element, country, partner), built on first use. */
function series(): Map<string, DataRecord[]> {
  if (!seriesIndex) {
    seriesIndex = new Map();
    for (const record of DATASET.records) {
      const key = seriesKey(record);
      const list = seriesIndex.get(key);
      if (list) list.push(record);
      else seriesIndex.set(key, [record]);
    }
  }
  return seriesIndex;
}

/** Every application's (or sector's) records of a keyed field, for one element and country. */
function applicationSeries(field: string, element: string, country: string): DataRecord[] | undefined {
  const records = DATASET.records.filter(
    (record) => record.field === field && record.element === element && record.country === country,
  );
  return records.length > 0 ? records : undefined;
}

function distinctSorted(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}

function label(query: DataQuery, country: string, partner: string | undefined): string {
  const trade = partner ? ` from ${partner}` : "";
  return `${query.field.id} for ${query.element} in ${country}${trade}`;
}

/** Explains which series of the field exist, when the one asked for does not. */
function missingSeries(query: DataQuery, country: string, partner: string | undefined): NoDataError {
  const records = DATASET.records.filter((record) => record.field === query.field.id);
  const sameCountry = records.filter((record) => record.country === country && record.partner === partner);
  const sameElement = records.filter((record) => record.element === query.element);
  let available: string;
  if (sameCountry.length > 0) {
    available = `available elements: ${distinctSorted(sameCountry.map((record) => record.element)).join(", ")}`;
  } else if (sameElement.length > 0 && query.field.defaultPartner !== null) {
    const pairs = sameElement.map((record) => `${record.country} from ${record.partner}`);
    available = `available: ${distinctSorted(pairs).join(", ")}`;
  } else if (sameElement.length > 0) {
    available = `available countries: ${distinctSorted(sameElement.map((record) => record.country)).join(", ")}`;
  } else {
    available = `available elements: ${distinctSorted(records.map((record) => record.element)).join(", ")}`;
  }
  return new NoDataError(`No ${label(query, country, partner)}; ${available}`);
}

function pickEdition(candidates: readonly DataRecord[], edition: string | null, what: string): DataRecord {
  if (edition !== null) {
    const wanted = edition.trim().toUpperCase();
    const match = candidates.find((record) => (record.edition ?? "").toUpperCase() === wanted);
    if (match) return match;
    const editions = distinctSorted(candidates.map((record) => record.edition ?? "(none)"));
    throw new NoDataError(`No edition "${edition}" of ${what}; available editions: ${editions.join(", ")}`);
  }
  return candidates.length === 1 ? candidates[0] : (candidates.find((record) => record.preferred) ?? candidates[0]);
}

/**
 * Looks a value up.
 *
 * @example queryData({ field: findField("MINE_PRODUCTION")!, element: "REE", country: "CN", partner: null, year: 2024, edition: null }).records[0].value; // => 270000
 */
export function queryData(query: DataQuery): DataAnswer {
  const { field } = query;
  const country = query.country ?? field.defaultCountry;
  if (country === null) {
    throw new InvalidInputError(`REE.DATA: country is required for ${field.id}: use REE.COUNTRIES()`);
  }
  if (field.defaultPartner === null && query.partner !== null) {
    throw new InvalidInputError(`${field.id} has no partner country: leave partner empty`);
  }
  const partner = field.defaultPartner === null ? undefined : (query.partner ?? field.defaultPartner);
  const element = field.elementScope === "none" ? "REE" : query.element;
  const all =
    field.keyedBy !== undefined
      ? applicationSeries(field.id, element, country)
      : series().get(seriesKey({ field: field.id, element, country, partner }));
  if (!all) throw missingSeries({ ...query, element }, country, partner);

  const years = all.map((record) => record.year);
  const year = query.year ?? Math.max(...years);
  const ofYear = all.filter((record) => record.year === year);
  const what = `${label({ ...query, element }, country, partner)} in ${year}`;
  if (ofYear.length === 0) {
    throw new NoDataError(`No ${what}; available years: ${yearRanges(years)}`);
  }
  if (field.keyedBy !== undefined) {
    const keyOf = (r: DataRecord) => (field.keyedBy === "sector" ? r.sector : r.application);
    const keys = field.keyedBy === "sector" ? SECTORS.map((s) => s.id) : APPLICATIONS.map((a) => a.id);
    const records = keys
      .map((key) => ofYear.filter((r) => keyOf(r) === key))
      .filter((candidates) => candidates.length > 0)
      .map((candidates) => pickEdition(candidates, query.edition, `${what} (${keyOf(candidates[0])})`));
    return { records, alternatives: [], year };
  }
  if (field.periodicity === "monthly") {
    const months = distinctSorted(ofYear.map((record) => String(record.month).padStart(2, "0"))).map(Number);
    const records = months.map((month) =>
      pickEdition(
        ofYear.filter((record) => record.month === month),
        query.edition,
        what,
      ),
    );
    return { records, alternatives: [], year };
  }
  const record = pickEdition(ofYear, query.edition, what);
  return { records: [record], alternatives: ofYear.filter((other) => other !== record), year };
}
