/**
 * Where a trading partner's rare earths were separated (ORIGIN_SHARE: exporter = country,
 * separator = partner). Used by the look-through dependency: Japan's metal from Vietnam is mostly
 * made from Chinese oxide, Malaysia's oxides are Lynas's, separated from Australian ore.
 * China's own exports count as separated in China by definition and are not stored.
 */
import type { AuthoredRecord } from "../types";

const origin = (
  country: string,
  element: string,
  value: number,
  meta: Omit<AuthoredRecord, "field" | "element" | "country" | "partner" | "value" | "unit">,
): AuthoredRecord => ({
  field: "ORIGIN_SHARE",
  element,
  country,
  partner: "CN",
  value,
  unit: "share",
  scope: "origin-of-exports",
  ...meta,
});

export const ORIGIN_RECORDS: readonly AuthoredRecord[] = [
  origin("MY", "REE", 0, {
    year: 2024,
    source: "pipeline-fastmarkets-lynas-hre",
    grade: "B",
    note: "Malaysia's separated rare earths come from Lynas Malaysia, which processes concentrate from its own Mt Weld mine in Australia (cracked at Kalgoorlie since FY2025), not Chinese material. Malaysia's small mine output (about 100-300 t/yr) is not separated there on this evidence.",
  }),
  origin("VN", "REE", 0.8, {
    year: 2022,
    source: "vn-argus-2022-toll-processing",
    grade: "D",
    note: "Derived from a qualitative statement: Argus (2022) says Vietnam is Japan's second-largest source of rare-earth metals 'but much of that would still be Chinese material' (toll processing). 'Much of' is read as 0.8; a judgement with range 0.5-1.0. Vietnam's own mine output was 150-1,300 t/yr (USGS).",
  }),
];
