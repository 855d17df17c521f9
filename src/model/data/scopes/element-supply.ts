/**
 * Scope of the element supply series (`records/element-supply.ts`): mine output of single
 * elements derived from countries' mine production and the element make-up of their ore types.
 * The published element totals kept beside it (the EU's RMIS dysprosium figure, USGS's yttrium)
 * keep their own scopes (`jrc-element-production`, `usgs-mine-production`).
 */
import type { Scope } from "../types";

export const ELEMENT_SUPPLY_SCOPES: readonly Scope[] = [
  {
    id: "ore-type-element-production",
    basis: "production",
    hs: [],
    weight: "REO",
    description:
      "Mine output of one rare-earth element (or group), tonnes of its oxide, derived here: each country's mine production (USGS, t REO) times the element's share of the total rare-earth oxide in that country's ore type (USGS Minerals Yearbook 2022, table 2), with China split between its rock-type and ion-adsorption mining quotas. WORLD adds up the countries whose ore type is known (China, Myanmar, the United States, Australia, Russia, India), so it leaves out the few percent of world output mined elsewhere.",
  },
];
