/** Printing function results in a terminal: one value, or a table with aligned columns. */
import type { Result } from "../functions/args";

/** Terminal columns a text takes: East Asian wide characters (Japanese names) take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6);
    width += wide ? 2 : 1;
  }
  return width;
}

const pad = (text: string, width: number) => text + " ".repeat(Math.max(0, width - displayWidth(text)));

/**
 * @example formatResult([["symbol", "name"], ["Pr", "Praseodymium"]]); // => "symbol  name\nPr      Praseodymium"
 */
export function formatResult(result: Result): string {
  if (!Array.isArray(result)) return String(result);
  const cells = result.map((row) => row.map((cell) => String(cell)));
  const widths = cells[0].map((_, column) => Math.max(...cells.map((row) => displayWidth(row[column]))));
  return cells
    .map((row) => row.map((cell, column) => (column === row.length - 1 ? cell : pad(cell, widths[column]))).join("  "))
    .join("\n");
}
