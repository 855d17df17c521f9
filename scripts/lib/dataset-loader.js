// Webpack loader for src/model/data/bundled.ts, the dataset as the add-in ships it. In Node that
// module packs the authored records, projects and sources when it loads (src/model/data/pack.ts);
// in the build this loader evaluates it once, at build time, and replaces it with:
// - its packed numbers, inlined as JSON (JSON.parse of one string literal, which browsers parse
//   faster than the same object literal: https://v8.dev/blog/cost-of-javascript-2019#json);
// - the name of its packed text, which the loader emits as data-text.<hash>.json next to
//   functions.js. The name carries a hash of the content, so a functions script always fetches
//   the text it was built with, even from a cache that still holds an older one.
// So functions.js carries no notes or citations; src/functions/runtime/data-text.ts fetches them
// on first use. `this.importModule` compiles the module with the build's own loaders (ts-loader)
// and watches the files it reads (https://webpack.js.org/api/loaders/#thisimportmodule).
"use strict";

const crypto = require("crypto");

/** The query that marks the build-time evaluation, which this loader must leave alone. */
const BUILD_TIME_QUERY = "?build-time";

module.exports = function datasetLoader() {
  const callback = this.async();
  this.importModule(`${this.resourcePath}${BUILD_TIME_QUERY}`)
    .then((exports) => {
      const { PACKED_NUMBERS, PACKED_TEXT } = exports;
      if (!PACKED_NUMBERS || !PACKED_TEXT) {
        throw new Error(`${this.resourcePath} must export PACKED_NUMBERS and PACKED_TEXT`);
      }
      const text = JSON.stringify(PACKED_TEXT);
      const hash = crypto.createHash("sha256").update(text).digest("hex").slice(0, 12);
      const file = `data-text.${hash}.json`;
      this.emitFile(file, text);
      return [
        "// Generated at build time from bundled.ts by scripts/lib/dataset-loader.js.",
        `export const PACKED_NUMBERS = JSON.parse(${JSON.stringify(JSON.stringify(PACKED_NUMBERS))});`,
        "export const PACKED_TEXT = null;",
        `export const TEXT_FILE = ${JSON.stringify(file)};`,
      ].join("\n");
    })
    .then(
      (source) => callback(null, source),
      (error) => callback(error),
    );
};

module.exports.BUILD_TIME_QUERY = BUILD_TIME_QUERY;
