/**
 * Japanese function help: dist/functions-ja.json is functions.json with every function's
 * description and every parameter's name and description taken from src/functions/locales/ja.json.
 * Both files are checked against the same published schema (schemas/custom-functions); a gap in
 * the table fails the build.
 */
import Ajv from "ajv";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import webpack from "webpack";
import { ROOT, distFile, readFunctionsJson, type FunctionMetadata } from "../helpers/built-addin";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localizeMetadata, LocalizedMetadataPlugin } = require("../../scripts/lib/localized-metadata");

interface Metadata {
  functions: FunctionMetadata[];
}
interface Table {
  functions: Record<string, { description: string; parameters: Record<string, { name: string; description: string }> }>;
}

const TABLE_FILE = path.join(ROOT, "src", "functions", "locales", "ja.json");
const table: Table = JSON.parse(fs.readFileSync(TABLE_FILE, "utf8"));
const english: Metadata = readFunctionsJson();
const japanese: Metadata = JSON.parse(fs.readFileSync(distFile("functions-ja.json"), "utf8"));
const schema = JSON.parse(
  fs.readFileSync(path.join(ROOT, "schemas", "custom-functions", "functions-metadata.schema.json"), "utf8"),
);
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

/** Hiragana, katakana or CJK ideographs: text a Japanese reader reads as Japanese. */
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** A deep copy of the table, for variants with something missing. */
const copyTable = (): Table => JSON.parse(JSON.stringify(table));

