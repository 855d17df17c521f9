/**
 * The bundled dataset. It is static, so its integrity (the rules in `validate.ts`) is checked by
 * the tests before it ships (test/unit/data/integrity.test.ts), not again each time Excel starts
 * the add-in.
 */
import { PROJECTS } from "./projects";
import { RECORDS } from "./records";
import { SOURCES } from "./sources";
import type { DataRecord, Source, SupplyProject } from "./types";

export interface Dataset {
  readonly records: readonly DataRecord[];
  readonly sources: ReadonlyMap<string, Source>;
  readonly projects: readonly SupplyProject[];
}

export const DATASET: Dataset = {
  records: RECORDS,
  sources: new Map(SOURCES.map((source) => [source.id, source])),
  projects: PROJECTS,
};
