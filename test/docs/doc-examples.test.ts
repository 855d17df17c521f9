/**
 * Doc comments carry an example with its literal result (`@example code; // => result`). This
 * runs every example whose result is a literal (number, text, array, object, boolean) against the
 * module it documents, so an example that no longer holds fails here. A result may be followed by
 * an explanation in brackets, a text result may elide part of itself with "...", and a number is
 * exact to the digits shown.
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import ts from "typescript";
import { ROOT } from "../helpers/built-addin";

interface Example {
  file: string;
  line: number;
  code: string;
  expected: string;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

function examples(): Example[] {
  const found: Example[] = [];
  for (const file of sourceFiles(path.join(ROOT, "src"))) {
    fs.readFileSync(file, "utf8")
      .split("\n")
      .forEach((text, i) => {
        const m = /^\s*\*\s*@example\s+(.*?);?\s*\/\/\s*=>\s*(.*)$/.exec(text);
        if (m) found.push({ file, line: i + 1, code: m[1], expected: m[2].trim() });
      });
  }
  return found;
}

const toJs = (code: string) =>
  ts.transpileModule(code, { compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.None } })
    .outputText;

/** The literal an example promises, or undefined when it describes its result in words. */
function literal(expected: string): { value: unknown } | undefined {
  const candidates = [expected, expected.replace(/\s*\([^()]*\)\s*$/, "")];
  for (const text of candidates) {
    try {
      return { value: vm.runInNewContext(`(${text})`) };
    } catch {
      // not a literal; try without a trailing explanation in brackets
    }
  }
  return undefined;
}

/** Names some examples use for brevity, defined as their modules' tests define them. */
function helpers(): Record<string, unknown> {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { DEFAULTS } = require("../../src/model/shock/scenarios");
  const { findField } = require("../../src/model/data/fields");
  const { queryData } = require("../../src/model/data/query");
  const { findMaterial } = require("../../src/model/vocabulary/elements");
  const { runShock } = require("../../src/model/shock/shock");
  const { DEFAULT_PATH } = require("../../src/model/dependency/diversification-path");
  const { PATH_OPTION_KEYS } = require("../../src/functions/tables/path-options");
  const { PACKED_TEXT } = require("../../src/model/data/bundled");
  const { unpackText } = require("../../src/model/data/text");
  /* eslint-enable @typescript-eslint/no-require-imports */
  return {
    params: Object.fromEntries(Object.entries(DEFAULTS).map(([id, p]) => [id, (p as { value: unknown }).value])),
    inputs: {
      importer: "JP",
      element: "Dy",
      shock: "licensing-2025",
      months: 12,
      options: "",
      year: null,
      seed: 1,
    },
    answerFor: (field: string, element: string, country: string, year: number) =>
      queryData({ field: findField(field), element, country, partner: null, year, edition: null }),
    findField,
    findMaterial,
    runShock,
    DEFAULT_PATH,
    PATH_OPTION_KEYS,
    text: unpackText(PACKED_TEXT),
  };
}

describe("doc comment examples", () => {
  const all = examples();
  const checked = all.filter((e) => literal(e.expected) !== undefined);
  const shared = helpers();

  it("all promise a literal result, so every one is checked", () => {
    expect(all.length).toBeGreaterThan(50);
    expect(all.filter((e) => literal(e.expected) === undefined).map((e) => `${e.file}:${e.line}`)).toEqual([]);
  });

  it.each(checked.map((e) => [`${path.relative(ROOT, e.file)}:${e.line} ${e.code}`, e] as const))(
    "%s",
    (_label, example) => {
      // The documented module itself, loaded by path (ts-jest compiles it).
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const module = require(example.file);
      const scope = vm.createContext({ ...shared, ...module });
      const actual = vm.runInContext(toJs(example.code), scope);
      const expected = literal(example.expected)!.value;
      if (typeof expected === "string" && expected.includes("...")) {
        const pattern = expected
          .split("...")
          .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
          .join(".*");
        expect(actual).toMatch(new RegExp(`^${pattern}$`, "s"));
      } else if (typeof expected === "number") {
        // A documented number is exact to the digits it shows, not to the last floating-point bit.
        expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected)));
      } else {
        // Values made inside the example's context come from another realm; compare as JSON.
        expect(JSON.parse(JSON.stringify(actual) ?? "null")).toEqual(expected);
      }
    },
  );
});
