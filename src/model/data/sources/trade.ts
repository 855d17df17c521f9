/**
 * Sources of the trade-partner series: customs statistics of Japan, the US, the EU and South Korea
 * by partner, and China's exports of dysprosium and terbium to Japan (mirror data). Where a
 * public extract or a press relay was read instead of the agency's own table, `via` names it.
 */
import type { Source } from "../types";

export const TRADE_SOURCES: readonly Source[] = [
  // ---- United States
  {
    id: "us-usitc-dataweb-2846",
    citation:
      "U.S. International Trade Commission, DataWeb: US imports for consumption, HTS 2846, customs value and first unit of quantity by country, 1993-2025 (query of 10 July 2026 for 18 selected countries), as saved in a public repository",
    publisher: "U.S. International Trade Commission",
    year: 2026,
    url: "https://dataweb.usitc.gov/",
    via: "https://github.com/therealjameswilson/critical-minerals-records-stage-v3/blob/main/data/raw/us_imports_for_consumption_1993-2026.xlsx",
  },
  {
    id: "usgs-myb-2022-rare-earths",
    citation:
      "U.S. Geological Survey, Minerals Yearbook 2022, Rare Earths, tables 6 and 7 (US imports for consumption of rare-earth compounds, and of metals and alloys, by country, 2021-2022; U.S. Census Bureau data), as saved in a public repository",
    publisher: "U.S. Geological Survey",
    year: 2024,
    url: "https://www.usgs.gov/centers/national-minerals-information-center/rare-earths-statistics-and-information",
    via: "https://github.com/therealjameswilson/critical-minerals-records-stage-v3/blob/main/data/raw/usgs_myb2022_rare_earths_tables.xlsx",
  },

  // ---- European Union
  {
    id: "eu-eurostat-2025-04-ree",
    citation:
      'Eurostat, "Imports of rare earth elements saw 30% drop in 2024", news item, 9 April 2025 (dataset ds-045409)',
    publisher: "Eurostat",
    year: 2025,
    url: "https://ec.europa.eu/eurostat/en/web/products-eurostat-news/w/ddn-20250409-1",
  },
  {
    id: "eu-eurostat-2024-ree-2023",
    citation:
      "Eurostat, rare earth elements trade in 2023 (news item drawn from the Statistics Explained article on international trade in critical raw materials), as relayed by Rare Earth Exchanges",
    publisher: "Eurostat",
    year: 2024,
    url: "https://ec.europa.eu/eurostat/statistics-explained/index.php?title=International_trade_in_critical_raw_materials",
    via: "https://rareearthexchanges.com/news/rare-earth-elements-3/",
  },
  {
    id: "eu-eurostat-2023-11-ree-2022",
    citation:
      "Eurostat, rare earth elements imports in 2022 (news item for Raw Materials Week, November 2023), as relayed by wnp.pl (PAP)",
    publisher: "Eurostat",
    year: 2023,
    url: "https://www.wnp.pl/rynki-zagraniczne/te-dane-dobitnie-pokazuja-grozne-uzaleznienie-unii-europejskiej-od-chin,773973.html",
  },

  {
    id: "eu-ubn-2025-05-ree",
    citation:
      'UBN (Ukrainian Business News), "The EU has shifted its focus from Russia to China in the procurement of rare earth metals", 1 May 2025: EU imports of rare earth elements (tonnes, value, partner shares), 2020-2022 and 2024, from Eurostat trade data',
    publisher: "UBN",
    year: 2025,
    url: "https://ubn.news/?p=228406",
  },

  // ---- South Korea
  {
    id: "kr-kcs-2010-10",
    citation:
      "Korea Customs Service, press release on rare-earth imports (2005 to September 2010), as republished by Newswire",
    publisher: "Korea Customs Service",
    year: 2010,
    url: "https://www.newswire.co.kr/newsRead.php?no=507654",
  },
  {
    id: "kr-kcs-2013-01-rare-metals",
    citation:
      'Korea Customs Service, "2012년 10대 희소금속 수입동향" (imports of the ten rare metals in 2012), press release of 17 January 2013, as distributed by Newswire',
    publisher: "Korea Customs Service",
    year: 2013,
    url: "https://www.newswire.co.kr/newsRead.php?no=675048",
  },
  {
    id: "kr-newdaily-2023-10-komir",
    citation:
      "New Daily, \"'핵심광물 수급 조기경보' 대상, 6종서 13종으로 확대\", 1 October 2023, citing Korea Mine Rehabilitation and Mineral Resources Corporation (KOMIR) data on 2022 imports by value",
    publisher: "New Daily",
    year: 2023,
    url: "https://biz.newdaily.co.kr/site/data/html/2023/10/01/2023100100004.html",
  },
  {
    id: "kr-aju-2024-12-komir",
    citation:
      'Aju Business Daily, "[흔들리는 K-공급망] 핵심광물 中 의존 탈피…", December 2024, citing KOMIR statistics on 2023 import volumes, as republished by Trenue',
    publisher: "Aju Business Daily",
    year: 2024,
    url: "https://trenue.com/2024/12/%ed%9d%94%eb%93%a4%eb%a6%ac%eb%8a%94-k-%ea%b3%b5%ea%b8%89%eb%a7%9d-%ed%95%b5%ec%8b%ac%ea%b4%91%eb%ac%bc-%e4%b8%ad-%ec%9d%98%ec%a1%b4-%ed%83%88%ed%94%bc%ec%a4%91%eb%82%a8%eb%af%b8%c2%b7",
  },
  {
    id: "kr-xinhua-2012-01",
    citation:
      'Xinhua, "S. Korea relies on China for 80% of rare earths import" (Korea Customs Service data for 2011), China Daily, 31 January 2012',
    publisher: "Xinhua",
    year: 2012,
    url: "http://usa.chinadaily.com.cn/business/2012-01/31/content_14510179.htm",
  },
  {
    id: "kr-globaltimes-2013-01",
    citation:
      'Global Times report on Korea Customs Service data for January-November 2012, as relayed by TheStreet ("South Korea reduces dependence on Chinese rare earths")',
    publisher: "Global Times",
    year: 2013,
    url: "https://www.thestreet.com/story/11805135/1/south-korea-reduces-dependence-on-chinese-rare-earths.html",
  },
  {
    id: "kr-joongang-2011-12",
    citation:
      'Korea JoongAng Daily, "Rare earth imports nosedive as demand met in summer" (Korea Customs Service data for November 2011), 27 December 2011',
    publisher: "Korea JoongAng Daily",
    year: 2011,
    url: "https://koreajoongangdaily.joins.com/2011/12/27/economy/Rare-earth-imports-nosedive-as-demand-met-in-summer/2946235.html",
  },
  {
    id: "kr-xinhua-2012-06",
    citation:
      'Xinhua, "S Korea\'s rare earth imports from China surge in May" (Korea Customs Service data), China Daily, 21 June 2012',
    publisher: "Xinhua",
    year: 2012,
    url: "http://europe.chinadaily.com.cn/business/2012-06/21/content_15517533.htm",
  },
  {
    id: "kr-xinhua-2012-08",
    citation:
      "Xinhua, South Korea's rare earth imports in July 2012 (Korea Customs Service data), China Daily, 23 August 2012",
    publisher: "Xinhua",
    year: 2012,
    url: "https://global.chinadaily.com.cn/business/2012-08/23/content_15701101.htm",
  },
  {
    id: "kr-xinhua-2012-10",
    citation:
      "Xinhua, South Korea's rare earth imports in September 2012 (Korea Customs Service data), China Daily, 18 October 2012",
    publisher: "Xinhua",
    year: 2012,
    url: "https://global.chinadaily.com.cn/business/2012-10/18/content_15828842.htm",
  },
  {
    id: "kr-hankyung-2019-06-komis",
    citation:
      "Hankyung (Yonhap), \"한국 희토류 수입 42%가 중국산\", 2 June 2019, citing KOMIS's '2019 rare-metal raw-material trade analysis' (2018 imports by value) and the Korea Customs Service's 2012 rare-earth import report (2011 shares)",
    publisher: "Hankyung",
    year: 2019,
    url: "https://hankyung.com/article/201906027758Y",
  },
  {
    id: "kita-2023-08-magnets",
    citation:
      "Korea International Trade Association, Institute for International Trade, 'Supply chain of rare-earth permanent magnets and implications' (August 2023), as reported by Hankyung, 10 August 2023",
    publisher: "Korea International Trade Association",
    year: 2023,
    url: "https://hankyung.com/article/2023081017951",
  },
  {
    id: "kr-pointe-2025-12",
    citation:
      "Point Economy (포인트경제) article on Korea's exposure to China's rare-earth controls, December 2025, as summarised by Newspic",
    publisher: "Point Economy",
    year: 2025,
    url: "https://m.newspic.kr/summary.html?nid=2025121010384498092&pn=353",
  },

  // ---- Japan
  {
    id: "jp-reuters-2011-06-imports",
    citation:
      'Reuters (Chikako Mogi), "Japan\'s May REE imports from China down" (Ministry of Finance data for April and May 2011), as republished by The AU Report',
    publisher: "Reuters",
    year: 2011,
    url: "http://www.theaureport.com/pub/na/10113",
  },
  {
    id: "jp-jmb-2010-monthly",
    citation:
      "Japan Metal Bulletin, reports of Japan's monthly rare-earth imports (Ministry of Finance), 2009-2010 (also http://www.japanmetalbulletin.com/?p=4658)",
    publisher: "Japan Metal Bulletin",
    year: 2010,
    url: "http://www.japanmetalbulletin.com/?p=5369",
  },
  {
    id: "jp-fortunefwd-2025-06",
    citation:
      'FortuneFWD, "Japan sees sharp decline in rare earth imports from China" (Ministry of Finance data for May 2025), June 2025',
    publisher: "FortuneFWD",
    year: 2025,
    url: "https://fortunefwd.com/japan-sees-sharp-decline-in-rare-earth-imports-from-china",
  },
  {
    id: "cn-tradium-2025-05",
    citation:
      'rawmaterials.net (TRADIUM), "Rare earths: Chinese exports of terbium and dysprosium plummet to zero in May" (China customs), 20 June 2025',
    publisher: "TRADIUM",
    year: 2025,
    url: "https://rawmaterials.net/rare-earths-chinese-exports-of-terbium-and-dysprosium-plummet-to-zero-in-may/",
  },
  {
    id: "cn-smi-2025-07-dy-tb",
    citation:
      "Strategic Metals Invest, weekly news review (China customs data for dysprosium and terbium exports in June 2025), July 2025",
    publisher: "Strategic Metals Invest",
    year: 2025,
    url: "https://strategicmetalsinvest.com/weekly-news-review-july-21-july-27-2025",
  },
  {
    id: "cn-ree-exchanges-2025-09-dy-tb",
    citation:
      'Rare Earth Exchanges, "Heavy rare earths: China\'s drip feed strategy" (China customs data for July 2025, via TRADIUM), 5 September 2025',
    publisher: "Rare Earth Exchanges",
    year: 2025,
    url: "https://rareearthexchanges.com/news/heavy-rare-earths-chinas-drip-feed-strategy",
  },
  {
    id: "cn-tradium-2025-10",
    citation:
      'TRADIUM, "Exports in September: mixed development for rare earths" (China customs data for September 2025), October 2025',
    publisher: "TRADIUM",
    year: 2025,
    url: "https://tradium.com/market-insight/exports-in-september-mixed-development-for-rare-earths/",
  },
  {
    id: "cn-tradium-2025-11",
    citation:
      'rawmaterials.net (TRADIUM), "Chinese dysprosium exports plummet in October while terbium rebounds" (China customs), 20 November 2025',
    publisher: "TRADIUM",
    year: 2025,
    url: "https://rawmaterials.net/chinese-dysprosium-exports-plummet-in-october-while-terbium-rebounds",
  },
  {
    id: "cn-tradium-2026-01",
    citation:
      'rawmaterials.net (TRADIUM), "Exports of dysprosium and terbium decline sharply in 2025 as destination markets shift" (China customs), 20 January 2026',
    publisher: "TRADIUM",
    year: 2026,
    url: "https://rawmaterials.net/exports-of-dysprosium-and-terbium-decline-sharply-in-2025-as-destination-markets-shift",
  },
];
