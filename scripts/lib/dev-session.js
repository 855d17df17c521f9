// The files behind npm start / npm stop: the tools' entry points, the record of the running server
// (kept in node_modules/.cache/ree-risk-addin/, one per project folder, so two checkouts do not stop
// each other's servers) and the manifest copy for a port other than 3000.
"use strict";

const fs = require("fs");
const path = require("path");
const { rewriteBaseUrl } = require("./base-url");
const { TOOLS } = require("./launch-plan");
const { listeningAddresses } = require("./localhost");

/** The bin entry point of each tool, as its installed package.json declares it (see launch-plan.js). */
function readBins(root) {
  const bins = {};
  for (const [key, tool] of Object.entries(TOOLS)) {
    const file = path.join(root, "node_modules", tool.package, "package.json");
    if (!fs.existsSync(file)) throw new Error(`${tool.package} is not installed: run npm ci`);
    const { bin } = JSON.parse(fs.readFileSync(file, "utf8"));
    const relative = typeof bin === "string" ? bin : bin && bin[tool.bin];
    if (!relative) throw new Error(`${tool.package}'s package.json names no "${tool.bin}" command`);
    bins[key] = relative;
  }
  return bins;
}

/** What npm start recorded ({ pid, port, manifest, baseUrl }), or undefined. */
function readState(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

function writeState(file, state) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(state, null, 2)}\n`);
}

/** Removes the record, but only if it is still the one of process `pid` (a later npm start may own it). */
function clearState(file, pid) {
  const state = readState(file);
  if (state && (pid === undefined || state.pid === pid)) fs.rmSync(file, { force: true });
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM"; // exists, owned by someone else
  }
}

/**
 * The recorded server if it is still serving: its process exists and something listens on its port.
 * Both, because a record can outlive its server (start.js killed outright, a reboot) and its process
 * id be reused by an unrelated program, which npm stop must not kill.
 */
async function runningServer(state) {
  if (!state || !Number.isInteger(state.pid) || !isAlive(state.pid)) return undefined;
  if (Number.isInteger(state.port) && (await listeningAddresses(state.port)).length === 0) return undefined;
  return state;
}

/** Writes manifest.xml with its development URLs moved to `baseUrl`, to `target`. */
function writeSideloadManifest(root, target, baseUrl) {
  const xml = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, rewriteBaseUrl(xml, baseUrl));
}

module.exports = { readBins, readState, writeState, clearState, isAlive, runningServer, writeSideloadManifest };
