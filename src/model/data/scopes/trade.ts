/**
 * Scopes of the trade-partner series (`records/trade-japan.ts`, `records/trade-comparators.ts`):
 * which customs statistics a partner tonnage or value comes from, which HS lines it covers and what
 * a tonne is. Shares are only ever computed within one scope: a partner's tonnage over the total
 * of the same scope (docs/DATA.md, "Trade partners").
 */
import type { Scope } from "../types";

export const TRADE_SCOPES: readonly Scope[] = [
  // ---- Japan
  {
    id: "jp-mof-rare-earth-item",
    basis: "customs-volume",
    reporter: "importer",
    hs: [],
    weight: "gross",
    description:
      "Japan's customs (Ministry of Finance): the monthly 'rare earth' item of its rare-metal import statistics, as relayed by Japan Metal Bulletin and Argus; HS lines not stated (cerium oxide is listed as a separate item), about 300-900 t a month, far below the 20-34 kt/yr totals of the broad MOF series.",
  },
  {
    id: "jp-mof-rare-earth-item-value",
    basis: "customs-value",
    reporter: "importer",
    hs: [],
    description:
      "Japan's customs (Ministry of Finance): value in yen of the monthly 'rare earth' item of its rare-metal import statistics, as relayed by Argus; the same item as the tonnages of jp-mof-rare-earth-item.",
  },
  {
    id: "jp-mof-monthly-broad",
    basis: "customs-volume",
    reporter: "importer",
    hs: [],
    weight: "gross",
    description:
      "Japan's customs (Ministry of Finance): monthly rare-earth imports as relayed by Reuters in 2010-2011 (1-4 kt a month, the scope of the 20-25 kt/yr totals of those years); HS lines not stated.",
  },
  {
    id: "jp-mof-value-from-cn",
    basis: "customs-value",
    reporter: "importer",
    hs: [],
    description:
      "Japan's customs (Ministry of Finance): value in yen of rare-earth materials imported from China in a month, as relayed from the ministry's data in 2025; HS lines not stated.",
  },
  {
    id: "jp-comtrade-hs2805-value",
    basis: "customs-value",
    reporter: "importer",
    hs: ["2805"],
    description:
      "Japan's imports under HS 2805 by value in USD (UN Comtrade-based aggregator): rare-earth metals, scandium and yttrium, but the heading also covers alkali and alkaline-earth metals and mercury.",
  },
  {
    id: "cn-customs-dy-to-jp",
    basis: "customs-volume",
    reporter: "exporter",
    hs: [],
    weight: "gross",
    description:
      "Mirror data: China's customs exports of dysprosium to Japan by month (China customs as relayed by the trader TRADIUM); the product lines are not stated. China's side only: no total of Japan's imports from all partners is in this scope.",
  },
  {
    id: "cn-customs-tb-to-jp",
    basis: "customs-volume",
    reporter: "exporter",
    hs: [],
    weight: "gross",
    description:
      "Mirror data: China's customs exports of terbium to Japan by month (China customs as relayed by the trader TRADIUM); the product lines are not stated. China's side only: no total of Japan's imports from all partners is in this scope.",
  },
  {
    id: "kita-magnet-imports",
    basis: "customs-value",
    reporter: "importer",
    hs: ["8505.11"],
    description:
      "Share of an importer's imports of rare-earth (NdFeB) permanent magnets that comes from China, as compared across Korea, Japan, the US and the EU by the Korea International Trade Association (2023); the report as relayed gives no tonnages, and the basis is trade value as usual in KITA's statistics (not stated in the relay).",
  },

  // ---- United States
  {
    id: "us-dataweb-hs2846",
    basis: "customs-volume",
    reporter: "importer",
    hs: ["2846"],
    weight: "gross",
    description:
      "US imports for consumption of rare-earth compounds (HTS 2846 = 2846.10 cerium compounds + 2846.90 other), first unit of quantity in kg, from the 18 partners of a public USITC DataWeb extract (15 of which trade 2846); the total is the sum of those partners, 1-2% below the full total that the Minerals Yearbook gives for 2021-2022.",
  },
  {
    id: "us-myb-hs2846.10",
    basis: "customs-volume",
    reporter: "importer",
    hs: ["2846.10"],
    weight: "gross",
    description:
      "US imports for consumption of cerium compounds (HTS 2846.10.0010 cerium oxides + 2846.10.0050 other), gross weight, by country (USGS Minerals Yearbook 2022, U.S. Census Bureau data); only the main partners of each 10-digit line are named.",
  },
  {
    id: "us-myb-hs2846.90",
    basis: "customs-volume",
    reporter: "importer",
    hs: ["2846.90"],
    weight: "gross",
    description:
      "US imports for consumption of rare-earth compounds other than cerium (HTS 2846.90: oxides, chlorides, carbonates, mixtures, yttrium materials), gross weight, by country (USGS Minerals Yearbook 2022, U.S. Census Bureau data); only the main partners of each 10-digit line are named.",
  },
  {
    id: "us-myb-hs2805.30",
    basis: "customs-volume",
    reporter: "importer",
    hs: ["2805.30"],
    weight: "gross",
    description:
      "US imports for consumption of rare-earth metals and alloys (HTS 2805.30: La, Ce, Pr, Nd and other metals, unalloyed and alloyed; ferrocerium is excluded), gross weight, by country (USGS Minerals Yearbook 2022, U.S. Census Bureau data).",
  },
  {
    id: "us-myb-hs2846.10-value",
    basis: "customs-value",
    reporter: "importer",
    hs: ["2846.10"],
    description:
      "US imports for consumption of cerium compounds (HTS 2846.10) by customs value in USD, by country (USGS Minerals Yearbook 2022, U.S. Census Bureau data); the same lines and partners as the tonnages of us-myb-hs2846.10.",
  },
  {
    id: "us-myb-hs2846.90-value",
    basis: "customs-value",
    reporter: "importer",
    hs: ["2846.90"],
    description:
      "US imports for consumption of rare-earth compounds other than cerium (HTS 2846.90) by customs value in USD, by country (USGS Minerals Yearbook 2022, U.S. Census Bureau data); the same lines and partners as the tonnages of us-myb-hs2846.90.",
  },
  {
    id: "us-myb-hs2805.30-value",
    basis: "customs-value",
    reporter: "importer",
    hs: ["2805.30"],
    description:
      "US imports for consumption of rare-earth metals and alloys (HTS 2805.30) by customs value in USD, by country (USGS Minerals Yearbook 2022, U.S. Census Bureau data); the same lines and partners as the tonnages of us-myb-hs2805.30.",
  },

  // ---- European Union
  {
    id: "eu-eurostat-ree-plus",
    basis: "customs-volume",
    reporter: "importer",
    hs: ["2805.30", "2846"],
    weight: "gross",
    description:
      "Extra-EU imports of rare-earth elements (Eurostat's 'REE+': CN 2805 30 metals and CN 2846 compounds, the 15 lanthanides plus scandium and yttrium) by weight, EU-27 (the Union without the United Kingdom, for every year), as published in Eurostat's news items on the trade in rare earths (2022-2024) and as extracted from Eurostat's trade data by the press for 2020-2021; magnets are not included.",
  },

  // ---- South Korea
  {
    id: "kr-kcs-volume",
    basis: "customs-volume",
    reporter: "importer",
    hs: [],
    weight: "gross",
    description:
      "South Korea's customs import statistics of rare-earth materials including scandium and yttrium, by weight, over a full year: the Korea Customs Service's own releases (2010-2012, also relayed by Xinhua) and KOMIR's compilation of the same customs data (2023); HS lines not stated in either.",
  },
  {
    id: "kr-kcs-volume-jan-nov",
    basis: "customs-volume",
    reporter: "importer",
    hs: [],
    weight: "gross",
    partYear: "January-November",
    description:
      "South Korea's customs imports of rare-earth materials by weight, January-November only (Korea Customs Service via the Global Times): eleven months, so never an annual share.",
  },
  {
    id: "kr-kcs-value",
    basis: "customs-value",
    reporter: "importer",
    hs: [],
    description:
      "South Korea's imports of rare-earth raw materials by value (Korea Customs Service's reports and the trade analyses of KOMIR and its KOMIS portal, as relayed by the Korean press); HS lines not stated.",
  },
  {
    id: "kr-unstated",
    basis: "customs-value",
    reporter: "importer",
    hs: [],
    description:
      "China's share of South Korea's rare-earth imports as quoted in a 2025 press summary; neither the HS lines nor the basis (value or weight) is stated, value being the usual basis of Korean trade-dependence figures.",
  },
];
