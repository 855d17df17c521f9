/**
 * `npm start` on Linux serves the add-in over HTTPS, prints the preview URL and how to use Excel on
 * the web, and `npm stop` stops it; `npm run start:web` opens the workbook URL, "&"s intact, with the
 * sideload parameters. Runs with a throwaway HOME and ADDIN_DEV_CERTS=untrusted so the test never
 * installs a certificate authority on the machine, on a free port (so the manifest Excel gets is the
 * copy moved to that port), and with a stand-in browser that records the URL it is asked to open.
 */
import { spawn, spawnSync, type ChildProcess } from "child_process";
import * as fs from "fs";
import * as https from "https";
import * as net from "net";
import * as os from "os";
import * as path from "path";
import { ROOT } from "../helpers/built-addin";

const onLinux = process.platform === "linux";

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    https
      .get(url, { rejectUnauthorized: false }, (response) => {
        let body = "";
        response.on("data", (chunk) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
      })
      .on("error", reject);
  });
}

(onLinux ? describe : describe.skip)("npm start on Linux", () => {
  let child: ChildProcess | undefined;
  afterAll(() => child?.kill("SIGKILL"));

  it("serves the add-in, explains Excel on the web, and stops with npm stop", async () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), "ree-home-"));
    const port = await freePort();
    const env = { ...process.env, HOME: home, ADDIN_DEV_CERTS: "untrusted", DEV_SERVER_PORT: String(port) };
    child = spawn(process.execPath, [path.join(ROOT, "scripts", "start.js")], { cwd: ROOT, env });
    let output = "";
    child.stdout!.on("data", (chunk) => (output += chunk));
    child.stderr!.on("data", (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => child!.on("exit", resolve));

    const deadline = Date.now() + 90000;
    while (!output.includes("Stop the server with") && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(output).toContain(`Task pane preview (outside Excel): https://localhost:${port}/taskpane.html`);
    expect(output).toContain('npm run start:web -- --document "<workbook URL>"');
    expect(output).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/); // no stack trace

    // The port is not the manifest's 3000, so the manifest served and the copy to upload name it.
    const served = await get(`https://localhost:${port}/manifest.xml`);
    const urls = [...served.body.matchAll(/https:\/\/localhost:(\d+)/g)].map((m) => Number(m[1]));
    expect(urls.length).toBeGreaterThan(10);
    expect(new Set(urls)).toEqual(new Set([port]));
    const copy = /Manifest: +\S+ \(the same as (.+)\)/.exec(output)![1];
    expect(fs.readFileSync(copy, "utf8")).toBe(served.body);

    const pane = await get(`https://localhost:${port}/taskpane.html`);
    expect(pane.status).toBe(200);
    expect(pane.body).toContain("REE Supply Risk");
    const metadata = await get(`https://localhost:${port}/functions.json`);
    expect(JSON.parse(metadata.body).functions.map((f: { id: string }) => f.id)).toContain("ELEMENTS");
    // Excel in Japanese asks for the override the manifest names.
    const japanese = await get(`https://localhost:${port}/functions-ja.json`);
    expect(japanese.status).toBe(200);
    expect(JSON.parse(japanese.body).functions.map((f: { id: string }) => f.id)).toContain("ELEMENTS");

    const stop = spawnSync(process.execPath, [path.join(ROOT, "scripts", "stop.js")], {
      cwd: ROOT,
      env,
      encoding: "utf8",
    });
    expect(stop.stdout).toContain("Stopped the development server");
    await expect(exited).resolves.not.toBeUndefined();
    fs.rmSync(home, { recursive: true, force: true });
  });

  it("start:web serves, then opens the workbook URL unchanged plus the sideload parameters", async () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), "ree-home-"));
    const opened = path.join(home, "opened.txt");
    const browser = path.join(home, "browser.sh");
    fs.writeFileSync(browser, `#!/bin/sh\nprintf '%s\\n' "$1" >> '${opened}'\n`, { mode: 0o755 });
    const port = await freePort();
    const workbook =
      "https://contoso.sharepoint.com/:x:/r/sites/Supply%20Risk/_layouts/15/Doc.aspx?sourcedoc=%7B5F1A%7D&file=REE%20risk.xlsx&action=default";
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      HOME: home,
      ADDIN_DEV_CERTS: "untrusted",
      DEV_SERVER_PORT: String(port),
      // office-addin-debugging opens URLs with xdg-open, which in a generic desktop runs $BROWSER.
      BROWSER: browser,
      XDG_CURRENT_DESKTOP: "X-Generic",
      XDG_RUNTIME_DIR: home,
    };
    delete env.DISPLAY;
    delete env.WAYLAND_DISPLAY;
    child = spawn(process.execPath, [path.join(ROOT, "scripts", "start.js"), "web", "--document", workbook], {
      cwd: ROOT,
      env,
    });
    let output = "";
    child.stdout!.on("data", (chunk) => (output += chunk));
    child.stderr!.on("data", (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => child!.on("exit", resolve));

    const deadline = Date.now() + 90000;
    while (!(fs.existsSync(opened) && output.includes("is being served")) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const [url] = fs.readFileSync(opened, "utf8").trim().split("\n");
    const manifestId = /<Id>([^<]+)<\/Id>/.exec(fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8"))![1];
    expect(url).toBe(
      `${workbook}&wdaddindevserverport=${port}&wdaddinmanifestfile=manifest.xml&wdaddinmanifestguid=${manifestId}`,
    );
    // Excel on the web then fetches the manifest from the server, which must name the same port.
    const served = await get(`https://localhost:${port}/manifest.xml`);
    expect(served.body).toContain(`<SourceLocation DefaultValue="https://localhost:${port}/taskpane.html"/>`);
    expect(output).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);

    const stop = spawnSync(process.execPath, [path.join(ROOT, "scripts", "stop.js")], {
      cwd: ROOT,
      env,
      encoding: "utf8",
    });
    expect(stop.stdout).toContain("Stopped the development server");
    await expect(exited).resolves.not.toBeUndefined();
    fs.rmSync(home, { recursive: true, force: true });
  });

  it("start:web without a document URL prints usage instead of a stack trace", () => {
    const result = spawnSync(process.execPath, [path.join(ROOT, "scripts", "start.js"), "web"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe(
      'Usage: npm run start:web -- --document "<URL of a workbook in OneDrive or SharePoint>"',
    );
  });
});
