/**
 * What each metric of `metrics.ts` means, in English and Japanese: the text REE.METRICS shows and the task pane's metric tooltips. Ids must match
 * those of the catalogue (a test checks both ways). The text ships apart from the functions
 * script, with the notes and citations, and loads on first use (src/model/data/pack.ts): the
 * functions script needs the ids to compute, not the prose.
 */
import type { Descriptions } from "../data/types";

export const METRIC_DESCRIPTIONS: Descriptions = {
  SHORTFALL_PCT: {
    description: "Cumulative unmet demand over cumulative baseline demand over the horizon",
    descriptionJa: "期間中の累積不足量 ÷ 平常時の累積需要",
  },
  SHORTFALL_T: {
    description: "Cumulative unmet demand over the horizon",
    descriptionJa: "期間中の累積不足量（トン）",
  },
  PEAK_GAP_PCT: {
    description: "Largest monthly unmet share of demand",
    descriptionJa: "月次の需要不足率の最大値",
  },
  PRICE_PEAK: {
    description: "Peak price multiple of the base price",
    descriptionJa: "基準価格に対する価格倍率のピーク",
  },
  STOCKOUT_MONTH: {
    description: "First month the stockpile is empty while demand is unmet",
    descriptionJa: "備蓄が尽き、需要を満たせなくなる最初の月",
  },
  COVER_DAYS: {
    description: "Days from the start of the restriction until demand first goes unmet (the horizon if it never does)",
    descriptionJa: "規制開始から初めて需要を満たせなくなるまでの日数（不足が起きなければ期間の長さ）",
  },
  EXTRA_COST_USD: {
    description: "Extra cost of the material bought at higher prices",
    descriptionJa: "価格上昇による調達コストの増加額",
  },
  OUTPUT_LOSS_USD: {
    description:
      "Downstream output lost: the sum over end-use sectors of unmet tonnes x the sector's share x its output at risk per tonne (REE.IMPACT)",
    descriptionJa: "川下の生産損失：用途部門ごとの 不足トン数 × 部門のシェア × トン当たりの生産額 の合計（REE.IMPACT）",
  },
};
