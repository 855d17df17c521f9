/**
 * The example workbooks as files: what Excel reads when it opens them, part by part. Each file must
 * be a valid package (every part has a content type, every relationship resolves, no part is
 * unreachable), carry a current calculation engine id (so Excel shows the cached values instead of
 * recalculating on open), mark every formula that can return an array as a dynamic-array formula
 * (`cm` pointing at the dynamic-array metadata, `t="array"` with the range it spills into), hold the
 * value of every cell of every spill, store functions under the names Excel stores them, and
 * reference the add-in of manifest.xml so that Excel offers it and opens its pane. The parts are
 * read here with JSZip and xmldom, and the files are opened with ExcelJS, independently of the
 * writer.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import type { Element } from "@xmldom/xmldom";
import type { HyperFormula } from "hyperformula";
import { WORKBOOKS, type WorkbookSpec } from "../../examples/definitions";
import { ENGINE_CONFIG, generateWorkbook, workbookContent } from "../../examples/generate";
import { CALC_ID, CONTENT_TYPE, DYNAMIC_ARRAY, NS, RELATIONSHIP } from "../../examples/xlsx/ooxml";
import { EXCEL_2007_FUNCTIONS, FUTURE_FUNCTIONS, calledFunctions } from "../../examples/xlsx/formulas";
import type { FunctionMetadataJson } from "../../tools/hyperformula/ree-plugin";
import { ROOT, readFunctionsJson } from "../helpers/built-addin";
import { builtAddinHarness } from "../helpers/excel";
import {
  contentType,
  decodeRange,
  elements,
  fileCells,
  part,
  parseXml,
  readParts,
  relationships,
  sharedStrings,
  sourceOf,
  valueOf,
  worksheets,
  type FileCell,
  type Parts,
} from "./package-reader";

const metadata = readFunctionsJson().functions as unknown as FunctionMetadataJson[];
const functionIds = new Set(metadata.map((fn) => fn.id));
const arrayFunctions = new Set(metadata.filter((fn) => fn.result.dimensionality === "matrix").map((fn) => fn.id));

const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const manifestId = /<Id>([^<]+)<\/Id>/.exec(manifest)?.[1] ?? "";
const manifestVersion = /<Version>([^<]+)<\/Version>/.exec(manifest)?.[1] ?? "";

interface Loaded {
  spec: WorkbookSpec;
  parts: Parts;
  strings: string[];
  /** Cells of each sheet, by sheet name. */
  cells: Map<string, FileCell[]>;
  /** The definition evaluated from scratch, as the reference for cached values. */
  engine: HyperFormula;
}

const loaded: Loaded[] = [];
beforeAll(async () => {
  for (const spec of WORKBOOKS) {
    const parts = await readParts(path.join(ROOT, "examples", spec.file));
    const cells = new Map(worksheets(parts).map((sheet) => [sheet.name, fileCells(part(parts, sheet.part))]));
    const rows: Record<string, (string | number | null)[][]> = {};
    for (const sheet of spec.sheets) rows[sheet.name] = sheet.rows;
    const engine = await builtAddinHarness("desktop").evaluate(rows, ENGINE_CONFIG);
    loaded.push({ spec, parts, strings: sharedStrings(parts), cells, engine });
  }
});
afterAll(() => loaded.forEach((w) => w.engine.destroy()));

const formulaCells = (w: Loaded) =>
  [...w.cells].flatMap(([sheet, cells]) => cells.filter((c) => c.formula !== undefined).map((c) => ({ sheet, c })));

