/**
 * `npm start` on Linux serves the add-in over HTTPS, prints the preview URL and how to use Excel on
 * the web, and `npm stop` stops it. Runs with a throwaway HOME and ADDIN_DEV_CERTS=untrusted so the
 * test never installs a certificate authority on the machine.
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
