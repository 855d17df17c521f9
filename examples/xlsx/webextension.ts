/**
 * The parts that tie a workbook to the add-in: a web-extension part naming the add-in and a task
 * panes part that opens its pane with the workbook, as Microsoft documents for add-ins deployed
 * through a catalog or sideloaded ("Automatically open a task pane with a document",
 * https://learn.microsoft.com/office/dev/add-ins/develop/automatically-open-a-task-pane-with-a-document,
 * section "Use Open XML to tag the document").
 *
 * Choices, and why:
 * - The primary reference is the Centralized Deployment catalog (storeType and store "EXCatalog",
 *   id = the manifest's Id, version = the manifest's Version): the article's row "to use with
 *   add-ins that use Centralized Deployment in the Microsoft 365 admin center", the deployment the
 *   README recommends to organisations.
 * - The alternate reference is a sideloaded add-in (storeType "Registry", store "developer"), which
 *   is what `npm start` registers on Windows; [MS-OWEXML] 2.2.7: "The first of these
 *   alternateReferences is used if the Office Add-in could not be located using the primary
 *   reference" (https://learn.microsoft.com/openspecs/office_standards/ms-owexml/d59d5543-252a-47dd-a566-1503dbf6a233).
 *   A shared-folder catalog (storeType "FileSystem") needs the share's path, which only the
 *   organisation knows, so it is not written here.
 * - `visibility="1"` on the task pane: "the task pane opens automatically the first time the
 *   document is opened. The user is prompted to trust the add-in, and when trust is granted, the
 *   add-in opens"; the article's way "to distribute your add-in with the document, so that users
 *   are prompted to install it". The property Office.AutoShowTaskpaneWithDocument = true is the
 *   document tag the same article describes.
 * - The web-extension part's own `id` identifies the add-in instance in this document
 *   ([MS-OWEXML] 2.2.7); like Microsoft's sideloading template it is the manifest's Id in braces.
 */
import { DOMParser } from "@xmldom/xmldom";
import { NS, escapeXml } from "./ooxml";

export interface AddInReference {
  /** The manifest's `<Id>`, a GUID. */
  readonly id: string;
  /** The manifest's `<Version>`, four numbers. */
  readonly version: string;
}

export const CATALOG_REFERENCE = { store: "EXCatalog", storeType: "EXCatalog" } as const;
export const SIDELOADED_REFERENCE = { store: "developer", storeType: "Registry" } as const;
export const AUTO_SHOW_PROPERTY = "Office.AutoShowTaskpaneWithDocument";

/** The add-in's Id and Version from the text of an XML manifest. */
export function addInReference(manifestXml: string): AddInReference {
  const doc = new DOMParser().parseFromString(manifestXml, "text/xml");
  const root = doc.documentElement;
  const child = (name: string) => {
    const element = root?.getElementsByTagName(name)[0];
    const text = element?.textContent?.trim();
    if (!text) throw new Error(`manifest.xml has no <${name}>`);
    return text;
  };
  const id = child("Id");
  const version = child("Version");
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id))
    throw new Error(`manifest <Id> ${id} is not a GUID`);
  if (!/^\d+\.\d+\.\d+\.\d+$/.test(version)) throw new Error(`manifest <Version> ${version} is not n.n.n.n`);
  return { id, version };
}

function reference(addIn: AddInReference, where: { store: string; storeType: string }): string {
  return `<we:reference id="${escapeXml(addIn.id)}" version="${escapeXml(addIn.version)}" store="${where.store}" storeType="${where.storeType}"/>`;
}

/** xl/webextensions/webextension1.xml */
export function webExtensionXml(addIn: AddInReference): string {
  return (
    `<we:webextension xmlns:we="${NS.webExtension}" id="{${escapeXml(addIn.id)}}">` +
    reference(addIn, CATALOG_REFERENCE) +
    `<we:alternateReferences>${reference(addIn, SIDELOADED_REFERENCE)}</we:alternateReferences>` +
    `<we:properties><we:property name="${AUTO_SHOW_PROPERTY}" value="true"/></we:properties>` +
    `<we:bindings/>` +
    `<we:snapshot xmlns:r="${NS.officeRelationships}"/>` +
    `</we:webextension>`
  );
}

/** xl/webextensions/taskpanes.xml; `relationshipId` points at the web-extension part. */
export function taskpanesXml(relationshipId: string): string {
  return (
    `<wetp:taskpanes xmlns:wetp="${NS.webExtensionTaskpanes}">` +
    `<wetp:taskpane dockstate="right" visibility="1" width="350" row="1">` +
    `<wetp:webextensionref xmlns:r="${NS.officeRelationships}" r:id="${relationshipId}"/>` +
    `</wetp:taskpane></wetp:taskpanes>`
  );
}
