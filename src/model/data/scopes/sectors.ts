/**
 * Scopes of the loss model's data (`records/sectors.ts`): what a sector's output counts, and what
 * an element's use by application is a share of.
 */
import type { Scope } from "../types";

export const SECTOR_SCOPES: readonly Scope[] = [
  {
    id: "jp-io-2015-output",
    basis: "production",
    hs: [],
    description:
      "Domestic production (gross output at producer prices) of the basic sectors of Japan's 2015 input-output tables whose products contain the sector's rare-earth applications, summed and converted to US dollars at the 2015 average rate; intermediate and final output alike, so sectors that supply one another are both counted (value added is the measure without double counting).",
  },
  {
    id: "jp-jsnm-element-use",
    basis: "consumption",
    hs: [],
    weight: "REO",
    description:
      "Japan's use of one element as JSNM reports it (its demand figure for the element), split by application: the uses the sources name for the element, in equal parts where no source gives the proportions.",
  },
  {
    id: "us-bea-2023-output",
    basis: "production",
    hs: [],
    description:
      "Gross output in 2023 of the detailed industries of BEA's input-output accounts (2017 schema) whose products contain the sector's rare-earth applications, chosen to match the basic sectors counted for Japan, summed, in current US dollars; intermediate and final output alike, as for Japan.",
  },
];
