/**
 * Selections of records that the model (not REE.DATA) makes: the records that stand for a value
 * (the preferred edition, or the only one), and the latest year at or before a given year.
 * The model follows SPEC section 3: where a series has no value for the year asked, it uses the
 * latest earlier year and says so.
 */
import { DATASET } from "./index";
import type { DataRecord } from "./types";
import { seriesKey } from "./validate";

const periodKey = (record: DataRecord) => `${seriesKey(record)}|${record.year}|${record.month ?? ""}`;

let groupSizes: Map<DataRecord, number> | undefined;

/** For each record of the dataset, how many records share its series and period. */
function datasetGroupSizes(): Map<DataRecord, number> {
  if (!groupSizes) {
    const counts = new Map<string, number>();
    for (const record of DATASET.records) counts.set(periodKey(record), (counts.get(periodKey(record)) ?? 0) + 1);
    groupSizes = new Map(DATASET.records.map((record) => [record, counts.get(periodKey(record)) as number]));
  }
  return groupSizes;
}

/**
 * Keeps, for each (series, year, month) among `records`, the preferred record or the only one.
 * Most records are alone in their series and period in the whole dataset, which is known once;
 * only the others are counted within the selection (this runs on every call of the model).
 */
export function defaultRecords(records: readonly DataRecord[]): DataRecord[] {
  const sizes = datasetGroupSizes();
  let counts: Map<string, number> | undefined;
  const kept: DataRecord[] = [];
  for (const record of records) {
    if (record.preferred || sizes.get(record) === 1) {
      kept.push(record);
      continue;
    }
    if (!counts) {
      counts = new Map();
      for (const other of records) {
        if (sizes.get(other) === 1) continue;
        counts.set(periodKey(other), (counts.get(periodKey(other)) ?? 0) + 1);
      }
    }
    if (counts.get(periodKey(record)) === 1) kept.push(record);
  }
  return kept;
}

let byField: Map<string, DataRecord[]> | undefined;

/**
 * The dataset's records of one field, in the dataset's order. Indexed on first use: the model asks
 * for a field many times per call (element demand, baskets, prices), and scanning all records
 * each time made REE.SHOCK several times slower.
 */
export function recordsOfField(field: string): readonly DataRecord[] {
  if (!byField) {
    byField = new Map();
    for (const record of DATASET.records) {
      const list = byField.get(record.field);
      if (list) list.push(record);
      else byField.set(record.field, [record]);
    }
  }
  return byField.get(field) ?? [];
}

/** Default records of a field matching `where`. */
export function recordsOf(field: string, where: (record: DataRecord) => boolean): DataRecord[] {
  return defaultRecords(recordsOfField(field).filter(where));
}

/** The latest year at or before `year` among the records, or undefined. */
export function latestYearAtOrBefore(records: readonly DataRecord[], year: number): number | undefined {
  let best: number | undefined;
  for (const record of records) {
    if (record.year <= year && (best === undefined || record.year > best)) best = record.year;
  }
  return best;
}
