/**
 * The key under which a code or name is looked up: Unicode NFKC (so full-width `ＤＹ` equals `DY`
 * and half-width katakana equals full-width), trimmed, inner whitespace, hyphens and dots removed,
 * upper-cased. Japanese text has no case, so the same key serves both languages.
 *
 * @example lookupKey(" Dysprosium "); // => "DYSPROSIUM"
 * @example lookupKey("Nd-Pr"); // => "NDPR"
 */
export function lookupKey(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\s\-_.・･]+/g, "")
    .toUpperCase();
}

/**
 * Builds a lookup table from each entry's keys to the entry. Throws at load time if two entries
 * claim the same key, so an ambiguous vocabulary never ships.
 */
export function buildIndex<T>(entries: readonly T[], keysOf: (entry: T) => readonly string[]): Map<string, T> {
  const index = new Map<string, T>();
  for (const entry of entries) {
    for (const key of keysOf(entry).map(lookupKey)) {
      const existing = index.get(key);
      if (existing !== undefined && existing !== entry) {
        throw new Error(`Vocabulary key "${key}" is ambiguous`);
      }
      index.set(key, entry);
    }
  }
  return index;
}
