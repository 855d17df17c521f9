/**
 * The names, types and fixed parts of the Office Open XML package the example workbooks are made
 * of, with where each is specified. The writer (package.ts) and the tests read them from here, so
 * a file and its checks cannot disagree about a namespace or a relationship type.
 */

/** Namespaces: ECMA-376 Part 1 (SpreadsheetML, relationships) and Part 2 (packaging). */
export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  officeRelationships: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  packageRelationships: "http://schemas.openxmlformats.org/package/2006/relationships",
  contentTypes: "http://schemas.openxmlformats.org/package/2006/content-types",
  coreProperties: "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
  dublinCore: "http://purl.org/dc/elements/1.1/",
  /** [MS-XLSX] schema of dynamicArrayProperties: https://learn.microsoft.com/openspecs/office_standards/ms-xlsx/878c8ac4-8548-4bfb-9ad4-b1378e0efed1 */
  dynamicArray: "http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray",
  /** [MS-OWEXML] 2.2.7 CT_OsfWebExtension: https://learn.microsoft.com/openspecs/office_standards/ms-owexml/d59d5543-252a-47dd-a566-1503dbf6a233 */
  webExtension: "http://schemas.microsoft.com/office/webextensions/webextension/2010/11",
  webExtensionTaskpanes: "http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11",
} as const;

/** Content types of the parts ([Content_Types].xml). */
export const CONTENT_TYPE = {
  relationships: "application/vnd.openxmlformats-package.relationships+xml",
  xml: "application/xml",
  workbook: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  sharedStrings: "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
  /** ECMA-376 Part 1, 12.3.10 Metadata Part. */
  metadata: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml",
  coreProperties: "application/vnd.openxmlformats-package.core-properties+xml",
  /** As in Microsoft's sideloading template (office-addin-dev-settings, ExcelWorkbookWithTaskPane.xlsx). */
  webExtensionTaskpanes: "application/vnd.ms-office.webextensiontaskpanes+xml",
  webExtension: "application/vnd.ms-office.webextension+xml",
} as const;

/** Relationship types. */
export const RELATIONSHIP = {
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  coreProperties: "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  sharedStrings: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
  /** ECMA-376 Part 1, 12.3.10: the workbook's relationship to its metadata part. */
  metadata: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata",
  /** From the package root to the task panes part, and from it to each add-in's part. */
  webExtensionTaskpanes: "http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes",
  webExtension: "http://schemas.microsoft.com/office/2011/relationships/webextension",
} as const;

/**
 * The calculation engine id current Microsoft 365 Excel writes in `<calcPr calcId>`. Excel
 * recalculates every formula on open when a file's id is lower than its own engine's ([MS-XLS]
 * 2.4.219 RecalcId, "If the value is less than the recalculation engine identifier associated with
 * the application, the application will recalculate the results of all formulas on this workbook
 * immediately after loading the file":
 * https://learn.microsoft.com/openspecs/office_file_formats/ms-xls/95ba561a-69a6-4661-a8dd-e03305bbff3f).
 * Microsoft publishes no table of ids; Excel 2019 and Microsoft 365 builds write 191028 or 191029,
 * so the higher one is used. With it, Excel shows the cached values on open and recalculates only
 * what changes (and cells saved in an error state).
 */
export const CALC_ID = 191029;

/**
 * Dynamic-array metadata, as Excel writes it: one metadata type (XLDAPR), one future-metadata
 * block with `fDynamic="1"`, and one cell-metadata block pointing at it. A formula cell with
 * `cm="1"` (the first cell-metadata block; Excel counts them from 1) is a dynamic-array formula:
 * it spills and opens without the implicit-intersection `@` that Excel adds to a formula that could
 * return an array but was saved without it
 * (https://support.microsoft.com/office/implicit-intersection-operator-ce3be07b-0101-4450-a24e-c1c999be2b34).
 * The extension URI and element are [MS-XLSX]'s dynamicArrayProperties; the attribute set of
 * `metadataType` is what Excel writes for XLDAPR.
 */
export const DYNAMIC_ARRAY = {
  metadataType: "XLDAPR",
  extensionUri: "{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}",
  /** The `cm` value of a dynamic-array formula cell in these files. */
  cellMetadataIndex: 1,
} as const;

export const METADATA_XML =
  `<metadata xmlns="${NS.main}" xmlns:xda="${NS.dynamicArray}">` +
  `<metadataTypes count="1"><metadataType name="${DYNAMIC_ARRAY.metadataType}" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes>` +
  `<futureMetadata name="${DYNAMIC_ARRAY.metadataType}" count="1"><bk><extLst><ext uri="${DYNAMIC_ARRAY.extensionUri}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata>` +
  `<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata>` +
  `</metadata>`;

/** Part names (without the leading "/"). */
export const PART = {
  contentTypes: "[Content_Types].xml",
  rootRelationships: "_rels/.rels",
  coreProperties: "docProps/core.xml",
  workbook: "xl/workbook.xml",
  workbookRelationships: "xl/_rels/workbook.xml.rels",
  styles: "xl/styles.xml",
  sharedStrings: "xl/sharedStrings.xml",
  metadata: "xl/metadata.xml",
  worksheet: (i: number) => `xl/worksheets/sheet${i + 1}.xml`,
  webExtensionTaskpanes: "xl/webextensions/taskpanes.xml",
  webExtensionTaskpanesRelationships: "xl/webextensions/_rels/taskpanes.xml.rels",
  webExtension: "xl/webextensions/webextension1.xml",
} as const;

/** Text for XML element content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[ch] as string);
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
