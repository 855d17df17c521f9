/**
 * The formulas the README shows with a literal result (English and Japanese sections) give that
 * result: each table row whose result cell starts with a value in backticks, optionally after 約
 * ("about"), is called through the same declared functions Excel calls. "About" values must
 * round to the digits shown; others must match exactly; text ending in "…" must match its start.
 */
import * as fs from "fs";
import * as path from "path";
import { declaredFunctions } from "../../src/functions";
import { ROOT } from "../helpers/built-addin";

interface Example {
  line: number;
  formula: string;
  about: boolean;
  expected: string;
}

const README = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");

/** Table rows `| `=REE.F(...)` | [約 ]`value`… |`. */
function examples(): Example[] {
  const found: Example[] = [];
  README.split("\n").forEach((text, i) => {
    const row = /^\|\s*`(=REE\.[^`]+)`\s*\|\s*(約\s*)?`([^`]+)`/.exec(text);
    if (row) found.push({ line: i + 1, formula: row[1], about: Boolean(row[2]), expected: row[3] });
  });
  return found;
}

/** An argument as Excel passes it: omitted = null, "text" = text, otherwise a number. */
function toArgument(token: string): string | number | null {
  if (token === "") return null;
  if (token.startsWith('"')) return token.slice(1, -1);
  return Number(token);
}

/** Splits `=REE.NAME(a,"b",,3)` into the function id and Excel's arguments (omitted = null). */
function parseFormula(formula: string): { id: string; args: Array<string | number | null> } {
  const call = /^=REE\.(\w+)\((.*)\)$/.exec(formula);
  if (!call) throw new Error(`Cannot read ${formula}`);
  const tokens: string[] = [""];
  let quoted = false;
  for (const ch of call[2]) {
    if (ch === '"') quoted = !quoted;
    if (ch === "," && !quoted) tokens.push("");
    else tokens[tokens.length - 1] += ch;
  }
  const args = call[2] === "" ? [] : tokens.map((token) => token.trim()).map(toArgument);
  return { id: call[1], args };
}

describe("README examples", () => {
  const list = examples();

  it("include the main functions in both languages", () => {
    const ids = new Set(list.map((e) => parseFormula(e.formula).id));
    for (const id of ["VERSION", "DEPENDENCY", "HHI", "SUPPLYRISK", "SHOCK", "SIMULATE", "DATA", "SOURCE"]) {
      expect(ids).toContain(id);
    }
    expect(list.some((e) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(e.formula))).toBe(true);
  });

  it.each(list.map((e) => [`line ${e.line}: ${e.formula}`, e] as const))("%s", (_label, example) => {
    const { id, args } = parseFormula(example.formula);
    const fn = declaredFunctions().get(id);
    expect(fn).toBeDefined();
    const result = fn!.call(...args);
    const value = Array.isArray(result) ? result[0][0] : result;
    const expected = example.expected;
    if (expected.endsWith("…")) {
      expect(String(value).startsWith(expected.slice(0, -1).trimEnd())).toBe(true);
    } else if (/^-?[\d.]+$/.test(expected)) {
      expect(typeof value).toBe("number");
      if (example.about) {
        const decimals = (expected.split(".")[1] ?? "").length;
        expect(Number((value as number).toFixed(decimals))).toBe(Number(expected));
      } else {
        expect(value).toBe(Number(expected));
      }
    } else {
      expect(String(value)).toBe(expected);
    }
  });
});
