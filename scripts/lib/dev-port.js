// The port of the development server and the base URL it serves the add-in from. One rule for
// everything that needs it (npm start/stop, webpack's devServer and the manifest it serves), so the
// port the server listens on and the URLs Excel is given cannot disagree:
//   DEV_SERVER_PORT, if set (tests use it to run beside a real server), else package.json
//   config.dev_server_port (the setting Microsoft's add-in templates and office-addin-debugging use),
//   else the port of the manifest's development URLs (3000).
"use strict";

const fs = require("fs");
const path = require("path");
const { DEV_BASE_URL } = require("./base-url");

/** The port manifest.xml's development URLs name (https://localhost:3000/ → 3000). */
const MANIFEST_PORT = Number(new URL(DEV_BASE_URL).port);

/** package.json config.dev_server_port of the project at `root`, or undefined. */
function configuredPort(root = path.join(__dirname, "..", "..")) {
  const packageJson = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
  return packageJson.config ? packageJson.config.dev_server_port : undefined;
}

/**
 * The development server's port: `env.DEV_SERVER_PORT`, else `configPort`, else 3000.
 * Throws a message naming the setting when the value is not a port from 1 to 65535 (0, "any free
 * port", cannot work: the manifest Excel loads must name the port in advance).
 * @example devServerPort({ DEV_SERVER_PORT: "3443" }, 3000) // => 3443
 * @example devServerPort({}, 3000) // => 3000
 */
function devServerPort(env = process.env, configPort = configuredPort()) {
  const fromEnv = env.DEV_SERVER_PORT !== undefined && env.DEV_SERVER_PORT !== "";
  const value = fromEnv ? env.DEV_SERVER_PORT : configPort !== undefined ? configPort : MANIFEST_PORT;
  const source = fromEnv ? "DEV_SERVER_PORT" : "package.json config.dev_server_port";
  const text = String(value).trim();
  const port = Number(text);
  if (!/^\d+$/.test(text) || port < 1 || port > 65535) {
    throw new Error(`${source} must be a port number from 1 to 65535, got "${value}"`);
  }
  return port;
}

/**
 * The base URL of the development server on `port`.
 * @example devBaseUrl(3443) // => "https://localhost:3443/"
 */
function devBaseUrl(port) {
  return `https://localhost:${port}/`;
}

module.exports = { MANIFEST_PORT, configuredPort, devServerPort, devBaseUrl };
