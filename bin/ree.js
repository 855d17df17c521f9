#!/usr/bin/env node
// The `ree` command line (npx ree --help). It runs the compiled sources in build/cli, which
// `npm install` / `npm ci` produce through the prepare script (or `npm run build:cli`).
"use strict";

const fs = require("fs");
const path = require("path");

const compiled = path.join(__dirname, "..", "build", "cli", "cli", "ree.js");
if (!fs.existsSync(compiled)) {
  console.error("The command line is not compiled yet: run npm run build:cli");
  process.exit(2);
}
require(compiled).main(process.argv.slice(2));
