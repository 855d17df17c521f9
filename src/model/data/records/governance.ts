import type { DataRecord } from "../types";

export const GOVERNANCE_RECORDS: readonly DataRecord[] = [];
