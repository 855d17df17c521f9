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
  /** Allowed values for numbers. */
  readonly min?: number;
  readonly max?: number;
  readonly integer?: boolean;
}

export const PARAMETER_DEFINITIONS: readonly ParameterDefinition[] = [
  { id: "restrictor", unit: "country", description: "Country restricting its exports" },
  {
    id: "severity",
    unit: "share",
    min: 0,
    max: 1,
    description: "Share of the restrictor's supply to the importer that stops",
  },
  { id: "months", unit: "months", min: 1, max: 120, integer: true, description: "Duration of the restriction" },
  { id: "start_month", unit: "month", min: 1, max: 120, integer: true, description: "Month the restriction starts" },
  {
    id: "licence_lag",
    unit: "months",
    min: 0,
    max: 120,
    integer: true,
    description:
      "Months until licences are granted; 0 = no licensing, the restriction applies at full severity throughout",
  },
  {
    id: "approval_rate",
    unit: "share",
    min: 0,
    max: 1,
    description: "Share of the blocked flow licensed after the lag",
  },
  { id: "horizon", unit: "months", min: 1, max: 240, integer: true, description: "Months simulated" },
  {
    id: "stockpile_days",
    unit: "days",
    min: 0,
    max: 3650,
    description: "Stocks at the start, days of demand (national + private)",
  },
  {
    id: "release_lag",
    unit: "months",
    min: 0,
    max: 24,
    integer: true,
    description: "Months before the national stockpile is released (private stocks are drawn at once)",
  },
  {
    id: "max_release_share",
    unit: "share of demand",
    min: 0,
    max: 1,
    description: "Largest monthly release from the national stockpile, as a share of monthly demand",
  },
  {
    id: "alt_capacity_t",
    unit: "t/yr",
    min: 0,
    max: 1e9,
    description: "Spare non-restrictor supply available to the importer",
  },
  {
    id: "alt_lag",
    unit: "months",
    min: 0,
    max: 60,
    integer: true,
    description: "Months before alternative supply starts",
  },
  {
    id: "alt_ramp",
    unit: "months",
    min: 1,
    max: 60,
    integer: true,
    description: "Months for alternative supply to reach full capacity",
  },
  {
    id: "recycling_share",
    unit: "share of demand",
    min: 0,
    max: 1,
    description: "Extra recycled supply once ramped, as a share of demand",
  },
  {
    id: "recycling_lag",
    unit: "months",
    min: 0,
    max: 60,
    integer: true,
    description: "Months before extra recycling starts",
  },
  {
    id: "elasticity",
    unit: "elasticity",
    min: -5,
    max: -0.01,
    description: "Short-run price elasticity of demand (negative)",
  },
  { id: "price_cap", unit: "multiple", min: 1, max: 1000, description: "Highest price multiple the model allows" },
  {
    id: "output_value_per_t",
    unit: "USD/t",
    min: 0,
    max: 1e12,
    description: "Downstream output lost per tonne of unmet demand",
  },
  {
    id: "path",
    unit: "path",
    description: "Diversification path for the year's dependency: ON_TRACK, DELAYED or NONE",
  },
  { id: "delay_years", unit: "years", min: 0, max: 20, description: "Delay of project starts under path=DELAYED" },
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
