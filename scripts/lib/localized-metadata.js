// Builds the custom-function metadata Excel shows in another language (functions-ja.json) from the
// generated functions.json and a translation table kept in the repository
// (src/functions/locales/<language>.json). Only what Excel lets a locale change is replaced: the
// description of each function and the name and description of each parameter. Function ids and
// names stay as in English, so a formula reads the same in every language and shared workbooks
// work for colleagues whatever their Office language.
// https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-naming#localize-custom-functions
"use strict";

const fs = require("fs");
const path = require("path");

/** Characters a translated parameter name must not contain: Excel shows names as `(a, b, [c])`. */
const BAD_PARAMETER_NAME = /[\s,()[\]"';=]/;

const isText = (value) => typeof value === "string" && value.trim() !== "";

/**
 * Merges a translation table into generated metadata.
 *
 * @param {{ functions: Array<{ id: string, description?: string, parameters?: Array<{ name: string, description?: string }> }> }} metadata
 *   the parsed functions.json
 * @param {{ functions: Record<string, { description: string, parameters?: Record<string, { name: string, description: string }> }> }} table
 *   the parsed translation table, keyed by function id and English parameter name
 * @returns {{ metadata: object, problems: string[] }} the localized metadata (same shape, same
 *   order) and every gap or mismatch found; the build fails when `problems` is not empty.
 *
 * @example localizeMetadata({ functions: [{ id: "VERSION", name: "VERSION", description: "Model version", parameters: [] }] },
 *   { functions: { VERSION: { description: "モデルのバージョン", parameters: {} } } }).metadata.functions[0].description
 *   // => "モデルのバージョン"
 */
function localizeMetadata(metadata, table) {
  const problems = [];
  const entries = (table && table.functions) || {};
  const known = new Set(metadata.functions.map((fn) => fn.id));
  for (const id of Object.keys(entries)) {
    if (!known.has(id)) problems.push(`the table translates ${id}, which functions.json does not declare`);
  }
  const functions = metadata.functions.map((fn) => {
    const entry = entries[fn.id];
    if (!entry) {
      problems.push(`${fn.id}: no translation`);
      return fn;
    }
    if (!isText(entry.description)) problems.push(`${fn.id}: no translated description`);
    const translatedParameters = entry.parameters || {};
    const parameterNames = new Set((fn.parameters || []).map((p) => p.name));
    for (const name of Object.keys(translatedParameters)) {
      if (!parameterNames.has(name))
        problems.push(`${fn.id}: the table translates parameter ${name}, which it does not have`);
    }
    const seen = new Map();
    const parameters = (fn.parameters || []).map((parameter) => {
      const translated = translatedParameters[parameter.name];
      if (!translated) {
        problems.push(`${fn.id}(${parameter.name}): no translation`);
        return parameter;
      }
      if (!isText(translated.name)) problems.push(`${fn.id}(${parameter.name}): no translated name`);
      else if (BAD_PARAMETER_NAME.test(translated.name)) {
        problems.push(
          `${fn.id}(${parameter.name}): name "${translated.name}" contains a space, comma, bracket or quote`,
        );
      } else if (seen.has(translated.name)) {
        problems.push(
          `${fn.id}(${parameter.name}): name "${translated.name}" is also used for ${seen.get(translated.name)}`,
        );
      }
      if (isText(translated.name)) seen.set(translated.name, parameter.name);
      if (!isText(translated.description)) problems.push(`${fn.id}(${parameter.name}): no translated description`);
      return { ...parameter, name: translated.name, description: translated.description };
    });
    return { ...fn, description: entry.description, parameters };
  });
  return { metadata: { ...metadata, functions }, problems };
}

const PLUGIN = "LocalizedMetadataPlugin";

/**
 * Webpack plugin: after custom-functions-metadata-plugin has added `source` (functions.json),
 * emits `output` (e.g. functions-ja.json) merged with the translation table `table`. Gaps in the
 * table are compilation errors, so `npm run build` fails until every function and parameter of
 * the API has a translation.
 */
class LocalizedMetadataPlugin {
  /** @param {{ source: string, table: string, output: string }} options */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { source, table, output } = this.options;
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      const { Compilation, WebpackError, sources } = compiler.webpack;
      compilation.hooks.processAssets.tap({ name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        compilation.fileDependencies.add(table);
        const generated = compilation.getAsset(source);
        // Without functions.json the metadata plugin has already reported why.
        if (!generated) return;
        let translations;
        try {
          translations = JSON.parse(fs.readFileSync(table, "utf8"));
        } catch (error) {
          compilation.errors.push(new WebpackError(`${PLUGIN}: cannot read ${table}: ${error.message}`));
          return;
        }
        const { metadata, problems } = localizeMetadata(JSON.parse(generated.source.source().toString()), translations);
        const where = path.relative(compiler.context, table);
        for (const problem of problems) compilation.errors.push(new WebpackError(`${where}: ${problem}`));
        if (problems.length === 0) {
          compilation.emitAsset(output, new sources.RawSource(JSON.stringify(metadata, null, 4)));
        }
      });
    });
  }
}

module.exports = { localizeMetadata, LocalizedMetadataPlugin };
