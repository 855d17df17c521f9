/**
 * Selections of records that the model (not REE.DATA) makes: the records that stand for a value
 * (the preferred edition, or the only one), and the latest year at or before a given year.
 * The model follows SPEC section 3: where a series has no value for the year asked, it uses the
 * latest earlier year and says so.
 */
import { DATASET } from "./index";
import type { DataRecord } from "./types";
import { seriesKey } from "./validate";

/** Keeps, for each (series, year, month), the preferred record or the only one. */
export function defaultRecords(records: readonly DataRecord[]): DataRecord[] {
  const counts = new Map<string, number>();
  const key = (record: DataRecord) => `${seriesKey(record)}|${record.year}|${record.month ?? ""}`;
  for (const record of records) counts.set(key(record), (counts.get(key(record)) ?? 0) + 1);
  return records.filter((record) => record.preferred || counts.get(key(record)) === 1);
}

/** Default records of a field matching `where`. */
export function recordsOf(field: string, where: (record: DataRecord) => boolean): DataRecord[] {
  return defaultRecords(DATASET.records.filter((record) => record.field === field && where(record)));
}

/** The latest year at or before `year` among the records, or undefined. */
export function latestYearAtOrBefore(records: readonly DataRecord[], year: number): number | undefined {
  let best: number | undefined;
  for (const record of records) {
    if (record.year <= year && (best === undefined || record.year > best)) best = record.year;
  }
  return best;
}
