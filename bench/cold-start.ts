/**
 * Cold start of the functions script in Chromium: the time from starting to load dist/functions.js
 * to every function of functions.json being associated, as a page of the add-in's own origin would
 * see it. dist/ is served from this machine; the page installs a stand-in CustomFunctions that
 * records `associate`, adds the script tag and measures with performance.now(). Each load is a new
 * browser context (empty cache); the result is the median of the loads. It runs in a process of
 * its own (npm run bench starts it), so the browser does not disturb the other measurements.
 *
 * Prints JSON: { medianMs, medianRunMs, loads: [{ ms, runMs }...] }, where runMs is the part after
 * the script's download ended (Resource Timing): parsing, compiling and running it.
 */
import * as fs from "fs";
import * as path from "path";
import { chromium } from "playwright-core";
import { serveDirectory } from "../test/helpers/static-server";
import { median } from "./timing";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { launchOptions } = require("../../../scripts/lib/browser");

const ROOT = path.join(__dirname, "..", "..", "..");
const DIST = path.join(ROOT, "dist");
const LOADS = Number(process.env.COLD_START_LOADS || 21);

/** The page: the stand-in runtime, then the script, timed from the moment its tag is added. */
function page(functions: number): string {
  return `<!doctype html><meta charset="utf-8"><title>cold start</title><script>
  var associated = 0;
  window.CustomFunctions = {
    Error: function (code, message) { this.code = code; this.message = message; },
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!",
      nullReference: "#NULL!", invalidName: "#NAME?", invalidReference: "#REF!" },
    associate: function (id) {
      associated += typeof id === "string" ? 1 : Object.keys(id).length;
      if (associated !== ${functions}) return;
      var done = performance.now();
      var entry = performance.getEntriesByType("resource").filter(function (e) { return /functions\\.js$/.test(e.name); })[0];
      window.coldStart = { ms: done - start, runMs: done - entry.responseEnd };
    },
  };
  var script = document.createElement("script");
  script.onerror = function () { window.coldStart = "functions.js did not load"; };
  script.src = "functions.js";
  var start = performance.now();
  document.head.appendChild(script);
</script>`;
}

async function main(): Promise<void> {
  const functions = JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")).functions.length;
  const server = await serveDirectory(DIST);
  const browser = await chromium.launch(launchOptions());
  const loads: Array<{ ms: number; runMs: number }> = [];
  try {
    for (let i = 0; i < LOADS; i++) {
      const context = await browser.newContext();
      await context.route("**/*", (route) => {
        const url = route.request().url();
        if (url === `${server.url}cold-start.html`)
          return route.fulfill({ body: page(functions), contentType: "text/html" });
        return url.startsWith(server.url) ? route.continue() : route.abort();
      });
      const tab = await context.newPage();
      await tab.goto(`${server.url}cold-start.html`);
      const result = await tab.waitForFunction(
        () => (window as unknown as { coldStart?: { ms: number; runMs: number } | string }).coldStart,
        undefined,
        { timeout: 30000 },
      );
      const value = await result.jsonValue();
      if (typeof value !== "object") throw new Error(String(value));
      loads.push(value);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const medianMs = median(loads.map((load) => load.ms));
  const medianRunMs = median(loads.map((load) => load.runMs));
  process.stdout.write(JSON.stringify({ medianMs, medianRunMs, loads }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
