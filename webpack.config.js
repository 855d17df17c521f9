// Builds the add-in into dist/: functions.js (the REE.* custom functions, the model and the
// dataset's numbers) and functions.json (their Excel metadata, generated from JSDoc by
// custom-functions-metadata-plugin), functions-ja.json (the same metadata with the Japanese
// descriptions of src/functions/locales/ja.json), data-text.<hash>.json (the dataset's notes and
// citations, which REE.SOURCE and REE.PARAMS load on first use: scripts/lib/dataset-loader.js),
// taskpane.js and taskpane.html (the shared-runtime page, which loads functions.js and then the
// pane), help.html, the icons and manifest.xml. In production mode the manifest's development base
// URL is replaced by ADDIN_BASE_URL (or `--env baseUrl=...`), default https://localhost:3000/.
//
// One copy of the model in the page: Excel runs the custom functions in the shared runtime's page,
// taskpane.html, which loads functions.js and taskpane.js with script tags
// (https://learn.microsoft.com/office/dev/add-ins/develop/configure-your-add-in-to-use-a-shared-runtime);
// the manifest also names functions.js as the functions script. The pane entry `dependOn`s the
// functions entry (https://webpack.js.org/configuration/entry-context/#dependencies): functions.js
// holds the webpack runtime and every module it needs, so it runs alone and registers every
// function; taskpane.js holds only what the pane adds and reuses functions.js's modules (the model,
// the data, the argument layer), so they are downloaded, parsed and held in memory once.
"use strict";

const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { DEV_BASE_URL, parseBaseUrl, rewriteBaseUrl } = require("./scripts/lib/base-url");
const { devBaseUrl, devServerPort } = require("./scripts/lib/dev-port");
const { LocalizedMetadataPlugin } = require("./scripts/lib/localized-metadata");
const { BUILD_TIME_QUERY } = require("./scripts/lib/dataset-loader");

/** The dataset as shipped: evaluated at build time, its text emitted as a file of its own. */
const BUNDLED_DATASET = path.join(__dirname, "src", "model", "data", "bundled.ts");

/** Every src/functions/*.ts file declares Excel functions; the metadata plugin needs them all. */
const FUNCTION_FILES = fs
  .readdirSync(path.join(__dirname, "src", "functions"))
  .filter((name) => name.endsWith(".ts") && name !== "index.ts")
  .sort()
  .map((name) => `./src/functions/${name}`);

module.exports = async (env = {}, options = {}) => {
  const production = options.mode === "production";
  const baseUrl = parseBaseUrl(env.baseUrl || process.env.ADDIN_BASE_URL || DEV_BASE_URL);
  const serving = Boolean(env.WEBPACK_SERVE);

  return {
    // Source maps for development builds and the dev server only; production dist/ ships none.
    devtool: production ? false : "eval-source-map",
    entry: {
      functions: FUNCTION_FILES,
      taskpane: { import: "./src/taskpane/taskpane.ts", dependOn: "functions" },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        { test: /\.ts$/, exclude: /node_modules/, use: "ts-loader" },
        {
          test: BUNDLED_DATASET,
          resourceQuery: { not: [new RegExp(`^\\${BUILD_TIME_QUERY}$`)] },
          enforce: "post",
          use: path.join(__dirname, "scripts", "lib", "dataset-loader.js"),
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTION_FILES }),
      // Excel in Japanese reads this file (manifest: bt:Override Locale="ja-JP"); gaps fail the build.
      new LocalizedMetadataPlugin({
        source: "functions.json",
        table: path.join(__dirname, "src", "functions", "locales", "ja.json"),
        output: "functions-ja.json",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // The shared runtime runs the custom functions in this page too.
        chunks: ["functions", "taskpane"],
      }),
      new HtmlWebpackPlugin({ filename: "help.html", template: "./src/help/help.html", chunks: [] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            // Development: the manifest served (Excel on the web fetches it) names the dev server's
            // port, as the copy npm start sideloads does (scripts/lib/dev-port.js).
            transform: (content) =>
              rewriteBaseUrl(content.toString(), production ? baseUrl : devBaseUrl(devServerPort())),
          },
        ],
      }),
    ],
    devServer: {
      // DEV_SERVER_PORT, else package.json config.dev_server_port (3000, the manifest's port).
      // Only read when serving, so a stray DEV_SERVER_PORT cannot break `npm run build`.
      port: serving ? devServerPort() : undefined,
      // Loopback only. Node listens on the first address "localhost" resolves to (::1 or
      // 127.0.0.1); Excel and browsers try both, and npm start waits on both (scripts/lib/localhost.js).
      host: "localhost",
      static: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      // Certificates are only needed when serving, never for `npm run build` in CI.
      server: serving
        ? { type: "https", options: await require("./scripts/lib/dev-https").getDevHttpsOptions() }
        : "https",
      client: { overlay: { warnings: false } },
    },
  };
};
