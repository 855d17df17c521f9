/**
 * How the dataset ships: in two parts, made from the authored records, projects, scope catalogue
 * and source catalogue by `packDataset`.
 *
 * - The numbers (`PackedNumbers`): every record and project without its note. They load with the
 *   functions, because every computation needs them. Records are packed as a table by column,
 *   each text value an index into its column's distinct values: a few hundred records repeat the
 *   same fields, codes, units, editions and source ids, so this is a fraction of the size of the
 *   objects, and the script starts faster. The scope catalogue ships here too, without its
 *   descriptions: the model chooses series by scope (customs tonnage before value, whole-chain
 *   statements never by default), so it needs each scope's terms from the start.
 * - The text (`PackedText`): the notes, each distinct note once, the scopes' descriptions, and the
 *   source catalogue with its citations and URLs. Only REE.SOURCE and REE.PARAMS show it, so the add-in loads it on first
 *   use (`text.ts`, `src/functions/runtime/data-text.ts`). Notes are matched to records by
 *   position, so a text belongs to the numbers it was packed with: `unpackText` checks the counts
 *   and the format, and the build names the file by a hash of its content.
 *
 * Both parts are plain JSON values. The webpack build evaluates `bundled.ts` once at build time and
 * writes them out (scripts/lib/dataset-loader.js); in Node, `bundled.ts` packs them when loaded. The
 * tests check that unpacking gives back every record and project as authored.
 */
import type { AuthoredProject, AuthoredRecord, DataRecord, Scope, ScopeTerms, Source, SupplyProject } from "./types";

type CellKind = "string" | "number" | "boolean";

/**
 * A table of flat objects, stored by column: for each property its name, its kind, the objects'
 * values in order and, for text, the column's distinct values. A text is stored as 1 + its index
 * among those, a boolean as 1 (true) or 2 (false), a number as itself; an absent property as 0
 * (text, boolean) or null (number). By column, the JSON holds a dozen arrays of small numbers
 * rather than an object per record, which keeps it small and quick to parse when the script starts.
 */
export interface PackedTable {
  readonly length: number;
  readonly columns: ReadonlyArray<
    readonly [name: string, kind: CellKind, values: ReadonlyArray<number | null>, texts: readonly string[]]
  >;
}

export interface PackedNumbers {
  readonly records: PackedTable;
  readonly projects: readonly SupplyProject[];
  /** The scope catalogue without descriptions, in the order of `PackedText.scopeDescriptions`. */
  readonly scopes: readonly ScopeTerms[];
}

/** The version of the text layout; a text of another version is refused rather than misread. */
export const TEXT_FORMAT = 2;

export interface PackedText {
  readonly format: typeof TEXT_FORMAT;
  /** The distinct notes. */
  readonly notes: readonly string[];
  /** For each packed record, in order: 1 + the index of its note, or 0 for a record without one. */
  readonly recordNotes: readonly number[];
  /** For each packed project, in order: the index of its note. */
  readonly projectNotes: readonly number[];
  /** For each packed scope, in order: its description. */
  readonly scopeDescriptions: readonly string[];
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
  "scope",
  "application",
  "sector",
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

function packTable(objects: ReadonlyArray<Record<string, unknown>>, names: readonly string[]): PackedTable {
  const extra = new Set<string>();
  for (const object of objects) for (const key of Object.keys(object)) if (names.indexOf(key) < 0) extra.add(key);
  if (extra.size > 0) throw new Error(`properties not packed: ${[...extra].join(", ")}`);
  const columns = names.map((name) => {
    const present = objects.map((object) => object[name]).filter((value) => value !== undefined);
    const kinds = new Set(present.map((value) => kindOf(value, name)));
    if (kinds.size > 1) throw new Error(`column ${name} mixes ${[...kinds].join(" and ")}`);
    const kind: CellKind = [...kinds][0] ?? "number";
    const texts = new Map<string, number>();
    const values = objects.map((object): number | null => {
      const value = object[name];
      if (value === undefined) return absent(kind);
      if (kind === "number") return value as number;
      if (kind === "boolean") return value ? 1 : 2;
      const text = value as string;
      if (!texts.has(text)) texts.set(text, texts.size);
      return (texts.get(text) as number) + 1;
    });
    return [name, kind, values, [...texts.keys()]] as const;
  });
  return { length: objects.length, columns };
}

function unpackTable<T>(table: PackedTable): T[] {
  // Plain loops: this runs while the functions script starts.
  const objects: Array<Record<string, unknown>> = [];
  for (let i = 0; i < table.length; i++) objects.push({});
  for (const [name, kind, values, texts] of table.columns) {
    const none = absent(kind);
    for (let i = 0; i < values.length; i++) {
      const cell = values[i];
      if (cell === none) continue;
      objects[i][name] = kind === "number" ? cell : kind === "boolean" ? cell === 1 : texts[(cell as number) - 1];
    }
  }
  return objects as T[];
}

function withoutNote<T extends { readonly note?: string }>(authored: T): Omit<T, "note"> {
  const copy: { note?: string } = { ...authored };
  delete copy.note;
  return copy as Omit<T, "note">;
}

function withoutDescription(scope: Scope): ScopeTerms {
  const copy: { description?: string } = { ...scope };
  delete copy.description;
  return copy as ScopeTerms;
}

/** Splits the authored dataset into the numbers and the text. */
export function packDataset(
  records: readonly AuthoredRecord[],
  projects: readonly AuthoredProject[],
  sources: readonly Source[],
  scopes: readonly Scope[],
): { numbers: PackedNumbers; text: PackedText } {
  const notes = new Map<string, number>();
  const noteIndex = (note: string) => {
    if (!notes.has(note)) notes.set(note, notes.size);
    return notes.get(note) as number;
  };
  const recordNotes = records.map(({ note }) => (note === undefined ? 0 : noteIndex(note) + 1));
  const projectNotes = projects.map(({ note }) => noteIndex(note));
  return {
    numbers: {
      records: packTable(records.map(withoutNote), RECORD_COLUMNS),
      projects: projects.map(withoutNote),
      scopes: scopes.map(withoutDescription),
    },
    text: {
      format: TEXT_FORMAT,
      notes: [...notes.keys()],
      recordNotes,
      projectNotes,
      scopeDescriptions: scopes.map((scope) => scope.description),
      sources,
    },
  };
}

/** The records, projects and scopes, as the model uses them. */
export function unpackNumbers(packed: PackedNumbers): {
  records: readonly DataRecord[];
  projects: readonly SupplyProject[];
  scopes: readonly ScopeTerms[];
} {
  return { records: unpackTable<DataRecord>(packed.records), projects: packed.projects, scopes: packed.scopes };
}
