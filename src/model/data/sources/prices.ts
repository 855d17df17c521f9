import type { Source } from "../types";

export const PRICE_SOURCES: readonly Source[] = [];
