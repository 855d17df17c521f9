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
import type { AuthoredProject, AuthoredRecord, CatalogueName, Catalogues, Scope } from "../../../src/model/data/types";
import { FIELDS } from "../../../src/model/data/fields";
import { METRICS } from "../../../src/model/shock/metrics";
import { SCENARIOS } from "../../../src/model/shock/scenarios";

const NO_CATALOGUES: Catalogues = { fields: {}, scenarios: {}, metrics: {} };

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
    // Runs of equal cells, absent cells inside and at the end of a run, whole numbers below zero.
    const { month: _month, ...annual } = record;
    void _month;
    const authored: AuthoredRecord[] = [
      record,
      { ...record, preferred: true },
      { ...record, preferred: true, year: 2023 },
      annual,
      annual,
      { ...record, month: 12, value: -3 },
      { ...record, value: 1.5e12, year: 1995 },
      annual,
    ];
    const { numbers, text: packedText } = packDataset(authored, [], SOURCES, [], NO_CATALOGUES);
    expect(unpackNumbers(JSON.parse(JSON.stringify(numbers))).records).toStrictEqual(authored.map(withoutNote));
    expect(packedText.recordNotes).toEqual(authored.map(() => 1));
    expect(() => packDataset([{ ...record, value: NaN }], [], [], [], NO_CATALOGUES)).toThrow(/value: cannot pack NaN/);
    expect(() => packDataset([{ ...record, extra: 1 } as AuthoredRecord], [], [], [], NO_CATALOGUES)).toThrow(
      /properties not packed: extra/,
    );
  });

  it("packs the numbers in runs, a fraction of the size of the records as objects", () => {
    const asObjects = JSON.stringify(RECORDS.map(withoutNote)).length;
    expect(JSON.stringify(PACKED_NUMBERS.records).length).toBeLessThan(asObjects / 5);
    // A column of one value throughout is one cell and one run.
    const { numbers } = packDataset(RECORDS.slice(0, 3).map(withoutNote), [], [], [], NO_CATALOGUES);
    const grade = numbers.records.columns.find(([name]) => name === "grade");
    expect(grade?.[2]).toEqual([1, -2]);
  });

  it("describes every field, scenario and metric in both languages, in the text only", () => {
    const catalogues: Array<[CatalogueName, readonly { id: string }[]]> = [
      ["fields", FIELDS],
      ["scenarios", SCENARIOS],
      ["metrics", METRICS],
    ];
    for (const [catalogue, entries] of catalogues) {
      const described = PACKED_TEXT!.catalogues[catalogue];
      expect(Object.keys(described).sort()).toEqual(entries.map((entry) => entry.id).sort());
      for (const entry of entries) {
        expect(text.describe(catalogue, entry.id)?.description).toMatch(/^[A-Z]\S* .{10,}/);
        expect(text.describe(catalogue, entry.id)?.descriptionJa).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      }
      expect(text.describe(catalogue, "toString")).toBeUndefined();
      const numbers = JSON.stringify(PACKED_NUMBERS);
      for (const entry of entries) expect(numbers).not.toContain(described[entry.id].description);
    }
  });

  it("refuses a text that is not the one packed with these numbers", () => {
    const packed = PACKED_TEXT as PackedText;
    expect(() => unpackText({ ...packed, format: 1 })).toThrow(/format 1, expected 3/);
    expect(() =>
      unpackText({ ...packed, catalogues: { ...packed.catalogues, metrics: { X: { description: "x" } } } }),
    ).toThrow(/descriptions/);
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
