/**
 * Command-line words to Excel-style arguments: an empty word is an omitted argument (null), a word
 * that looks like a number is a number, a JSON array such as '[["path","NONE"]]' is a range, and
 * anything else is text. The argument layer then treats them exactly as it treats Excel's.
 */
import type { ArgInput, CellInput } from "../functions/args";

export function parseWord(word: string): ArgInput {
  if (word === "") return null;
  const trimmed = word.trim();
  if (trimmed.startsWith("[")) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      if (Array.isArray(parsed) && parsed.every((row) => Array.isArray(row))) return parsed as CellInput[][];
    } catch {
      // not JSON: keep the text
    }
  }
  if (/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(trimmed)) return Number(trimmed);
  if (/^(true|false)$/i.test(trimmed)) return trimmed.toUpperCase() === "TRUE";
  return word;
}
