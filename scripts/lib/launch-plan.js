// What `npm start`, `npm run start:web` and `npm stop` run, as data: for a platform, the arguments,
// the environment and the project folder, the executable, its argument vector and the spawn options.
// Pure (no files, no processes), so tests can check the exact command lines Windows and macOS would
// run without running them.
//
// Nothing goes through a shell. A shell re-parses a command string: a project folder with spaces
// ("C:\Users\Jane Doe\...") splits into several arguments, and cmd.exe splits a SharePoint URL at
// every "&". And on Windows the node_modules/.bin/*.cmd shims cannot be spawned without a shell at
// all since Node 18.20.2/20.12.2 (EINVAL, CVE-2024-27980;
// https://nodejs.org/api/child_process.html#spawning-bat-and-cmd-files-on-windows).
// So each tool runs as `node <its JavaScript entry point>`, with Node's own executable and the entry
// point named by the "bin" field of the tool's package.json.
"use strict";

const path = require("path");
const { MANIFEST_PORT, devServerPort, devBaseUrl } = require("./dev-port");

/** The packages whose command-line entry points the scripts run, and the bin name in each. */
const TOOLS = {
  webpack: { package: "webpack", bin: "webpack" },
  debugging: { package: "office-addin-debugging", bin: "office-addin-debugging" },
};

/** What office-addin-debugging runs if it finds no server on the port: no path, so no quoting. */
const DEV_SERVER_SCRIPT = "npm run dev-server";

const USAGE_WEB = 'Usage: npm run start:web -- --document "<URL of a workbook in OneDrive or SharePoint>"';
const USAGE_DESKTOP = "Usage: npm start (no arguments); for Excel on the web: npm run start:web -- --document <URL>";

/** A mistake in the command line: the scripts print the message and exit with code 2. */
class UsageError extends Error {}

function pathsFor(platform) {
  return platform === "win32" ? path.win32 : path.posix;
}

/** Windows and macOS have desktop Excel, which office-addin-debugging can sideload into. */
function hasDesktopExcel(platform) {
  return platform === "win32" || platform === "darwin";
}

/**
 * The JavaScript entry point of a tool: `bins` maps each TOOLS key to the bin path its package.json
 * declares (relative to the package), e.g. { webpack: "bin/webpack.js", debugging: "cli.js" }.
 */
function entryPoint(platform, root, bins, tool) {
  const relative = bins[tool];
  if (!relative) throw new Error(`no entry point known for ${TOOLS[tool].package}`);
  return pathsFor(platform).join(root, "node_modules", TOOLS[tool].package, relative);
}

/**
 * The manifest to sideload. manifest.xml names https://localhost:3000/; on another port Excel must get
 * a copy whose URLs name that port (start.js writes it here; webpack serves the same rewrite).
 * One path for every other port, rewritten in place: on macOS office-addin-debugging registers the
 * manifest as a hard link, which then keeps pointing at the current copy.
 */
function sideloadManifestPath(platform, root, port) {
  const paths = pathsFor(platform);
  if (port === MANIFEST_PORT) return paths.join(root, "manifest.xml");
  // The file must be called manifest.xml: for Excel on the web, office-addin-debugging asks Excel to
  // fetch https://localhost:<port>/<this file's name>, which the dev server serves.
  return paths.join(root, "node_modules", ".cache", "ree-risk-addin", "other-port", "manifest.xml");
}

/** The file where npm start records its server for npm stop (per project folder). */
function stateFilePath(platform, root) {
  return pathsFor(platform).join(root, "node_modules", ".cache", "ree-risk-addin", "dev-server.json");
}

/**
 * The workbook URL as office-addin-debugging needs it: it appends "&wdaddin…=…" parameters, which
 * need a query string to join. Throws a UsageError for anything but an https URL.
 * @example sideloadDocumentUrl("https://contoso.sharepoint.com/:x:/r/sites/t/Doc.aspx?sourcedoc=%7B1%7D&file=a.xlsx") // => "https://contoso.sharepoint.com/:x:/r/sites/t/Doc.aspx?sourcedoc=%7B1%7D&file=a.xlsx"
 * @example sideloadDocumentUrl("https://1drv.ms/x/s!Abc") // => "https://1drv.ms/x/s!Abc?"
 */
function sideloadDocumentUrl(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(
      `--document must be the URL of a workbook in OneDrive or SharePoint, got "${value}"\n${USAGE_WEB}`,
    );
  }
  if (url.protocol !== "https:") {
    throw new UsageError(`--document must be an https:// URL (Excel on the web), got "${value}"\n${USAGE_WEB}`);
  }
  if (value.includes("?")) return value;
  const hash = value.indexOf("#");
  return hash < 0 ? `${value}?` : `${value.slice(0, hash)}?${value.slice(hash)}`;
}

/**
 * Reads the command line of start.js: nothing (desktop Excel, or serving on Linux), or
 * `web --document <URL>` (also `--document=<URL>` or the URL alone, since some shells drop the `--`
 * that npm needs before script arguments).
 */
