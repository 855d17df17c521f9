/**
 * Sources of the world and Chinese supply of single elements (`records/element-supply.ts`): the
 * element make-up of the main ore types (USGS Minerals Yearbook), China's mining quota split
 * between rock-type (light) and ion-adsorption (medium and heavy) ores, and the published element
 * totals the derivation is checked against. Ids start with `supply-` so they cannot collide with
 * ids chosen in the other topic files; the USGS production editions are cited from `core.ts`.
 */
import type { Source } from "../types";

export const ELEMENT_SUPPLY_SOURCES: readonly Source[] = [
  {
    id: "supply-usgs-myb-2022-table2",
    citation:
      "U.S. Geological Survey, Minerals Yearbook 2022: Rare Earths, advance data release of the annual tables (posted 19 March 2025), table 2: rare earth contents of selected source minerals, percentage of total rare-earth oxide (Bayan Obo, Dechang, Maoniuping, Weishan, Mountain Pass, Revda loparite, Mount Weld, Nangang and Manavalakurichi monazite, Xunwu, Xinfeng and Longnan laterites, Guangdong xenotime), as saved in a public repository",
    publisher: "U.S. Geological Survey",
    year: 2025,
    url: "https://www.usgs.gov/centers/national-minerals-information-center/rare-earths-statistics-and-information",
    via: "https://github.com/therealjameswilson/critical-minerals-records-stage-v3/blob/main/data/raw/usgs_myb2022_rare_earths_tables.xlsx",
  },
  {
    id: "supply-zhang-2016-partition",
    citation:
      "Zhang Zhenyue, He Zhengyan, Xu Zhigao, Yu Junxia, Zhang Yuefei and Chi Ru'an, \"中国稀土矿稀土配分特征\" (Rare earth partitioning characteristics of China's rare earth ores), Rare Earths (稀土) 2016, doi:10.16533/J.CNKI.15-1099/TF.201601020 (abstract)",
    publisher: "Rare Earths (稀土)",
    year: 2016,
    url: "http://jmonline.org/article/doi/10.16533/J.CNKI.15-1099/TF.201601020",
  },
  {
    id: "supply-lkconsult-2017-quota",
    citation:
      'LK Consult, "2017 first batch of rare earth mining quotas" (52,500 t, unchanged on 2016; the heavy rare earth partition 17%, unchanged)',
    publisher: "LK Consult",
    year: 2017,
    url: "http://lkconsult.com/index.php/20-news/561-2017-first-batch-of-rare-earth-mining-quotas",
  },
  {
    id: "supply-globaltimes-2019-03-quota",
    citation:
      "Global Times (Xinhua), first batch of 2019 rare earth mining quotas: 60,000 t, 50,425 t light and 9,575 t medium and heavy rare earths, 21 March 2019",
    publisher: "Global Times",
    year: 2019,
    url: "http://www.globaltimes.cn/content/1142893.shtml",
  },
  {
    id: "supply-atechmagnet-2021-quota",
    citation:
      'A-Tech Magnet, "2021 China Rare Earth Control": first batch of 2021 84,000 t, of which 11,490 t ion-type; the first ion-type batch had been 9,575 t in each of 2018-2020',
    publisher: "A-Tech Magnet",
    year: 2021,
    url: "https://www.atechmagnet.com/2021-china-rare-earth-control.html",
  },
  {
    id: "supply-mining-com-2020-quota",
    citation:
      'MINING.com (Reuters), "China raises annual rare earth mining quota to record high in 2020": 140,000 t, 120,850 t light and 19,150 t heavy rare earth ore',
    publisher: "MINING.com",
    year: 2020,
    url: "https://mining.com/?p=1029800",
  },
  {
    id: "supply-smm-2022-01-quota-2021",
    citation:
      'Shanghai Metals Market, "Rare Earth Ore Mining Quota Review in 2021", 6 January 2022: 168,000 t, of which 19,150 t ion-adsorption (middle and heavy) and 148,850 t rock-type (light) ores; the 2020 and 2021 increases were all light rare earths',
    publisher: "Shanghai Metals Market",
    year: 2022,
    url: "https://news.metal.com/newscontent/101718461/Rare-Earth-Ore-Mining-Quota-Review-in-2021",
  },
  {
    id: "supply-giti-2022-quota",
    citation:
      'GITI, "China\'s Rare Earth Quota H2 2022": total 210,000 t of TREO minerals; the quota for ionic clay deposits has not increased in three years',
    publisher: "GITI",
    year: 2022,
    url: "https://giti.sg/markets/markets_files/6cb2fa3d98a5e03c9f87c28461fc0e55-148.html",
  },
  {
    id: "supply-projectblue-2023-quota",
    citation:
      "Project Blue, \"ICYMI: China announces 'third batch' rare earth mining and smelting quota\" (2023 hard-rock mining quota 235.85 kt REO; ionic clay 19.1 kt, unchanged)",
    publisher: "Project Blue",
    year: 2024,
    url: "https://theprojectbluegroup.com/blue/news-analysis/707/icymi:-china-announces-%E2%80%98third-batch%E2%80%99-rare-earth-mining-and-smelting-quota",
  },
  {
    id: "supply-fastmarkets-2024-02-quota",
    citation:
      'Fastmarkets, "China issues first batch of rare earths quotas for 2024", 6 February 2024: 135,000 t, including 10,140 t of ion-absorbed (medium and heavy) rare earths',
    publisher: "Fastmarkets",
    year: 2024,
    url: "https://www.fastmarkets.com/insights/china-issues-first-batch-of-rare-earths-quotas-for-2024",
  },
];
