// npm run validate: Microsoft's online validator first (office-addin-manifest, which posts the
// manifest to a Microsoft web service); when that service is unreachable, say so and validate
// offline against the vendored schemas. Validates manifest.xml and, if built, dist/manifest.xml.
"use strict";

const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { validateManifestFile } = require("./lib/manifest-validation");

const ROOT = path.join(__dirname, "..");
const UNREACHABLE = /Unable to contact|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|fetch failed|network/i;

function validateOnline(file) {
  const tool = path.join(
    ROOT,
    "node_modules",
    ".bin",
    process.platform === "win32" ? "office-addin-manifest.cmd" : "office-addin-manifest",
  );
  const result = spawnSync(tool, ["validate", file], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 60000,
    shell: process.platform === "win32",
  });
  const output = `${result.stdout || ""}${result.stderr || ""}`;
  if (result.error || UNREACHABLE.test(output)) return { reachable: false, output };
  return { reachable: true, ok: result.status === 0, output };
}

async function main() {
  const files = ["manifest.xml", path.join("dist", "manifest.xml")].filter((file) =>
    fs.existsSync(path.join(ROOT, file)),
  );
  let failed = false;
  const online = validateOnline(files[0]);
  if (online.reachable) {
    process.stdout.write(online.output);
    failed = !online.ok;
  } else {
    console.log(
      "Microsoft's manifest validation service is unreachable; validating offline against the Office manifest schemas.",
    );
  }
  for (const file of files) {
    const { valid, errors } = await validateManifestFile(path.join(ROOT, file));
    console.log(valid ? `${file}: valid (offline schema check)` : `${file}: INVALID`);
    for (const error of errors) console.log(`  ${error}`);
    failed = failed || !valid;
  }
  process.exitCode = failed ? 1 : 0;
}

main().catch((error) => {
  console.error(error.message);
  process.exitCode = 1;
});
