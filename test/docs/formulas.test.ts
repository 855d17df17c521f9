/**
 * Every formula the README, docs/ and the help page show is evaluated as Excel would evaluate it
 * (the built functions.json and functions.js behind the Excel-semantics harness, on desktop and on
 * the web), and gives the result stated beside it:
 *
 * - a value in backticks (Markdown) or `<code class="result">` (help page) at the start of the
 *   result, optionally after 約 / about (then it must round to the digits shown; "…" at the end
 *   means "starts with");
 * - "returns **x**" after the formula (docs/METHODS.md), to the digits shown;
 * - a table result ("spills", "table", "header", スピル, 表) must spill, with the number of rows it
 *   states ("the 17 rare earths", "7 件", "24 か月分"), every value in backticks and every
 *   「quoted」 name among its cells, and every 約 / about number among its numbers.
 *
 * A formula with a placeholder argument (`field`, `[country]`, `severity`, `…`) is a signature,
 * not a formula, and is not evaluated; one that refers to cells must be in an example workbook,
 * whose tests evaluate it. Anything else shown as a formula must evaluate without
 * an error.
 */
import * as fs from "fs";
import * as path from "path";
import { WORKBOOKS } from "../../examples/definitions";
import { isCellError, PLATFORMS, type Outcome } from "../../tools/excel/custom-function-call";
import { ROOT } from "../helpers/built-addin";
import { builtAddinHarness } from "../helpers/excel";

interface Shown {
  where: string;
  formula: string;
  /** The text of the result cell or sentence, when one is stated. */
  result?: string;
  /** How values are marked in `result`: Markdown backticks or the help page's code elements. */
  markup: "md" | "html";
  /** Whether the result describes several formulas at once. */
  shared: boolean;
}

const SOURCES = [
  "README.md",
  ...fs
    .readdirSync(path.join(ROOT, "docs"))
    .filter((name) => name.endsWith(".md"))
    .map((name) => `docs/${name}`),
  "src/help/help.html",
];

const FORMULA = /^=REE\.[A-Z]+\(.*\)$/;

function markdownFormulas(file: string, text: string): Shown[] {
  const shown: Shown[] = [];
  text.split("\n").forEach((line, i) => {
    const where = `${file}:${i + 1}`;
    const codes = [...line.matchAll(/`([^`]+)`/g)].map((m) => m[1]).filter((code) => FORMULA.test(code));
    if (codes.length === 0) return;
    const cells = line.startsWith("|") ? line.split("|").slice(1, -1) : undefined;
    if (cells && cells.length >= 2 && FORMULA.test((/`([^`]+)`/.exec(cells[0]) ?? [])[1] ?? "")) {
      const inFirst = [...cells[0].matchAll(/`([^`]+)`/g)].map((m) => m[1]).filter((code) => FORMULA.test(code));
      for (const formula of inFirst)
        shown.push({ where, formula, result: cells[1].trim(), markup: "md", shared: inFirst.length > 1 });
      return;
    }
    for (const formula of codes) {
      const returns = new RegExp(`\`${escape(formula)}\` returns \\*\\*([^*]+)\\*\\*`).exec(line);
      shown.push({
        where,
        formula,
        result: returns ? `about \`${returns[1]}\`` : undefined,
        markup: "md",
        shared: false,
      });
    }
  });
  return shown;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function htmlText(html: string): string {
  return html
    .replace(/&quot;/g, '"')
    .replace(/&gt;/g, ">")
    .replace(/&lt;/g, "<")
    .replace(/&amp;/g, "&");
}

