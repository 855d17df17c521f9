/**
 * Sources of the non-China supply pipeline (`projects.ts`): company releases and trade-press
 * reports on Lynas, MP Materials, Iluka, Energy Fuels, Neo Performance Materials and Solvay, and
 * the Japan–Lynas agreements. Where the original publisher's page was not read, `url` is the
 * relay that was read and the citation names the relay. `year` is null where neither the research
 * nor the address dates the publication.
 */
import type { Source } from "../types";

export const PIPELINE_SOURCES: readonly Source[] = [
  // Lynas: capacity, output and the heavy rare earth circuit.
  {
    id: "pipeline-fastmarkets-lynas-hre",
    citation: 'Fastmarkets, "Lynas to produce dysprosium, terbium oxide in Malaysia"',
    publisher: "Fastmarkets",
    year: null,
    url: "https://fastmarkets.com/insights/lynas-to-produce-dysprosium-terbium-oxide-in-malaysia",
  },
  {
    id: "pipeline-rex-lynas-scale",
    citation: 'Rare Earth Exchanges, "Lynas Rare Earths: scale achieved, now for sustainable returns"',
    publisher: "Rare Earth Exchanges",
    year: null,
    url: "https://rareearthexchanges.com/news/lynas-rare-earths-scale-achieved-now-for-sustainable-returns",
  },
  {
    id: "pipeline-middlenews-2025-08-lynas",
    citation:
      'middle.news, "Lynas accelerates rare earths growth with record production and $750m raise", 27 August 2025',
    publisher: "middle.news",
    year: 2025,
    url: "https://www.middle.news/articles/2025/08/27/lynas-accelerates-rare-earths-growth-with-record-production-and-750m-raise",
  },
  {
    id: "pipeline-firmsworld-lynas-fy25",
    citation: "FirmsWorld, report on Lynas Rare Earths' FY2025 (July 2024 – June 2025) production and prices",
    publisher: "FirmsWorld",
    year: 2025,
    url: "https://firmsworld.com/?p=17590",
  },
  {
    id: "pipeline-australianmining-2025-lynas-dy",
    citation:
      'Australian Mining, "Lynas produces world\'s first dysprosium outside of China" (March 2025 quarter report), 2025',
    publisher: "Australian Mining",
    year: 2025,
    url: "https://www.australianmining.com.au/lynas-produces-worlds-first-dysprosium-outside-of-china/",
  },
  {
    id: "pipeline-fnn-lynas-hre-slate",
    citation:
      "Finance News Network, Lynas Rare Earths on its Malaysian heavy rare earth circuit (products, SEGH feed capacity, capex)",
    publisher: "Finance News Network",
    year: null,
    url: "https://www.finnewsnetwork.com.au/archives/finance_news_network470015.html",
  },
  {
    id: "pipeline-lcdproduct-2025-10-lynas-hre-plant",
    citation:
      "Report on Lynas' planned MYR 500 million heavy rare earth plant in Malaysia (5,000 t/yr feedstock), October 2025, relayed by lcdproduct.com",
    publisher: "lcdproduct.com (aggregator)",
    year: 2025,
    url: "https://lcdproduct.com/?p=30090",
  },
  // Japan–Lynas agreements.
  {
    id: "pipeline-sojitz-2010-11-lynas",
    citation: "Sojitz Corporation, press release on the strategic alliance with Lynas Corporation, 24 November 2010",
    publisher: "Sojitz Corporation",
    year: 2010,
    url: "https://www.sojitz.com/en/news/2010/11/20101124.php",
  },
  {
    id: "pipeline-reuters-2010-11-sojitz-lynas",
    citation:
      'Reuters, "UPDATE 3-Sojitz and Lynas in rare earth supply deal", November 2010 (relayed by bestgrowthstock.com)',
    publisher: "Reuters",
    year: 2010,
    url: "https://www.bestgrowthstock.com/update-3-sojitz-and-lynas-in-rare-earth-supply-deal/",
  },
  {
    id: "pipeline-liangzibaojie-lynas",
    citation:
      '"Japanese interest to secure A$257m for Australian rare earths co" (Lynas minimum supply figure), relayed by liangzibaojie.com',
    publisher: "liangzibaojie.com (aggregator)",
    year: null,
    url: "http://www.liangzibaojie.com/japanese-interest-to-secure-a257m-for-australian-rare-earths-co/",
  },
  {
    id: "pipeline-nsenergy-jare-lynas",
    citation: 'NS Energy, "JARE supports Lynas development with additional equity investment", 2022',
    publisher: "NS Energy",
    year: 2022,
    url: "https://www.nsenergybusiness.com/news/jare-supports-lynas-development-with-additional-equity-investment/",
  },
  {
    id: "pipeline-greencarcongress-2023-03-lynas",
    citation: "Green Car Congress, on the Lynas–JARE funding and supply agreement, 9 March 2023",
    publisher: "Green Car Congress",
    year: 2023,
    url: "https://www.greencarcongress.com/2023/03/20230309-lynas.html",
  },
  {
    id: "pipeline-reuters-2023-03-lynas-jare",
    citation:
      'Reuters, "Lynas gets $134 million funding from Japan to boost output", March 2023 (relayed by MINING.COM)',
    publisher: "Reuters",
    year: 2023,
    url: "https://mining.com/web/lynas-gets-134-million-funding-from-japan-to-boost-output",
  },
  {
    id: "pipeline-sojitz-2025-10-lynas-hre",
    citation:
      "Sojitz Corporation, press release on the first imports of Lynas heavy rare earths into Japan, 30 October 2025 (Japanese; relayed by Toremaga)",
    publisher: "Sojitz Corporation",
    year: 2025,
    url: "https://news.toremaga.com/release/others/3842964.html",
  },
  {
    id: "pipeline-yomiuri-2025-lynas-hre",
    citation:
      "Yomiuri Shimbun, on the first heavy rare earth imports from Lynas and Sojitz's ~30% target, 2025 (Japanese; relayed by livedoor news)",
    publisher: "Yomiuri Shimbun",
    year: 2025,
    url: "https://news.livedoor.com/article/detail/29887450/",
  },
  {
    id: "pipeline-fnn-2026-03-lynas-jare",
    citation:
      "Finance News Network, Lynas Rare Earths and JARE extend their offtake and supply agreement to 2038, March 2026",
    publisher: "Finance News Network",
    year: 2026,
    url: "https://www.finnewsnetwork.com.au/archives/finance_news_network4192821.html",
  },
  // MP Materials.
  {
    id: "pipeline-mp-2024-q4",
    citation: "MP Materials Corp., fourth quarter and full year 2024 results release (relayed by reportify.ai)",
    publisher: "MP Materials Corp.",
    year: 2025,
    url: "https://www.reportify.ai/filings/1090216704908333056",
  },
  {
    id: "pipeline-marketscreener-mp-magnets",
    citation: 'MarketScreener, "MP Materials restores U.S. rare earth magnet production"',
    publisher: "MarketScreener",
    year: null,
    url: "https://www.marketscreener.com/quote/stock/MP-MATERIALS-CORP-108730348/news/MP-Materials-Restores-U-S-Rare-Earth-Magnet-Production-48837729/",
  },
  {
    id: "pipeline-adamas-2025-07-mp-dod",
    citation:
      'Adamas Intelligence, "MP Materials announces transformational partnership with the US Department of Defense", July 2025',
    publisher: "Adamas Intelligence",
    year: 2025,
    url: "https://www.adamasintel.com/mp-materials-announces-transformational-partnership-with-the-us-department-of-defense",
  },
  {
    id: "pipeline-metaltechnews-2025-07-dod",
    citation: 'Metal Tech News, "DoD commits billions to US rare earths", 16 July 2025',
    publisher: "Metal Tech News",
    year: 2025,
    url: "https://www.metaltechnews.com/story/2025/07/16/tech-metals/dod-commits-billions-to-us-rare-earths/2370.html",
  },
  // Iluka.
  {
    id: "pipeline-rareresearch-iluka",
    citation:
      "Rare Research (Japanese newsletter), on additional investment in Iluka Resources' Eneabba rare earth refinery (Australia)",
    publisher: "Rare Research",
    year: null,
    url: "https://rareresearch.co.jp/australia-additional-investment-for-iluka-resources-eneabba-refinery",
  },
  {
    id: "pipeline-innovationaus-2022-iluka",
    citation: 'InnovationAus, "WA rare earth refinery scores $1b Commonwealth loan", 2022',
    publisher: "InnovationAus",
    year: 2022,
    url: "https://www.innovationaus.com/wa-rare-earth-refinery-scores-1b-commonwealth-loan/",
  },
  // Energy Fuels.
  {
    id: "pipeline-metalnomist-2024-08-energyfuels",
    citation: "Metalnomist, on Energy Fuels expanding rare earth separation at the White Mesa Mill, August 2024",
    publisher: "Metalnomist",
    year: 2024,
    url: "https://metalnomist.com/2024/08/energy-fuels-expands-rare-earth.html",
  },
  {
    id: "pipeline-metalnomist-2025-09-energyfuels-hree",
    citation: "Metalnomist, on Energy Fuels' heavy rare earth oxides, September 2025",
    publisher: "Metalnomist",
    year: 2025,
    url: "https://www.metalnomist.com/2025/09/energy-fuels-heavy-rare-earth-oxides.html",
  },
  {
    id: "pipeline-cruxinvestor-energyfuels",
    citation:
      'Crux Investor, "Energy Fuels Inc\'s White Mesa Mill expansion: what it means for US rare earth supply risk"',
    publisher: "Crux Investor",
    year: null,
    url: "https://www.cruxinvestor.com/posts/energy-fuels-inc-s-white-mesa-mill-expansion-what-it-means-for-us-rare-earth-supply-risk",
  },
  {
    id: "pipeline-ouzhyi-energyfuels-phase2",
    citation:
      "Web post relaying Energy Fuels' White Mesa Phase 2 bankable feasibility study (January 2026) figures, web3.ouzhyi.onl",
    publisher: "web3.ouzhyi.onl (aggregator)",
    year: null,
    url: "https://web3.ouzhyi.onl/it/discover/post/65954887756000",
  },
  // Europe.
  {
    id: "pipeline-argus-2023-neo-estonia",
    citation: 'Argus Media, "Magnequench starts building Estonia RE magnet plant", 2023',
    publisher: "Argus Media",
    year: 2023,
    url: "https://www.argusmedia.com/de/news-and-insights/latest-market-news/2465359-magnequench-starts-building-estonia-re-magnet-plant",
  },
  {
    id: "pipeline-automotiveworld-2025-09-neo",
    citation: 'Automotive World, "Neo opens Estonia rare earth plant to cut EU reliance on China", September 2025',
    publisher: "Automotive World",
    year: 2025,
    url: "https://www.automotiveworld.com/articles/neo-opens-estonia-rare-earth-plant-to-cut-eu-reliance-on-china/",
  },
  {
    id: "pipeline-rawmaterials-2024-solvay",
    citation: 'rawmaterials.net, "Neodymium-praseodymium: Solvay aims to supply 30% of Europe\'s demand", 2024',
    publisher: "rawmaterials.net",
    year: 2024,
    url: "https://rawmaterials.net/neodymium-praseodymium-solvay-aims-to-supply-30-of-europes-demand/",
  },
];
