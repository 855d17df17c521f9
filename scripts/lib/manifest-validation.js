// Offline validation of the XML add-in manifest: the vendored Office manifest schemas (see
// schemas/office-addin-manifest/README.md) run through libxml2 compiled to WebAssembly, plus the
// cross-references a schema cannot express (every resid is defined, the shared runtime's page is
// the same URL as the custom functions page and the function file).
"use strict";

const fs = require("fs");
const path = require("path");
const { validateXML } = require("xmllint-wasm");

const SCHEMA_DIR = path.join(__dirname, "..", "..", "schemas", "office-addin-manifest");
const MAIN_SCHEMA = "OfficeAppManifestV1_1.xsd";

function loadSchemas() {
  const files = fs.readdirSync(SCHEMA_DIR).filter((name) => name.endsWith(".xsd"));
  const read = (fileName) => ({ fileName, contents: fs.readFileSync(path.join(SCHEMA_DIR, fileName), "utf8") });
  return {
    schema: [read(MAIN_SCHEMA)],
    preload: files.filter((name) => name !== MAIN_SCHEMA).map(read),
  };
}

/**
 * Checks what the schema cannot: resource ids that are used but not defined, and the shared-runtime
 * wiring (Runtime, custom functions Page and FunctionFile all on the same URL resource).
 * Returns a list of messages; empty when all is well.
 */
function checkReferences(xml) {
  const problems = [];
  const resourcesStart = xml.indexOf("<Resources>");
  if (resourcesStart < 0) return ["VersionOverrides has no <Resources> section"];
  const resources = xml.slice(resourcesStart);
  const defined = new Set([...resources.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
  const used = [...xml.matchAll(/\sresid="([^"]+)"/g)].map((m) => m[1]);
  for (const id of new Set(used)) {
    if (!defined.has(id)) problems.push(`resid "${id}" is used but not defined in <Resources>`);
  }
  const runtime = /<Runtime\s[^>]*resid="([^"]+)"[^>]*lifetime="long"/.exec(xml);
  if (!runtime) {
    problems.push('no shared runtime: expected <Runtime resid="..." lifetime="long"/>');
  } else {
    const page = /<Page>\s*<SourceLocation resid="([^"]+)"/.exec(xml);
    const functionFile = /<FunctionFile resid="([^"]+)"/.exec(xml);
    if (page && page[1] !== runtime[1]) {
      problems.push(`custom functions <Page> uses "${page[1]}" but the shared runtime is "${runtime[1]}"`);
    }
    if (functionFile && functionFile[1] !== runtime[1]) {
      problems.push(`<FunctionFile> uses "${functionFile[1]}" but the shared runtime is "${runtime[1]}"`);
    }
  }
  return problems;
}

/**
 * Validates manifest text. Resolves to { valid, errors: string[] } where each error names the file,
 * line and what the schema expected.
 */
async function validateManifest(xml, fileName = "manifest.xml") {
  const { schema, preload } = loadSchemas();
  const result = await validateXML({ xml: [{ fileName, contents: xml }], schema, preload });
  const errors = result.errors.map((error) => {
    const line = error.loc && error.loc.lineNumber ? `:${error.loc.lineNumber}` : "";
    return `${fileName}${line}: ${error.message.trim()}`;
  });
  if (result.valid) {
    for (const problem of checkReferences(xml)) errors.push(`${fileName}: ${problem}`);
  }
  return { valid: errors.length === 0, errors };
}

async function validateManifestFile(file) {
  return validateManifest(fs.readFileSync(file, "utf8"), path.basename(file));
}

module.exports = { validateManifest, validateManifestFile, checkReferences };
