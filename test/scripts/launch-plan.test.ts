/**
 * The command lines npm start, npm run start:web and npm stop run on Windows and macOS, built by the
 * pure planner without running them: every tool runs as Node's executable plus the tool's JavaScript
 * entry point, with no shell, so a project folder with spaces and a SharePoint URL with "&" reach
 * the tools as single, unchanged arguments. Also: the port and the manifest's URLs agree.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ROOT } from "../helpers/built-addin";

/* eslint-disable @typescript-eslint/no-require-imports */
const {
  DEV_SERVER_SCRIPT,
  UsageError,
  parseStartArgs,
  planStart,
  planStop,
  sideloadDocumentUrl,
  sideloadManifestPath,
  stateFilePath,
} = require("../../scripts/lib/launch-plan");
const { MANIFEST_PORT, configuredPort, devServerPort, devBaseUrl } = require("../../scripts/lib/dev-port");
const { readBins } = require("../../scripts/lib/dev-session");
const { trustAdvice } = require("../../scripts/lib/dev-https");
/* eslint-enable @typescript-eslint/no-require-imports */

interface Command {
  file: string;
  args: string[];
  options: { cwd: string; env: Record<string, string | undefined>; stdio: string; shell: boolean };
}
interface StartPlan {
  target: "desktop" | "web";
  port: number;
  baseUrl: string;
  manifest: { path: string; generated: boolean };
  stateFile: string;
  server: Command;
  sideload: Command | null;
}

const WIN_ROOT = "C:\\Users\\Jane Doe\\ree addin";
const WIN_NODE = "C:\\Program Files\\nodejs\\node.exe";
const MAC_ROOT = "/Users/Jane Doe/ree addin";
const MAC_NODE = "/usr/local/bin/node";
/** A workbook URL as SharePoint gives it: a query with "&", percent-escapes and a space escaped as %20. */
const SHAREPOINT =
  "https://contoso.sharepoint.com/:x:/r/sites/Supply%20Risk/_layouts/15/Doc.aspx?sourcedoc=%7B5F1A%7D&file=REE%20risk.xlsx&action=default&mobileredirect=true";

// The entry points as the installed packages declare them, so a tool that moves its bin fails here.
const bins: Record<string, string> = readBins(ROOT);

function plan(platform: string, args: string[], env: Record<string, string> = {}, configPort: unknown = 3000) {
  const root = platform === "win32" ? WIN_ROOT : MAC_ROOT;
  const execPath = platform === "win32" ? WIN_NODE : MAC_NODE;
  return planStart({ platform, args, env, root, execPath, bins, configPort }) as StartPlan;
}

function expectNoShell(command: Command, platform: string) {
  expect(command.options.shell).toBe(false);
  expect(command.file).toBe(platform === "win32" ? WIN_NODE : MAC_NODE);
  // Node refuses .cmd/.bat without a shell (CVE-2024-27980): the script must be JavaScript.
  expect(command.args[0]).toMatch(/\.js$/);
  expect(command.args.join(" ")).not.toMatch(/\.(cmd|bat)\b|node_modules[\\/]\.bin/);
  expect(command.options.stdio).toBe("inherit");
}

describe("the tools' entry points", () => {
  it("are the JavaScript files their package.json bin fields name, and they exist", () => {
    expect(bins).toEqual({ webpack: "bin/webpack.js", debugging: "./cli.js" });
    expect(fs.existsSync(path.join(ROOT, "node_modules", "webpack", bins.webpack))).toBe(true);
    expect(fs.existsSync(path.join(ROOT, "node_modules", "office-addin-debugging", bins.debugging))).toBe(true);
  });
});

