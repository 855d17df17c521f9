/**
 * Countries and blocs the model knows: importers (Japan, the US, the EU, Korea), producers and
 * processors named in the bundled data. Codes are ISO 3166-1 alpha-2 (plus `EU`, which ISO 3166
 * reserves for the European Union); alpha-3 codes and English and Japanese names are accepted too.
 */
import { buildIndex, lookupKey } from "./lookup-key";

export interface Country {
  /** ISO 3166-1 alpha-2, `EU`, or `WORLD` for the world total. */
  readonly code: string;
  /** ISO 3166-1 alpha-3; for the EU and the world the World Bank's aggregate codes `EUU`, `WLD`. */
  readonly alpha3: string;
  readonly name: string;
  readonly nameJa: string;
  /** Further names accepted on input (former names, common short forms). */
  readonly aliases: readonly string[];
}

export const COUNTRIES: readonly Country[] = [
  // The world total, for production, reserves and trade "with all partners". World Bank code WLD.
  { code: "WORLD", alpha3: "WLD", name: "World", nameJa: "世界", aliases: ["全世界"] },
  { code: "JP", alpha3: "JPN", name: "Japan", nameJa: "日本", aliases: ["日本国"] },
  {
    code: "CN",
    alpha3: "CHN",
    name: "China",
    nameJa: "中国",
    aliases: ["People's Republic of China", "PRC", "中華人民共和国"],
  },
  {
    code: "US",
    alpha3: "USA",
    name: "United States",
    nameJa: "米国",
    aliases: ["United States of America", "America", "アメリカ", "アメリカ合衆国"],
  },
  { code: "EU", alpha3: "EUU", name: "European Union", nameJa: "欧州連合", aliases: ["EU27", "EU-27", "欧州"] },
  {
    code: "KR",
    alpha3: "KOR",
    name: "South Korea",
    nameJa: "韓国",
    aliases: ["Korea", "Republic of Korea", "大韓民国"],
  },
  { code: "AU", alpha3: "AUS", name: "Australia", nameJa: "オーストラリア", aliases: ["豪州"] },
  { code: "MY", alpha3: "MYS", name: "Malaysia", nameJa: "マレーシア", aliases: [] },
  { code: "VN", alpha3: "VNM", name: "Vietnam", nameJa: "ベトナム", aliases: ["Viet Nam", "ヴェトナム"] },
  { code: "MM", alpha3: "MMR", name: "Myanmar", nameJa: "ミャンマー", aliases: ["Burma", "ビルマ"] },
  { code: "LA", alpha3: "LAO", name: "Laos", nameJa: "ラオス", aliases: ["Lao PDR"] },
  { code: "TH", alpha3: "THA", name: "Thailand", nameJa: "タイ", aliases: [] },
  { code: "IN", alpha3: "IND", name: "India", nameJa: "インド", aliases: [] },
  { code: "RU", alpha3: "RUS", name: "Russia", nameJa: "ロシア", aliases: ["Russian Federation", "ロシア連邦"] },
  { code: "BR", alpha3: "BRA", name: "Brazil", nameJa: "ブラジル", aliases: [] },
  { code: "MG", alpha3: "MDG", name: "Madagascar", nameJa: "マダガスカル", aliases: [] },
  { code: "NG", alpha3: "NGA", name: "Nigeria", nameJa: "ナイジェリア", aliases: [] },
  { code: "TZ", alpha3: "TZA", name: "Tanzania", nameJa: "タンザニア", aliases: [] },
  { code: "ZA", alpha3: "ZAF", name: "South Africa", nameJa: "南アフリカ", aliases: [] },
  { code: "GL", alpha3: "GRL", name: "Greenland", nameJa: "グリーンランド", aliases: [] },
  { code: "CA", alpha3: "CAN", name: "Canada", nameJa: "カナダ", aliases: [] },
  { code: "EE", alpha3: "EST", name: "Estonia", nameJa: "エストニア", aliases: [] },
  { code: "FR", alpha3: "FRA", name: "France", nameJa: "フランス", aliases: [] },
  { code: "DE", alpha3: "DEU", name: "Germany", nameJa: "ドイツ", aliases: [] },
  { code: "NL", alpha3: "NLD", name: "Netherlands", nameJa: "オランダ", aliases: [] },
  { code: "AT", alpha3: "AUT", name: "Austria", nameJa: "オーストリア", aliases: [] },
  {
    code: "GB",
    alpha3: "GBR",
    name: "United Kingdom",
    nameJa: "英国",
    aliases: ["UK", "Britain", "イギリス"],
  },
  { code: "CL", alpha3: "CHL", name: "Chile", nameJa: "チリ", aliases: [] },
  { code: "TW", alpha3: "TWN", name: "Taiwan", nameJa: "台湾", aliases: [] },
];

const countryIndex = buildIndex(COUNTRIES, (country) => [
  country.code,
  country.alpha3,
  country.name,
  country.nameJa,
  ...country.aliases,
]);

/**
 * Finds a country by alpha-2 or alpha-3 code or by English or Japanese name.
 *
 * @example findCountry("jpn")?.code; // => "JP"
 * @example findCountry("オーストラリア")?.code; // => "AU"
 */
export function findCountry(text: string): Country | undefined {
  return countryIndex.get(lookupKey(text));
}
