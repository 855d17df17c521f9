/**
 * The scopes of the records in `records/` (docs/DATA.md, "Scopes"): what each share or quantity
 * measures. A series is (field, element, country, partner, scope); values of different scopes are
 * never carried into, added to or compared with one another. A scope is a definition, not a source:
 * several relays of one official statistic share a scope, and rival figures of one scope and year
 * are editions of which one is preferred.
 *
 * Where a source does not state its basis, the description says so and what it was read as.
 */
import type { Scope } from "../types";

export const CORE_SCOPES: readonly Scope[] = [
  // ---- Japan's imports.
  {
    id: "jp-customs-ree-t",
    basis: "customs-volume",
    reporter: "importer",
    hs: [],
    description:
      "Japan's rare-earth imports by country of origin in Japan's trade statistics (Ministry of Finance), as tonnage, relayed by kksoukan (2008-2014), METI, JOGMEC, Argus and the press; the relays state neither the HS codes nor the weight basis, and the points after 2014 do not say whether they count tonnes or value: they are read as tonnage because they agree with the tonnage shares (58-70% China) and not with the value shares (30-44%).",
  },
  {
    id: "jp-jsnm-imports-reo",
    basis: "customs-volume",
    reporter: "importer",
    hs: [],
    weight: "REO",
    description:
      "Japan's rare-earth imports as the Japan Society of Newer Metals totals them, in tonnes of rare-earth oxide equivalent: not comparable with the customs tonnage (gross weight).",
  },
  {
    id: "jp-customs-metal-h1",
    basis: "customs-volume",
    reporter: "importer",
    hs: [],
    weight: "metal",
    partYear: "January-June",
    description:
      "Japanese customs imports of rare earths in metal-equivalent tonnage, January-June only (Metalnomist): half a year, so never an annual share.",
  },
  {
    id: "jp-customs-oxide-h1",
    basis: "customs-volume",
    reporter: "importer",
    hs: ["2846.10", "2846.90"],
    weight: "gross",
    partYear: "January-June",
    description:
      "Japanese customs imports of one rare-earth oxide (cerium oxide under 2846.10, yttrium oxide under 2846.90), tonnage, January-June only (Metalnomist).",
  },
  {
    id: "jp-hs2805-t",
    basis: "customs-volume",
    reporter: "importer",
    hs: ["2805"],
    weight: "gross",
    description:
      "Japan's imports under HS 2805 in tonnes (rare-earth metals, scandium and yttrium, mercury and alkali metals), from a Comtrade-based aggregator: metals only.",
  },
  {
    id: "comtrade-ree-and-products-value",
    basis: "customs-value",
    reporter: "importer",
    hs: ["2805", "2846", "8505.11"],
    description:
      "Moneycontrol's analysis of UN Comtrade data: an importer's rare-earth trade including magnets and final goods, shares of value (the analysis quotes US dollars).",
  },
  {
    id: "comtrade-ree-materials-value",
    basis: "customs-value",
    reporter: "importer",
    hs: [],
    description:
      "Moneycontrol's analysis of UN Comtrade data: an importer's imports of rare-earth materials without magnets and final goods, shares of value (the analysis quotes US dollars; the HS lines are not listed).",
  },
  {
    id: "comtrade-ree-imports-value",
    basis: "customs-value",
    reporter: "importer",
    hs: [],
    description:
      "Moneycontrol's analysis of UN Comtrade data: China's share of an importer's rare-earth imports, by value (the analysis quotes US dollars); neither the HS lines nor whether magnets are counted is stated.",
  },
  {
    id: "jp-nri-dy-tb",
    basis: "customs-volume",
    hs: [],
    description:
      "Where Japan's dysprosium and terbium come from, in any form (oxide, metal, alloy), as Nomura Research Institute assesses it (about 100% China before Lynas's first deliveries in October 2025): an analyst's estimate of the import share, not a customs count.",
  },

  // ---- Other importers.
  {
    id: "usgs-us-import-sources",
    basis: "customs-volume",
    reporter: "importer",
    hs: ["2805.30", "2846"],
    description:
      "USGS Mineral Commodity Summaries, 'Import Sources': shares of US imports of rare-earth compounds and metals (the element chapters: of that element's compounds and metals) over the four years ending in the year stored; USGS compiles them from US Census trade data and does not state in the chapter whether the shares are of tonnage or of value (its trade tables are in tonnes).",
  },
  {
    id: "eu-commission-whole-chain",
    basis: "whole-chain",
    hs: [],
    description:
      "The European Commission's statement of where the EU's rare-earth supply comes from along the whole chain (mining, separation, magnets), not customs imports.",
  },

  // ---- Where partners' material was separated (look-through).
  {
    id: "origin-of-exports",
    basis: "whole-chain",
    hs: [],
    description:
      "Share of a country's rare-earth exports that was separated in another country: a statement about where along the chain the material was processed (company disclosures, market analysis), not a trade statistic.",
  },

  // ---- China's exports.
  {
    id: "cn-customs-ree-t",
    basis: "customs-volume",
    reporter: "exporter",
    hs: [],
    description:
      "China's exports in the 'rare earths' category of China's customs (the 17 elements, not magnets), tonnes, from the customs (GAC) releases or relays of MOFCOM and industry-association statements, which do not list the HS lines.",
  },
  {
    id: "cn-customs-ree-t-jan-sep",
    basis: "customs-volume",
    reporter: "exporter",
    hs: [],
    partYear: "January-September",
    description:
      "China's rare-earth exports in January-September only (MOFCOM as relayed), tonnes: not an annual total.",
  },
  {
    id: "cn-customs-ree-t-jan-may",
    basis: "customs-volume",
    reporter: "exporter",
    hs: [],
    partYear: "January-May",
    description:
      "China's rare-earth exports in January-May only (China Rare Earth Industry Association as relayed), tonnes: not an annual total.",
  },
  {
    id: "cn-customs-yttrium-reo",
    basis: "customs-volume",
    reporter: "exporter",
    hs: [],
    weight: "REO",
    description: "China's exports of yttrium compounds and metal in tonnes of Y2O3 equivalent (USGS estimate).",
  },
  {
    id: "cn-customs-magnets-t",
    basis: "customs-volume",
    reporter: "exporter",
    hs: ["8505.11"],
    weight: "gross",
    description:
      "China's exports of rare-earth permanent magnets in China's customs statistics, tonnes of magnet, the series Reuters, Adamas and most wires report.",
  },
  {
    id: "cn-customs-magnets-t-broad",
    basis: "customs-volume",
    reporter: "exporter",
    hs: ["8505.11"],
    weight: "gross",
    description:
      "China's magnet exports to Japan as GlobalSpark reports them from China's customs, tonnes: a broader series than the Reuters one (probably more HS 8505.11 sub-items; December 2025 411 t against 280 t).",
  },

  // ---- Demand and reliance.
  {
    id: "usgs-net-import-reliance",
    basis: "consumption",
    hs: [],
    description:
      "Net import reliance as USGS defines it: (imports - exports) over apparent consumption, for rare-earth compounds and metals (for Japan and Korea derived from the absence of domestic mine and separation output).",
  },
  {
    id: "eu-crm-import-reliance",
    basis: "consumption",
    hs: [],
    description:
      "Import reliance as the EU criticality assessment defines it, at the processing stage: (imports - exports) over (domestic production + imports - exports).",
  },

  // ---- Production and stage shares.
  {
    id: "usgs-mine-production",
    basis: "production",
    hs: [],
    weight: "REO",
    description:
      "Mine production of rare earths by country, tonnes of rare-earth oxide equivalent, as USGS compiles it (Mineral Commodity Summaries, Minerals Yearbook, Data Series 140; China's figures are its production quotas where USGS uses them); editions revise one another.",
  },
  {
    id: "refining-output-share",
    basis: "production",
    hs: [],
    description:
      "A country's share of world output of separated (refined) rare earths, IEA estimates (projections marked).",
  },
  {
    id: "processing-share-benchmark",
    basis: "production",
    hs: [],
    description:
      "A country's share of world processing of an element or group, Benchmark Mineral Intelligence estimates as relayed.",
  },
  {
    id: "magnet-production-share",
    basis: "production",
    hs: [],
    description:
      "A country's share of world permanent-magnet production (IEA, Bloomberg, Argus); the sources do not say whether by tonnage or value.",
  },
  {
    id: "ndfeb-market-share-fuji-keizai",
    basis: "production",
    hs: [],
    description: "A country's share of the sintered NdFeB magnet market, Fuji Keizai market research as relayed.",
  },
  {
    id: "ndfeb-magnet-output-t",
    basis: "production",
    hs: [],
    weight: "gross",
    description: "Output of sintered NdFeB magnets, tonnes of magnet (JSNM, Argus).",
  },
];
