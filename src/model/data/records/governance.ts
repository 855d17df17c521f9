/**
 * Governance and recycling: the inputs of the EU-style supply-risk score (research section 6).
 *
 * WGI: the World Bank's six governance estimates run from -2.5 (weak) to +2.5 (strong). The EU
 * method wants a 0-10 scale with 10 the worst, so each country's mean of the six is rescaled as
 * (2.5 - mean) x 2. That is our derivation (grade D), computed here from the mean the research
 * transcribed from the 2019 release; the note of every record shows the arithmetic.
 *
 * EOL_RIR: the EU 2020 group values, and UNEP's "<1%" stored as an upper bound of 0.01.
 */
import type { AuthoredRecord } from "../types";

/** Rescales a mean WGI estimate (-2.5 weak ... +2.5 strong) to 0-10 with 10 the worst. */
function rescaleWgi(mean: number): number {
  return Math.round((2.5 - mean) * 2 * 100) / 100;
}

/** Signed number with a true minus sign, for notes. */
const signed = (value: number) => (value < 0 ? `−${Math.abs(value)}` : `${value}`);

type WgiRow = readonly [country: string, mean: number, dimensions?: readonly number[], caveat?: string];

function wgi([country, mean, dimensions, caveat]: WgiRow): AuthoredRecord {
  const value = rescaleWgi(mean);
  const six = dimensions
    ? ` (voice ${signed(dimensions[0])}, stability ${signed(dimensions[1])}, effectiveness ${signed(dimensions[2])}, regulation ${signed(dimensions[3])}, rule of law ${signed(dimensions[4])}, corruption ${signed(dimensions[5])})`
    : "";
  return {
    field: "WGI",
    element: "REE",
    country,
    year: 2019,
    value,
    unit: "0-10",
    source: "wgi-2019",
    grade: "D",
    note:
      `Derived: (2.5 − mean) × 2 = (2.5 − ${mean < 0 ? `(${signed(mean)})` : signed(mean)}) × 2 = ${value}, where ${signed(mean)} is the mean of the six 2019 WGI estimates${six}; World Bank WGI 2019 via dw-data/crm. ` +
      (caveat ?? "Six years old: refresh from the current WGI release before use."),
  };
}

const WGI_ROWS: readonly WgiRow[] = [
  ["CN", -0.36, [-1.61, -0.24, 0.52, -0.24, -0.27, -0.32]],
  ["AU", 1.57, [1.32, 1.09, 1.57, 1.87, 1.73, 1.81]],
  [
    "MM",
    -0.95,
    [-0.84, -1.26, -1.15, -0.76, -1.06, -0.63],
    "Pre-coup: governance has deteriorated since the 2021 coup, so this understates Myanmar's risk; refresh before use.",
  ],
  ["US", 1.13, [0.97, 0.3, 1.49, 1.35, 1.46, 1.22]],
  ["VN", -0.33, [-1.38, 0.13, 0.04, -0.26, -0.02, -0.51]],
  ["MY", 0.43, [-0.04, 0.11, 1.0, 0.67, 0.59, 0.25]],
  // Only the means of these are in the research, not the six estimates.
  ["JP", 1.32],
  ["KR", 0.94],
  ["TH", -0.2],
  ["IN", -0.11],
  ["RU", -0.58],
  ["NG", -1.05],
  ["MG", -0.73],
  ["LA", -0.79],
  ["BR", -0.18],
];

export const GOVERNANCE_RECORDS: readonly AuthoredRecord[] = [
  ...WGI_ROWS.map(wgi),

  // End-of-life recycling input rates.
  {
    field: "EOL_RIR",
    element: "HREE",
    country: "EU",
    year: 2020,
    value: 0.08,
    unit: "share",
    source: "eu-crm-2020-data",
    grade: "B",
    note: "EU end-of-life recycling input rate (old scrap ÷ total EU input) for the heavy rare-earth group, 2020 EU CRM assessment, as transcribed by the DW data team.",
  },
  {
    field: "EOL_RIR",
    element: "LREE",
    country: "EU",
    year: 2020,
    value: 0.03,
    unit: "share",
    source: "eu-crm-2020-data",
    grade: "B",
    note: "EU end-of-life recycling input rate (old scrap ÷ total EU input) for the light rare-earth group, 2020 EU CRM assessment, as transcribed by the DW data team.",
  },
  {
    field: "EOL_RIR",
    element: "REE",
    country: "WORLD",
    year: 2011,
    value: 0.01,
    unit: "share",
    source: "unep-irp-2011",
    grade: "A",
    note: "Upper bound: UNEP lists the rare earths among the 34 elements with end-of-life recycling below 1%. UNEP's measure is the end-of-life recycling rate (share of end-of-life metal recycled), not the EU input rate; stored here as the closest field.",
  },
];
