import type { DataRecord } from "../types";

export const CHINA_TRADE_RECORDS: readonly DataRecord[] = [];
