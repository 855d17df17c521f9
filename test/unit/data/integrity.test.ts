import { DATASET } from "../../../src/model/data/index";
import { FIELDS } from "../../../src/model/data/fields";
import { RECORDS } from "../../../src/model/data/records";
import { SOURCES } from "../../../src/model/data/sources";
import { validateDataset, validateProjects } from "../../../src/model/data/validate";
import { PROJECTS } from "../../../src/model/data/projects";
import type { DataRecord } from "../../../src/model/data/types";

describe("bundled dataset integrity", () => {
  it("passes every rule of validate.ts", () => {
    expect(validateDataset(RECORDS, SOURCES)).toEqual([]);
    expect(DATASET.records.length).toBe(RECORDS.length);
  });

  it("the supply pipeline has valid codes, sources and numbers, and covers the projects the model needs", () => {
    expect(validateProjects(PROJECTS, SOURCES)).toEqual([]);
    const companies = PROJECTS.map((project) => project.company).join(" ");
    for (const name of ["Lynas", "MP Materials", "Iluka", "Energy Fuels", "Neo", "Solvay"])
      expect(companies).toContain(name);
    const broken = { ...PROJECTS[0], id: "x", capacity: -5, japanShare: 2, source: "nowhere" };
    expect(validateProjects([broken], SOURCES).join("\n")).toMatch(
      /unknown source nowhere[\s\S]*capacity must be positive[\s\S]*japanShare must be 0-1/,
    );
  });

  it("every field in the catalogue has data", () => {
    const fieldsWithData = new Set(RECORDS.map((record) => record.field));
    const missing = FIELDS.map((field) => field.id).filter((id) => !fieldsWithData.has(id));
    expect(missing).toEqual([]);
  });

  describe("the rules catch broken records", () => {
    const good: DataRecord = {
      field: "MINE_PRODUCTION",
      element: "REE",
      country: "CN",
      year: 2024,
      value: 270000,
      unit: "t REO",
      source: "usgs-mcs-2026",
      grade: "A",
    };
    const problemsWith = (record: Partial<DataRecord>, others: DataRecord[] = []) =>
      validateDataset([{ ...good, ...record } as DataRecord, ...others], SOURCES).join("\n");

    it.each([
      [{ source: "nowhere" }, /unknown source nowhere/],
      [{ unit: "t" }, /unit "t" is not the field's "t REO"/],
      [{ value: -1 }, /value -1 outside/],
      [{ field: "IMPORT_SHARE", unit: "share", value: 1.2, partner: "CN", country: "JP" }, /value 1.2 outside 0..1/],
      [{ element: "dy" }, /element must be a canonical code/],
      [{ country: "Japan" }, /country must be a canonical code/],
      [{ grade: "D" as const }, /grade D needs a note/],
      [{ month: 3 }, /month not allowed/],
      [{ partner: "CN" }, /field has no partner/],
    ])("%p", (change, message) => {
      expect(problemsWith(change)).toMatch(message);
    });

    it("duplicates and editions without exactly one preferred", () => {
      expect(problemsWith({}, [good])).toMatch(/several records need an edition each|duplicate record/);
      const a = { ...good, edition: "MCS 2025" };
      const b = { ...good, edition: "MCS 2026", value: 260000 };
      expect(validateDataset([a, b], SOURCES).join("\n")).toMatch(/need exactly one preferred, found 0/);
      expect(validateDataset([a, { ...b, preferred: true }], SOURCES)).toEqual([]);
    });

    it("country production above the world total of the same edition", () => {
      const world = { ...good, country: "WORLD", value: 100000 };
      expect(problemsWith({}, [world])).toMatch(/exceeds the world total 100000/);
    });

    it("shares of one whole above 1", () => {
      const cn = { ...good, field: "SEPARATION_SHARE", unit: "share", value: 0.9, source: "iea-gcmo-2024" };
      const my = { ...cn, country: "MY", value: 0.2 };
      expect(validateDataset([cn, my], SOURCES).join("\n")).toMatch(/shares add up to 1.100/);
    });
  });
});
