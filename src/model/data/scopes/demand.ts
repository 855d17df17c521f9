/**
 * Scopes of the demand series (`DEMAND` in `records/japan.ts` and `records/comparators.ts`) and of
 * the end-use splits (`END_USE_SHARE` in `records/end-use.ts`): what an importer's demand counts.
 * Demand is consumption by the importer's industry of rare-earth materials (oxides, metals and
 * alloys); finished magnets imported are not in it, and the model adds their content separately
 * (docs/METHODS.md, "Element demand"). A split is a share of the total of the same scope.
 */
import type { Scope } from "../types";

export const DEMAND_SCOPES: readonly Scope[] = [
  {
    id: "jp-jsnm-demand",
    basis: "consumption",
    hs: [],
    weight: "REO",
    description:
      "Japan's domestic demand for rare-earth products (oxides, metals, alloys) as compiled by the Japan Society of Newer Metals (JSNM) from its members, in tonnes (REO basis per Adamas); finished magnets imported are not included.",
  },
  {
    id: "jp-trading-house-market",
    basis: "consumption",
    hs: [],
    description:
      "Japan's rare-earth product market as estimated by a trading house (Reuters, 2011), in tonnes of product; a different compilation from JSNM's, kept for its end-use split.",
  },
  {
    id: "us-usgs-apparent-consumption",
    basis: "consumption",
    hs: [],
    weight: "REO",
    description:
      "US apparent consumption of rare-earth compounds and metals (production + imports - exports, USGS), t REO; rare earths imported inside finished goods (magnets in motors, for example) are not included.",
  },
  {
    id: "world-end-use",
    basis: "consumption",
    hs: [],
    weight: "REO",
    description:
      "World rare-earth use by application, as shares of total rare-earth oxide (TREO) consumption in the source's estimate.",
  },
  {
    id: "application-recipe",
    basis: "consumption",
    hs: [],
    weight: "REO",
    description:
      "Element make-up of one application's rare-earth use by mass (a recipe, such as NdPr, Dy and Tb in a sintered NdFeB magnet); the same for every importer.",
  },
  {
    id: "jrc-element-production",
    basis: "production",
    hs: [],
    description:
      "World mine production of one rare-earth element, as the European Commission's Raw Materials Information System profiles it; whether tonnes of oxide or of metal is not stated in the relay.",
  },
];
