/**
 * The scenario parameters of SPEC section 7: ids (the keys of `options` and of REE.PARAMS), units,
 * allowed values, and the default of each with its source or the word "judgement", and a range
 * (min, mode, max) for REE.SIMULATE. Ids are public API: add, never rename.
 */
import type { PathKind } from "../dependency/diversification-path";

export const NUMERIC_PARAMETERS = [
  "severity",
  "months",
  "start_month",
  "licence_lag",
  "approval_rate",
  "horizon",
  "stockpile_days",
  "release_lag",
  "max_release_share",
  "alt_capacity_t",
  "alt_lag",
  "alt_ramp",
  "recycling_share",
  "recycling_lag",
  "elasticity",
  "price_cap",
  "output_value_per_t",
  "delay_years",
] as const;
export type NumericParameter = (typeof NUMERIC_PARAMETERS)[number];

export interface ParameterSet extends Record<NumericParameter, number> {
  /** The country that restricts its exports (default CN). */
  readonly restrictor: string;
  /** Diversification overlay for the year's dependency. */
  readonly path: PathKind;
}

export interface ParameterDefinition {
  readonly id: NumericParameter | "restrictor" | "path";
  readonly unit: string;
  readonly description: string;
  /** The description in Japanese, for the task pane. */
  readonly descriptionJa: string;
  /** Allowed values for numbers. */
  readonly min?: number;
  readonly max?: number;
  readonly integer?: boolean;
}

export const PARAMETER_DEFINITIONS: readonly ParameterDefinition[] = [
  {
    id: "restrictor",
    unit: "country",
    description: "Country restricting its exports",
    descriptionJa: "輸出を規制する国",
  },
  {
    id: "severity",
    unit: "share",
    min: 0,
    max: 1,
    description: "Share of the restrictor's supply to the importer that stops",
    descriptionJa: "規制国から輸入国への供給のうち止まる割合",
  },
  {
    id: "months",
    unit: "months",
    min: 1,
    max: 120,
    integer: true,
    description: "Duration of the restriction",
    descriptionJa: "規制の期間",
  },
  {
    id: "start_month",
    unit: "month",
    min: 1,
    max: 120,
    integer: true,
    description: "Month the restriction starts",
    descriptionJa: "規制が始まる月",
  },
  {
    id: "licence_lag",
    unit: "months",
    min: 0,
    max: 120,
    integer: true,
    description:
      "Months until licences are granted; 0 = no licensing, the restriction applies at full severity throughout",
    descriptionJa: "許可が下りるまでの月数。0 は許可制なし（期間中ずっと深刻度どおりに規制）",
  },
  {
    id: "approval_rate",
    unit: "share",
    min: 0,
    max: 1,
    description: "Share of the blocked flow licensed after the lag",
    descriptionJa: "待機期間の後に許可される、止まった供給の割合",
  },
  {
    id: "horizon",
    unit: "months",
    min: 1,
    max: 240,
    integer: true,
    description: "Months simulated",
    descriptionJa: "シミュレーションする月数",
  },
  {
    id: "stockpile_days",
    unit: "days",
    min: 0,
    max: 3650,
    description: "Stocks at the start, days of demand (national + private)",
    descriptionJa: "開始時の在庫（需要の日数、国家備蓄＋民間在庫）",
  },
  {
    id: "release_lag",
    unit: "months",
    min: 0,
    max: 24,
    integer: true,
    description: "Months before the national stockpile is released (private stocks are drawn at once)",
    descriptionJa: "国家備蓄の放出が始まるまでの月数（民間在庫はすぐに取り崩す）",
  },
  {
    id: "max_release_share",
    unit: "share of demand",
    min: 0,
    max: 1,
    description: "Largest monthly release from the national stockpile, as a share of monthly demand",
    descriptionJa: "国家備蓄の月間放出量の上限（月間需要に対する割合）",
  },
  {
    id: "alt_capacity_t",
    unit: "t/yr",
    min: 0,
    max: 1e9,
    description: "Spare non-restrictor supply available to the importer",
    descriptionJa: "輸入国が利用できる規制国以外の余剰供給",
  },
  {
    id: "alt_lag",
    unit: "months",
    min: 0,
    max: 60,
    integer: true,
    description: "Months before alternative supply starts",
    descriptionJa: "代替供給が始まるまでの月数",
  },
  {
    id: "alt_ramp",
    unit: "months",
    min: 1,
    max: 60,
    integer: true,
    description: "Months for alternative supply to reach full capacity",
    descriptionJa: "代替供給が最大能力に達するまでの月数",
  },
  {
    id: "recycling_share",
    unit: "share of demand",
    min: 0,
    max: 1,
    description: "Extra recycled supply once ramped, as a share of demand",
    descriptionJa: "立ち上がり後の追加リサイクル供給（需要に対する割合）",
  },
  {
    id: "recycling_lag",
    unit: "months",
    min: 0,
    max: 60,
    integer: true,
    description: "Months before extra recycling starts",
    descriptionJa: "追加リサイクルが始まるまでの月数",
  },
  {
    id: "elasticity",
    unit: "elasticity",
    min: -5,
    max: -0.01,
    description: "Short-run price elasticity of demand (negative)",
    descriptionJa: "需要の短期価格弾力性（負の値）",
  },
  {
    id: "price_cap",
    unit: "multiple",
    min: 1,
    max: 1000,
    description: "Highest price multiple the model allows",
    descriptionJa: "モデルが許す価格倍率の上限",
  },
  {
    id: "output_value_per_t",
    unit: "USD/t",
    min: 0,
    max: 1e12,
    description: "Downstream output lost per tonne of unmet demand",
    descriptionJa: "不足 1 トン当たりに失われる川下の生産額",
  },
  {
    id: "path",
    unit: "path",
    description: "Diversification path for the year's dependency: ON_TRACK, DELAYED or NONE",
    descriptionJa: "その年の依存度に適用する調達多角化の経路：ON_TRACK、DELAYED、NONE",
  },
  {
    id: "delay_years",
    unit: "years",
    min: 0,
    max: 20,
    description: "Delay of project starts under path=DELAYED",
    descriptionJa: "path=DELAYED のときの案件開始の遅れ",
  },
];

/** A parameter's value in a scenario, with where it comes from and how uncertain it is. */
export interface ParameterValue {
  readonly value: number | string;
  /** Source id from the catalogue, or null for a judgement. */
  readonly source: string | null;
  readonly note: string;
  /** Uncertainty range for REE.SIMULATE (numbers only). */
  readonly min?: number;
  readonly max?: number;
}
