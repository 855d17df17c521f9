// Finds a Chromium-family browser for the browser tests and icon rendering: CHROME_PATH, then the
// usual Linux, macOS and Windows locations. Test tools here cannot download a browser of their own.
"use strict";

const fs = require("fs");

const CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/usr/bin/microsoft-edge",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
  "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
  "C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe",
  "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe",
];

/** The browser's path; throws a one-line error saying how to get one when none is found. */
function findBrowser(env = process.env) {
  if (env.CHROME_PATH) {
    if (fs.existsSync(env.CHROME_PATH)) return env.CHROME_PATH;
    throw new Error(`CHROME_PATH is set to "${env.CHROME_PATH}", which does not exist`);
  }
  const found = CANDIDATES.find((candidate) => fs.existsSync(candidate));
  if (found) return found;
  throw new Error(
    "No Chromium-family browser found: set CHROME_PATH, or install one (Debian: apt-get install chromium)",
  );
}

/**
 * Launch options for headless Chromium on a machine without network: no sandbox when running as
 * root (CI containers), and no background connections to Google services.
 */
function launchOptions() {
  return {
    executablePath: findBrowser(),
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  };
}

module.exports = { findBrowser, launchOptions };