describe.each(WORKBOOKS.map((spec) => [spec.file, spec] as const))("%s", (file) => {
  const w = () => loaded.find((l) => l.spec.file === file) as Loaded;

  it("is a valid package: well-formed parts, each with a content type, every relationship resolving, none unreachable", () => {
    const { parts } = w();
    expect(parts.has("[Content_Types].xml")).toBe(true);
    for (const [name, text] of parts) {
      expect(() => parseXml(text, name)).not.toThrow();
      if (name !== "[Content_Types].xml") expect(`${name}: ${contentType(parts, name)}`).toMatch(/: \S+/);
    }
    // every Override names a part that exists, once
    const overrides = elements(part(parts, "[Content_Types].xml"), NS.contentTypes, "Override").map((o) =>
      (o.getAttribute("PartName") ?? "").slice(1),
    );
    expect(overrides.filter((name) => !parts.has(name))).toEqual([]);
    expect(new Set(overrides).size).toBe(overrides.length);
    // every relationships part describes an existing part (or the package); ids unique; targets exist
    const reachable = new Set<string>();
    const visit = (source: string) => {
      const rels = relationships(parts, source);
      expect(new Set(rels.map((r) => r.id)).size).toBe(rels.length);
      for (const rel of rels) {
        expect(rel.external).toBe(false);
        expect(`${source || "package"} ${rel.id} -> ${rel.part}`).toBe(
          `${source || "package"} ${rel.id} -> ${parts.has(rel.part) ? rel.part : "(missing)"}`,
        );
        if (!reachable.has(rel.part)) {
          reachable.add(rel.part);
          visit(rel.part);
        }
      }
    };
    visit("");
    for (const name of parts.keys()) {
      if (name.endsWith(".rels")) expect(sourceOf(name) === "" || parts.has(sourceOf(name))).toBe(true);
    }
    const orphans = [...parts.keys()].filter(
      (name) => name !== "[Content_Types].xml" && !name.endsWith(".rels") && !reachable.has(name),
    );
    expect(orphans).toEqual([]);
    // the parts Excel looks for have their own types
    expect(contentType(parts, "xl/workbook.xml")).toBe(CONTENT_TYPE.workbook);
    for (const sheet of worksheets(parts)) expect(contentType(parts, sheet.part)).toBe(CONTENT_TYPE.worksheet);
    expect(relationships(parts, "").find((r) => r.type === RELATIONSHIP.officeDocument)?.part).toBe("xl/workbook.xml");
  });

  it("has the sheets of its definition, in order", () => {
    expect(worksheets(w().parts).map((s) => s.name)).toEqual(w().spec.sheets.map((s) => s.name));
  });

  it("carries the calculation engine id of current Excel, so Excel shows the cached values on open", () => {
    const calcPr = elements(part(w().parts, "xl/workbook.xml"), NS.main, "calcPr");
    expect(calcPr).toHaveLength(1);
    expect(Number(calcPr[0].getAttribute("calcId"))).toBe(CALC_ID);
    expect(CALC_ID).toBeGreaterThanOrEqual(191029);
    // nothing that would force a recalculation on open
    expect(calcPr[0].getAttribute("fullCalcOnLoad")).toBeNull();
    expect(calcPr[0].getAttribute("calcMode")).toBeNull();
    expect(formulaCells(w()).length).toBeGreaterThan(0);
    for (const { c } of formulaCells(w())) expect(c.v).toBeDefined();
  });

  it("marks every formula that can return an array as a dynamic-array formula, spilling into the range its result fills", () => {
    const { parts, engine, spec } = w();
    const dynamicCells: string[] = [];
    for (const { sheet, c } of formulaCells(w())) {
      const where = `${sheet}!${c.address}`;
      const sheetId = engine.getSheetId(sheet) as number;
      const typed = spec.sheets.find((s) => s.name === sheet)?.rows[c.row]?.[c.col];
      expect(typeof typed === "string" && typed.startsWith("=")).toBe(true);
      const result = engine.isCellPartOfArray({ sheet: sheetId, row: c.row, col: c.col })
        ? engine.calculateFormula(typed as string, sheetId)
        : engine.getCellValue({ sheet: sheetId, row: c.row, col: c.col });
      const height = Array.isArray(result) ? result.length : 1;
      const width = Array.isArray(result) ? result[0].length : 1;
      const callsArrayFunction = calledFunctions(typed as string).some(
        (name) => name.startsWith("REE.") && arrayFunctions.has(name.slice(4)),
      );
      if (height * width > 1 || callsArrayFunction) {
        dynamicCells.push(where);
        expect(`${where} cm=${c.cm}`).toBe(`${where} cm=${DYNAMIC_ARRAY.cellMetadataIndex}`);
        expect(`${where} ${c.formulaType}`).toBe(`${where} array`);
        const range = decodeRange(c.ref ?? "");
        expect(`${where} ${c.ref}`).toBe(
          `${where} ${range.top === c.row && range.left === c.col ? c.ref : "(not anchored here)"}`,
        );
        expect(`${where} ${range.bottom - range.top + 1}x${range.right - range.left + 1}`).toBe(
          `${where} ${height}x${width}`,
        );
      } else {
        expect(`${where} cm=${c.cm} t=${c.formulaType}`).toBe(`${where} cm=undefined t=undefined`);
      }
    }
    // the metadata part exactly when a formula is dynamic, with the dynamic-array properties cm points at
    expect(parts.has("xl/metadata.xml")).toBe(dynamicCells.length > 0);
    if (dynamicCells.length === 0) return;
    expect(contentType(parts, "xl/metadata.xml")).toBe(CONTENT_TYPE.metadata);
    expect(relationships(parts, "xl/workbook.xml").filter((r) => r.type === RELATIONSHIP.metadata)).toEqual([
      expect.objectContaining({ part: "xl/metadata.xml" }),
    ]);
    const meta = part(parts, "xl/metadata.xml");
    const types = elements(meta, NS.main, "metadataType");
    const cellBlocks = elements(elements(meta, NS.main, "cellMetadata")[0], NS.main, "bk");
    const block = cellBlocks[DYNAMIC_ARRAY.cellMetadataIndex - 1];
    const rc = elements(block, NS.main, "rc")[0];
    const type = types[Number(rc.getAttribute("t")) - 1];
    expect(type.getAttribute("name")).toBe("XLDAPR");
    expect(type.getAttribute("cellMeta")).toBe("1");
    const future = elements(meta, NS.main, "futureMetadata").find((f) => f.getAttribute("name") === "XLDAPR");
    const futureBlock = elements(future!, NS.main, "bk")[Number(rc.getAttribute("v"))];
    const ext = elements(futureBlock, NS.main, "ext")[0];
    expect(ext.getAttribute("uri")).toBe(DYNAMIC_ARRAY.extensionUri);
    const properties = elements(ext, NS.dynamicArray, "dynamicArrayProperties")[0];
    expect(properties.getAttribute("fDynamic")).toBe("1");
  });

  it("caches the value of every formula as the functions give it now", () => {
    const { engine, strings } = w();
    for (const { sheet, c } of formulaCells(w())) {
      const value = engine.getCellValue({ sheet: engine.getSheetId(sheet) as number, row: c.row, col: c.col });
      expect([`${sheet}!${c.address}`, valueOf(c, strings)]).toEqual([`${sheet}!${c.address}`, value]);
    }
  });

  it("holds every cell of every spill, each with the value the functions give now", () => {
    const { engine, strings } = w();
    let spilled = 0;
    for (const [sheet, cells] of w().cells) {
      const sheetId = engine.getSheetId(sheet) as number;
      const byAddress = new Map(cells.map((c) => [`${c.row},${c.col}`, c]));
      for (const anchor of cells.filter((c) => c.ref)) {
        const range = decodeRange(anchor.ref as string);
        for (let row = range.top; row <= range.bottom; row++)
          for (let col = range.left; col <= range.right; col++) {
            const cell = byAddress.get(`${row},${col}`);
            const where = `${sheet} ${anchor.address} spill, row ${row + 1} column ${col + 1}`;
            expect(`${where}: ${cell ? "present" : "missing"}`).toBe(`${where}: present`);
            if (cell !== anchor) expect(`${where}: ${cell!.formula}`).toBe(`${where}: undefined`);
            const expected = engine.getCellValue({ sheet: sheetId, row, col });
            expect([where, valueOf(cell!, strings)]).toEqual([where, expected === null ? "" : expected]);
            spilled++;
          }
      }
    }
    const spills = w().spec.sheets.some((s) =>
      s.rows.some((r) => r.some((c) => /^=REE\.(PATH|PARAMS|SCENARIOS)\(/.test(String(c)))),
    );
    if (spills) expect(spilled).toBeGreaterThan(100);
  });

  it("stores custom functions as _xldudf_REE_… and functions newer than Excel 2007 with _xlfn.", () => {
    for (const { sheet, c } of formulaCells(w())) {
      for (const name of calledFunctions(c.formula as string)) {
        const where = `${sheet}!${c.address} ${name}`;
        const custom = /^_xldudf_REE_([A-Z]+)$/.exec(name);
        if (custom) expect(`${where}: ${functionIds.has(custom[1])}`).toBe(`${where}: true`);
        else if (name.startsWith("_xlfn.")) expect(Object.values(FUTURE_FUNCTIONS)).toContain(name);
        else expect([where, EXCEL_2007_FUNCTIONS.has(name)]).toEqual([where, true]);
      }
    }
  });

  it("references the add-in of manifest.xml, so Excel offers it and opens its pane with the workbook", () => {
    const { parts } = w();
    const toPanes = relationships(parts, "").filter((r) => r.type === RELATIONSHIP.webExtensionTaskpanes);
    expect(toPanes).toHaveLength(1);
    expect(contentType(parts, toPanes[0].part)).toBe(CONTENT_TYPE.webExtensionTaskpanes);
    const panes = elements(part(parts, toPanes[0].part), NS.webExtensionTaskpanes, "taskpane");
    expect(panes).toHaveLength(1);
    // visibility 1: opens with the document and prompts users who do not have the add-in yet
    expect(panes[0].getAttribute("visibility")).toBe("1");
    expect(panes[0].getAttribute("dockstate")).toBe("right");
    const refId = elements(panes[0], NS.webExtensionTaskpanes, "webextensionref")[0].getAttributeNS(
      NS.officeRelationships,
      "id",
    );
    const toExtension = relationships(parts, toPanes[0].part).find((r) => r.id === refId);
    expect(toExtension?.type).toBe(RELATIONSHIP.webExtension);
    expect(contentType(parts, toExtension!.part)).toBe(CONTENT_TYPE.webExtension);
    const extension = part(parts, toExtension!.part);
    const reference = (element: Element) => {
      const r = elements(element, NS.webExtension, "reference")[0];
      return ["id", "version", "store", "storeType"].map((a) => r.getAttribute(a));
    };
    const root = extension.documentElement!;
    // the primary reference: the add-in deployed by the organisation (Centralized Deployment)
    expect(reference(root)).toEqual([manifestId, manifestVersion, "EXCatalog", "EXCatalog"]);
    // the first alternate: the add-in sideloaded on this computer
    const alternates = elements(extension, NS.webExtension, "alternateReferences")[0];
    expect(reference(alternates)).toEqual([manifestId, manifestVersion, "developer", "Registry"]);
    const properties = elements(extension, NS.webExtension, "property").map((p) => [
      p.getAttribute("name"),
      p.getAttribute("value"),
    ]);
    expect(properties).toEqual([["Office.AutoShowTaskpaneWithDocument", "true"]]);
    expect(manifestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(manifestVersion).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it("opens in ExcelJS with its formulas, dynamic-array formulas and spilled values", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(ROOT, "examples", file));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(w().spec.sheets.map((s) => s.name));
    for (const [sheetName, cells] of w().cells) {
      const sheet = workbook.getWorksheet(sheetName)!;
      for (const c of cells) {
        const value = sheet.getCell(c.address).value as ExcelJS.CellFormulaValue & { shareType?: string; ref?: string };
        if (c.formula !== undefined) {
          expect(value.formula).toBe(c.formula);
          if (c.ref) expect([c.address, value.shareType, value.ref]).toEqual([c.address, "array", c.ref]);
        } else if (c.v !== "") {
          expect([c.address, value]).toEqual([c.address, valueOf(c, w().strings)]);
        }
      }
    }
  });
});

describe("npm run examples", () => {
  const options = () => ({
    addIn: { id: manifestId, version: manifestVersion },
    arrayFunctions,
    harness: builtAddinHarness("desktop"),
  });

  it("made the files from examples/definitions.ts as they are now", async () => {
    for (const spec of WORKBOOKS) {
      const generated = await readParts(await generateWorkbook(spec, options()));
      const inFile = loaded.find((l) => l.spec.file === spec.file)!.parts;
      expect([spec.file, [...inFile.keys()].sort()]).toEqual([spec.file, [...generated.keys()].sort()]);
      for (const [name, text] of generated)
        expect([spec.file, name, inFile.get(name)]).toEqual([spec.file, name, text]);
    }
  });

  it("writes the same bytes every time", async () => {
    const spec = WORKBOOKS.find((s) => s.file === "japan-dependency.xlsx")!;
    const [a, b] = [await generateWorkbook(spec, options()), await generateWorkbook(spec, options())];
    expect(a.equals(b)).toBe(true);
  });

  it("refuses a formula whose result would spill over a cell the definition fills", async () => {
    const spec: WorkbookSpec = {
      file: "x.xlsx",
      title: "x",
      language: "en",
      sheets: [{ name: "Read me", rows: [["=REE.SCENARIOS()"], [null, "in the way"]] }],
    };
    await expect(workbookContent(spec, options())).rejects.toThrow(/Read me!A1/);
  });
});
