/**
 * Sources of the loss model by end-use sector (docs/METHODS.md, "Economic loss by sector"): the
 * input–output tables behind sector output and value added, the exchange rate that converts them,
 * the sources that name each element's uses in Japan, the evidence for the rule that a product
 * stops when its rare-earth part is missing, and the independent estimates of the cost of a halt
 * that docs/BACKTESTS.md holds out. Ids start with `impact-`.
 */
import type { Source } from "../types";

export const SECTOR_SOURCES: readonly Source[] = [
  {
    id: "impact-nies-3eid-2015",
    citation:
      "K. Nansai (2019), Embodied energy and emission intensity data for Japan using input-output tables (3EID), 2015 edition, National Institute for Environmental Studies: domestic production by the 390 sectors of Japan's 2015 input-output tables (MIC and ten ministries), million yen at producer prices, worksheet E",
    publisher: "National Institute for Environmental Studies, Japan",
    year: 2019,
    url: "http://www.cger.nies.go.jp/publications/report/d031/index.html",
    via: "ShiroTakeda/Japanese_SAM_for_CGE:Make_IO/source_data/3EID_2015.xlsx",
  },
  {
    id: "impact-takeda-io-2011",
    citation:
      "Japan's 2011 input-output tables (MIC and ten ministries), aggregated to 26 rows and 18 columns by S. Takeda for a social accounting matrix (japan_2011_26x18): inputs, value added and output by sector, billion yen",
    publisher: "S. Takeda (from the Ministry of Internal Affairs and Communications' tables)",
    year: 2021,
    url: "https://www.soumu.go.jp/toukei_toukatsu/data/io/index.htm",
    via: "ShiroTakeda/Japanese_SAM_for_CGE:Make_SAM/IO_data/japan_2011_26x18.xlsx",
  },
  {
    id: "impact-meti-2020-auto",
    citation:
      "METI, mini economic analysis of the automobile industry (25 November 2020): value added about 11 trillion yen (2016, 2.1% of all industries), shipments 62.3 trillion yen (2018), production-inducement coefficient of passenger cars 2.7",
    publisher: "Ministry of Economy, Trade and Industry",
    year: 2020,
    url: "https://www.meti.go.jp/statistics/toppage/report/minikeizai/kako/20201125minikeizai.html",
  },
  {
    id: "impact-imf-jpy-usd-2015",
    citation:
      "International Monetary Fund, International Financial Statistics: Japan, official exchange rate, yen per US dollar, period average (2015: 121.04), as tabulated by IndexMundi",
    publisher: "International Monetary Fund",
    year: 2022,
    url: "https://data.imf.org/",
    via: "https://www.indexmundi.com/facts/japan/indicator/PA.NUS.FCRF",
  },
  {
    id: "impact-jm-jsnm-2012-uses",
    citation:
      "Japan Metal (Nikkan Sangyo Shimbun), 18 March 2013: JSNM's 2012 rare-earth demand, down 31.4% to 14,470 t; didymium and neodymium for motor magnets, lanthanum added to optical glass, cerium for polishing LCD and hard-disk glass",
    publisher: "Japan Metal",
    year: 2013,
    url: "https://www.japanmetal.com/news-h201303187886.html",
  },
  {
    id: "impact-reuters-2025-06-suzuki",
    citation:
      'Reuters, "Suzuki Motor halted Swift production due to China\'s rare earth curbs, sources say", 5 June 2025, as published by The Japan News (Yomiuri)',
    publisher: "Reuters",
    year: 2025,
    url: "https://japannews.yomiuri.co.jp/business/companies/20250606-259938/",
  },
  {
    id: "impact-daiwa-2025-12",
    citation:
      "Daiwa Institute of Research (K. Akimoto), impact on Japan's economy of a cut-off of rare-earth imports from China: real GDP -1.3% (about 7 trillion yen), employment -1.3%, 5 December 2025",
    publisher: "Daiwa Institute of Research",
    year: 2025,
    url: "https://www.dir.co.jp/report/research/economics/japan/20251205_025454.html",
  },
  {
    id: "impact-bea-gross-output-detail",
    citation:
      "U.S. Bureau of Economic Analysis, gross output by detailed industry (input-output industry codes, 2017 schema), 1997-2023, million current dollars, as stored by the U.S. EPA's flowsa project (BEA_Detail_GrossOutput_IO_17sch.csv, June 2025)",
    publisher: "U.S. Bureau of Economic Analysis",
    year: 2025,
    url: "https://www.bea.gov/data/industries/gross-output-by-industry",
    via: "USEPA/flowsa:flowsa/data/external_data/BEA_Detail_GrossOutput_IO_17sch.csv (commit 941fe99d410197032264d785f65ab2468510a53c)",
  },
  {
    id: "impact-bea-use-summary-2023",
    citation:
      "U.S. Bureau of Economic Analysis, supply-use framework, Use table 2023 at the summary level (71 industries, 2017 schema): total industry output (T018) and value added at producer prices (VAPRO), million current dollars, as stored by the U.S. EPA's flowsa project (BEA_Summary_Use_SUT_2023_17sch.csv, May 2025)",
    publisher: "U.S. Bureau of Economic Analysis",
    year: 2025,
    url: "https://www.bea.gov/industry/input-output-accounts-data",
    via: "USEPA/flowsa:flowsa/data/external_data/BEA_Summary_Use_SUT_2023_17sch.csv (commit 25e725996c692d2722e51915b018bbdbd5a976e6)",
  },
];
