/**
 * Reads an .xlsx package part by part, independently of the writer: unzip (JSZip), parse each part
 * as namespace-aware XML (xmldom, failing on any error), resolve relationships the way ECMA-376
 * Part 2 defines them, and read the cells of a worksheet as they are in the file.
 */
import * as fs from "fs";
import JSZip from "jszip";
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";
import { NS } from "../../examples/xlsx/ooxml";

export type Parts = Map<string, string>;

export async function readParts(file: string | Buffer): Promise<Parts> {
  const zip = await JSZip.loadAsync(typeof file === "string" ? fs.readFileSync(file) : file);
  const parts: Parts = new Map();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) parts.set(entry.name, await entry.async("string"));
  }
  return parts;
}

export function parseXml(text: string, name: string): Document {
  return new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") throw new Error(`${name}: ${message}`);
    },
  }).parseFromString(text, "text/xml");
}

export function part(parts: Parts, name: string): Document {
  const text = parts.get(name);
  if (text === undefined) throw new Error(`no part ${name}`);
  return parseXml(text, name);
}

export const elements = (node: Document | Element, ns: string, name: string): Element[] =>
  Array.from(node.getElementsByTagNameNS(ns, name));

/** The relationships part of a part ("" is the package itself). */
export function relationshipsPartOf(source: string): string {
  const slash = source.lastIndexOf("/");
  return `${source.slice(0, slash + 1)}_rels/${source.slice(slash + 1)}.rels`;
}

/** The part a relationships part describes ("" for the package). */
export function sourceOf(relationshipsPart: string): string {
  const m = /^(.*?)_rels\/([^/]*)\.rels$/.exec(relationshipsPart);
  if (!m) throw new Error(`${relationshipsPart} is not a relationships part`);
  return m[1] + m[2];
}

/** A relationship target resolved to a part name (ECMA-376 Part 2, relative to the source's folder). */
export function resolveTarget(source: string, target: string): string {
  const base = target.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const segment of target.replace(/^\//, "").split("/")) {
    if (segment === "..") base.pop();
    else if (segment !== ".") base.push(segment);
  }
  return base.join("/");
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  /** The part the target names, for internal targets. */
  part: string;
  external: boolean;
}

export function relationships(parts: Parts, source: string): Relationship[] {
  const name = relationshipsPartOf(source);
  if (!parts.has(name)) return [];
  return elements(part(parts, name), NS.packageRelationships, "Relationship").map((rel) => {
    const target = rel.getAttribute("Target") ?? "";
    const external = rel.getAttribute("TargetMode") === "External";
    return {
      id: rel.getAttribute("Id") ?? "",
      type: rel.getAttribute("Type") ?? "",
      target,
      part: external ? "" : resolveTarget(source, target),
      external,
    };
  });
}

/** The content type of a part per [Content_Types].xml: its Override, else the Default for its extension. */
export function contentType(parts: Parts, name: string): string | undefined {
  const types = part(parts, "[Content_Types].xml");
  const override = elements(types, NS.contentTypes, "Override").find(
    (o) => o.getAttribute("PartName")?.toLowerCase() === `/${name}`.toLowerCase(),
  );
  if (override) return override.getAttribute("ContentType") ?? undefined;
  const extension = name.slice(name.lastIndexOf(".") + 1).toLowerCase();
  const fallback = elements(types, NS.contentTypes, "Default").find(
    (d) => d.getAttribute("Extension")?.toLowerCase() === extension,
  );
  return fallback?.getAttribute("ContentType") ?? undefined;
}

/** The workbook's sheets in order, with the part each is stored in. */
export function worksheets(parts: Parts): Array<{ name: string; part: string }> {
  const rels = relationships(parts, "xl/workbook.xml");
  return elements(part(parts, "xl/workbook.xml"), NS.main, "sheet").map((sheet) => {
    const id = sheet.getAttributeNS(NS.officeRelationships, "id");
    const rel = rels.find((r) => r.id === id);
    if (!rel) throw new Error(`sheet ${sheet.getAttribute("name")} has no relationship ${id}`);
    return { name: sheet.getAttribute("name") ?? "", part: rel.part };
  });
}

export interface FileCell {
  address: string;
  row: number;
  col: number;
  /** The `t` attribute (s, str, b, e, or "" for a number). */
  type: string;
  cm?: string;
  formula?: string;
  formulaType?: string;
  ref?: string;
  /** The `<v>` text, undefined when the cell has none. */
  v?: string;
}

/** Zero-based row and column of "AB12". */
export function decodeAddress(address: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(`bad address ${address}`);
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(m[2]) - 1, col };
}

export function decodeRange(ref: string): { top: number; left: number; bottom: number; right: number } {
  const [from, to = from] = ref.split(":");
  const a = decodeAddress(from);
  const b = decodeAddress(to);
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

export function fileCells(doc: Document): FileCell[] {
  return elements(doc, NS.main, "c").map((c) => {
    const address = c.getAttribute("r") ?? "";
    const f = elements(c, NS.main, "f")[0];
    const v = elements(c, NS.main, "v")[0];
    return {
      address,
      ...decodeAddress(address),
      type: c.getAttribute("t") ?? "",
      cm: c.getAttribute("cm") ?? undefined,
      formula: f ? (f.textContent ?? "") : undefined,
      formulaType: f?.getAttribute("t") ?? undefined,
      ref: f?.getAttribute("ref") ?? undefined,
      v: v ? (v.textContent ?? "") : undefined,
    };
  });
}

export function sharedStrings(parts: Parts): string[] {
  if (!parts.has("xl/sharedStrings.xml")) return [];
  return elements(part(parts, "xl/sharedStrings.xml"), NS.main, "si").map((si) =>
    elements(si, NS.main, "t")
      .map((t) => t.textContent ?? "")
      .join(""),
  );
}

/** A cell's cached value as Excel reads it. */
export function valueOf(cell: FileCell, strings: string[]): number | string | boolean | undefined {
  if (cell.v === undefined) return undefined;
  switch (cell.type) {
    case "s":
      return strings[Number(cell.v)];
    case "str":
      return cell.v;
    case "b":
      return cell.v === "1";
    case "e":
      throw new Error(`${cell.address} holds the error ${cell.v}`);
    default:
      return Number(cell.v);
  }
}
