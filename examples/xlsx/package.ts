/**
 * Writes a workbook as an .xlsx package with the parts Excel writes for what these workbooks hold:
 * values and formulas with their cached results, dynamic-array formulas with their spill ranges and
 * the dynamic-array metadata, a current calculation engine id, and the parts that reference the
 * add-in. The parts are written directly rather than through a general spreadsheet writer because
 * those do not write cell metadata (`cm`), the metadata part or the web-extension parts, and stamp
 * the time into the file; this keeps every attribute deliberate and the output byte-for-byte
 * reproducible (zip entries carry a fixed date).
 *
 * Structure per ECMA-376 Part 1 (SpreadsheetML, element order as its schema's sequences) and Part 2
 * (packaging: content types, relationships).
 */
import JSZip from "jszip";
import {
  CALC_ID,
  CONTENT_TYPE,
  DYNAMIC_ARRAY,
  METADATA_XML,
  NS,
  PART,
  RELATIONSHIP,
  XML_DECLARATION,
  escapeXml,
} from "./ooxml";
import { taskpanesXml, webExtensionXml, type AddInReference } from "./webextension";

export type CachedValue = number | string | boolean;

export type CellContent =
  /** A constant typed into the cell. */
  | { readonly kind: "value"; readonly value: CachedValue }
  /**
   * A formula (as stored in the file, without "=") and its cached result. `spill` is the range
   * its result occupies when it is a dynamic-array formula ("A1:J25", or the cell itself).
   */
  | { readonly kind: "formula"; readonly formula: string; readonly value: CachedValue; readonly spill?: string }
  /** A cell of a spill range other than the formula's own: its cached value only. */
  | { readonly kind: "spilled"; readonly value: CachedValue };

export interface SheetContent {
  readonly name: string;
  /** Column widths in characters, from column A. */
  readonly widths?: readonly number[];
  /** rows[r][c]; missing or undefined cells are empty. */
  readonly rows: ReadonlyArray<ReadonlyArray<CellContent | undefined>>;
  /** Zero-based rows shown in bold. */
  readonly boldRows?: ReadonlySet<number>;
}

export interface WorkbookContent {
  readonly title: string;
  readonly language: "en" | "ja";
  readonly sheets: readonly SheetContent[];
  readonly addIn: AddInReference;
}

/** A fixed date for every zip entry, so the same content gives the same bytes. */
const ENTRY_DATE = new Date(Date.UTC(2025, 0, 1));

