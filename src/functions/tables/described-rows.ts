import type { CatalogueName, Described } from "../../model/data/types";
import { NoDataError } from "../../model/errors";
import type { CellOutput } from "../args";
import { withDataText } from "../runtime/data-text";

/**
 * A catalogue's list (REE.FIELDS, REE.SCENARIOS, REE.METRICS): a header row, then one row per
 * entry from the entry and what it means. The descriptions come from the dataset's text, which
 * loads on first use, so this is the table, or a promise of it while the text loads.
 *
 * @example describedRows("metrics", ["id", "description"], [{ id: "SHORTFALL_T" }], (m, d) => [m.id, d.description]);
 * // => [["id", "description"], ["SHORTFALL_T", "Cumulative unmet demand in tonnes over the horizon"]]
 */
export function describedRows<T extends { readonly id: string }>(
  catalogue: CatalogueName,
  header: readonly string[],
  entries: readonly T[],
  row: (entry: T, described: Described) => CellOutput[],
): CellOutput[][] | Promise<CellOutput[][]> {
  return withDataText((text) => [
    [...header],
    ...entries.map((entry) => {
      const described = text.describe(catalogue, entry.id);
      // The text is built with the catalogues (a test checks both ways): a gap is a build defect.
      if (!described) throw new NoDataError(`${entry.id} has no description in this version's text`);
      return row(entry, described);
    }),
  ]);
}
