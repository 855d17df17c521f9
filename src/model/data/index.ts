/**
 * The bundled dataset, checked when it loads: a record that breaks the rules in `validate.ts`
 * stops the add-in from answering with it (and fails the tests long before it ships).
 */
import { PROJECTS } from "./projects";
import { RECORDS } from "./records";
import { SOURCES } from "./sources";
import type { DataRecord, Source, SupplyProject } from "./types";
import { validateDataset, validateProjects } from "./validate";

export interface Dataset {
  readonly records: readonly DataRecord[];
  readonly sources: ReadonlyMap<string, Source>;
  readonly projects: readonly SupplyProject[];
}

function load(): Dataset {
  const problems = [...validateDataset(RECORDS, SOURCES), ...validateProjects(PROJECTS, SOURCES)];
  if (problems.length > 0) {
    throw new Error(`The bundled dataset is inconsistent:\n${problems.slice(0, 20).join("\n")}`);
  }
  return { records: RECORDS, sources: new Map(SOURCES.map((source) => [source.id, source])), projects: PROJECTS };
}

export const DATASET: Dataset = load();
