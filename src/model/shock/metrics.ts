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
    description: "Cumulative unmet demand over cumulative baseline demand over the horizon",
    descriptionJa: "期間中の累積不足量 ÷ 平常時の累積需要",
  },
  {
    id: "SHORTFALL_T",
    unit: "t",
    description: "Cumulative unmet demand over the horizon",
    descriptionJa: "期間中の累積不足量（トン）",
  },
  {
    id: "PEAK_GAP_PCT",
    unit: "share",
    description: "Largest monthly unmet share of demand",
    descriptionJa: "月次の需要不足率の最大値",
  },
  {
    id: "PRICE_PEAK",
    unit: "multiple",
    description: "Peak price multiple of the base price",
    descriptionJa: "基準価格に対する価格倍率のピーク",
  },
  {
    id: "STOCKOUT_MONTH",
    unit: "month",
    description: "First month the stockpile is empty while demand is unmet",
    descriptionJa: "備蓄が尽き、需要を満たせなくなる最初の月",
  },
  {
    id: "COVER_DAYS",
    unit: "days",
    description: "Days from the start of the restriction until demand first goes unmet (the horizon if it never does)",
    descriptionJa: "規制開始から初めて需要を満たせなくなるまでの日数（不足が起きなければ期間の長さ）",
  },
  {
    id: "EXTRA_COST_USD",
    unit: "USD",
    description: "Extra cost of the material bought at higher prices",
    descriptionJa: "価格上昇による調達コストの増加額",
  },
  {
    id: "OUTPUT_LOSS_USD",
    unit: "USD",
    description:
      "Downstream output lost: the sum over end-use sectors of unmet tonnes x the sector's share x its output at risk per tonne (REE.IMPACT)",
    descriptionJa: "川下の生産損失：用途部門ごとの 不足トン数 × 部門のシェア × トン当たりの生産額 の合計（REE.IMPACT）",
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