function htmlFormulas(file: string, text: string): Shown[] {
  const shown: Shown[] = [];
  const lineOf = (index: number) => text.slice(0, index).split("\n").length;
  const inRows = new Set<number>();
  for (const row of text.matchAll(/<tr>([\s\S]*?)<\/tr>/g)) {
    const cells = [...row[1].matchAll(/<td>([\s\S]*?)<\/td>/g)];
    if (cells.length < 2) continue;
    const formulas = [...cells[0][1].matchAll(/<code>([^<]+)<\/code>/g)]
      .map((m) => htmlText(m[1]))
      .filter((code) => FORMULA.test(code));
    for (const formula of formulas)
      shown.push({
        where: `${file}:${lineOf(row.index!)}`,
        formula,
        result: cells[1][1].replace(/\s+/g, " ").trim(),
        markup: "html",
        shared: formulas.length > 1,
      });
    inRows.add(row.index!);
  }
  for (const code of text.matchAll(/<code>([^<]+)<\/code>/g)) {
    const formula = htmlText(code[1]);
    if (!FORMULA.test(formula)) continue;
    const insideRow = [...inRows].some((start) => code.index! > start && code.index! < text.indexOf("</tr>", start));
    if (!insideRow) shown.push({ where: `${file}:${lineOf(code.index!)}`, formula, markup: "html", shared: false });
  }
  return shown;
}

/** Whether the formula has a placeholder where a value should be: a signature, not a formula. */
function isSignature(formula: string): boolean {
  if (/…|\.\.\./.test(formula)) return true;
  const args = formula.slice(formula.indexOf("(") + 1, -1);
  const outside = args.replace(/"[^"]*"/g, '""');
  return outside.split(",").some((arg) => /^\s*\[?[a-z_]+\]?\s*$/.test(arg));
}

