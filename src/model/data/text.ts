/**
 * The dataset's text: the note of every record and supply project, the description of every scope,
 * the source catalogue with citations and URLs, and what each field, scenario and metric means. It
 * ships apart from the numbers and loads on first use (`pack.ts`); only REE.SOURCE, REE.PARAMS and
 * the catalogue lists (REE.FIELDS, REE.SCENARIOS, REE.METRICS) show it. `unpackText` makes it from the packed text and refuses a text
 * that is not the one packed with these numbers, since notes are matched to records by position.
 */
import { DATASET, type Dataset } from "./index";
import { TEXT_FORMAT } from "./pack";
import type { CatalogueName, Catalogues, DataRecord, Described, Source, SupplyProject } from "./types";

export interface DataText {
  /** The record's note (for a record of the dataset), or undefined where it has none. */
  noteOf(record: DataRecord): string | undefined;
  /** The project's note. */
  noteOfProject(project: SupplyProject): string | undefined;
  /** The description of the scope with this id, or undefined for an unknown id. */
  scopeDescription(id: string): string | undefined;
  /** The source catalogue by id. */
  readonly sources: ReadonlyMap<string, Source>;
  /** What the field, scenario or metric with this id means; undefined for an unknown id. */
  describe(catalogue: CatalogueName, id: string): Described | undefined;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;
const isIndexList = (value: unknown, length: number, max: number, min: number) =>
  Array.isArray(value) &&
  value.length === length &&
  value.every((index) => Number.isInteger(index) && index >= min && index <= max);

/**
 * The text from its packed form (as read from the text file: any JSON value). Throws an Error
 * saying what does not match when it is not a text for these numbers.
 */
export function unpackText(packed: unknown, dataset: Dataset = DATASET): DataText {
  const problem = (what: string): never => {
    throw new Error(`it is not the text of this version of the add-in (${what})`);
  };
  if (!isObject(packed)) return problem("not an object");
  if (packed.format !== TEXT_FORMAT) return problem(`format ${String(packed.format)}, expected ${TEXT_FORMAT}`);
  const { notes, recordNotes, projectNotes, scopeDescriptions, sources, catalogues } = packed;
  if (!Array.isArray(notes) || !notes.every((note) => typeof note === "string")) return problem("notes");
  if (!isIndexList(recordNotes, dataset.records.length, notes.length, 0)) return problem("record notes");
  if (!isIndexList(projectNotes, dataset.projects.length, notes.length - 1, 0)) return problem("project notes");
  if (
    !Array.isArray(scopeDescriptions) ||
    scopeDescriptions.length !== dataset.scopes.length ||
    !scopeDescriptions.every((description) => typeof description === "string")
  ) {
    return problem("scope descriptions");
  }
  if (
    !Array.isArray(sources) ||
    !sources.every((source) => isObject(source) && typeof source.id === "string" && typeof source.citation === "string")
  ) {
    return problem("sources");
  }
  const isDescribed = (entry: unknown) =>
    isObject(entry) && typeof entry.description === "string" && typeof entry.descriptionJa === "string";
  const CATALOGUES: readonly CatalogueName[] = ["fields", "scenarios", "metrics"];
  if (
    !isObject(catalogues) ||
    !CATALOGUES.every((name) => isObject(catalogues[name]) && Object.values(catalogues[name]).every(isDescribed))
  ) {
    return problem("descriptions");
  }
  const recordNote = new Map<DataRecord, string>();
  dataset.records.forEach((record, i) => {
    const index = (recordNotes as number[])[i];
    if (index > 0) recordNote.set(record, notes[index - 1]);
  });
  const projectNote = new Map<SupplyProject, string>(
    dataset.projects.map((project, i) => [project, notes[(projectNotes as number[])[i]]]),
  );
  const scopeDescription = new Map<string, string>(
    dataset.scopes.map((scope, i) => [scope.id, (scopeDescriptions as string[])[i]]),
  );
  return {
    noteOf: (record) => recordNote.get(record),
    noteOfProject: (project) => projectNote.get(project),
    scopeDescription: (id) => scopeDescription.get(id),
    sources: new Map((sources as Source[]).map((source) => [source.id, source])),
    describe: (catalogue, id) => {
      const table = (catalogues as unknown as Catalogues)[catalogue];
      return Object.prototype.hasOwnProperty.call(table, id) ? table[id] : undefined;
    },
  };
}
