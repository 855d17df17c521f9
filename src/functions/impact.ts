import { NoDataError } from "../model/errors";
import { impactTable } from "../model/impact/impact";
import { SECTORS } from "../model/vocabulary/sectors";
import { declareFunction } from "./args";
import type { CellOutput, ParamSpec } from "./args";
import { SHOCK_OPTION_KEYS, SHOCK_PARAMS, SHOCK_YEAR_PARAM } from "./tables/shock-options";
import { runFromArgs } from "./tables/shock-question";

/** Column headers of REE.IMPACT (SPEC section 5), with the Japanese name last. */
export const IMPACT_COLUMNS = [
  "sector",
  "share",
  "unmet_t",
  "output_loss_usd",
  "value_added_lost_usd",
  "name_ja",
] as const;

/** The shock options, and `sector` to show one sector's row. */
const IMPACT_OPTION_KEYS: readonly ParamSpec[] = [
  ...SHOCK_OPTION_KEYS,
  { kind: "choice", name: "sector", choices: SECTORS.map((s) => s.id) },
];

const IMPACT = declareFunction({
  id: "IMPACT",
  params: [
    ...SHOCK_PARAMS,
    { kind: "options", name: "options", optional: true, keys: IMPACT_OPTION_KEYS },
    SHOCK_YEAR_PARAM,
  ] as const,
  run: (args): CellOutput[][] => {
    const options: Record<string, unknown> = { ...(args.options ?? {}) };
    const only = options.sector as string | undefined;
    delete options.sector;
    const table = impactTable(runFromArgs({ ...args, options }));
    const rows: CellOutput[][] = table.rows
      .filter((r) => only === undefined || r.sector === only)
      .map((r) => [r.sector, r.share, r.unmet, r.outputLoss, r.valueAddedLost, r.nameJa]);
    if (only !== undefined && rows.length === 0) {
      throw new NoDataError(
        `${only} does not use this material in the data: its sectors are ${table.rows.map((r) => r.sector).join(", ")}`,
      );
    }
    if (only === undefined && table.unattributed) {
      const u = table.unattributed;
      rows.push([
        `NOT_ATTRIBUTED: ${u.uses.join("; ")}`,
        u.share,
        u.unmet,
        "no sector data",
        "no sector data",
        "部門不明",
      ]);
    }
    return [[...IMPACT_COLUMNS], ...rows];
  },
});

/**
 * The economic loss of a supply shock by end-use sector, with a header row: sector, share of the element's use, unmet tonnes, output lost (USD) and value added lost (USD), and the sector's Japanese name. The sectors' output losses add up to REE.SHOCK's OUTPUT_LOSS_USD; a last row shows the share of the use no sector carries, whose loss is not counted. Spills.
 * @customfunction IMPACT
 * @param importer Importing country: JP or US (sector data exist for Japan and the United States).
 * @param element Element, group (NDPR, LREE, HREE, REE) or MAGNET, in English or Japanese.
 * @param shock A severity 0-1 or a scenario id from REE.SCENARIOS(), e.g. "embargo-jp".
 * @param months Optional. Duration of the restriction, 1-120 months; default 12 or the scenario's.
 * @param options Optional. Parameter overrides as for REE.SHOCK ("key=value; key=value" text or a range), plus sector=<id> to show one sector.
 * @param year Optional. Year of the demand and dependency; later years follow the diversification path.
 * @returns A table with a header row and one row per sector.
 */
export function impact(
  importer: string | number | boolean | null,
  element: string | number | boolean | null,
  shock: string | number | boolean | null,
  months?: string | number | boolean | null,
  options?: Array<Array<string | number | boolean | null>>,
  year?: string | number | boolean | null,
): Array<Array<string | number | boolean>> {
  return IMPACT.call(importer, element, shock, months, options, year);
}
