import type { DataRecord } from "../types";

export const COMPARATOR_RECORDS: readonly DataRecord[] = [];
