// npm start / npm run start:web: serve the add-in and load it into Excel where that is possible.
//   Windows, macOS: office-addin-debugging builds, serves over HTTPS and sideloads into desktop Excel.
//   Linux:          desktop Excel does not exist; serve over HTTPS and explain how to use Excel on the web.
//   web:            office-addin-debugging opens a OneDrive/SharePoint workbook with the add-in sideloaded.
"use strict";

const { spawn } = require("child_process");
const fs = require("fs");
const net = require("net");
const os = require("os");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const PID_FILE = path.join(os.tmpdir(), "ree-risk-addin-dev-server.pid");
const PORT = Number(process.env.DEV_SERVER_PORT || 3000);

function bin(name) {
  return path.join(ROOT, "node_modules", ".bin", process.platform === "win32" ? `${name}.cmd` : name);
}

function run(command, args) {
  const child = spawn(command, args, { cwd: ROOT, stdio: "inherit", shell: process.platform === "win32" });
  child.on("exit", (code) => process.exit(code ?? 1));
}

function documentUrl(args) {
  const at = args.indexOf("--document");
  return at >= 0 ? args[at + 1] : undefined;
}

function waitForPort(port, timeoutMs) {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = net.connect(port, "127.0.0.1");
      socket.once("connect", () => {
        socket.destroy();
        resolve();
      });
      socket.once("error", () => {
        socket.destroy();
        if (Date.now() - started > timeoutMs) reject(new Error(`nothing is listening on port ${port}`));
        else setTimeout(attempt, 250);
      });
    };
    attempt();
  });
}

function linuxInstructions(base) {
  return [
    "",
    `REE Supply Risk is being served at ${base}`,
    `  Task pane preview (outside Excel): ${base}taskpane.html`,
    `  Manifest:                          ${base}manifest.xml (the same as manifest.xml in this folder)`,
    "",
    "Desktop Excel does not run on Linux, so nothing was sideloaded. To use the add-in in Excel on the web:",
    "  1. Open a workbook stored in OneDrive or SharePoint in the browser and copy its URL.",
    '  2. Run: npm run start:web -- --document "<workbook URL>"',
    "     or, in that workbook, choose Home > Add-ins > More Add-ins > Upload My Add-in and pick manifest.xml.",
    `  The browser must trust the development certificate for ${base}.`,
    "",
    "Stop the server with Ctrl+C or `npm stop`.",
    "",
  ].join("\n");
}

async function serveOnLinux() {
  const server = spawn(bin("webpack"), ["serve", "--mode", "development"], {
    cwd: ROOT,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, DEV_SERVER_PORT: String(PORT) },
  });
  fs.writeFileSync(PID_FILE, String(server.pid));
  const cleanUp = () => fs.rmSync(PID_FILE, { force: true });
  server.on("exit", (code) => {
    cleanUp();
    process.exit(code ?? 0);
  });
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => server.kill(signal));
  }
  try {
    await waitForPort(PORT, 120000);
    console.log(linuxInstructions(`https://localhost:${PORT}/`));
  } catch (error) {
    console.error(`The development server did not start: ${error.message}`);
    server.kill();
  }
}

function main() {
  const args = process.argv.slice(2);
  if (args[0] === "web") {
    const url = documentUrl(args);
    if (!url) {
      console.error('Usage: npm run start:web -- --document "<URL of a workbook in OneDrive or SharePoint>"');
      process.exit(2);
    }
    run(bin("office-addin-debugging"), ["start", "manifest.xml", "web", "--document", url]);
  } else if (process.platform === "win32" || process.platform === "darwin") {
    run(bin("office-addin-debugging"), ["start", "manifest.xml", "desktop"]);
  } else {
    serveOnLinux();
  }
}

main();
