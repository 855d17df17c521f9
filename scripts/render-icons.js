// Renders assets/icon.svg to the PNG sizes the manifest and ribbon use (16, 32, 64, 80, 128 px)
// with headless Chromium, keeping the transparent corners. Run after editing the SVG:
//   npm run icons
"use strict";

const fs = require("fs");
const path = require("path");
const { chromium } = require("playwright-core");
const { launchOptions } = require("./lib/browser");

const SIZES = [16, 32, 64, 80, 128];
const ASSETS = path.join(__dirname, "..", "assets");

async function main() {
  const svg = fs.readFileSync(path.join(ASSETS, "icon.svg"), "utf8");
  const browser = await chromium.launch(launchOptions());
  try {
    const page = await browser.newPage();
    for (const size of SIZES) {
      await page.setViewportSize({ width: size, height: size });
      const sized = svg.replace("<svg ", `<svg width="${size}" height="${size}" `);
      await page.setContent(`<html><body style="margin:0;background:transparent">${sized}</body></html>`);
      const file = path.join(ASSETS, `icon-${size}.png`);
      await page.screenshot({ path: file, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      console.log(`wrote ${path.relative(process.cwd(), file)}`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
