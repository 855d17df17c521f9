/**
 * The dataset ships in two parts (src/model/data/pack.ts): the numbers with the functions, the
 * notes, scope descriptions and citations in a text loaded on first use. Splitting them must lose
 * nothing: every record, project and scope comes back as authored, with its note or description
 * and a source in the catalogue.
 */
import { DATASET } from "../../../src/model/data/index";
import { PACKED_NUMBERS, PACKED_TEXT } from "../../../src/model/data/bundled";
import { packDataset, unpackNumbers, type PackedText } from "../../../src/model/data/pack";
import { PROJECTS } from "../../../src/model/data/projects";
import { RECORDS } from "../../../src/model/data/records";
import { SCOPES } from "../../../src/model/data/scopes";
import { SOURCES } from "../../../src/model/data/sources";
import { unpackText } from "../../../src/model/data/text";
import type { AuthoredProject, AuthoredRecord, Scope } from "../../../src/model/data/types";

const withoutNote = <T extends AuthoredRecord | AuthoredProject>({ ...authored }: T) => {
  delete (authored as { note?: string }).note;
  return authored;
};

describe("the dataset split into numbers and text", () => {
  const text = unpackText(JSON.parse(JSON.stringify(PACKED_TEXT)));

  it("gives back every record and project as authored, without their notes", () => {
    // Through JSON, as the build ships it.
    const shipped = unpackNumbers(JSON.parse(JSON.stringify(PACKED_NUMBERS)));
    expect(shipped.records).toEqual(RECORDS.map(withoutNote));
    expect(shipped.projects).toEqual(PROJECTS.map(withoutNote));
    expect(DATASET.records).toEqual(RECORDS.map(withoutNote));
    const terms = SCOPES.map((scope) => {
      const copy: { -readonly [K in keyof Scope]?: Scope[K] } = { ...scope };
      delete copy.description;
      return copy;
    });
    expect(shipped.scopes).toEqual(terms);
    expect(DATASET.scopes.map((scope) => scope.id)).toEqual(SCOPES.map((scope) => scope.id));
  });

  it("gives every scope its description back, and keeps descriptions out of the numbers", () => {
    for (const scope of SCOPES) expect(text.scopeDescription(scope.id)).toBe(scope.description);
    expect(text.scopeDescription("nowhere")).toBeUndefined();
    const numbers = JSON.stringify(PACKED_NUMBERS);
    for (const scope of SCOPES) expect(numbers).not.toContain(scope.description);
  });

  it("gives every record its note back, and every record and project a source in the catalogue", () => {
    DATASET.records.forEach((record, i) => {
      expect(text.noteOf(record)).toBe(RECORDS[i].note);
      expect(text.sources.get(record.source)).toEqual(expect.objectContaining({ id: record.source }));
    });
    DATASET.projects.forEach((project, i) => {
      expect(text.noteOfProject(project)).toBe(PROJECTS[i].note);
      for (const id of [project.source, project.japanDemandCover?.source].filter(Boolean) as string[]) {
        expect(text.sources.get(id)?.citation).toBeTruthy();
      }
    });
    expect([...text.sources.values()]).toEqual(SOURCES);
    // The numbers hold no text: no note, and no citation or URL of the catalogue.
    const numbers = JSON.stringify(PACKED_NUMBERS);
    expect(numbers).not.toContain('"note"');
    for (const source of SOURCES) {
      expect(numbers).not.toContain(source.citation);
      expect(numbers).not.toContain(source.url);
    }
  });

  it("keeps each distinct note once", () => {
    const distinct = new Set([...RECORDS, ...PROJECTS].map((item) => item.note).filter(Boolean));
    expect(PACKED_TEXT!.notes).toHaveLength(distinct.size);
  });

  it("packs every kind of value a record may hold, and refuses what it could not give back", () => {
    const record: AuthoredRecord = {
      field: "PRICE",
      element: "Dy",
      country: "CN",
      year: 2024,
      month: 3,
      value: 0,
      unit: "USD/kg",
      edition: "MCS 2026",
      preferred: false,
      source: "usgs-mcs-2026",
      grade: "A",
      status: "estimate",
      scope: "usgs-mine-production",
      note: "a note",
    };
    const { numbers, text: packedText } = packDataset([record, { ...record, preferred: true }], [], SOURCES, []);
    expect(unpackNumbers(JSON.parse(JSON.stringify(numbers))).records).toStrictEqual([
      withoutNote(record),
      withoutNote({ ...record, preferred: true }),
    ]);
    expect(packedText.recordNotes).toEqual([1, 1]);
    expect(() => packDataset([{ ...record, value: NaN }], [], [], [])).toThrow(/value: cannot pack NaN/);
    expect(() => packDataset([{ ...record, extra: 1 } as AuthoredRecord], [], [], [])).toThrow(
      /properties not packed: extra/,
    );
  });

  it("refuses a text that is not the one packed with these numbers", () => {
    const packed = PACKED_TEXT as PackedText;
    expect(() => unpackText({ ...packed, format: 1 })).toThrow(/format 1, expected 2/);
    expect(() => unpackText({ ...packed, scopeDescriptions: packed.scopeDescriptions.slice(1) })).toThrow(
      /scope descriptions/,
    );
    expect(() => unpackText({ ...packed, recordNotes: packed.recordNotes.slice(1) })).toThrow(/record notes/);
    expect(() => unpackText({ ...packed, projectNotes: [...packed.projectNotes, 0] })).toThrow(/project notes/);
    expect(() => unpackText({ ...packed, notes: packed.notes.slice(1) })).toThrow(/notes/);
    expect(() => unpackText({ ...packed, sources: [{ id: "x" }] })).toThrow(/sources/);
    expect(() => unpackText("not json")).toThrow(/not an object/);
  });
});
