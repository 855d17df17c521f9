/**
 * The manifest validates offline against the Office manifest schemas (vendored in
 * schemas/office-addin-manifest), in the source and as built; broken variants are rejected; the
 * production base URL replaces the development one everywhere.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ROOT, distFile } from "../helpers/built-addin";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { validateManifest } = require("../../scripts/lib/manifest-validation");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parseBaseUrl, rewriteBaseUrl } = require("../../scripts/lib/base-url");

const source = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

async function errorsOf(xml: string): Promise<string[]> {
  const result = await validateManifest(xml);
  expect(result.valid).toBe(result.errors.length === 0);
  return result.errors;
}

/** Moves the whole line block `block` to just after the line containing `after`. */
function moveAfter(xml: string, block: string, after: string): string {
  expect(xml).toContain(block);
  const without = xml.replace(block, "");
  const at = without.indexOf(after) + after.length;
  return without.slice(0, at) + "\n" + block + without.slice(at);
}

describe("manifest.xml", () => {
  it("validates offline, as written and as built", async () => {
    expect(await errorsOf(source)).toEqual([]);
    expect(await errorsOf(fs.readFileSync(distFile("manifest.xml"), "utf8"))).toEqual([]);
  });

  it("declares Excel, the shared runtime, CustomFunctionsRuntime 1.3, the REE namespace and ReadWriteDocument", () => {
    expect(source).toContain('<Host Name="Workbook"/>');
    expect(source).toContain('<Set Name="SharedRuntime" MinVersion="1.1"/>');
    expect(source).toContain('<Set Name="CustomFunctionsRuntime" MinVersion="1.3"/>');
    expect(source).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
    expect(source).toContain('<bt:String id="Functions.Namespace" DefaultValue="REE"/>');
    expect(source).toContain("<Permissions>ReadWriteDocument</Permissions>");
    expect(source).toContain('<OfficeTab id="TabHome">');
  });

  it("rejects misordered elements, naming the line and the element expected", async () => {
    const permissions = "  <Permissions>ReadWriteDocument</Permissions>\n";
    const misordered = moveAfter(source, permissions, "<DefaultLocale>en-US</DefaultLocale>");
    const errors = await errorsOf(misordered);
    expect(errors.join("\n")).toMatch(/manifest\.xml:\d+: .*Permissions'?: This element is not expected/);
  });

  it("rejects an unknown Permissions value", async () => {
    const errors = await errorsOf(
      source.replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadEverything</Permissions>"),
    );
    expect(errors.join("\n")).toMatch(/'ReadEverything' is not an element of the set/);
  });

  it("rejects a runtime lifetime other than short or long", async () => {
    const errors = await errorsOf(source.replace('lifetime="long"', 'lifetime="forever"'));
    expect(errors.join("\n")).toMatch(/forever/);
  });

  it("rejects a resource id that is used but not defined", async () => {
    const errors = await errorsOf(source.replace('<Label resid="Group.Label"/>', '<Label resid="Group.Lable"/>'));
    expect(errors).toEqual(['manifest.xml: resid "Group.Lable" is used but not defined in <Resources>']);
  });

  it("rejects custom functions wired to a page other than the shared runtime's", async () => {
    const errors = await errorsOf(
      source.replace(
        '<Page>\n              <SourceLocation resid="Taskpane.Url"/>',
        '<Page>\n              <SourceLocation resid="GetStarted.LearnMoreUrl"/>',
      ),
    );
    expect(errors.join("\n")).toMatch(/custom functions <Page> uses "GetStarted.LearnMoreUrl"/);
  });

  it("points Excel in Japanese at the Japanese function metadata and help", async () => {
    const metadataUrl = /<bt:Url id="Functions.Metadata.Url"[^>]*>([\s\S]*?)<\/bt:Url>/.exec(source);
    expect(metadataUrl?.[1]).toContain(
      '<bt:Override Locale="ja-JP" Value="https://localhost:3000/functions-ja.json"/>',
    );
    expect(source).toContain('<bt:Override Locale="ja-JP" Value="https://localhost:3000/help.html#ja"/>');
    const built = fs.readFileSync(distFile("manifest.xml"), "utf8");
    expect(built).toContain("functions-ja.json");
    expect(await errorsOf(built)).toEqual([]);
  });

  it("rejects an override without a value", async () => {
    const errors = await errorsOf(
      source.replace(
        '<bt:Override Locale="ja-JP" Value="https://localhost:3000/functions-ja.json"/>',
        '<bt:Override Locale="ja-JP"/>',
      ),
    );
    expect(errors.join("\n")).toMatch(/Value.*required|required.*Value/i);
  });

  it("points only at files the build produces", () => {
    const built = fs.readFileSync(distFile("manifest.xml"), "utf8");
    const urls = [...built.matchAll(/"(https:\/\/localhost:3000\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(8);
    for (const url of new Set(urls)) {
      // A fragment (help.html#ja) names a place in a file, not a file.
      expect(fs.existsSync(distFile(url.replace("https://localhost:3000/", "").replace(/#.*$/, "")))).toBe(true);
    }
  });
});

describe("production base URL", () => {
  it("is checked: https, absolute, no query", () => {
    expect(parseBaseUrl("https://addin.example.com/ree")).toBe("https://addin.example.com/ree/");
    expect(() => parseBaseUrl("http://addin.example.com/")).toThrow(/must use https/);
    expect(() => parseBaseUrl("addin.example.com")).toThrow(/must be an absolute URL/);
    expect(() => parseBaseUrl("https://addin.example.com/?v=1")).toThrow(/query or fragment/);
  });

  it("replaces the development URL everywhere and keeps the manifest valid", async () => {
    const rewritten: string = rewriteBaseUrl(source, "https://addin.example.com/ree/");
    expect(rewritten).not.toContain("localhost");
    expect(rewritten).toContain('<SourceLocation DefaultValue="https://addin.example.com/ree/taskpane.html"/>');
    expect(rewritten).toContain("<AppDomain>https://addin.example.com</AppDomain>");
    expect(await errorsOf(rewritten)).toEqual([]);
  });

  it("is applied by npm run build through ADDIN_BASE_URL", () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "ree-build-"));
    try {
      execFileSync(
        process.execPath,
        [path.join(ROOT, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production", "--output-path", out],
        {
          cwd: ROOT,
          env: { ...process.env, ADDIN_BASE_URL: "https://addin.example.com/" },
          stdio: "pipe",
        },
      );
      const built = fs.readFileSync(path.join(out, "manifest.xml"), "utf8");
      expect(built).not.toContain("localhost");
      expect(built.match(/https:\/\/addin\.example\.com\//g)?.length).toBe(
        source.match(/https:\/\/localhost:3000\//g)?.length,
      );
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
