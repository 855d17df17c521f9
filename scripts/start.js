// npm start / npm run start:web: serve the add-in and load it into Excel where that is possible.
//   Windows, macOS: serve over HTTPS, then office-addin-debugging sideloads into desktop Excel.
//   Linux:          desktop Excel does not exist; serve over HTTPS and explain how to use Excel on the web.
//   web:            serve, then office-addin-debugging opens a OneDrive/SharePoint workbook with the
//                   add-in sideloaded.
// The server runs in the foreground of this terminal, so its messages (certificate prompts and
// failures, compile errors) are seen; Excel is opened only once it listens. What runs is planned
// in lib/launch-plan.js (no shell anywhere); this file only carries the plan out.
"use strict";

const { spawn } = require("child_process");
const path = require("path");
const { configuredPort } = require("./lib/dev-port");
const {
  readBins,
  readState,
  writeState,
  clearState,
  runningServer,
  writeSideloadManifest,
} = require("./lib/dev-session");
const { UsageError, planStart } = require("./lib/launch-plan");
const { listeningAddresses, waitForLocalhost } = require("./lib/localhost");

const ROOT = path.join(__dirname, "..");

function linuxInstructions(base, manifest) {
  return [
    "",
    `REE Supply Risk is being served at ${base}`,
    `  Task pane preview (outside Excel): ${base}taskpane.html`,
    `  Manifest:                          ${base}manifest.xml (the same as ${manifest})`,
    "",
    "Desktop Excel does not run on Linux, so nothing was sideloaded. To use the add-in in Excel on the web:",
    "  1. Open a workbook stored in OneDrive or SharePoint in the browser and copy its URL.",
    '  2. Run: npm run start:web -- --document "<workbook URL>"',
    "     or, in that workbook, choose Home > Add-ins > More Add-ins > Upload My Add-in and pick the manifest above.",
    `  The browser must trust the development certificate for ${base}.`,
    "",
    "Stop the server with Ctrl+C or `npm stop`.",
    "",
  ].join("\n");
}

function sideloadedSummary(plan, { reused }) {
  const where =
    plan.target === "web"
      ? "The browser opens the workbook with the add-in; accept the prompt to load it."
      : "Excel opens with the add-in: the REE Risk button is on the Home tab.";
  return [
    "",
    `REE Supply Risk is being served at ${plan.baseUrl}${reused ? " (by the server started earlier)" : ""}`,
    `  Manifest: ${plan.manifest.path}`,
    where,
    "If it did not, read the messages above and Troubleshooting in the README (certificate, port).",
    reused
      ? "`npm stop` stops the server and removes the add-in from Excel."
      : "Keep this running while you use the add-in. Ctrl+C stops the server; `npm stop` also removes the add-in from Excel.",
    "",
  ].join("\n");
}

function run(command) {
  return new Promise((resolve) => {
    const child = spawn(command.file, command.args, command.options);
    child.once("error", (error) => {
      console.error(`Could not run ${command.args[0]}: ${error.message}`);
      resolve(1);
    });
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/**
 * Is the port served already? By the server of an earlier npm start (then sideload again and leave
 * it running), or by another program (then stop: Excel would load whatever that serves).
 */
async function alreadyServing(plan) {
  const earlier = await runningServer(readState(plan.stateFile));
  if (earlier && earlier.port !== plan.port) {
    console.error(
      `An earlier npm start is still serving on port ${earlier.port} (process ${earlier.pid}). Run npm stop first.`,
    );
    process.exitCode = 1;
    return true;
  }
  const open = await listeningAddresses(plan.port);
  if (open.length === 0) return false;
  if (earlier) {
    console.log(`The development server from an earlier npm start is still running (process ${earlier.pid}).`);
    if (plan.sideload) {
      process.exitCode = await run(plan.sideload);
      console.log(sideloadedSummary(plan, { reused: true }));
    } else {
      console.log(linuxInstructions(plan.baseUrl, plan.manifest.path));
    }
    return true;
  }
  console.error(
    [
      `Port ${plan.port} on localhost (${open.join(", ")}) is already in use by another program.`,
      "Stop that program, or serve on another port, e.g. DEV_SERVER_PORT=3001 npm start",
      "(npm start then gives Excel a copy of the manifest with that port).",
    ].join("\n"),
  );
  process.exitCode = 1;
  return true;
}

async function main() {
  let plan;
  try {
    plan = planStart({
      platform: process.platform,
      args: process.argv.slice(2),
      env: process.env,
      root: ROOT,
      execPath: process.execPath,
      bins: readBins(ROOT),
      configPort: configuredPort(ROOT),
    });
  } catch (error) {
    console.error(error.message);
    process.exit(error instanceof UsageError ? 2 : 1);
  }

  if (plan.manifest.generated) writeSideloadManifest(ROOT, plan.manifest.path, plan.baseUrl);
  if (await alreadyServing(plan)) return;

  const server = spawn(plan.server.file, plan.server.args, plan.server.options);
  let ready = false;
  let exited; // why the server is gone, once it is
  let interrupted = false; // Ctrl+C, as opposed to npm stop (which also unregisters the add-in)
  server.once("error", (error) => {
    exited = `it could not be started: ${error.message}`;
  });
  if (server.pid !== undefined) {
    writeState(plan.stateFile, {
      pid: server.pid,
      port: plan.port,
      baseUrl: plan.baseUrl,
      manifest: plan.manifest.path,
    });
  }
  server.once("exit", (code, signal) => {
    clearState(plan.stateFile, server.pid);
    exited = `it stopped (${signal || `exit code ${code}`}); its messages are above`;
    if (!ready) return; // the wait below reports it
    if (interrupted && plan.sideload && plan.target === "desktop") {
      console.log("The development server stopped. Excel still lists the add-in: `npm stop` removes it.");
    }
    process.exit(code ?? 0);
  });
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      interrupted = signal === "SIGINT";
      server.kill(signal);
    });
  }

  // The first start may wait on a certificate prompt (Windows shows a dialog, macOS may ask for a
  // password) before the server listens: say so rather than stay silent, and give it time.
  const slow = setTimeout(() => {
    console.log(`Still waiting for the development server on port ${plan.port}; answer any certificate prompt.`);
  }, 30000);
  try {
    await waitForLocalhost(plan.port, { timeoutMs: 600000, stopped: () => exited });
  } catch (error) {
    console.error(`The development server did not start: ${error.message}`);
    server.kill();
    process.exitCode = 1;
    return;
  } finally {
    clearTimeout(slow);
  }
  ready = true;

  if (plan.sideload) {
    const code = await run(plan.sideload);
    if (code !== 0) console.error(`office-addin-debugging exited with code ${code}.`);
    console.log(sideloadedSummary(plan, { reused: false }));
  } else {
    console.log(linuxInstructions(plan.baseUrl, plan.manifest.path));
  }
}

main();