describe("npm start on Windows, project in C:\\Users\\Jane Doe\\ree addin", () => {
  const p = plan("win32", []);

  it("runs webpack serve through node.exe with the full path as one argument", () => {
    expectNoShell(p.server, "win32");
    expect(p.server.args).toEqual([
      "C:\\Users\\Jane Doe\\ree addin\\node_modules\\webpack\\bin\\webpack.js",
      "serve",
      "--mode",
      "development",
    ]);
    expect(p.server.options.cwd).toBe(WIN_ROOT);
    expect(p.server.options.env.DEV_SERVER_PORT).toBe("3000");
  });

  it("sideloads manifest.xml into desktop Excel, giving office-addin-debugging the port to check", () => {
    expectNoShell(p.sideload!, "win32");
    expect(p.sideload!.args).toEqual([
      "C:\\Users\\Jane Doe\\ree addin\\node_modules\\office-addin-debugging\\cli.js",
      "start",
      "C:\\Users\\Jane Doe\\ree addin\\manifest.xml",
      "desktop",
      "--app",
      "excel",
      "--dev-server",
      "npm run dev-server",
      "--dev-server-port",
      "3000",
    ]);
    // The fallback command office-addin-debugging would run through its own shell names no path.
    expect(DEV_SERVER_SCRIPT).not.toMatch(/[\\/]/);
    expect(p.sideload!.options.cwd).toBe(WIN_ROOT);
    expect(p.sideload!.options.env.DEV_SERVER_PORT).toBe("3000");
    expect(p.manifest).toEqual({ path: "C:\\Users\\Jane Doe\\ree addin\\manifest.xml", generated: false });
    expect(p.baseUrl).toBe("https://localhost:3000/");
  });

  it("records its server inside the project folder", () => {
    expect(p.stateFile).toBe("C:\\Users\\Jane Doe\\ree addin\\node_modules\\.cache\\ree-risk-addin\\dev-server.json");
    expect(stateFilePath("win32", WIN_ROOT)).toBe(p.stateFile);
  });
});

describe("npm run start:web on Windows with a SharePoint URL", () => {
  it("passes the URL, & and all, as a single argument", () => {
    const p = plan("win32", ["web", "--document", SHAREPOINT]);
    expectNoShell(p.sideload!, "win32");
    expect(p.target).toBe("web");
    expect(p.sideload!.args).toEqual([
      "C:\\Users\\Jane Doe\\ree addin\\node_modules\\office-addin-debugging\\cli.js",
      "start",
      "C:\\Users\\Jane Doe\\ree addin\\manifest.xml",
      "web",
      "--app",
      "excel",
      "--document",
      SHAREPOINT,
      "--dev-server",
      "npm run dev-server",
      "--dev-server-port",
      "3000",
    ]);
    expect(p.sideload!.args.filter((arg) => arg.includes("&"))).toEqual([SHAREPOINT]);
  });

  it("accepts --document=URL and the URL alone (PowerShell can drop the -- before script arguments)", () => {
    for (const args of [
      ["web", `--document=${SHAREPOINT}`],
      ["web", SHAREPOINT],
    ]) {
      const p = plan("win32", args);
      expect(p.sideload!.args[p.sideload!.args.indexOf("--document") + 1]).toBe(SHAREPOINT);
    }
  });
});

describe("npm start and start:web on macOS, project in /Users/Jane Doe/ree addin", () => {
  it("runs webpack serve and office-addin-debugging through node, no shell", () => {
    const p = plan("darwin", []);
    expectNoShell(p.server, "darwin");
    expect(p.server.args).toEqual([
      "/Users/Jane Doe/ree addin/node_modules/webpack/bin/webpack.js",
      "serve",
      "--mode",
      "development",
    ]);
    expectNoShell(p.sideload!, "darwin");
    expect(p.sideload!.args).toEqual([
      "/Users/Jane Doe/ree addin/node_modules/office-addin-debugging/cli.js",
      "start",
      "/Users/Jane Doe/ree addin/manifest.xml",
      "desktop",
      "--app",
      "excel",
      "--dev-server",
      "npm run dev-server",
      "--dev-server-port",
      "3000",
    ]);
  });

  it("passes a SharePoint URL unchanged", () => {
    const p = plan("darwin", ["web", "--document", SHAREPOINT]);
    expect(p.sideload!.args.slice(3, 8)).toEqual(["web", "--app", "excel", "--document", SHAREPOINT]);
  });
});