/** "A", …, "Z", "AA", … for a zero-based column. */
export function columnName(col: number): string {
  let name = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

export const cellAddress = (row: number, col: number) => `${columnName(col)}${row + 1}`;

/** Fonts: Excel's default body font for the workbook's language. */
const FONT = {
  en: '<sz val="11"/><name val="Calibri"/><family val="2"/>',
  ja: '<sz val="11"/><name val="游ゴシック"/><family val="3"/><charset val="128"/>',
} as const;

function stylesXml(language: "en" | "ja"): string {
  return (
    `<styleSheet xmlns="${NS.main}">` +
    `<fonts count="2"><font>${FONT[language]}</font><font><b/>${FONT[language]}</font></fonts>` +
    `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
    `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
    `<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>` +
    `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
    `</styleSheet>`
  );
}

const BOLD_STYLE = 1;

class SharedStrings {
  private readonly index = new Map<string, number>();
  private references = 0;
  add(text: string): number {
    this.references++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.index.size;
      this.index.set(text, i);
    }
    return i;
  }
  xml(): string {
    const items = [...this.index.keys()].map((text) => `<si>${textElement(text)}</si>`).join("");
    return `<sst xmlns="${NS.main}" count="${this.references}" uniqueCount="${this.index.size}">${items}</sst>`;
  }
}

/** `<t>` keeps leading and trailing spaces only with xml:space="preserve". */
function textElement(text: string): string {
  const preserve = text !== text.trim() ? ' xml:space="preserve"' : "";
  return `<t${preserve}>${escapeXml(text)}</t>`;
}

function numberText(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`cannot store ${value} in a cell`);
  return Object.is(value, -0) ? "0" : String(value);
}

/** The `t` attribute and `<v>` text of a cached formula result (strings are stored inline, as Excel does). */
function cachedValue(value: CachedValue): { type: string; text: string } {
  if (typeof value === "number") return { type: "", text: numberText(value) };
  if (typeof value === "boolean") return { type: ' t="b"', text: value ? "1" : "0" };
  return { type: ' t="str"', text: escapeXml(value) };
}

function cellXml(content: CellContent, address: string, style: string, strings: SharedStrings): string {
  const r = `r="${address}"${style}`;
  switch (content.kind) {
    case "value": {
      const v = content.value;
      if (typeof v === "string") return `<c ${r} t="s"><v>${strings.add(v)}</v></c>`;
      const { type, text } = cachedValue(v);
      return `<c ${r}${type}><v>${text}</v></c>`;
    }
    case "formula": {
      const { type, text } = cachedValue(content.value);
      const cm = content.spill ? ` cm="${DYNAMIC_ARRAY.cellMetadataIndex}"` : "";
      const f = content.spill ? `<f t="array" ref="${content.spill}">` : "<f>";
      return `<c ${r}${cm}${type}>${f}${escapeXml(content.formula)}</f><v>${text}</v></c>`;
    }
    case "spilled": {
      const { type, text } = cachedValue(content.value);
      return `<c ${r}${type}><v>${text}</v></c>`;
    }
  }
}

function worksheetXml(sheet: SheetContent, first: boolean, strings: SharedStrings): string {
  let lastRow = 0;
  let lastCol = 0;
  const rows: string[] = [];
  sheet.rows.forEach((row, r) => {
    const bold = sheet.boldRows?.has(r) ?? false;
    const style = bold ? ` s="${BOLD_STYLE}"` : "";
    const cells: string[] = [];
    row.forEach((content, c) => {
      if (!content) return;
      cells.push(cellXml(content, cellAddress(r, c), style, strings));
      lastRow = Math.max(lastRow, r);
      lastCol = Math.max(lastCol, c);
    });
    if (cells.length > 0 || bold) {
      const rowStyle = bold ? ` s="${BOLD_STYLE}" customFormat="1"` : "";
      rows.push(`<row r="${r + 1}"${rowStyle}>${cells.join("")}</row>`);
    }
  });
  const cols = sheet.widths?.length
    ? `<cols>${sheet.widths
        .map((width, i) => `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`)
        .join("")}</cols>`
    : "";
  return (
    `<worksheet xmlns="${NS.main}" xmlns:r="${NS.officeRelationships}">` +
    `<dimension ref="A1:${cellAddress(lastRow, lastCol)}"/>` +
    `<sheetViews><sheetView${first ? ' tabSelected="1"' : ""} workbookViewId="0"/></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>` +
    cols +
    `<sheetData>${rows.join("")}</sheetData>` +
    `</worksheet>`
  );
}

interface Relationship {
  id: string;
  type: string;
  target: string;
}

function relationshipsXml(relationships: Relationship[]): string {
  const items = relationships
    .map((rel) => `<Relationship Id="${rel.id}" Type="${rel.type}" Target="${escapeXml(rel.target)}"/>`)
    .join("");
  return `<Relationships xmlns="${NS.packageRelationships}">${items}</Relationships>`;
}

function coreXml(content: WorkbookContent): string {
  return (
    `<cp:coreProperties xmlns:cp="${NS.coreProperties}" xmlns:dc="${NS.dublinCore}">` +
    `<dc:title>${escapeXml(content.title)}</dc:title>` +
    `<dc:creator>REE Supply Risk</dc:creator>` +
    `<dc:language>${content.language === "ja" ? "ja-JP" : "en-US"}</dc:language>` +
    `</cp:coreProperties>`
  );
}

/** Does any sheet hold a dynamic-array formula? Only then does the workbook need the metadata part. */
export function hasDynamicArrays(content: WorkbookContent): boolean {
  return content.sheets.some((sheet) => sheet.rows.some((row) => row.some((c) => c?.kind === "formula" && c.spill)));
}

/** The package's parts, by part name, in the order they are zipped. */
export function workbookParts(content: WorkbookContent): Map<string, string> {
  const parts = new Map<string, string>();
  const strings = new SharedStrings();
  const dynamic = hasDynamicArrays(content);
  const sheets = content.sheets.map((sheet, i) => worksheetXml(sheet, i === 0, strings));

  const overrides: Array<[string, string]> = [
    [PART.workbook, CONTENT_TYPE.workbook],
    ...sheets.map((_, i) => [PART.worksheet(i), CONTENT_TYPE.worksheet] as [string, string]),
    [PART.styles, CONTENT_TYPE.styles],
    [PART.sharedStrings, CONTENT_TYPE.sharedStrings],
    ...(dynamic ? [[PART.metadata, CONTENT_TYPE.metadata] as [string, string]] : []),
    [PART.coreProperties, CONTENT_TYPE.coreProperties],
    [PART.webExtensionTaskpanes, CONTENT_TYPE.webExtensionTaskpanes],
    [PART.webExtension, CONTENT_TYPE.webExtension],
  ];
  parts.set(
    PART.contentTypes,
    `<Types xmlns="${NS.contentTypes}">` +
      `<Default Extension="rels" ContentType="${CONTENT_TYPE.relationships}"/>` +
      `<Default Extension="xml" ContentType="${CONTENT_TYPE.xml}"/>` +
      overrides.map(([part, type]) => `<Override PartName="/${part}" ContentType="${type}"/>`).join("") +
      `</Types>`,
  );
  parts.set(
    PART.rootRelationships,
    relationshipsXml([
      { id: "rId1", type: RELATIONSHIP.officeDocument, target: PART.workbook },
      { id: "rId2", type: RELATIONSHIP.coreProperties, target: PART.coreProperties },
      { id: "rId3", type: RELATIONSHIP.webExtensionTaskpanes, target: PART.webExtensionTaskpanes },
    ]),
  );
  parts.set(PART.coreProperties, coreXml(content));

  const sheetEntries = content.sheets
    .map((sheet, i) => `<sheet name="${escapeXml(sheet.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join("");
  parts.set(
    PART.workbook,
    `<workbook xmlns="${NS.main}" xmlns:r="${NS.officeRelationships}">` +
      `<bookViews><workbookView activeTab="0"/></bookViews>` +
      `<sheets>${sheetEntries}</sheets>` +
      `<calcPr calcId="${CALC_ID}"/>` +
      `</workbook>`,
  );
  // Targets of the workbook's relationships are relative to xl/.
  const inXl = (part: string) => part.replace(/^xl\//, "");
  const n = sheets.length;
  parts.set(
    PART.workbookRelationships,
    relationshipsXml([
      ...sheets.map((_, i) => ({ id: `rId${i + 1}`, type: RELATIONSHIP.worksheet, target: inXl(PART.worksheet(i)) })),
      { id: `rId${n + 1}`, type: RELATIONSHIP.styles, target: inXl(PART.styles) },
      { id: `rId${n + 2}`, type: RELATIONSHIP.sharedStrings, target: inXl(PART.sharedStrings) },
      ...(dynamic ? [{ id: `rId${n + 3}`, type: RELATIONSHIP.metadata, target: inXl(PART.metadata) }] : []),
    ]),
  );
  sheets.forEach((xml, i) => parts.set(PART.worksheet(i), xml));
  parts.set(PART.styles, stylesXml(content.language));
  parts.set(PART.sharedStrings, strings.xml());
  if (dynamic) parts.set(PART.metadata, METADATA_XML);

  parts.set(PART.webExtensionTaskpanes, taskpanesXml("rId1"));
  parts.set(
    PART.webExtensionTaskpanesRelationships,
    relationshipsXml([{ id: "rId1", type: RELATIONSHIP.webExtension, target: "webextension1.xml" }]),
  );
  parts.set(PART.webExtension, webExtensionXml(content.addIn));

  for (const [name, xml] of parts) parts.set(name, XML_DECLARATION + xml);
  return parts;
}

/** The .xlsx file. */
export async function writeXlsx(content: WorkbookContent): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, xml] of workbookParts(content)) zip.file(name, xml, { date: ENTRY_DATE, createFolders: false });
  return zip.generateAsync({
    type: "nodebuffer",
    compression: "DEFLATE",
    compressionOptions: { level: 9 },
    platform: "DOS",
  });
}
