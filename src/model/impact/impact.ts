/**
 * The loss of a shock run by end-use sector (REE.IMPACT): each sector's share of the material's
 * use, its part of the unmet tonnes, the output lost and the value added lost, so that the sectors'
 * output losses add up to the run's OUTPUT_LOSS_USD (docs/METHODS.md, "Economic loss by sector").
 */
import { NoDataError } from "../errors";
import type { ShockRun } from "../shock/shock";
import type { SectorId } from "../vocabulary/sectors";

export interface ImpactRow {
  readonly sector: SectorId;
  readonly nameJa: string;
  /** Share of the material's yearly use in the sector. */
  readonly share: number;
  /** The sector's part of the run's cumulative unmet demand, t. */
  readonly unmet: number;
  readonly outputLoss: number;
  readonly valueAddedLost: number;
}

export interface ImpactTable {
  readonly rows: readonly ImpactRow[];
  /** The share of the use no sector carries, its unmet tonnes and what it is; null when every tonne has a sector. */
  readonly unattributed: { readonly share: number; readonly unmet: number; readonly uses: readonly string[] } | null;
  /** Σ output losses = OUTPUT_LOSS_USD. */
  readonly outputLoss: number;
  readonly valueAddedLost: number;
}

/**
 * The run's loss by sector. Where `output_value_per_t` was set in options (or drawn by
 * REE.SIMULATE), every sector's loss is scaled by its ratio to the sector model's value, so the
 * rows still add up to OUTPUT_LOSS_USD.
 *
 * @example impactTable(runShock({ importer: "JP", material: "Dy", shock: 1, months: 12, overrides: {}, year: null })).rows[0].sector; // => "MOTOR_VEHICLES"
 */
export function impactTable(run: ShockRun): ImpactTable {
  const loss = run.loss;
  if (!loss) throw new NoDataError(run.noOutputValue ?? "No sector data for this question");
  const unmet = run.rows.reduce((sum, row) => sum + row.unmet, 0);
  const scale = loss.perTonne.value > 0 ? run.parameters.output_value_per_t / loss.perTonne.value : 0;
  const rows = loss.sectors.map((s): ImpactRow => {
    const outputLoss = unmet * s.share * s.perTonne * scale;
    return {
      sector: s.sector.id,
      nameJa: s.sector.nameJa,
      share: s.share,
      unmet: unmet * s.share,
      outputLoss,
      valueAddedLost: outputLoss * s.vaRatio,
    };
  });
  return {
    rows,
    unattributed:
      loss.unattributed > 1e-9
        ? { share: loss.unattributed, unmet: unmet * loss.unattributed, uses: loss.unattributedUses }
        : null,
    outputLoss: rows.reduce((sum, r) => sum + r.outputLoss, 0),
    valueAddedLost: rows.reduce((sum, r) => sum + r.valueAddedLost, 0),
  };
}
