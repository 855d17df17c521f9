/**
 * How the dataset ships: in two parts, made from the authored records, projects and source
 * catalogue by `packDataset`.
 *
 * - The numbers (`PackedNumbers`): every record and project without its note. They load with the
 *   functions, because every computation needs them. Records are packed as rows of a table whose
 *   text values point into one list of distinct strings: a few hundred records repeat the same
 *   fields, codes, editions and source ids, so this is a fraction of the size of the objects.
 * - The text (`PackedText`): the notes, each distinct note once, and the source catalogue with its
 *   citations and URLs. Only REE.SOURCE and REE.PARAMS show it, so the add-in loads it on first
 *   use (`text.ts`, `src/functions/runtime/data-text.ts`). Notes are matched to records by
 *   position, so a text belongs to the numbers it was packed with: `unpackText` checks the counts
 *   and the format, and the build names the file by a hash of its content.
 *
 * Both parts are plain JSON values. The webpack build evaluates `bundled.ts` once at build time and
 * writes them out (scripts/lib/dataset-loader.js); in Node, `bundled.ts` packs them when loaded. The
 * tests check that unpacking gives back every record and project as authored.
 */
import type { AuthoredProject, AuthoredRecord, DataRecord, Source, SupplyProject } from "./types";

type CellKind = "string" | "number" | "boolean";

/** A table of flat objects: one row per object, one column per property. */
export interface PackedTable {
  /** Property name and kind of each column. */
  readonly columns: ReadonlyArray<readonly [name: string, kind: CellKind]>;
  /**
   * One row per object. A string cell holds 1 + its index in `strings`, a boolean cell 1 (true) or
   * 2 (false), a number cell the number; 0 (string, boolean) or null (number) means the property is
   * absent. Trailing absent cells are left out.
   */
  readonly rows: ReadonlyArray<ReadonlyArray<number | null>>;
}

export interface PackedNumbers {
  /** The distinct strings the tables refer to. */
  readonly strings: readonly string[];
  readonly records: PackedTable;
  readonly projects: readonly SupplyProject[];
}

/** The version of the text layout; a text of another version is refused rather than misread. */
export const TEXT_FORMAT = 1;

export interface PackedText {
  readonly format: typeof TEXT_FORMAT;
  /** The distinct notes. */
  readonly notes: readonly string[];
  /** For each packed record, in order: 1 + the index of its note, or 0 for a record without one. */
  readonly recordNotes: readonly number[];
  /** For each packed project, in order: the index of its note. */
  readonly projectNotes: readonly number[];
  /** The source catalogue: every source a record or project cites, with its citation and URL. */
  readonly sources: readonly Source[];
}

/** Columns in this order: the ones every record has first, so rows usually end early. */
const RECORD_COLUMNS = [
  "field",
  "element",
  "country",
  "year",
  "value",
  "unit",
  "source",
  "grade",
  "partner",
  "month",
  "edition",
  "preferred",
  "status",
] as const satisfies ReadonlyArray<keyof DataRecord>;

// Compile-time check that the columns cover every property of a record.
type Uncovered = Exclude<keyof DataRecord, (typeof RECORD_COLUMNS)[number]>;
const everyPropertyPacked: [Uncovered] extends [never] ? true : Uncovered = true;
void everyPropertyPacked;

function kindOf(value: unknown, where: string): CellKind {
  const kind = typeof value;
  if (kind === "string" || kind === "boolean" || (kind === "number" && Number.isFinite(value))) {
    return kind as CellKind;
  }
  throw new Error(`${where}: cannot pack ${String(value)}`);
}

/** The cell of an absent property: null in a number column, 0 in the others. */
const absent = (kind: CellKind) => (kind === "number" ? null : 0);

function packTable(
  objects: ReadonlyArray<Record<string, unknown>>,
  names: readonly string[],
  strings: Map<string, number>,
): PackedTable {
  const kinds = names.map((name) => {
    const present = objects.map((object) => object[name]).filter((value) => value !== undefined);
    const found = new Set(present.map((value) => kindOf(value, name)));
    if (found.size > 1) throw new Error(`column ${name} mixes ${[...found].join(" and ")}`);
    return [...found][0] ?? "number";
  });
  const extra = new Set<string>();
  for (const object of objects) for (const key of Object.keys(object)) if (names.indexOf(key) < 0) extra.add(key);
  if (extra.size > 0) throw new Error(`properties not packed: ${[...extra].join(", ")}`);
  const rows = objects.map((object) => {
    const row = names.map((name, i): number | null => {
      const value = object[name];
      if (kinds[i] === "number") return value === undefined ? null : (value as number);
      if (value === undefined) return 0;
      if (kinds[i] === "boolean") return value ? 1 : 2;
      const text = value as string;
      if (!strings.has(text)) strings.set(text, strings.size);
      return (strings.get(text) as number) + 1;
    });
    while (row.length > 0 && row[row.length - 1] === absent(kinds[row.length - 1])) row.pop();
    return row;
  });
  return { columns: names.map((name, i) => [name, kinds[i]] as const), rows };
}

function unpackTable<T>(table: PackedTable, strings: readonly string[]): T[] {
  return table.rows.map((row) => {
    const object: Record<string, unknown> = {};
    row.forEach((cell, i) => {
      const [name, kind] = table.columns[i];
      if (cell === absent(kind)) return;
      object[name] = kind === "number" ? cell : kind === "boolean" ? cell === 1 : strings[(cell as number) - 1];
    });
    return object as T;
  });
}

function withoutNote<T extends { readonly note?: string }>(authored: T): Omit<T, "note"> {
  const copy: { note?: string } = { ...authored };
  delete copy.note;
  return copy as Omit<T, "note">;
}

/** Splits the authored dataset into the numbers and the text. */
export function packDataset(
  records: readonly AuthoredRecord[],
  projects: readonly AuthoredProject[],
  sources: readonly Source[],
): { numbers: PackedNumbers; text: PackedText } {
  const strings = new Map<string, number>();
  const notes = new Map<string, number>();
  const noteIndex = (note: string) => {
    if (!notes.has(note)) notes.set(note, notes.size);
    return notes.get(note) as number;
  };
  const recordNotes = records.map(({ note }) => (note === undefined ? 0 : noteIndex(note) + 1));
  const projectNotes = projects.map(({ note }) => noteIndex(note));
  return {
    numbers: {
      records: packTable(records.map(withoutNote), RECORD_COLUMNS, strings),
      strings: [...strings.keys()],
      projects: projects.map(withoutNote),
    },
    text: { format: TEXT_FORMAT, notes: [...notes.keys()], recordNotes, projectNotes, sources },
  };
}

/** The records and projects, as the model uses them. */
export function unpackNumbers(packed: PackedNumbers): {
  records: readonly DataRecord[];
  projects: readonly SupplyProject[];
} {
  return { records: unpackTable<DataRecord>(packed.records, packed.strings), projects: packed.projects };
}