/** Whether the formula refers to cells: then it is shown from an example workbook, where it is evaluated. */
function refersToCells(formula: string): boolean {
  return /(^|[(,])\s*\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?\s*(?=[,)])/.test(formula.replace(/"[^"]*"/g, '""'));
}

const shown = SOURCES.flatMap((file) => {
  const text = fs.readFileSync(path.join(ROOT, file), "utf8");
  return file.endsWith(".html") ? htmlFormulas(file, text) : markdownFormulas(file, text);
});
const formulas = shown.filter((s) => !isSignature(s.formula) && !refersToCells(s.formula));
const workbookFormulas = new Set(
  WORKBOOKS.flatMap((book) => book.sheets.flatMap((sheet) => sheet.rows.flat())).filter(
    (cell): cell is string => typeof cell === "string" && cell.startsWith("="),
  ),
);

/** Values marked in a stated result: backticks in Markdown, code elements on the help page. */
function marked(result: string, markup: "md" | "html"): string[] {
  const pattern = markup === "md" ? /`([^`]+)`/g : /<code(?: class="result")?>([^<]+)<\/code>/g;
  return [...result.matchAll(pattern)].map((m) => htmlText(m[1])).filter((code) => !FORMULA.test(code));
}

/** The leading stated value: `v`, 約 `v`, about `v`, or the help page's <code class="result">. */
function leadingValue(s: Shown): { value: string; about: boolean } | undefined {
  if (!s.result) return undefined;
  const pattern =
    s.markup === "md" ? /^(約\s*|about\s+)?`([^`]+)`/ : /(約\s*|about\s+)?<code class="result">([^<]+)<\/code>/;
  const match = pattern.exec(s.result);
  return match ? { value: htmlText(match[2]), about: Boolean(match[1]) } : undefined;
}

function roundsTo(actual: number, shownText: string): boolean {
  const decimals = (shownText.split(".")[1] ?? "").length;
  return Number(actual.toFixed(decimals)) === Number(shownText.replace(/,/g, ""));
}

function checkValue(actual: unknown, expected: { value: string; about: boolean }): void {
  const text = expected.value;
  if (text.endsWith("…")) {
    expect(String(actual).startsWith(text.slice(0, -1).trimEnd())).toBe(true);
  } else if (/^-?[\d,]*\.?\d+$/.test(text)) {
    expect(typeof actual).toBe("number");
    if (expected.about) expect(roundsTo(actual as number, text)).toBe(true);
    else expect(actual).toBe(Number(text.replace(/,/g, "")));
  } else {
    expect(String(actual)).toBe(text);
  }
}

const SPILL_WORDS = /spill|table|header|スピル|表/i;
const COUNTS = [/\bthe (\d+) [a-z]/, /(\d+)\s*(?:件|個|指標|か月分|元素)/];

function checkSpill(s: Shown, outcome: Outcome): void {
  expect(outcome.kind).toBe("spill");
  if (outcome.kind !== "spill") return;
  const rows = outcome.rows;
  const cells = rows.flat();
  for (const count of COUNTS) {
    const match = count.exec(s.result!);
    if (match)
      expect({ stated: Number(match[1]), rows: rows.length - 1 }).toEqual({
        stated: Number(match[1]),
        rows: Number(match[1]),
      });
  }
  for (const value of marked(s.result!, s.markup)) {
    const found = value.includes(" ")
      ? rows.some((row) => row.map(String).join(" ") === value)
      : cells.some((cell) => String(cell) === value);
    expect({ value, found }).toEqual({ value, found: true });
  }
  for (const quoted of s.result!.matchAll(/「([^」]+)」/g)) {
    expect({ quoted: quoted[1], found: cells.includes(quoted[1]) }).toEqual({ quoted: quoted[1], found: true });
  }
  for (const about of s.result!.matchAll(/(?:約|about)\s*([\d,]*\.?\d+)/g)) {
    const found = cells.some((cell) => typeof cell === "number" && roundsTo(cell, about[1]));
    expect({ about: about[1], found }).toEqual({ about: about[1], found: true });
  }
}

describe("formulas in the README, the docs and the help page", () => {
  it("are found in every place that shows them, in both languages", () => {
    const files = new Set(formulas.map((s) => s.where.split(":")[0]));
    for (const file of ["README.md", "docs/METHODS.md", "src/help/help.html"]) expect(files).toContain(file);
    const ids = new Set(formulas.map((s) => /^=REE\.([A-Z]+)/.exec(s.formula)![1]));
    for (const id of [
      "VERSION",
      "DEPENDENCY",
      "HHI",
      "SUPPLYRISK",
      "SHOCK",
      "PATH",
      "SIMULATE",
      "PARAMS",
      "DATA",
      "SOURCE",
    ])
      expect(ids).toContain(id);
    expect(formulas.some((s) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(s.formula))).toBe(true);
    // Most results are stated, not only shown.
    expect(formulas.filter((s) => s.result !== undefined).length).toBeGreaterThan(40);
  });

  it.each(shown.filter((s) => refersToCells(s.formula)).map((s) => [`${s.where} ${s.formula}`, s] as const))(
    "%s is shown from an example workbook, which holds it (and the workbook tests evaluate it)",
    (_label, s) => {
      expect(workbookFormulas.has(s.formula)).toBe(true);
    },
  );

  describe.each(PLATFORMS)("in Excel (%s)", (platform) => {
    it.each(formulas.map((s) => [`${s.where} ${s.formula}`, s] as const))("%s", async (_label, s) => {
      const outcome = await builtAddinHarness(platform).evaluateFormula(s.formula);
      const leading = leadingValue(s);
      if (leading?.value.startsWith("#")) {
        expect(outcome).toMatchObject({ kind: "error", error: leading.value });
        return;
      }
      expect(outcome.kind === "error" ? `${outcome.error} ${outcome.message ?? ""}` : "no error").toBe("no error");
      // nor inside a spill (a lifted call answers each cell on its own)
      if (outcome.kind === "spill") expect(outcome.rows.flat().filter((cell) => isCellError(cell))).toEqual([]);
      if (!s.result || s.shared) {
        if (s.result && SPILL_WORDS.test(s.result)) expect(outcome.kind).toBe("spill");
        return;
      }
      if (leading) {
        expect(outcome.kind).toBe("value");
        if (outcome.kind === "value") checkValue(outcome.value, leading);
      } else if (SPILL_WORDS.test(s.result)) {
        checkSpill(s, outcome);
      }
    });
  });
});
