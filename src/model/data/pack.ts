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
 * - The text (`PackedText`): the notes, each distinct note once, the scopes' descriptions, the
 *   source catalogue with its citations and URLs, and what each field, scenario and metric means
 *   (in English and Japanese). Only REE.SOURCE, REE.PARAMS and the catalogue lists (REE.FIELDS,
 *   REE.SCENARIOS, REE.METRICS) show it, so the add-in loads it on first use (`text.ts`,
 *   `src/functions/runtime/data-text.ts`). Notes are matched to records by
 *   position, so a text belongs to the numbers it was packed with: `unpackText` checks the counts
 *   and the format, and the build names the file by a hash of its content.
 *
 * Both parts are plain JSON values. The webpack build evaluates `bundled.ts` once at build time and
 * writes them out (scripts/lib/dataset-loader.js); in Node, `bundled.ts` packs them when loaded. The
 * tests check that unpacking gives back every record and project as authored.
 */
import type {
  AuthoredProject,
  AuthoredRecord,
  Catalogues,
  DataRecord,
  Scope,
  ScopeTerms,
  Source,
  SupplyProject,
} from "./types";

type CellKind = "string" | "number" | "boolean" | "integer";

/**
 * A table of flat objects, stored by column: for each property its name, its kind, the objects'
 * cells in order and, for text, the column's distinct values.
 *
 * - A text is stored as 1 + its index among those, a boolean as 1 (true) or 2 (false), and a
 *   column of whole numbers (years, months) as 1 + the value's distance from the column's smallest
 *   value (`base`); an absent property is 0. These cells are small counts and repeat in runs (a
 *   series of one field, one country, one source), so they are run-length coded: a negative cell
 *   -k repeats the cell before it k more times.
 * - Any other number is stored as itself, an absent one as null.
 *
 * By column and by run, the JSON holds a dozen short arrays of small numbers rather than an object
 * per record, which keeps the functions script small and quick to parse when it starts.
 */
export interface PackedTable {
  readonly length: number;
  readonly columns: ReadonlyArray<
    readonly [name: string, kind: CellKind, cells: ReadonlyArray<number | null>, texts: readonly string[], base: number]
  >;
}

export interface PackedNumbers {
  readonly records: PackedTable;
  readonly projects: readonly SupplyProject[];
  /**
   * The scope catalogue without descriptions, in the order of `PackedText.scopeDescriptions`, as
   * a table like the records' (each scope's HS codes as one text, separated by commas).
   */
  readonly scopes: PackedTable;
}

/** The version of the text layout; a text of another version is refused rather than misread. */
export const TEXT_FORMAT = 3;

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
  /** What each field, scenario and metric means (`field-descriptions.ts` and the like). */
  readonly catalogues: Catalogues;
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

const SCOPE_COLUMNS = ["id", "basis", "reporter", "hs", "weight", "partYear"] as const satisfies ReadonlyArray<
  keyof ScopeTerms
>;

// Compile-time check that the columns cover every property of a record and of a scope.
type UncoveredScope = Exclude<keyof ScopeTerms, (typeof SCOPE_COLUMNS)[number]>;
const everyScopePropertyPacked: [UncoveredScope] extends [never] ? true : UncoveredScope = true;
void everyScopePropertyPacked;
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

/** Codes a column of counts (>= 0) by runs: a cell -k after a count repeats it k more times. */
function runLengthCode(counts: readonly number[]): number[] {
  const coded: number[] = [];
  for (let i = 0; i < counts.length;) {
    let end = i + 1;
    while (end < counts.length && counts[end] === counts[i]) end++;
    coded.push(counts[i]);
    if (end - i > 1) coded.push(-(end - i - 1));
    i = end;
  }
  return coded;
}

function runLengthDecode(coded: ReadonlyArray<number | null>): number[] {
  const counts: number[] = [];
  for (const cell of coded) {
    const count = cell as number;
    if (count >= 0) counts.push(count);
    else for (let k = 0, last = counts[counts.length - 1]; k < -count; k++) counts.push(last);
  }
  return counts;
}

function packTable(objects: ReadonlyArray<Record<string, unknown>>, names: readonly string[]): PackedTable {
  const extra = new Set<string>();
  for (const object of objects) for (const key of Object.keys(object)) if (names.indexOf(key) < 0) extra.add(key);
  if (extra.size > 0) throw new Error(`properties not packed: ${[...extra].join(", ")}`);
  const columns = names.map((name) => {
    const present = objects.map((object) => object[name]).filter((value) => value !== undefined);
    const kinds = new Set(present.map((value) => kindOf(value, name)));
    if (kinds.size > 1) throw new Error(`column ${name} mixes ${[...kinds].join(" and ")}`);
    let kind: CellKind = [...kinds][0] ?? "number";
    const numbers = present as number[];
    if (kind === "number" && numbers.length > 0 && numbers.every(Number.isSafeInteger)) kind = "integer";
    if (kind === "number") {
      const cells = objects.map((object) => (object[name] === undefined ? null : (object[name] as number)));
      return [name, kind, cells, [], 0] as const;
    }
    const base = kind === "integer" ? Math.min(...numbers) : 0;
    const texts = new Map<string, number>();
    const counts = objects.map((object): number => {
      const value = object[name];
      if (value === undefined) return 0;
      if (kind === "integer") return (value as number) - base + 1;
      if (kind === "boolean") return value ? 1 : 2;
      const text = value as string;
      if (!texts.has(text)) texts.set(text, texts.size);
      return (texts.get(text) as number) + 1;
    });
    return [name, kind, runLengthCode(counts), [...texts.keys()], base] as const;
  });
  return { length: objects.length, columns };
}

function unpackTable<T>(table: PackedTable): T[] {
  // Plain loops: this runs while the functions script starts.
  const objects: Array<Record<string, unknown>> = [];
  for (let i = 0; i < table.length; i++) objects.push({});
  for (const [name, kind, cells, texts, base] of table.columns) {
    if (kind === "number") {
      for (let i = 0; i < cells.length; i++) if (cells[i] !== null) objects[i][name] = cells[i];
      continue;
    }
    const counts = runLengthDecode(cells);
    if (counts.length !== table.length) throw new Error(`column ${name}: ${counts.length} cells for ${table.length}`);
    for (let i = 0; i < counts.length; i++) {
      const count = counts[i];
      if (count === 0) continue;
      objects[i][name] = kind === "integer" ? base + count - 1 : kind === "boolean" ? count === 1 : texts[count - 1];
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
  catalogues: Catalogues,
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
      scopes: packTable(
        scopes.map((scope) => ({ ...withoutDescription(scope), hs: scope.hs.join(",") })),
        SCOPE_COLUMNS,
      ),
    },
    text: {
      format: TEXT_FORMAT,
      notes: [...notes.keys()],
      recordNotes,
      projectNotes,
      scopeDescriptions: scopes.map((scope) => scope.description),
      sources,
      catalogues,
    },
  };
}

/** The records, projects and scopes, as the model uses them. */
export function unpackNumbers(packed: PackedNumbers): {
  records: readonly DataRecord[];
  projects: readonly SupplyProject[];
  scopes: readonly ScopeTerms[];
} {
  const scopes = unpackTable<ScopeTerms & { hs: string }>(packed.scopes).map((scope): ScopeTerms => ({
    ...scope,
    hs: scope.hs === undefined || scope.hs === "" ? [] : scope.hs.split(","),
  }));
  return { records: unpackTable<DataRecord>(packed.records), projects: packed.projects, scopes };
}
