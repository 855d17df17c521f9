/**
 * Browser smoke test of the built task pane in a real Chromium, outside Excel: it must render its
 * preview state, log no errors and send no request off this machine. office.js is served from
 * the @microsoft/office-js package in place of Microsoft's CDN.
 */
import * as fs from "fs";
import * as path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import { DIST, ROOT, distFile } from "../helpers/built-addin";
import { serveDirectory, type StaticServer } from "../helpers/static-server";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { launchOptions } = require("../../scripts/lib/browser");

const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_PACKAGE = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  distFile("taskpane.html");
  server = await serveDirectory(DIST);
  browser = await chromium.launch(launchOptions());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Visit {
  page: Page;
  consoleErrors: string[];
  offMachine: string[];
  officeFiles: string[];
}

async function openPane(locale: string): Promise<Visit> {
  const context = await browser.newContext({ locale, viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  const visit: Visit = { page, consoleErrors: [], offMachine: [], officeFiles: [] };
  page.on("console", (message) => {
    if (message.type() === "error") visit.consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => visit.consoleErrors.push(String(error)));
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(OFFICE_CDN)) {
      // office.js and the files it loads next to itself, from the npm package
      const file = path.join(OFFICE_PACKAGE, url.slice(OFFICE_CDN.length).split("?")[0]);
      visit.officeFiles.push(path.relative(OFFICE_PACKAGE, file));
      if (fs.existsSync(file)) return route.fulfill({ path: file });
      return route.fulfill({ status: 404, body: "" });
    }
    const { hostname } = new URL(url);
    if (hostname === "127.0.0.1" || hostname === "localhost" || url.startsWith("data:")) return route.continue();
    visit.offMachine.push(url);
    return route.abort();
  });
  await page.goto(`${server.url}taskpane.html`);
  await page.waitForSelector("body[data-mode=preview]", { timeout: 20000 });
  return visit;
}

describe("task pane in a browser (preview mode)", () => {
  it("says it is not running in Excel, with no console errors and no request off this machine", async () => {
    const { page, consoleErrors, offMachine, officeFiles } = await openPane("en-US");
    await expect(page.textContent("#status")).resolves.toMatch(/not running in Excel/);
    await expect(page.textContent("#version")).resolves.toMatch(/^\d+\.\d+\.\d+ \(data \d{4}-\d{2}\)$/);
    expect(officeFiles).toContain("office.js");
    expect(consoleErrors).toEqual([]);
    expect(offMachine).toEqual([]);
    await page.context().close();
  });

  it("runs a function and shows its result in the page, keyboard only", async () => {
    const { page, consoleErrors } = await openPane("en-US");
    await page.focus("#try-group");
    await page.selectOption("#try-group", "HREE");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#try-result table");
    await expect(page.textContent("#try-formula")).resolves.toBe('=REE.ELEMENTS("HREE")');
    const rows = await page.$$eval("#try-result tr", (trs) => trs.map((tr) => tr.textContent));
    expect(rows).toHaveLength(11);
    expect(rows[4]).toContain("Dysprosium");
    // the pane fits a 320 px wide task pane without horizontal scrolling of the page
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it("speaks Japanese to a Japanese browser", async () => {
    const { page, consoleErrors } = await openPane("ja-JP");
    await expect(page.textContent("#status")).resolves.toMatch(/プレビュー モード/);
    await expect(page.getAttribute("html", "lang")).resolves.toBe("ja");
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});