describe("the port and the manifest's URLs agree", () => {
  it("package.json config.dev_server_port is the port manifest.xml names, in every URL", () => {
    const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
    const ports = [...manifest.matchAll(/https:\/\/localhost:(\d+)/g)].map((m) => Number(m[1]));
    expect(ports.length).toBeGreaterThan(10);
    expect(new Set(ports)).toEqual(new Set([MANIFEST_PORT]));
    expect(configuredPort(ROOT)).toBe(MANIFEST_PORT);
  });

  it("DEV_SERVER_PORT moves the server, office-addin-debugging's check and the manifest Excel gets", () => {
    const p = plan("win32", [], { DEV_SERVER_PORT: "3443" });
    expect(p.port).toBe(3443);
    expect(p.baseUrl).toBe("https://localhost:3443/");
    expect(p.server.options.env.DEV_SERVER_PORT).toBe("3443");
    expect(p.manifest).toEqual({
      path: "C:\\Users\\Jane Doe\\ree addin\\node_modules\\.cache\\ree-risk-addin\\other-port\\manifest.xml",
      generated: true,
    });
    expect(p.sideload!.args.slice(1, 4)).toEqual(["start", p.manifest.path, "desktop"]);
    expect(p.sideload!.args.slice(-2)).toEqual(["--dev-server-port", "3443"]);
    // office-addin-debugging's fallback server (npm run dev-server) would inherit the same port.
    expect(p.sideload!.options.env.DEV_SERVER_PORT).toBe("3443");
  });

  it("so does package.json config.dev_server_port; DEV_SERVER_PORT wins over it", () => {
    expect(plan("darwin", [], {}, 3100).port).toBe(3100);
    expect(plan("darwin", [], {}, 3100).manifest.generated).toBe(true);
    expect(plan("darwin", [], { DEV_SERVER_PORT: "3200" }, 3100).port).toBe(3200);
    expect(plan("darwin", [], { DEV_SERVER_PORT: "" }, 3100).port).toBe(3100);
    expect(plan("darwin", [], {}, undefined).port).toBe(3000);
  });

  it("refuses a port Excel could not be pointed at, naming the setting", () => {
    for (const bad of ["0", "65536", "30a0", "3000.5", "-1", "any"]) {
      expect(() => devServerPort({ DEV_SERVER_PORT: bad }, 3000)).toThrow(
        `DEV_SERVER_PORT must be a port number from 1 to 65535, got "${bad}"`,
      );
    }
    expect(() => devServerPort({}, "zero")).toThrow("package.json config.dev_server_port must be a port number");
    expect(devServerPort({ DEV_SERVER_PORT: "3443" }, 3000)).toBe(3443);
    expect(devServerPort({}, 3000)).toBe(3000);
    expect(devBaseUrl(3443)).toBe("https://localhost:3443/");
  });

  it("the copy for another port keeps the name manifest.xml (Excel on the web asks the server for it by name)", () => {
    expect(path.posix.basename(sideloadManifestPath("darwin", MAC_ROOT, 3443))).toBe("manifest.xml");
    expect(sideloadManifestPath("darwin", MAC_ROOT, 3000)).toBe("/Users/Jane Doe/ree addin/manifest.xml");
  });
});

describe("npm start on Linux", () => {
  it("serves and sideloads nothing into desktop Excel, which Linux lacks", () => {
    const p = plan("linux", []);
    expectNoShell(p.server, "linux");
    expect(p.sideload).toBeNull();
  });

  it("start:web leaves the server to npm start (office-addin-debugging's check needs netstat)", () => {
    const env = { npm_package_json: "/x/package.json", npm_package_config_dev_server_port: "3000", PATH: "/bin" };
    const p = plan("linux", ["web", "--document", SHAREPOINT], env);
    expect(p.sideload!.args.slice(1)).toEqual([
      "start",
      "/Users/Jane Doe/ree addin/manifest.xml",
      "web",
      "--app",
      "excel",
      "--document",
      SHAREPOINT,
    ]);
    expect(p.sideload!.options.env.npm_package_json).toBeUndefined();
    expect(p.sideload!.options.env.npm_package_config_dev_server_port).toBeUndefined();
    expect(p.sideload!.options.env.PATH).toBe("/bin");
    expect(p.server.options.env.npm_package_json).toBe("/x/package.json");
  });
});

