// npm stop: stops what npm start started. The server npm start recorded is stopped on every
// platform; on Windows and macOS office-addin-debugging then unregisters the add-in from desktop
// Excel and clears its debugging settings. What runs is planned in lib/launch-plan.js (no shell).
"use strict";

const { spawnSync } = require("child_process");
const path = require("path");
const { readBins, readState, clearState, runningServer } = require("./lib/dev-session");
const { planStop, stateFilePath } = require("./lib/launch-plan");

const ROOT = path.join(__dirname, "..");

async function main() {
  const stateFile = stateFilePath(process.platform, ROOT);
  const state = readState(stateFile);
  const plan = planStop({
    platform: process.platform,
    env: process.env,
    root: ROOT,
    execPath: process.execPath,
    bins: readBins(ROOT),
    state,
  });

  if (plan.pid !== undefined) {
    if (await runningServer(state)) {
      try {
        process.kill(plan.pid, "SIGTERM");
        console.log(`Stopped the development server (process ${plan.pid}).`);
      } catch (error) {
        console.error(`Could not stop the development server (process ${plan.pid}): ${error.message}`);
        process.exitCode = 1;
      }
    } else {
      console.log(`The development server (process ${plan.pid}) was not running.`);
    }
    clearState(stateFile, plan.pid);
  }

  if (plan.unregister) {
    const result = spawnSync(plan.unregister.file, plan.unregister.args, plan.unregister.options);
    if (result.error) console.error(`Could not run office-addin-debugging: ${result.error.message}`);
    if (result.status !== 0) process.exitCode = result.status ?? 1;
  } else if (plan.pid === undefined) {
    console.log("Nothing to stop: no development server started by npm start is running.");
  }
}

main();