describe("the Japanese translation table", () => {
  it("covers every function and parameter of functions.json and nothing else", () => {
    const { problems } = localizeMetadata(english, table);
    expect(problems).toEqual([]);
    expect(Object.keys(table.functions).sort()).toEqual(english.functions.map((f) => f.id).sort());
    for (const fn of english.functions) {
      expect(Object.keys(table.functions[fn.id].parameters ?? {})).toEqual(fn.parameters.map((p) => p.name));
    }
  });

  it("is in Japanese: every description and parameter name has Japanese text", () => {
    for (const [id, entry] of Object.entries(table.functions)) {
      expect(`${id}: ${entry.description}`).toMatch(JAPANESE);
      for (const [name, parameter] of Object.entries(entry.parameters ?? {})) {
        expect(`${id}(${name}) name: ${parameter.name}`).toMatch(JAPANESE);
        expect(`${id}(${name}): ${parameter.description}`).toMatch(JAPANESE);
      }
    }
  });

  it("gives one English parameter the same Japanese name in every function", () => {
    const names = new Map<string, Set<string>>();
    for (const entry of Object.values(table.functions)) {
      for (const [name, parameter] of Object.entries(entry.parameters ?? {})) {
        names.set(name, (names.get(name) ?? new Set()).add(parameter.name));
      }
    }
    const inconsistent = [...names].filter(([, japaneseNames]) => japaneseNames.size > 1);
    expect(inconsistent).toEqual([]);
  });

  it("keeps the codes users type: every id, code and option key of an English description appears in the Japanese one", () => {
    // Upper-case codes (JP, NDPR, SHORTFALL_PCT, P95) and option keys (stockpile_days) are typed
    // by users as they are, so a translation must not drop or translate them.
    const codes = (text: string) =>
      new Set([...text.matchAll(/\b(?:[A-Z][A-Z0-9_]{1,}|[a-z]+_[a-z_]+)\b/g)].map((m) => m[0]));
    const missing: string[] = [];
    for (const fn of english.functions) {
      const entry = table.functions[fn.id];
      const pairs: Array<[string, string, string]> = [[fn.id, fn.description ?? "", entry.description]];
      for (const p of fn.parameters)
        pairs.push([`${fn.id}(${p.name})`, p.description ?? "", entry.parameters[p.name].description]);
      for (const [where, en, ja] of pairs) {
        for (const code of codes(en)) if (!ja.includes(code)) missing.push(`${where}: ${code}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("uses the argument names the README's Japanese section lists", () => {
    const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
    const listed = /引数名も日本語（([^）]+)）/.exec(readme)?.[1].split("、");
    const used = new Set(
      Object.values(table.functions).flatMap((f) => Object.values(f.parameters ?? {}).map((p) => p.name)),
    );
    expect(new Set(listed)).toEqual(used);
  });

  it("reports each gap by function and parameter", () => {
    const gaps = copyTable();
    delete gaps.functions.SHOCK.parameters.months;
    gaps.functions.HHI.description = " ";
    delete gaps.functions.VERSION;
    gaps.functions.NOTAFUNCTION = { description: "存在しない関数", parameters: {} };
    gaps.functions.DATA.parameters.region = { name: "地域", description: "存在しない引数" };
    gaps.functions.PATH.parameters.months.name = "輸入国";
    gaps.functions.ELEMENTS.parameters.group.name = "元素 グループ";
    expect(localizeMetadata(english, gaps).problems.sort()).toEqual(
      [
        "the table translates NOTAFUNCTION, which functions.json does not declare",
        "DATA: the table translates parameter region, which it does not have",
        'ELEMENTS(group): name "元素 グループ" contains a space, comma, bracket or quote',
        "HHI: no translated description",
        'PATH(months): name "輸入国" is also used for importer',
        "SHOCK(months): no translation",
        "VERSION: no translation",
      ].sort(),
    );
  });
});

describe("dist/functions-ja.json", () => {
  it("is the English metadata with the table's descriptions and parameter names", () => {
    expect(japanese).toEqual(localizeMetadata(english, table).metadata);
  });

  it("has the same shape as functions.json: ids, names, order, types, optionality and results unchanged", () => {
    const shape = (metadata: Metadata) =>
      metadata.functions.map((fn) => ({
        ...fn,
        description: undefined,
        parameters: fn.parameters.map((p) => ({ ...p, name: undefined, description: undefined })),
      }));
    expect(shape(japanese)).toEqual(shape(english));
    expect(japanese.functions.map((f) => f.name)).toEqual(english.functions.map((f) => f.name));
    expect(Object.keys(japanese)).toEqual(Object.keys(english));
  });

  it("validates, like functions.json, against the published custom functions schema", () => {
    expect(validate(english) ? [] : validate.errors).toEqual([]);
    expect(validate(japanese) ? [] : validate.errors).toEqual([]);
  });

  it("is rejected by that schema when a description is empty or a parameter name too long", () => {
    const broken: Metadata = JSON.parse(JSON.stringify(japanese));
    broken.functions[0].description = "";
    broken.functions.find((f) => f.parameters.length > 0)!.parameters[0].name = "名".repeat(65);
    expect(validate(broken)).toBe(false);
    const paths = (validate.errors ?? []).map((e) => e.instancePath);
    expect(paths).toEqual(expect.arrayContaining(["/functions/0/description"]));
    expect(paths.some((p) => /\/parameters\/0\/name$/.test(p))).toBe(true);
  });
});

describe("the build step", () => {
  /** Runs webpack on an empty entry with a stand-in functions.json and the plugin under test. */
  function build(tableText: string): Promise<{ errors: string[]; emitted: Metadata | null }> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ree-ja-"));
    const tableFile = path.join(dir, "ja.json");
    fs.writeFileSync(tableFile, tableText);
    fs.writeFileSync(path.join(dir, "entry.js"), "");
    const standIn = {
      apply(compiler: webpack.Compiler) {
        compiler.hooks.thisCompilation.tap("StandInMetadata", (compilation) => {
          compilation.emitAsset("functions.json", new webpack.sources.RawSource(JSON.stringify(english)));
        });
      },
    };
    const compiler = webpack({
      mode: "none",
      context: dir,
      entry: "./entry.js",
      output: { path: path.join(dir, "out") },
      plugins: [
        standIn,
        new LocalizedMetadataPlugin({ source: "functions.json", table: tableFile, output: "functions-ja.json" }),
      ],
    });
    return new Promise((resolve, reject) => {
      compiler.run((error, stats) => {
        compiler.close(() => undefined);
        if (error || !stats) return reject(error);
        const out = path.join(dir, "out", "functions-ja.json");
        const emitted = fs.existsSync(out) ? JSON.parse(fs.readFileSync(out, "utf8")) : null;
        fs.rmSync(dir, { recursive: true, force: true });
        resolve({ errors: stats.compilation.errors.map((e) => e.message), emitted });
      });
    });
  }

  it("emits functions-ja.json when the table is complete", async () => {
    const { errors, emitted } = await build(JSON.stringify(table));
    expect(errors).toEqual([]);
    expect(emitted).toEqual(japanese);
  });

  it("fails, naming the gap, when a parameter lacks a Japanese description", async () => {
    const gaps = copyTable();
    gaps.functions.SIMULATE.parameters.seed.description = "";
    const { errors, emitted } = await build(JSON.stringify(gaps));
    expect(errors).toEqual([expect.stringMatching(/ja\.json: SIMULATE\(seed\): no translated description$/)]);
    expect(emitted).toBeNull();
  });

  it("fails when the table is not valid JSON", async () => {
    const { errors, emitted } = await build("{ not json");
    expect(errors).toEqual([expect.stringMatching(/cannot read .*ja\.json/)]);
    expect(emitted).toBeNull();
  });
});
