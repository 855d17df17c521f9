/**
 * Sources for China's rare-earth trade and trade policy: export quotas 2009-2014, export tonnages,
 * magnet exports (monthly and by partner) and the 2025 export controls. Governance (WGI) and
 * recycling (EU CRM 2020, UNEP 2011) cite sources already in core.ts. Ids start with `cn-` so they
 * cannot collide with ids chosen in the other topic files.
 */
import type { Source } from "../types";

export const CHINA_TRADE_SOURCES: readonly Source[] = [
  // Export quotas, 2009-2014.
  {
    id: "cn-inautonews-2012-quota",
    citation:
      'inautonews, "China lifts export quota of rare earths" (2012; states the 2009 quota of 50,145 t and the 2011 quota of 30,184 t)',
    publisher: "inautonews",
    year: 2012,
    url: "http://www.inautonews.com/china-lifts-export-quota-of-rare-earths",
  },
  {
    id: "cn-mofcom-2010-quota-relays",
    citation:
      'China Ministry of Commerce 2010 rare-earth export quota, as reported by China Daily (14 July 2011) and by EVWind, "China sets rare earth export quotas", 30 December 2010 (https://www.evwind.es/2010/12/30/china-sets-rare-earth-export-quotas/9244)',
    publisher: "China Daily",
    year: 2011,
    url: "https://global.chinadaily.com.cn/imqq/china/2011-07/14/content_12913906.htm",
  },
  {
    id: "cn-abrasivesunion-2012-08",
    citation:
      'Abrasives Union, "Rare earth exports to be below quota", 13 August 2012 (China Daily relay of Ma Rongzhang, secretary-general of the Association of the China Rare Earth Industry)',
    publisher: "Abrasives Union",
    year: 2012,
    url: "https://abrasivesunion.com/information/show_detail/13418",
  },
  {
    id: "cn-upi-2012-10",
    citation:
      'UPI, "China: Rare-earths exports slow down", 30 October 2012 (relaying China Daily and the China Customs Statistics Information Center)',
    publisher: "United Press International",
    year: 2012,
    url: "https://www.upi.com/Business_News/2012/10/30/China-Rare-earths-exports-slow-down/UPI-74011351569815/",
  },
  {
    id: "cn-eworks-2012-quota",
    citation: "eWorks Global news on China's 2012 rare-earth export quota (second batch: LREE 8,537 t, HREE 1,233 t)",
    publisher: "eWorks Global",
    year: 2012,
    url: "http://eworksglobal.com/View/Article/NewsDetail.aspx?id=7218",
  },
  {
    id: "cn-abc-2013-12",
    citation: "ABC News (Australia), report on China's rare-earth exports and quotas, 13 December 2013",
    publisher: "Australian Broadcasting Corporation",
    year: 2013,
    url: "http://www.abc.net.au/news/2013-12-13/an-china-rare-earth/5156708?site=perth",
  },
  {
    id: "cn-yahoo-2013-quota",
    citation: 'Yahoo News Singapore, "China sets rare earth export quota for second half" (2013)',
    publisher: "Yahoo News",
    year: 2013,
    url: "https://sg.news.yahoo.com/china-sets-rare-earth-export-quota-second-half-044739860.html",
  },
  {
    id: "cn-chinadaily-2013-12-quota",
    citation: "China Daily, first batch of China's 2014 rare-earth export quotas, 25 December 2013",
    publisher: "China Daily",
    year: 2013,
    url: "https://global.chinadaily.com.cn/m/innermongolia/2013-12/25/content_17200624.htm",
  },

  // Export tonnages.
  {
    id: "cn-mofcom-2010-11-japan",
    citation:
      "China Ministry of Commerce (spokesman Yao Jian), rare-earth exports January-September 2010 by destination, as relayed by the right-waystan blog, November 2010",
    publisher: "China Ministry of Commerce",
    year: 2010,
    url: "https://right-waystan.blogspot.com/2010/11/half-of-rare-earth-exports-went-to.html",
  },
  {
    id: "cn-techeye-2011-01",
    citation:
      'TechEye, "China\'s rare earth exports soar in 2010, 2011 a different story", January 2011 (relaying the Ministry of Commerce)',
    publisher: "TechEye",
    year: 2011,
    url: "http://www.techeye.net/business/chinas-rare-earth-exports-soar-in-2010-2011-a-different-story",
  },
  {
    id: "cn-chinadaily-2013-08",
    citation:
      "China Daily, 8 August 2013: China Rare Earth Industry Association (Ma Rongzhang) on rare-earth exports to Japan and the US, January-May 2013",
    publisher: "China Daily",
    year: 2013,
    url: "http://covid-19.chinadaily.com.cn/business/2013-08/08/content_16881080.htm",
  },
  {
    id: "cn-globaltimes-2024-01",
    citation:
      'Global Times, "China\'s 2023 rare earth exports up 7.3%, showing Western smears to be groundless: experts", 12 January 2024 (General Administration of Customs data)',
    publisher: "Global Times",
    year: 2024,
    url: "https://globaltimes.cn/page/202401/1305298.shtml",
  },
  {
    id: "cn-udn-2026-01-re-exports",
    citation:
      "United Daily News (udn.com), China's 2025 rare-earth exports of 62,585 t (+12.9%), relaying Reuters and Jiemian (General Administration of Customs data), January 2026",
    publisher: "United Daily News",
    year: 2026,
    url: "https://udn.com/news/story/7333/9265203",
  },
  {
    id: "cn-adamas-2025-magnets",
    citation: 'Adamas Intelligence, "Record rare earth magnet exports from China in 2024" (China customs data), 2025',
    publisher: "Adamas Intelligence",
    year: 2025,
    url: "https://www.adamasintel.com/record-rare-earth-magnet-exports-from-china-in-2024/",
  },
  {
    id: "cn-reuters-2026-01-magnets",
    citation:
      'Reuters, "China rare-earth exports to US, Japan fell in December", 20 January 2026 (General Administration of Customs data), as republished by Goldsea',
    publisher: "Reuters",
    year: 2026,
    url: "http://www.goldsea.com/public/index.php/article_details/china-rare-earth-exports-to-us-japan-fell-in-december",
  },
  {
    id: "cn-globalspark-2026-01-japan",
    citation:
      'GlobalSpark, "China\'s rare earth magnet exports to Japan fall in December" (China customs data), January 2026',
    publisher: "GlobalSpark",
    year: 2026,
    url: "https://globalspark.news/business/trade-tariffs/chinas-rare-earth-magnet-exports-to-japan-fall-in-december.html",
  },

  // Monthly magnet exports.
  {
    id: "cn-wsj-2025-06-magnets",
    citation:
      'Wall Street Journal analysis of Chinese customs data, "Chinese rare earth exports collapsed 74% y/y in May", June 2025, as reported by Automotive World',
    publisher: "Wall Street Journal",
    year: 2025,
    url: "https://www.automotiveworld.com/news/chinese-rare-earth-exports-collapsed-74-yoy-in-may/",
  },
  {
    id: "cn-reuters-2025-08-magnets",
    citation:
      'Reuters, "China\'s rare earth magnet exports hit six-month high in July", 20 August 2025 (General Administration of Customs data), via Kitco',
    publisher: "Reuters",
    year: 2025,
    url: "https://www.kitco.com/news/off-the-wire/2025-08-20/chinas-rare-earth-magnet-exports-hit-six-month-high-july",
  },
  {
    id: "cn-dw-2025-12-magnets",
    citation:
      "Deutsche Welle Chinese service (with Reuters), China's November 2025 rare-earth magnet exports, 20 December 2025, as summarised by livedoor News, 22 December 2025",
    publisher: "Deutsche Welle",
    year: 2025,
    url: "https://news.livedoor.com/topics/detail/30246072/",
  },
  {
    id: "cn-livedoor-2025-12-magnets-japan",
    citation:
      "livedoor News, 22 December 2025: China's rare-earth magnet exports to Japan in November 2025 (General Administration of Customs data); December figures also in United Daily News, 20 January 2026 (https://udn.com/news/story/7333/9276794)",
    publisher: "livedoor News",
    year: 2025,
    url: "https://news.livedoor.com/topics/detail/30249423/",
  },
  {
    id: "cn-reuters-2026-01-magnets-japan",
    citation:
      'Reuters, "China December rare earth magnets exports to Japan down 8% on month", 20 January 2026 (General Administration of Customs data), via TradingKey',
    publisher: "Reuters",
    year: 2026,
    url: "https://www.tradingkey.com/news/commodities/261489648-reuters",
  },

  // Export controls.
  {
    id: "cn-mofcom-2025-61-62",
    citation:
      "China Ministry of Commerce, Announcements No. 61 and No. 62 of 2025 (9 October 2025), English renderings published by SS College (also https://www.sscollege.cn/en/news/44809.html); suspended by MOFCOM-GAC Announcement No. 70 of 7 November 2025 (reported at https://www.chemradar.com/en/news/detail/f3s7t2oy9qf4)",
    publisher: "China Ministry of Commerce",
    year: 2025,
    url: "https://www.sscollege.cn/en/news/44800.html",
  },
];
