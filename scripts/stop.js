// npm stop: stops what npm start started. On Windows and macOS office-addin-debugging unregisters
// the add-in and stops its development server; on Linux the server npm start recorded is stopped
// (and office-addin-debugging's own server too, if npm run start:web started one).
"use strict";

const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const PID_FILE = path.join(os.tmpdir(), "ree-risk-addin-dev-server.pid");
const DEBUGGING_INFO = path.join(os.tmpdir(), "office-addin-debugging.json");

let stopped = false;
if (fs.existsSync(PID_FILE)) {
  const pid = Number(fs.readFileSync(PID_FILE, "utf8"));
  try {
    process.kill(pid, "SIGTERM");
    console.log(`Stopped the development server (process ${pid}).`);
  } catch {
    console.log(`The development server (process ${pid}) was not running.`);
  }
  fs.rmSync(PID_FILE, { force: true });
  stopped = true;
}
if (process.platform === "win32" || process.platform === "darwin" || fs.existsSync(DEBUGGING_INFO)) {
  const tool = path.join(
    ROOT,
    "node_modules",
    ".bin",
    process.platform === "win32" ? "office-addin-debugging.cmd" : "office-addin-debugging",
  );
  const result = spawnSync(tool, ["stop", "manifest.xml"], {
    cwd: ROOT,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  process.exitCode = result.status ?? 1;
  stopped = true;
}
if (!stopped) console.log("Nothing to stop: no development server started by npm start is running.");
