/**
 * Inputs of the EU criticality method (2017 guidelines, used in 2017, 2020 and 2023) that
 * REE.SUPPLYRISK needs beyond governance and shares: substitution indices, the 2023 end-of-life
 * recycling input rates and import reliance, and the published supply-risk scores to compare with.
 * The 2023 values are read from a public transcription of the EU 2023 study's results table, so
 * they are grade C until checked against the study itself.
 */
import type { AuthoredRecord } from "../types";

type Row = readonly [element: string, sr: number, si: number | null, eolPercent: number];

// Study on the critical raw materials for the EU 2023, results table: supply risk, SI_SR, EOL-RIR (%).
const EU_2023: readonly Row[] = [
  ["HREE", 5.1, null, 1],
  ["LREE", 3.7, null, 1],
  ["Dy", 5.6, 0.99, 1],
  ["Er", 5.6, 1.0, 1],
  ["Eu", 5.6, 1.0, 1],
  ["Gd", 3.3, 0.59, 1],
  ["Ho", 5.6, 1.0, 1],
  ["Lu", 5.6, 1.0, 1],
  ["Tb", 4.9, 0.92, 1],
  ["Tm", 5.6, 1.0, 1],
  ["Yb", 5.6, 1.0, 1],
  ["Y", 3.5, 0.9, 1],
  ["Ce", 4.0, 0.97, 1],
  ["La", 3.5, 0.97, 1],
  ["Nd", 4.5, 0.99, 1],
  ["Pr", 3.2, 0.98, 1],
  ["Sm", 3.5, 0.98, 1],
  ["Sc", 2.4, 0.87, 0],
];

const common = { country: "EU", year: 2023, source: "eu-crm-2023-results", grade: "C" as const, edition: "EU 2023" };

export const EU_CRITICALITY_RECORDS: readonly AuthoredRecord[] = [
  ...EU_2023.map(([element, sr]): AuthoredRecord => ({
    ...common,
    field: "EU_SUPPLY_RISK",
    element,
    value: sr,
    unit: "score",
    note: "Supply risk of the EU 2023 assessment at the bottleneck stage, computed with EU sourcing.",
  })),
  ...EU_2023.filter((row) => row[2] !== null).map(([element, , si]): AuthoredRecord => ({
    ...common,
    field: "SUBSTITUTION_INDEX",
    element,
    value: si as number,
    unit: "index",
    note: "SI_SR, the substitution index used in supply risk (1 = no substitute), EU 2023 assessment.",
  })),
  ...EU_2023.map(([element, , , eol]): AuthoredRecord => ({
    ...common,
    field: "EOL_RIR",
    element,
    value: eol / 100,
    unit: "share",
    preferred: element === "HREE" || element === "LREE" ? true : undefined,
    note: "End-of-life recycling input rate, EU 2023 assessment (rounded to whole percent).",
  })),
  // Japan and Korea mine and separate no rare earths, so their import reliance is 1 by the EU's
  // definition; the EU 2023 study gives 100% at the processing stage for both groups.
  ...(["JP", "KR"] as const).map((country): AuthoredRecord => ({
    field: "NET_IMPORT_RELIANCE",
    element: "REE",
    country,
    year: 2024,
    value: 1,
    unit: "share",
    source: "usgs-mcs-2026",
    grade: "D",
    scope: "usgs-net-import-reliance",
    note: `Derived: ${country} has no rare-earth mine or separation output in USGS MCS 2026, so import reliance = (imports - exports) / (0 + imports - exports) = 1.`,
  })),
  {
    ...common,
    field: "NET_IMPORT_RELIANCE",
    element: "REE",
    value: 1,
    unit: "share",
    edition: undefined,
    scope: "eu-crm-import-reliance",
    note: "Import reliance at the processing stage, 100% for both HREE and LREE (EU 2023 assessment; 80% at extraction for most elements).",
  },
];
