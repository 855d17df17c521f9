/**
 * The metrics of a simulated path (SPEC section 5): shortfall, peak gap, price peak, stock-out,
 * cover, extra cost and output loss.
 */
import { NoDataError } from "../errors";
import type { MonthRow } from "./engine";

export const METRICS = [
  {
    id: "SHORTFALL_PCT",
    unit: "share",
  },
  {
    id: "SHORTFALL_T",
    unit: "t",
  },
  {
    id: "PEAK_GAP_PCT",
    unit: "share",
  },
  {
    id: "PRICE_PEAK",
    unit: "multiple",
  },
  {
    id: "STOCKOUT_MONTH",
    unit: "month",
  },
  {
    id: "COVER_DAYS",
    unit: "days",
  },
  {
    id: "EXTRA_COST_USD",
    unit: "USD",
  },
  {
    id: "OUTPUT_LOSS_USD",
    unit: "USD",
  },
] as const;

export type MetricId = (typeof METRICS)[number]["id"];

export interface MetricContext {
  /** Base price, USD per kg. */
  readonly basePrice: number;
  /**
   * Output at risk per unmet tonne, USD (the sector model's, or the user's `output_value_per_t`);
   * null where the importer or material has no sector data, with the reason in `noOutputValue`.
   */
  readonly outputValuePerT: number | null;
  readonly noOutputValue?: string;
  readonly startMonth: number;
}

const DAYS_PER_MONTH = 365 / 12;

/** Every metric except those that have no value (e.g. no stock-out), which throw NoDataError when asked. */
export function metric(id: MetricId, rows: readonly MonthRow[], context: MetricContext): number {
  const demand = rows.reduce((sum, row) => sum + row.demand, 0);
  const unmet = rows.reduce((sum, row) => sum + row.unmet, 0);
  switch (id) {
    case "SHORTFALL_T":
      return unmet;
    case "SHORTFALL_PCT":
      return demand > 0 ? unmet / demand : 0;
    case "PEAK_GAP_PCT":
      return Math.max(0, ...rows.map((row) => (row.demand > 0 ? row.unmet / row.demand : 0)));
    case "PRICE_PEAK":
      return Math.max(1, ...rows.map((row) => row.priceMultiplier));
    case "STOCKOUT_MONTH": {
      const out = rows.find((row) => row.unmet > 1e-9 && row.stockLevel <= 1e-9);
      if (!out) throw new NoDataError(`No stock-out within ${rows.length} months`);
      return out.month;
    }
    case "COVER_DAYS": {
      const restricted = rows.filter((row) => row.month >= context.startMonth);
      if (!restricted.some((row) => row.blocked > 0))
        throw new NoDataError("Nothing is blocked in this scenario, so there is nothing to cover");
      let days = 0;
      for (const row of restricted) {
        if (row.unmet > 1e-9) {
          const gap = row.blocked - row.alternative - row.recycling;
          return days + (gap > 0 ? ((gap - row.unmet) / gap) * DAYS_PER_MONTH : 0);
        }
        days += DAYS_PER_MONTH;
      }
      return days;
    }
    case "EXTRA_COST_USD":
      return rows.reduce(
        (sum, row) => sum + (row.priceMultiplier - 1) * context.basePrice * 1000 * (row.demand - row.unmet),
        0,
      );
    case "OUTPUT_LOSS_USD":
      if (context.outputValuePerT === null)
        throw new NoDataError(context.noOutputValue ?? "No output value per tonne for this question");
      return unmet * context.outputValuePerT;
  }
}
