import type { Source } from "../types";

export const PIPELINE_SOURCES: readonly Source[] = [];
