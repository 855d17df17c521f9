import { DATASET } from "../../../src/model/data/index";
import { FIELDS } from "../../../src/model/data/fields";
import { RECORDS } from "../../../src/model/data/records";
import { SCOPES } from "../../../src/model/data/scopes";
import { SOURCES } from "../../../src/model/data/sources";
import { validateDataset, validateProjects } from "../../../src/model/data/validate";
import { PROJECTS } from "../../../src/model/data/projects";
import type { DataRecord } from "../../../src/model/data/types";

describe("bundled dataset integrity", () => {
  it("passes every rule of validate.ts", () => {
    expect(validateDataset(RECORDS, SOURCES, SCOPES)).toEqual([]);
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
      scope: "usgs-mine-production",
    };
    const mineScope = SCOPES.filter((scope) => scope.id === "usgs-mine-production");
    const check = (records: DataRecord[], scopes = mineScope) => validateDataset(records, SOURCES, scopes).join("\n");
    const problemsWith = (record: Partial<DataRecord>, others: DataRecord[] = []) =>
      check([{ ...good, ...record } as DataRecord, ...others]);

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
      [{ scope: "nowhere" }, /unknown scope nowhere/],
      [{ scope: undefined }, /a MINE_PRODUCTION record must name its scope/],
    ])("%p", (change, message) => {
      expect(problemsWith(change)).toMatch(message);
    });

    it("duplicates and editions without exactly one preferred", () => {
      expect(problemsWith({}, [good])).toMatch(/several records need an edition each|duplicate record/);
      const a = { ...good, edition: "MCS 2025" };
      const b = { ...good, edition: "MCS 2026", value: 260000 };
      expect(check([a, b])).toMatch(/need exactly one preferred, found 0/);
      expect(check([a, { ...b, preferred: true }])).toEqual("");
    });

    it("country production above the world total of the same edition", () => {
      const world = { ...good, country: "WORLD", value: 100000 };
      expect(problemsWith({}, [world])).toMatch(/exceeds the world total 100000/);
    });

    it("shares of one whole above 1", () => {
      const cn = { ...good, field: "SEPARATION_SHARE", unit: "share", value: 0.9, source: "iea-gcmo-2024" };
      const my = { ...cn, country: "MY", value: 0.2 };
      expect(check([cn, my])).toMatch(/shares add up to 1.100/);
      // Shares of different scopes are different wholes; rival editions of one share count once.
      const cnIea = { ...cn, scope: "refining-output-share" };
      const scopes = SCOPES.filter((scope) => ["usgs-mine-production", "refining-output-share"].includes(scope.id));
      expect(check([cnIea, my], scopes)).toEqual("");
      const rival = { ...my, value: 0.05, edition: "B", preferred: true };
      expect(check([cn, { ...my, value: 0.08, edition: "A" }, rival])).toEqual("");
    });

    it("partners' tonnages of one scope above the total", () => {
      const imports = {
        ...good,
        field: "IMPORTS",
        unit: "t",
        country: "JP",
        scope: "jp-customs-ree-t",
        source: "jp-kksoukan-mof",
      };
      const scopes = SCOPES.filter((scope) => scope.id === "jp-customs-ree-t");
      const world = { ...imports, partner: "WORLD", value: 1000 };
      expect(check([world, { ...imports, partner: "CN", value: 900 }], scopes)).toEqual("");
      expect(
        check([world, { ...imports, partner: "CN", value: 900 }, { ...imports, partner: "MY", value: 300 }], scopes),
      ).toMatch(/partners add up to 1200 t, more than the total 1000 t/);
    });

    it("scopes: known bases, HS codes, a description, each named by a record, one preferred per scope", () => {
      const scope = { id: "x-t", basis: "customs-volume" as const, hs: ["28.46"], description: " " };
      expect(check([good], [...mineScope, scope])).toMatch(
        /HS code "28.46" is not of the form[\s\S]*description is empty[\s\S]*scope x-t is named by no record/,
      );
      // Two records of one scope and year, neither preferred, while another scope's record is.
      const a = { ...good, edition: "A", preferred: true, scope: "x-t" };
      const b = { ...good, edition: "B", value: 1 };
      const c = { ...good, edition: "C", value: 2 };
      expect(check([a, b, c], [...mineScope, { ...scope, hs: [], description: "d" }])).toMatch(
        /2 records of scope usgs-mine-production and none of them preferred/,
      );
    });
  });
});
