import type { Source } from "../types";

export const CHINA_TRADE_SOURCES: readonly Source[] = [];
