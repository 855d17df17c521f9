/**
 * Sources of Japan's demand, imports and stockpile, and of the comparator importers (US, EU,
 * Korea, Germany). USGS and the JSNM statistics page are in `core.ts`. Many Japanese figures are
 * read in relays of the Ministry of Finance customs data or of JSNM; the citation names both.
 */
import type { Source } from "../types";

export const JAPAN_SOURCES: readonly Source[] = [
  // Japan's demand: JSNM (Japan Society of Newer Metals) statistics as reported by the trade press.
  {
    id: "jp-adamas-2017-demand",
    citation: 'Adamas Intelligence, "Japan rare earth consumption increased in 2017" (citing Japanese industry data)',
    publisher: "Adamas Intelligence",
    year: null,
    url: "https://www.adamasintel.com/japan-rare-earth-consumption-increased-in-2017/",
  },
  {
    id: "jp-jmd-jsnm-2018",
    citation: "Japan Metal Daily, JSNM rare-earth demand statistics for 2018",
    publisher: "Japan Metal Daily (Sangyo Shimbun)",
    year: null,
    url: "https://www.japanmetaldaily.com/articles/-/44701",
  },
  {
    id: "jp-jm-jsnm-2020",
    citation: "Japan Metal Daily (japanmetal.com), JSNM rare-earth demand statistics for 2020, 31 March 2021",
    publisher: "Japan Metal Daily (Sangyo Shimbun)",
    year: 2021,
    url: "https://www.japanmetal.com/news-h20210331105401.html",
  },
  {
    id: "jp-jmd-jsnm-2020-elements",
    citation: "Japan Metal Daily, JSNM rare-earth demand by element for 2020 (yttrium, lanthanum, europium)",
    publisher: "Japan Metal Daily (Sangyo Shimbun)",
    year: null,
    url: "https://www.japanmetaldaily.com/articles/-/82747",
  },
  {
    id: "jp-jmd-jsnm-2022",
    citation: "Japan Metal Daily, JSNM rare-earth demand statistics for 2022",
    publisher: "Japan Metal Daily (Sangyo Shimbun)",
    year: null,
    url: "https://www.japanmetaldaily.com/articles/-/125054",
  },
  {
    id: "jp-jsnm-2024-demand",
    citation:
      "Japan Society of Newer Metals, rare-earth demand statistics for 2024 (news release), with Japan Metal Daily's report of the element figures",
    publisher: "Japan Society of Newer Metals",
    year: null,
    url: "https://jsnm.or.jp/news/?p=1562",
    via: "https://www.japanmetaldaily.com/articles/-/237695",
  },
  {
    id: "jp-jmb-jsnm-2012",
    citation: "Japan Metal Bulletin, JSNM rare-earth demand statistics for 2012",
    publisher: "Japan Metal Bulletin",
    year: null,
    url: "http://www.japanmetalbulletin.com/?p=21708",
  },
  {
    id: "jp-jm-jsnm-2013",
    citation: "Japan Metal Daily (japanmetal.com), JSNM rare-earth demand and import statistics for 2013, April 2014",
    publisher: "Japan Metal Daily (Sangyo Shimbun)",
    year: 2014,
    url: "https://japanmetal.com/news-h2014041448080.html",
  },
  {
    id: "jp-reuters-2011-market",
    citation:
      'Reuters, "Q&A: Japan\'s rare earth market" (trading-house estimates for 2011), as republished by Rare Metal Blog',
    publisher: "Reuters",
    year: null,
    url: "https://www.raremetalblog.com/q-a-japans-rare-earth-market/",
  },

  // Japan's imports and the China share.
  {
    id: "jp-kksoukan-mof",
    citation:
      "Japan Ministry of Finance trade statistics for rare earths 2008-2014, as compiled by China Rare Earth Online and relayed by kksoukan (「レアアースの中国依存→脱却」)",
    publisher: "kksoukan (relay of Japan Ministry of Finance data)",
    year: null,
    url: "https://www.kksoukan.com/%E3%83%AC%E3%82%A2%E3%82%A2%E3%83%BC%E3%82%B9%E3%81%AE%E4%B8%AD%E5%9B%BD%E4%BE%9D%E5%AD%98%E2%86%92%E8%84%B1%E5%8D%B4-75630.html",
  },
  {
    id: "jp-wsj-2011-01-ohata",
    citation:
      'Wall Street Journal, China Real Time blog, "Japan sustains Chinese rare earth imports", 6 January 2011 (METI minister Akihiro Ohata)',
    publisher: "Wall Street Journal",
    year: 2011,
    url: "http://blogs.wsj.com/chinarealtime/2011/01/06/japan-sustains-chinese-rare-earth-imports/",
  },
  {
    id: "jp-miyo-2012-mof",
    citation:
      "Blog summary of a broadcast report on Ministry of Finance statistics: rare-earth imports from China falling (written about 2013)",
    publisher: "miyo1134 blog (relay of Japan Ministry of Finance data)",
    year: null,
    url: "http://miyo1134.tou3.com/china%20situation/%E3%83%AC%E3%82%A2%E3%82%A2%E3%83%BC%E3%82%B9%20%E4%B8%AD%E5%9B%BD%E3%81%8B%E3%82%89%E3%81%AE%E8%BC%B8%E5%85%A5%E3%81%8C%E6%B8%9B%E5%B0%91%20",
  },
  {
    id: "jp-um-material-stockpiles",
    citation:
      'UM Material, "Does Japan need to significantly increase its rare earth stockpiles?" (citing METI annual statistics)',
    publisher: "UM Material",
    year: null,
    url: "https://um-material.com/co/blog/does-japan-need-to-significantly-increase-its-rare-earth-stockpiles",
  },
  {
    id: "jp-quartz-comtrade",
    citation: 'Quartz, "Japan\'s rare earths strategy has lessons for the US and Europe" (UN Comtrade data)',
    publisher: "Quartz",
    year: null,
    url: "https://qz.com/1998773/japans-rare-earths-strategy-has-lessons-for-us-europe",
  },
  {
    id: "jp-metalnomist-2024-08",
    citation: 'Metalnomist, "Japan\'s growing reliance on China for rare earths" (Japanese customs data), August 2024',
    publisher: "Metalnomist",
    year: 2024,
    url: "https://metalnomist.com/2024/08/japans-growing-reliance-on-china-for.html",
  },
  {
    id: "jp-moneycontrol-comtrade",
    citation:
      'Moneycontrol, "US needs lessons from Japan as it tries to move away from China in rare earth trade" (UN Comtrade analysis)',
    publisher: "Moneycontrol",
    year: null,
    url: "https://www.moneycontrol.com/news/business/economy/us-needs-lessons-from-japan-as-it-tries-to-move-away-from-china-in-rare-earth-trade-13612996.html",
  },
  {
    id: "jp-gtaic-hs2805-2024",
    citation:
      'GTAIC, "Rare earth metals and mercury market in Japan: forecast in 2025" (HS 2805 imports, UN Comtrade-based)',
    publisher: "GTAIC",
    year: null,
    url: "https://gtaic.ai/market-reports/rare-earth-metals-and-mercury-market-japan-forecast-in-2025",
  },
  {
    id: "jp-wsj-2025-07-jogmec",
    citation:
      'Wall Street Journal, "China strong-armed Japan over rare earths. It\'s a lesson for the US", 27 July 2025 (JOGMEC data), as republished by Mint',
    publisher: "Wall Street Journal",
    year: 2025,
    url: "https://www.livemint.com/global/china-strong-armed-japan-over-rare-earths-it-s-a-lesson-for-the-us-11753593819305.html",
  },
  {
    id: "jp-datazoo-jogmec-tv",
    citation:
      "JOGMEC figure for China's share of Japan's rare-earth imports shown on a Japanese TV programme, as logged by datazoo",
    publisher: "datazoo",
    year: null,
    url: "https://datazoo.jp/w/%E4%B8%AD%E5%9B%BD/71824130",
  },
  {
    id: "jp-tbs-2025-11-meti",
    citation:
      "TBS News Dig (with Bloomberg), report of a METI official's answer in the House of Representatives Foreign Affairs Committee, November 2025",
    publisher: "TBS",
    year: 2025,
    url: "https://newsdig.tbs.co.jp/articles/withbloomberg/2318917?page=3",
  },
  {
    id: "jp-nyt-2025-12",
    citation:
      "New York Times, 8 December 2025, on Japan's rare-earth dependence on China, as summarised by lonelyjapan",
    publisher: "New York Times",
    year: 2025,
    url: "https://www.lonelyjapan.com/297274",
  },
  {
    id: "jp-livedoor-2025-economist",
    citation: "Livedoor News, a Japanese economist on Japan's rare-earth dependence on China, 2025",
    publisher: "Livedoor News",
    year: 2025,
    url: "https://news.livedoor.com/topics/detail/30182478/",
  },

  // The 2010 episode, monthly.
  {
    id: "jp-smm-reuters-2010-11",
    citation:
      'Reuters via Shanghai Metals Market, "Japan rare earths imports from China plunge in Nov" (Ministry of Finance data), December 2010',
    publisher: "Reuters",
    year: 2010,
    url: "https://news.metal.com/newscontent/100015474/Japan-Rare-Earths-Imports-from-China-Plunge-in-Nov",
  },
  {
    id: "jp-bloomberg-2011-01-imports",
    citation:
      'Bloomberg, Japan\'s December 2010 rare-earth imports from China (Ministry of Finance data), as reposted in "Rare earth export to Japan jumped 6 folds"',
    publisher: "Bloomberg",
    year: 2011,
    url: "https://pdf.defence.pk/threads/rare-earth-export-to-japan-jumped-6-folds.91452/",
  },
  {
    id: "jp-reuters-2011-q1",
    citation:
      "Reuters report on Japan's rare-earth imports from China, January-March 2011, as republished by steel-door-supplier.com",
    publisher: "Reuters",
    year: 2011,
    url: "http://steel-door-supplier.com/p-7482.html",
  },

  // Stockpile policy.
  {
    id: "jp-iea-stockpiling-policy",
    citation:
      "International Energy Agency, Policies database: Japan, International Resource Strategy - national stockpiling system (JOGMEC), with Argus and Japan Forward (Sankei) reports of the 2020 revision",
    publisher: "International Energy Agency",
    year: null,
    url: "https://origin.iea.org/policies/16639-international-resource-strategy-national-stockpiling-system",
    via: "https://japan-forward.com/japan-to-stockpile-rare-metals-as-part-of-effort-to-reduce-dependence-on-china",
  },

  // Comparator importers.
  {
    id: "eu-stocknews24-2022-imports",
    citation: "Stocknews24, EU imports of rare-earth metals and compounds by origin, 2022 (EU trade data)",
    publisher: "Stocknews24",
    year: null,
    url: "https://stocknews24.com/?p=6227",
  },
  {
    id: "eu-alcircle-2024-imports",
    citation:
      'AlCircle, "How far is Europe from securing its rare earth future?" (Statista/Eurostat import tonnages for 2024)',
    publisher: "AlCircle",
    year: null,
    url: "https://www.alcircle.com/news/how-far-is-europe-from-securing-its-rare-earth-future-116446",
  },
  {
    id: "eu-commission-crma-2023",
    citation:
      'European Commission statement at the launch of the Critical Raw Materials Act (March 2023), as reported by Pubaffairs Bruxelles, "Why is Europe so dependent on China\'s rare earths?"',
    publisher: "European Commission",
    year: 2023,
    url: "https://www.pubaffairsbruxelles.eu/eu-in-the-media/why-is-europe-so-dependent-on-chinas-rare-earths/",
  },
];
