import type { Source } from "../types";

export const JAPAN_SOURCES: readonly Source[] = [];