function parseStartArgs(args) {
  if (args[0] !== "web") {
    if (args.length > 0) throw new UsageError(`Unexpected argument "${args[0]}". ${USAGE_DESKTOP}`);
    return { target: "desktop" };
  }
  let document;
  for (let i = 1; i < args.length; i++) {
    const arg = args[i];
    let value;
    if (arg === "--document") {
      value = args[++i];
      if (value === undefined) throw new UsageError(USAGE_WEB);
    } else if (arg.startsWith("--document=")) {
      value = arg.slice("--document=".length);
    } else if (/^https?:\/\//i.test(arg)) {
      value = arg;
    } else {
      throw new UsageError(`Unexpected argument "${arg}".\n${USAGE_WEB}`);
    }
    if (document !== undefined) throw new UsageError(`Give one workbook URL.\n${USAGE_WEB}`);
    document = value;
  }
  if (document === undefined) throw new UsageError(USAGE_WEB);
  return { target: "web", document: sideloadDocumentUrl(document) };
}

function command(file, args, root, env) {
  return { file, args, options: { cwd: root, env, stdio: "inherit", shell: false } };
}

/**
 * The plan of `npm start` (args []) or `npm run start:web` (args ["web", "--document", url]).
 *   server:   webpack serve, run by start.js itself so its messages (certificate prompts, errors)
 *             show in the terminal; start.js waits until it listens before sideloading.
 *   sideload: office-addin-debugging start, or null where nothing can be sideloaded (desktop Excel
 *             on Linux). On Windows and macOS it gets the port (--dev-server-port) and checks the
 *             server there before it opens Excel, as in Microsoft's templates; it would start
 *             DEV_SERVER_SCRIPT only if nothing listened. On Linux its check needs netstat, often
 *             missing, so it is given no dev server to manage (and not the npm variables through
 *             which it would find the package's dev-server script).
 * @param {object} o
 * @param {string} o.platform process.platform of the machine that runs it
 * @param {string[]} o.args the arguments of start.js
 * @param {Record<string, string | undefined>} o.env the environment
 * @param {string} o.root the project folder
 * @param {string} o.execPath Node's executable
 * @param {Record<string, string>} o.bins the entry points of TOOLS (see entryPoint)
 * @param {number | string | undefined} o.configPort package.json config.dev_server_port
 */
function planStart({ platform, args, env, root, execPath, bins, configPort }) {
  const request = parseStartArgs(args);
  const port = devServerPort(env, configPort);
  const paths = pathsFor(platform);
  const manifest = sideloadManifestPath(platform, root, port);
  const serverEnv = { ...env, DEV_SERVER_PORT: String(port) };
  const server = command(
    execPath,
    [entryPoint(platform, root, bins, "webpack"), "serve", "--mode", "development"],
    root,
    serverEnv,
  );

  let sideload = null;
  if (request.target === "web" || hasDesktopExcel(platform)) {
    const args = [entryPoint(platform, root, bins, "debugging"), "start", manifest, request.target, "--app", "excel"];
    if (request.target === "web") args.push("--document", request.document);
    let toolEnv = serverEnv;
    if (hasDesktopExcel(platform)) {
      args.push("--dev-server", DEV_SERVER_SCRIPT, "--dev-server-port", String(port));
    } else {
      toolEnv = { ...serverEnv };
      delete toolEnv.npm_package_json;
      delete toolEnv.npm_package_scripts_dev_server;
      delete toolEnv.npm_package_config_dev_server_port;
    }
    sideload = command(execPath, args, root, toolEnv);
  }

  return {
    target: request.target,
    port,
    baseUrl: devBaseUrl(port),
    manifest: { path: manifest, generated: manifest !== paths.join(root, "manifest.xml") },
    stateFile: stateFilePath(platform, root),
    server,
    sideload,
  };
}

/**
 * The plan of `npm stop`: the server npm start recorded (`state.pid`), and on Windows and macOS
 * office-addin-debugging stop, which unregisters the add-in from desktop Excel (by the manifest's id,
 * so any copy of the manifest will do), clears its debugging settings and stops any server it started.
 * @param {object} o
 * @param {{ pid?: number, manifest?: string } | undefined} o.state what npm start recorded
 */
function planStop({ platform, env, root, execPath, bins, state }) {
  const manifest = (state && state.manifest) || pathsFor(platform).join(root, "manifest.xml");
  const unregister = hasDesktopExcel(platform)
    ? command(execPath, [entryPoint(platform, root, bins, "debugging"), "stop", manifest], root, env)
    : null;
  return { pid: state && Number.isInteger(state.pid) ? state.pid : undefined, unregister };
}

module.exports = {
  TOOLS,
  DEV_SERVER_SCRIPT,
  USAGE_WEB,
  UsageError,
  hasDesktopExcel,
  parseStartArgs,
  planStart,
  planStop,
  sideloadDocumentUrl,
  sideloadManifestPath,
  stateFilePath,
};