describe("the command line of start.js", () => {
  it("reads nothing as desktop, and web with one https document URL", () => {
    expect(parseStartArgs([])).toEqual({ target: "desktop" });
    expect(parseStartArgs(["web", "--document", SHAREPOINT])).toEqual({ target: "web", document: SHAREPOINT });
  });

  it("rejects what it cannot use with a usage message", () => {
    const cases: Array<[string[], RegExp]> = [
      [["web"], /^Usage: npm run start:web -- --document/],
      [["web", "--document"], /^Usage: npm run start:web/],
      [["web", "--document", "http://contoso.sharepoint.com/a?b=1"], /must be an https:\/\/ URL/],
      [["web", "--document", "Book1.xlsx"], /must be the URL of a workbook/],
      [["web", "--document", SHAREPOINT, SHAREPOINT], /Give one workbook URL/],
      [["web", "--doc", SHAREPOINT], /Unexpected argument "--doc"/],
      [["desktop"], /Unexpected argument "desktop"/],
    ];
    for (const [args, message] of cases) {
      let error: unknown;
      try {
        parseStartArgs(args);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(UsageError);
      expect((error as Error).message).toMatch(message);
    }
  });

  it("gives a URL without a query one, since office-addin-debugging appends &-parameters", () => {
    expect(sideloadDocumentUrl(SHAREPOINT)).toBe(SHAREPOINT);
    expect(sideloadDocumentUrl("https://1drv.ms/x/s!Abc")).toBe("https://1drv.ms/x/s!Abc?");
    expect(sideloadDocumentUrl("https://1drv.ms/x/s!Abc#top")).toBe("https://1drv.ms/x/s!Abc?#top");
  });
});

(process.platform === "win32" ? describe.skip : describe)("the macOS plan, carried out here", () => {
  it("delivers a path with spaces and a URL with & to the tool unchanged, with no shell involved", () => {
    // A project folder whose name a shell would split or interpret; the "tool" records its argv.
    const root = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ree-")), "Jane Doe", "ree addin & co; $(x)");
    const tool = path.join(root, "node_modules", "office-addin-debugging");
    fs.mkdirSync(tool, { recursive: true });
    fs.writeFileSync(path.join(tool, "cli.js"), "console.log(JSON.stringify(process.argv.slice(2)));\n");
    const p = planStart({
      platform: "darwin",
      args: ["web", "--document", SHAREPOINT],
      env: { PATH: process.env.PATH },
      root,
      execPath: process.execPath,
      bins: { webpack: "bin/webpack.js", debugging: "cli.js" },
      configPort: 3000,
    }) as StartPlan;
    const result = spawnSync(p.sideload!.file, p.sideload!.args, { ...p.sideload!.options, stdio: "pipe" });
    expect(result.stderr.toString()).toBe("");
    expect(JSON.parse(result.stdout.toString())).toEqual(p.sideload!.args.slice(1));
    expect(p.sideload!.args.slice(1, 3)).toEqual(["start", path.join(root, "manifest.xml")]);
    fs.rmSync(path.dirname(path.dirname(root)), { recursive: true, force: true });
  });
});

describe("npm stop", () => {
  it("on Windows stops the recorded server and unregisters the add-in through node.exe, no shell", () => {
    const state = { pid: 4242, port: 3000, manifest: `${WIN_ROOT}\\manifest.xml` };
    const p = planStop({ platform: "win32", env: {}, root: WIN_ROOT, execPath: WIN_NODE, bins, state });
    expect(p.pid).toBe(4242);
    expectNoShell(p.unregister, "win32");
    expect(p.unregister.args).toEqual([
      "C:\\Users\\Jane Doe\\ree addin\\node_modules\\office-addin-debugging\\cli.js",
      "stop",
      "C:\\Users\\Jane Doe\\ree addin\\manifest.xml",
    ]);
  });

  it("on macOS unregisters with the manifest npm start sideloaded, or manifest.xml when none is recorded", () => {
    const other = sideloadManifestPath("darwin", MAC_ROOT, 3443);
    const recorded = planStop({
      platform: "darwin",
      env: {},
      root: MAC_ROOT,
      execPath: MAC_NODE,
      bins,
      state: { pid: 7, manifest: other },
    });
    expect(recorded.unregister.args.slice(1)).toEqual(["stop", other]);
    const none = planStop({ platform: "darwin", env: {}, root: MAC_ROOT, execPath: MAC_NODE, bins, state: undefined });
    expect(none.pid).toBeUndefined();
    expectNoShell(none.unregister, "darwin");
    expect(none.unregister.args).toEqual([
      "/Users/Jane Doe/ree addin/node_modules/office-addin-debugging/cli.js",
      "stop",
      "/Users/Jane Doe/ree addin/manifest.xml",
    ]);
  });

  it("on Linux only stops the recorded server (nothing is registered)", () => {
    const p = planStop({ platform: "linux", env: {}, root: MAC_ROOT, execPath: MAC_NODE, bins, state: { pid: 9 } });
    expect(p).toEqual({ pid: 9, unregister: null });
  });
});

describe("certificate advice", () => {
  it("tells Windows and macOS users that desktop Excel needs the CA trusted, and how", () => {
    for (const platform of ["win32", "darwin"]) {
      const text = trustAdvice(platform, "C:\\Users\\Jane Doe\\.office-addin-dev-certs\\ca.crt").join("\n");
      expect(text).toContain("C:\\Users\\Jane Doe\\.office-addin-dev-certs\\ca.crt");
      expect(text).toContain("npx office-addin-dev-certs install");
    }
    expect(trustAdvice("linux", "/srv/dev/.office-addin-dev-certs/ca.crt").join("\n")).not.toContain("Desktop Excel");
  });
});
