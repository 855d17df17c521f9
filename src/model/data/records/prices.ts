import type { DataRecord } from "../types";

export const PRICE_RECORDS: readonly DataRecord[] = [];
