import type { DataRecord } from "../types";

export const JAPAN_RECORDS: readonly DataRecord[] = [];
