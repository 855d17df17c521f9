import * as fs from "fs";
import * as path from "path";
import { DATA_VINTAGE, MODEL_VERSION, versionLabel } from "../../../src/model/version";

const root = path.join(__dirname, "..", "..", "..");

describe("model version", () => {
  it("equals the package version and the manifest's Version", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
    expect(MODEL_VERSION).toBe(pkg.version);
    const manifest = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
    expect(manifest).toContain(`<Version>${MODEL_VERSION}.0</Version>`);
  });

  it("labels version and data vintage as SPEC section 5 shows", () => {
    expect(DATA_VINTAGE).toMatch(/^\d{4}-\d{2}$/);
    expect(versionLabel()).toBe(`${MODEL_VERSION} (data ${DATA_VINTAGE})`);
  });
});
