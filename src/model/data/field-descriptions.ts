/**
 * What each data field of `fields.ts` means, in English and Japanese: the text REE.FIELDS shows. Ids must match
 * those of the catalogue (a test checks both ways). The text ships apart from the functions
 * script, with the notes and citations, and loads on first use (src/model/data/pack.ts): the
 * functions script needs the ids to compute, not the prose.
 */
import type { Descriptions } from "./types";

export const FIELD_DESCRIPTIONS: Descriptions = {
  MINE_PRODUCTION: {
    description: "Mine production, tonnes of rare-earth oxide equivalent, by country (WORLD = world total)",
    descriptionJa: "鉱山生産量（酸化物換算トン）、国別（WORLD は世界計）",
  },
  RESERVES: {
    description: "Reserves, tonnes of rare-earth oxide equivalent, by country (WORLD = world total, a lower bound)",
    descriptionJa: "埋蔵量（酸化物換算トン）、国別（WORLD は世界計、下限値）",
  },
  SEPARATION_SHARE: {
    description: "Country's share of world separation and refining output, 0-1",
    descriptionJa: "世界の分離・精製量に占めるその国のシェア（0〜1）",
  },
  MAGNET_SHARE: {
    description: "Country's share of world sintered NdFeB magnet production, 0-1 (element MAGNET)",
    descriptionJa: "世界のネオジム焼結磁石生産に占めるその国のシェア（0〜1、元素は MAGNET）",
  },
  MAGNET_PRODUCTION: {
    description: "Sintered NdFeB magnet production, tonnes of magnet (element MAGNET)",
    descriptionJa: "ネオジム焼結磁石の生産量（磁石トン、元素は MAGNET）",
  },
  PRICE: {
    description: "Annual average oxide price, USD/kg, by market: CN = FOB China (USGS, Argus), EU = Europe",
    descriptionJa: "酸化物の年平均価格（USD/kg）、市場別：CN は中国 FOB（USGS、Argus）、EU は欧州",
  },
  PRICE_PEAK: {
    description: "Peak oxide price in a crisis year (2011, 2022), USD/kg; the note gives the date",
    descriptionJa: "危機年（2011年、2022年）の酸化物価格のピーク（USD/kg）。日付は注記に記載",
  },
  DEMAND: {
    description: "Annual demand of an importer, tonnes (Japan: JSNM product demand), by element where published",
    descriptionJa: "輸入国の年間需要（トン。日本は JSNM の製品需要）、公表されている元素別",
  },
  END_USE_SHARE: {
    description:
      "Share of an importer's (or the world's) rare-earth use that goes to each application, 0-1 (element REE); spills the applications",
    descriptionJa: "輸入国（または世界）のレアアース使用量に占める用途別のシェア（0〜1、元素は REE）。用途ごとにスピル",
  },
  APPLICATION_CONTENT: {
    description:
      "Share of an application's rare-earth use (by mass) that is the element, 0-1 (e.g. Dy in magnets); spills the applications",
    descriptionJa: "用途のレアアース使用量（質量）に占めるその元素のシェア（0〜1。例：磁石中の Dy）。用途ごとにスピル",
  },
  ELEMENT_USE_SHARE: {
    description:
      "Share of an importer's use of one element that goes to each application, 0-1, where the importer publishes the element's demand (e.g. Ce in Japan); spills the applications",
    descriptionJa:
      "輸入国のある元素の使用量に占める用途別のシェア（0〜1。元素別の需要が公表されている場合。例：日本の Ce）。用途ごとにスピル",
  },
  SECTOR_OUTPUT: {
    description:
      "Yearly output of the products of an end-use sector that contain rare earths, USD, from the input-output tables (element REE); spills the sectors",
    descriptionJa: "レアアースを含む製品の部門別の年間生産額（USD、産業連関表による。元素は REE）。部門ごとにスピル",
  },
  SECTOR_VA_RATIO: {
    description: "Value added as a share of output in an end-use sector, 0-1 (element REE); spills the sectors",
    descriptionJa: "部門の生産額に占める付加価値の割合（0〜1、元素は REE）。部門ごとにスピル",
  },
  IMPORTS: {
    description:
      "Annual imports of an importer from a partner (WORLD = all), tonnes; the note states HS scope and basis",
    descriptionJa: "輸入国の相手国からの年間輸入量（トン。WORLD は全相手国）。HS の範囲と重量基準は注記に記載",
  },
  IMPORT_SHARE: {
    description:
      "Share of an importer's imports that comes from a partner (default CN), 0-1; the note states the scope",
    descriptionJa: "輸入国の輸入に占める相手国（既定は CN）のシェア（0〜1）。範囲は注記に記載",
  },
  IMPORTS_MONTHLY: {
    description: "Monthly imports of an importer from a partner (default CN), tonnes; spills the months of the year",
    descriptionJa: "輸入国の相手国（既定は CN）からの月次輸入量（トン）。その年の各月をスピル",
  },
  IMPORTS_VALUE: {
    description:
      "Annual imports of an importer from a partner (WORLD = all) by customs value, USD; the record's scope states the HS lines",
    descriptionJa:
      "輸入国の相手国からの年間輸入額（米ドル、通関価額。WORLD は全相手国）。HS の範囲はレコードのスコープに記載",
  },
  IMPORTS_VALUE_MONTHLY: {
    description:
      "Monthly imports of an importer from a partner (default CN) by customs value in yen (Japan's customs currency); spills the months",
    descriptionJa: "輸入国の相手国（既定は CN）からの月次輸入額（円、通関価額）。その年の各月をスピル",
  },
  NET_IMPORT_RELIANCE: {
    description: "Net import reliance, 0-1: (imports - exports) over apparent consumption (USGS definition)",
    descriptionJa: "純輸入依存度（0〜1）：（輸入 − 輸出）÷ 見掛け消費量（USGS の定義）",
  },
  EXPORTS: {
    description: "Annual exports of a country to a partner (WORLD = all), tonnes; the note states the product scope",
    descriptionJa: "ある国の相手国への年間輸出量（トン。WORLD は全相手国）。製品の範囲は注記に記載",
  },
  EXPORT_QUOTA: {
    description: "China's rare-earth export quota for the year, tonnes REO (2009-2014; quotas ended in 2015)",
    descriptionJa: "中国のレアアース輸出枠（酸化物換算トン、2009〜2014年。2015年に廃止）",
  },
  MAGNET_EXPORTS_MONTHLY: {
    description: "Monthly rare-earth permanent magnet exports to a partner (WORLD = all), tonnes; spills the months",
    descriptionJa: "相手国へのレアアース永久磁石の月次輸出量（トン。WORLD は全相手国）。各月をスピル",
  },
  EXPORT_CONTROL_DATE: {
    description:
      "Date a country's export control on the element took effect, as an Excel date; the note gives the measure",
    descriptionJa: "その元素に対する国の輸出規制の発効日（Excel の日付）。措置は注記に記載",
  },
  ORIGIN_SHARE: {
    description:
      "Share of a country's rare-earth exports that was separated in a partner (default CN), 0-1; for look-through",
    descriptionJa: "ある国のレアアース輸出のうち相手国（既定は CN）で分離されたもののシェア（0〜1）。ルックスルー用",
  },
  SUBSTITUTION_INDEX: {
    description: "Substitution index for supply risk (SI_SR), 0-1, 1 = no substitute (EU criticality assessment)",
    descriptionJa: "供給リスクの代替指数（SI_SR、0〜1、1 は代替なし。EU の重要原材料評価）",
  },
  EU_SUPPLY_RISK: {
    description: "Supply risk (SR) published by the EU criticality assessment, for comparison with REE.SUPPLYRISK",
    descriptionJa: "EU の重要原材料評価が公表した供給リスク（SR）。REE.SUPPLYRISK との比較用",
  },
  STOCKPILE_DAYS: {
    description: "Stockpile target of an importer, days of standard consumption (Japan: 42 national + 18 private)",
    descriptionJa: "輸入国の備蓄目標（標準消費量の日数。日本は国家備蓄 42 日＋民間 18 日）",
  },
  WGI: {
    description: "World Bank governance indicators, mean of six, rescaled 0-10 with 10 the worst; element ignored",
    descriptionJa: "世界銀行のガバナンス指標（6 指標の平均を 0〜10 に換算、10 が最悪）。元素は無視",
  },
  EOL_RIR: {
    description: "End-of-life recycling input rate, 0-1: old scrap over total material input",
    descriptionJa: "使用済み製品のリサイクル投入率（0〜1）：老廃スクラップ ÷ 原料投入量の合計",
  },
};
