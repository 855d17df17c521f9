/**
 * Opens the built task pane (dist/taskpane.html) in Chromium at task-pane width, from a local
 * server. office.js comes from the @microsoft/office-js package in place of Microsoft's CDN, or a
 * test supplies its own script for that URL (a stand-in for Office inside Excel). Console errors
 * and any request that would leave this machine are recorded.
 */
import * as fs from "fs";
import * as path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import { DIST, ROOT, distFile } from "./built-addin";
import { serveDirectory, type StaticServer } from "./static-server";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { launchOptions } = require("../../scripts/lib/browser");

const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_PACKAGE = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");

export interface Visit {
  page: Page;
  consoleErrors: string[];
  offMachine: string[];
  officeFiles: string[];
}

export interface PaneBrowser {
  open(locale: string, options?: { officeScript?: string; mode?: "preview" | "excel" }): Promise<Visit>;
  close(): Promise<void>;
}

export async function startPaneBrowser(): Promise<PaneBrowser> {
  distFile("taskpane.html");
  const server: StaticServer = await serveDirectory(DIST);
  let browser: Browser;
  try {
    browser = await chromium.launch(launchOptions());
  } catch (error) {
    // no browser: close the server, or Jest waits on it after reporting the failure
    await server.close();
    throw error;
  }
  return {
    async open(locale, options = {}) {
      const context = await browser.newContext({ locale, viewport: { width: 320, height: 900 } });
      const page = await context.newPage();
      const visit: Visit = { page, consoleErrors: [], offMachine: [], officeFiles: [] };
      page.on("console", (message) => {
        if (message.type() === "error") visit.consoleErrors.push(message.text());
      });
      page.on("pageerror", (error) => visit.consoleErrors.push(String(error)));
      await context.route("**/*", async (route) => {
        const url = route.request().url();
        if (url.startsWith(OFFICE_CDN)) {
          const name = url.slice(OFFICE_CDN.length).split("?")[0];
          visit.officeFiles.push(name);
          if (options.officeScript !== undefined && name === "office.js") {
            return route.fulfill({ body: options.officeScript, contentType: "text/javascript" });
          }
          // office.js and the files it loads next to itself, from the npm package
          const file = path.join(OFFICE_PACKAGE, name);
          if (fs.existsSync(file)) return route.fulfill({ path: file });
          return route.fulfill({ status: 404, body: "" });
        }
        const { hostname } = new URL(url);
        if (hostname === "127.0.0.1" || hostname === "localhost" || url.startsWith("data:")) return route.continue();
        visit.offMachine.push(url);
        return route.abort();
      });
      await page.goto(`${server.url}taskpane.html`);
      const mode = options.mode ?? "preview";
      await page.waitForSelector(`body[data-mode=${mode}]`, { timeout: 20000 }).catch((error: Error) => {
        // say why the pane never started: usually a script error
        throw new Error(`The pane did not start in ${mode} mode: ${visit.consoleErrors.join("; ") || error.message}`);
      });
      return visit;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
