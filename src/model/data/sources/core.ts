/**
 * Sources shared by several topics: USGS statistics, the IEA, the World Bank governance
 * indicators and the EU criticality assessments. Topic files add their own sources.
 */
import type { Source } from "../types";

export const CORE_SOURCES: readonly Source[] = [
  {
    id: "usgs-mcs-2026",
    citation: "U.S. Geological Survey, Mineral Commodity Summaries 2026: Rare Earths",
    publisher: "U.S. Geological Survey",
    year: 2026,
    url: "https://pubs.usgs.gov/periodicals/mcs2026/mcs2026-rare-earths.pdf",
    via: "pranava0x0/usgs-mineral-commodity-summaries:data/audit/rare-earths/audit.md",
  },
  {
    id: "usgs-mcs-2026-heavy",
    citation: "U.S. Geological Survey, Mineral Commodity Summaries 2026: Rare Earths (Heavy)",
    publisher: "U.S. Geological Survey",
    year: 2026,
    url: "https://pubs.usgs.gov/periodicals/mcs2026/mcs2026-rare-earths-heavy.pdf",
    via: "therealjameswilson/critical-minerals-records-stage-v3:data/raw/usgs_mcs2026_commodities_data.csv",
  },
  {
    id: "usgs-mcs-2026-yttrium",
    citation: "U.S. Geological Survey, Mineral Commodity Summaries 2026: Yttrium",
    publisher: "U.S. Geological Survey",
    year: 2026,
    url: "https://pubs.usgs.gov/periodicals/mcs2026/mcs2026-yttrium.pdf",
    via: "therealjameswilson/critical-minerals-records-stage-v3:data/raw/usgs_mcs2026_commodities_data.csv",
  },
  {
    id: "usgs-mcs-2026-scandium",
    citation: "U.S. Geological Survey, Mineral Commodity Summaries 2026: Scandium",
    publisher: "U.S. Geological Survey",
    year: 2026,
    url: "https://pubs.usgs.gov/periodicals/mcs2026/mcs2026-scandium.pdf",
    via: "therealjameswilson/critical-minerals-records-stage-v3:data/raw/usgs_mcs2026_commodities_data.csv",
  },
  {
    id: "usgs-mcs-2025",
    citation: "U.S. Geological Survey, Mineral Commodity Summaries 2025: Rare Earths",
    publisher: "U.S. Geological Survey",
    year: 2025,
    url: "https://pubs.usgs.gov/periodicals/mcs2025/mcs2025-rare-earths.pdf",
    via: "NSSAC/dpi.RAG:data/marker/mcs2025-rare-earths.md",
  },
  {
    id: "usgs-mcs-2019",
    citation: "U.S. Geological Survey, Mineral Commodity Summaries 2019: Rare Earths",
    publisher: "U.S. Geological Survey",
    year: 2019,
    url: "https://pubs.usgs.gov/periodicals/mcs2019/mcs2019-rare-earths.pdf",
    via: "https://docslib.org/doc/9890780/rare-earths1",
  },
  {
    id: "usgs-mcs-2016",
    citation: "U.S. Geological Survey, Mineral Commodity Summaries 2016: Rare Earths",
    publisher: "U.S. Geological Survey",
    year: 2016,
    url: "https://minerals.usgs.gov/minerals/pubs/commodity/rare_earths/mcs-2016-raree.pdf",
    via: "https://docslib.org/doc/1659904/mineral-commodity-summaries-2016",
  },
  {
    id: "usgs-ds140",
    citation:
      "U.S. Geological Survey, Data Series 140: Historical Statistics for Mineral and Material Commodities, Rare Earths (workbook vintage 2020)",
    publisher: "U.S. Geological Survey",
    year: 2024,
    url: "https://www.usgs.gov/media/files/rare-earths-historical-statistics-data-series-140",
    via: "therealjameswilson/critical-minerals-records-stage-v3:data/processed/usgs_rare_earths_historical.csv",
  },
  {
    id: "usgs-myb-2022",
    citation:
      "U.S. Geological Survey, Minerals Yearbook 2022: Rare Earths, tables-only release, table 8 (world mine production by country)",
    publisher: "U.S. Geological Survey",
    year: 2024,
    url: "https://www.usgs.gov/media/files/rare-earths-2022-tables-only-release",
    via: "therealjameswilson/critical-minerals-records-stage-v3:data/processed/usgs_myb2022_world_mine_production.csv",
  },
  {
    id: "iea-gcmo-2024",
    citation: "International Energy Agency, Global Critical Minerals Outlook 2024 (as quoted by SEAISI)",
    publisher: "International Energy Agency",
    year: 2024,
    url: "https://www.iea.org/reports/global-critical-minerals-outlook-2024",
    via: "https://seaisi.org/details/24787?type=news-rooms",
  },
  {
    id: "iea-commentary-2025-10",
    citation:
      "International Energy Agency commentary on rare-earth export controls, 23 October 2025 (as reported by Rare Earth Exchanges)",
    publisher: "International Energy Agency",
    year: 2025,
    url: "https://rareearthexchanges.com/news/the-mineral-chessboard-iea-sounds-alarm-as-china-tightens-its-grip",
  },
  {
    id: "bloomberg-2025-06-magnets",
    citation:
      'Bloomberg, "China\'s rare earth exports hit five-year low as magnet sales curbs bite", June 2025 (via Business Standard)',
    publisher: "Bloomberg",
    year: 2025,
    url: "https://www.business-standard.com/amp/world-news/china-s-rare-earth-exports-hit-five-year-low-as-magnet-sales-curbs-125061801486_1.html",
  },
  {
    id: "argus-2023-01-japan",
    citation: 'Argus Media, "Japan aims to diversify rare earth supply", January 2023',
    publisher: "Argus Media",
    year: 2023,
    url: "https://www.argusmedia.com/en/news-and-insights/latest-market-news/2405752-japan-aims-to-diversify-rare-earth-supply",
  },
  {
    id: "argus-2024-magnets-minelistings",
    citation: "Argus Media (E. Saklatvala) on China's NdFeB magnet output, as reported by MineListings",
    publisher: "Argus Media",
    year: 2024,
    url: "https://minelistings.com/mine-news/mp-materials-produces-rare-earth-metal-in-texas",
  },
  {
    id: "jsnm-rare-earth",
    citation: "Japan Society of Newer Metals, rare-earth division, statistics page (editions 2018, 2020, 2023, 2025)",
    publisher: "Japan Society of Newer Metals",
    year: 2025,
    url: "https://jsnm.or.jp/group/rea-earth.html",
  },
  {
    id: "wgi-2019",
    citation: "World Bank, Worldwide Governance Indicators, 2019 estimates (six dimensions)",
    publisher: "World Bank",
    year: 2020,
    url: "https://info.worldbank.org/governance/wgi/",
    via: "dw-data/crm:crm_analyse.ods (sheet data_wgi)",
  },
  {
    id: "eu-crm-2020-data",
    citation:
      "European Commission, 2020 EU critical raw materials assessment data, as transcribed by Deutsche Welle data team",
    publisher: "European Commission",
    year: 2020,
    url: "https://rmis.jrc.ec.europa.eu/?page=crm-list-2020-e294f6",
    via: "dw-data/crm:crm_analyse.ods (sheets data_crm, 7) Recycling)",
  },
  {
    id: "eu-crm-guidelines-2017",
    citation:
      "European Commission, Methodology for establishing the EU list of critical raw materials: Guidelines (2017); JRC background report, Blengini et al. 2017, doi:10.2760/73303",
    publisher: "European Commission",
    year: 2017,
    url: "https://prosumproject.eu/content/methodology-establishing-eu-list-critical-raw-materials",
  },
  {
    id: "unep-irp-2011",
    citation: "UNEP International Resource Panel, Recycling Rates of Metals: A Status Report (2011)",
    publisher: "United Nations Environment Programme",
    year: 2011,
    url: "https://resourcepanel.org/reports/recycling-rates-metals",
  },
  {
    id: "mcs-2026-revision-audit",
    citation:
      "Reconciliation of USGS Mineral Commodity Summaries 2026 versions 1.0 and 1.3 (ScienceBase CSV vs PDF v1.3), critical-minerals-records-stage-v3 README",
    publisher: "U.S. Geological Survey (via an independent reconciliation)",
    year: 2026,
    url: "https://pubs.usgs.gov/periodicals/mcs2026/mcs2026-rare-earths.pdf",
    via: "therealjameswilson/critical-minerals-records-stage-v3:README.md",
  },
  {
    id: "investingnews-mcs-2019",
    citation: 'Investing News Network, "Top rare earth producing countries" (relaying USGS MCS 2018/2019)',
    publisher: "Investing News Network",
    year: 2019,
    url: "https://investingnews.com/daily/resource-investing/critical-metals-investing/rare-earth-investing/rare-earth-producing-countries/",
  },
  {
    id: "indexmundi-mcs-2011",
    citation: "IndexMundi blog, rare earth metals (relaying USGS Mineral Commodity Summaries 2011)",
    publisher: "IndexMundi",
    year: 2011,
    url: "https://www.indexmundi.com/blog/index.php/tag/rare-earth-metals/",
  },
  {
    id: "miningvisuals-mcs-2024",
    citation: 'Mining Visuals, "China\'s dominance in rare earth production" (relaying USGS MCS 2024)',
    publisher: "Mining Visuals",
    year: 2024,
    url: "https://miningvisuals.com/post/chinas-dominance-in-rare-earth-production",
  },
  {
    id: "benchmark-2024-processing",
    citation:
      "Benchmark Mineral Intelligence estimates of China's NdPr and Dy processing shares, as reported by The Financial District",
    publisher: "Benchmark Mineral Intelligence",
    year: 2024,
    url: "https://thefinancialdistrict.com.ph/post/u-s-must-build-alternative-rare-earth-supply-chain",
  },
  {
    id: "fuji-keizai-magnets",
    citation: "Fuji Keizai market research on NdFeB magnet market shares, 2013 and 2021, as relayed by CKHQ",
    publisher: "Fuji Keizai",
    year: 2022,
    url: "https://en.ckhq.net/html/4b169c478022153ba0ab19ecf5c5209e.html",
  },
  {
    id: "vn-argus-2022-toll-processing",
    citation: "Argus Media analysis of Vietnam's rare-earth metal exports to Japan (2022), as relayed by ATech Magnet",
    publisher: "Argus Media",
    year: 2022,
    url: "https://www.atechmagnet.com/chances-of-vietnam-to-become-world-leader-of-ree-s.html",
  },
  {
    id: "jp-nri-2025-12-kiuchi",
    citation:
      "Nomura Research Institute (T. Kiuchi), estimate of the impact of Chinese rare-earth export restrictions on Japan, December 2025, as reported by People's Daily (Japanese edition) and TBS",
    publisher: "Nomura Research Institute",
    year: 2025,
    url: "http://j.people.com.cn/n3/2025/1210/c94476-20400659.html",
    via: "https://newsdig.tbs.co.jp/articles/withbloomberg/2318917?page=3",
  },
  {
    id: "eu-crm-2023-results",
    citation:
      "European Commission, Study on the critical raw materials for the EU 2023, final report, results table (supply risk, substitution index SI_SR, import reliance, EOL-RIR), doi:10.2873/725585",
    publisher: "European Commission",
    year: 2023,
    url: "https://doi.org/10.2873/725585",
    via: "meyerdata/CritMAT:input_data/seeds/eureport_results.csv",
  },
  {
    id: "shock-mizuho-2026-01",
    citation:
      "Mizuho Research & Technologies, impact on Japan of a one-year halt of rare-earth imports (GDP -0.88%, 60-day stockpile considered), as reported by TBS, 29 January 2026",
    publisher: "Mizuho Research & Technologies",
    year: 2026,
    url: "https://en.ckhq.net/html/d322f7190890b8fede0d95c48b12e31a.html",
  },
  {
    id: "shock-nikkei-2026-dualuse",
    citation:
      "Nikkei (Chinese edition) on China's January 2026 dual-use export ban to Japanese military end users and the approval of about half of Japan-bound licence applications for Dy-bearing items, as relayed by Reportify",
    publisher: "Nikkei",
    year: 2026,
    url: "https://reportify.cn/tags/product?tagValue=%E9%92%95",
  },
  {
    id: "shock-asahi-2026-02",
    citation:
      "Asahi Shimbun, 17 February 2026, on Japanese firms receiving about one third of previous rare-earth import volumes, as relayed by a blog",
    publisher: "Asahi Shimbun",
    year: 2026,
    url: "https://mokuou.blogspot.com/2026/02/31.html",
  },
];
