/**
 * Imports by partner of the comparator importers (US, EU, South Korea), by HS line where the
 * statistics give it; each record names its scope (`scopes/trade.ts`). The USGS import-source
 * shares and the earlier relays are in `comparators.ts`.
 *
 * - US: HTS 2846 imports for consumption by partner, 2008-2025 (USITC DataWeb extract of 18
 *   partners; the total is their sum), and the Minerals Yearbook 2022 tables for 2021-2022 by line
 *   (2846.10, 2846.90, 2805.30), with the full totals, tonnes and USD.
 * - EU: Eurostat's extra-EU imports of rare-earth elements (REE+, EU-27), 2020-2024: the news
 *   items for 2022-2024 and a press extraction of the same Eurostat data for 2020-2021. No
 *   customs-import series of the EU was found for 2010-2019 (docs/DATA.md, "Gaps").
 * - South Korea: Korea Customs Service shares, tonnages and months, 2010-2012 (2012 for the full
 *   year from the customs' own release), KOMIR's 2023 share of import volume, value shares for
 *   2011, 2018 and 2022, and a 2024 share of unstated basis.
 * - Magnets (HS 8505.11): China's share of each importer's magnet imports in 2022 (KITA).
 *
 * Where one value belongs to several scopes (the US REE lines), every record carries its scope's
 * edition label and the broadest series (DataWeb HTS 2846) is the preferred one.
 */
import type { AuthoredRecord } from "../types";

type Meta = Pick<AuthoredRecord, "source" | "grade" | "scope" | "note"> &
  Partial<Pick<AuthoredRecord, "edition" | "preferred">>;

const annual = (
  field: "IMPORTS" | "IMPORTS_VALUE",
  country: string,
  element: string,
  partner: string,
  year: number,
  value: number,
  meta: Meta,
): AuthoredRecord => ({
  field,
  element,
  country,
  partner,
  year,
  value,
  unit: field === "IMPORTS" ? "t" : "USD",
  ...meta,
});

const share = (
  country: string,
  element: string,
  partner: string,
  year: number,
  value: number,
  meta: Meta,
): AuthoredRecord => ({ field: "IMPORT_SHARE", element, country, partner, year, value, unit: "share", ...meta });

const monthly = (
  country: string,
  partner: string,
  year: number,
  month: number,
  value: number,
  meta: Meta,
): AuthoredRecord => ({
  field: "IMPORTS_MONTHLY",
  element: "REE",
  country,
  partner,
  year,
  month,
  value,
  unit: "t",
  ...meta,
});

// ---- United States: HTS 2846 by partner, USITC DataWeb (tonnes, first unit of quantity).
// Columns: year, sum of the 18 partners, CN, MY, EE, JP, FR.
const DATAWEB_2846: ReadonlyArray<readonly [number, number, number, number, number, number, number]> = [
  [2008, 19704.8, 18254.8, 21.9, 71.0, 289.8, 427.4],
  [2009, 13765.1, 12911.6, 0, 214.8, 207.8, 350.0],
  [2010, 15182.9, 13620.1, 0, 246.7, 589.9, 573.4],
  [2011, 8785.4, 6386.6, 0.2, 397.2, 905.5, 593.6],
  [2012, 6848.6, 4058.1, 13.0, 602.7, 810.8, 1041.3],
  [2013, 12151.7, 9965.1, 20.0, 725.4, 569.1, 410.8],
  [2014, 13570.1, 10794.9, 579.9, 1034.4, 373.1, 343.1],
  [2015, 12640.7, 9457.8, 840.0, 1046.8, 383.6, 487.9],
  [2016, 16169.4, 13418.9, 440.0, 957.7, 407.8, 713.7],
  [2017, 16418.9, 14206.5, 64.0, 1067.3, 376.4, 422.6],
  [2018, 16577.3, 13656.7, 860.5, 1071.7, 431.2, 130.1],
  [2019, 19950.3, 15691.6, 1916.2, 932.4, 572.6, 72.0],
  [2020, 10495.2, 8042.4, 998.6, 599.8, 539.8, 130.0],
  [2021, 11812.6, 8038.3, 1781.9, 827.7, 598.7, 172.0],
  [2022, 16281.4, 12126.3, 2512.4, 560.2, 620.2, 78.0],
  [2023, 14597.7, 10999.9, 2219.0, 667.5, 385.4, 77.7],
  [2024, 13120.2, 10240.4, 1232.2, 875.4, 368.7, 100.2],
  [2025, 15235.3, 12047.4, 1013.9, 1219.5, 428.8, 105.7],
];
const DATAWEB_PARTNERS = ["CN", "MY", "EE", "JP", "FR"] as const;
const DATAWEB = {
  source: "us-usitc-dataweb-2846",
  scope: "us-dataweb-hs2846",
  edition: "DataWeb HTS 2846",
} as const;
const DATAWEB_NOTE =
  "US imports for consumption under HTS 2846 (cerium and other rare-earth compounds) from the partner, tonnes (kg ÷ 1,000, first unit of quantity), USITC DataWeb.";
const DATAWEB_TOTAL_NOTE =
  "Derived: the sum of US imports under HTS 2846 from the 18 partners of the DataWeb extract (Australia, Brazil, Canada, Chile, China, DR Congo, Estonia, France, Germany, Hong Kong, India, Japan, Malaysia, Myanmar, Russia, South Africa, South Korea, Vietnam), tonnes. A lower bound of the total: the Minerals Yearbook's full totals are 12,000 t (2021) and 16,500 t (2022) against 11,813 t and 16,281 t here.";

function datawebRecords(): AuthoredRecord[] {
  const records: AuthoredRecord[] = [];
  for (const [year, total, ...partners] of DATAWEB_2846) {
    records.push(
      annual("IMPORTS", "US", "REE", "WORLD", year, total, { ...DATAWEB, grade: "D", note: DATAWEB_TOTAL_NOTE }),
    );
    partners.forEach((value, i) =>
      records.push(
        annual("IMPORTS", "US", "REE", DATAWEB_PARTNERS[i], year, value, {
          ...DATAWEB,
          grade: "A",
          note: DATAWEB_NOTE,
        }),
      ),
    );
  }
  return records;
}

// ---- United States: the Minerals Yearbook 2022 tables, by HTS line, 2021-2022.
type Line = "2846.10" | "2846.90" | "2805.30";
/** Per line: element, label, then per year the rows [partner, kg, USD]. */
const MYB: ReadonlyArray<{
  readonly line: Line;
  readonly element: string;
  readonly what: string;
  readonly years: Readonly<Record<number, ReadonlyArray<readonly [string, number, number]>>>;
}> = [
  {
    line: "2846.10",
    element: "Ce",
    what: "cerium compounds (cerium oxides 2846.10.0010 and other cerium compounds 2846.10.0050)",
    years: {
      2021: [
        ["WORLD", 2890000, 27.8e6],
        ["CN", 1564000, 4.14e6],
        ["JP", 523000, 19.0e6],
        ["EE", 552000, 1.26e6],
        ["MY", 112000, 145000],
      ],
      2022: [
        ["WORLD", 2960000, 27.5e6],
        ["CN", 1499000, 4.34e6],
        ["JP", 567000, 18.5e6],
        ["EE", 463000, 1.06e6],
        ["MY", 304000, 604000],
      ],
    },
  },
  {
    line: "2846.90",
    element: "REE",
    what: "rare-earth compounds other than cerium (oxides, chlorides, carbonates, mixtures, yttrium materials)",
    years: {
      2021: [
        ["WORLD", 9110000, 105e6],
        ["CN", 6467700, 68.26e6],
        ["MY", 1669700, 4.284e6],
        ["EE", 36400, 200000],
      ],
      2022: [
        ["WORLD", 13500000, 157e6],
        ["CN", 10624200, 114.363e6],
        ["MY", 2212000, 6.04e6],
      ],
    },
  },
  {
    line: "2805.30",
    element: "REE",
    what: "rare-earth metals and alloys (La, Ce, Pr, Nd and other metals, unalloyed and alloyed)",
    years: {
      2021: [
        ["WORLD", 487000, 17.3e6],
        ["CN", 461605, 10.8303e6],
        ["RU", 13100, 5.53e6],
      ],
      2022: [
        ["WORLD", 406000, 17.7e6],
        ["CN", 395820, 16.5305e6],
      ],
    },
  },
];

function mybRecords(): AuthoredRecord[] {
  const records: AuthoredRecord[] = [];
  for (const { line, element, what, years } of MYB) {
    for (const [year, rows] of Object.entries(years)) {
      for (const [partner, kg, usd] of rows) {
        const whole = partner === "WORLD";
        const named =
          partner === "CN"
            ? "China is named in every 10-digit line, so this is its full total for the line."
            : "A lower bound: the partner is named only in the 10-digit lines where it is a main supplier, and is counted in 'other' elsewhere.";
        const note = whole
          ? `US imports for consumption of ${what}, HTS ${line}, all partners (USGS Minerals Yearbook 2022, Census data; rounded to three significant digits).`
          : `US imports for consumption of ${what}, HTS ${line}, from the partner: the sum of the 10-digit lines where the Minerals Yearbook 2022 names it. ${named}`;
        const common = { source: "usgs-myb-2022-rare-earths", grade: "A", edition: `MYB 2022 HTS ${line}` } as const;
        records.push(
          annual("IMPORTS", "US", element, partner, Number(year), kg / 1000, {
            ...common,
            scope: `us-myb-hs${line}`,
            note: `${note} Tonnes of gross weight.`,
          }),
          annual("IMPORTS_VALUE", "US", element, partner, Number(year), usd, {
            ...common,
            scope: `us-myb-hs${line}-value`,
            note: `${note} Customs value, USD.`,
          }),
        );
      }
    }
  }
  return records;
}

/** The editions of the US series, broadest first: where several hold one value, the first is preferred. */
const US_EDITION_ORDER = ["DataWeb HTS 2846", "MYB 2022 HTS 2846.90", "MYB 2022 HTS 2805.30", "MYB 2022 HTS 2846.10"];

/**
 * Marks the preferred record of every value several US series hold (`validate.ts`: editions of one
 * value need exactly one preferred), following US_EDITION_ORDER.
 */
function withPreferred(records: AuthoredRecord[]): AuthoredRecord[] {
  const key = (r: AuthoredRecord) => `${r.field}|${r.element}|${r.country}|${r.partner}|${r.year}`;
  const groups = new Map<string, AuthoredRecord[]>();
  for (const record of records) groups.set(key(record), [...(groups.get(key(record)) ?? []), record]);
  const preferred = new Set<AuthoredRecord>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const rank = (r: AuthoredRecord) => US_EDITION_ORDER.indexOf(r.edition ?? "");
    preferred.add([...group].sort((a, b) => rank(a) - rank(b))[0]);
  }
  return records.map((record) => (preferred.has(record) ? { ...record, preferred: true } : record));
}

// ---- European Union: Eurostat REE+ (tonnes, shares of the total weight).
const EU = { scope: "eu-eurostat-ree-plus", grade: "B" } as const;
const EU_NOTE =
  "Extra-EU imports of rare-earth elements (Eurostat REE+: CN 2805 30 metals and CN 2846 compounds), tonnes as rounded by Eurostat.";

// ---- South Korea.
const KR_VOLUME = { scope: "kr-kcs-volume" } as const;
const KR_MONTH =
  "South Korea's imports of rare-earth materials including scandium and yttrium in the month, tonnes (Korea Customs Service via Xinhua).";

// ---- Magnets: China's share of each importer's NdFeB magnet imports in 2022 (KITA).
const KITA_NOTE =
  "China's share of the importer's imports of rare-earth (NdFeB) permanent magnets in 2022 (KITA, August 2023; basis not stated in the relay, KITA's statistics are usually by value). Korea's share stayed at 82.0-88.0% from 2016 to 2022; Japan's fell from 42.3% to 31.1%.";

export const TRADE_COMPARATOR_RECORDS: readonly AuthoredRecord[] = [
  ...withPreferred([...datawebRecords(), ...mybRecords()]),

  // EU, 2020-2024. The 2024 partner tonnages (China 5,984 t, Russia 3,676 t, Malaysia 2,579 t,
  // Statista/Eurostat via AlCircle) are in comparators.ts; Eurostat's shares of 2022 are there too.
  // 2020-2021: a press extraction of the same Eurostat REE+ series (UBN, 2025). It matches the
  // news items where they overlap: 18,400 t and EUR 145.7 million in 2022 (Eurostat: "18 thousand"
  // tonnes, EUR 146 million, +9% on 2021 = 16,900 t), China 40.2% (Eurostat 40%).
  annual("IMPORTS", "EU", "REE", "WORLD", 2020, 10700, {
    ...EU,
    grade: "C",
    source: "eu-ubn-2025-05-ree",
    note: `${EU_NOTE} 2020: 10,700 t worth EUR 72.3 million, as extracted from Eurostat's data by UBN (2025); Russia more than half of the weight (EUR 9.9 million), China 43%, all others 6.5%.`,
  }),
  share("EU", "REE", "CN", 2020, 0.43, {
    ...EU,
    grade: "C",
    source: "eu-ubn-2025-05-ree",
    note: "China's share of the weight of extra-EU imports of rare-earth elements (REE+) in 2020, 43%, as extracted from Eurostat's data by UBN (2025); 10,700 t in all.",
  }),
  share("EU", "REE", "RU", 2020, 0.505, {
    ...EU,
    grade: "D",
    source: "eu-ubn-2025-05-ree",
    note: "Derived: 1 - 0.43 (China) - 0.065 (all partners other than China and Russia) = 0.505, Russia's share of the weight of extra-EU imports of REE+ in 2020, which UBN (from Eurostat's data) calls 'more than half'.",
  }),
  annual("IMPORTS", "EU", "REE", "WORLD", 2021, 16900, {
    ...EU,
    grade: "C",
    source: "eu-ubn-2025-05-ree",
    edition: "Eurostat via UBN",
    preferred: true,
    note: `${EU_NOTE} 2021: 16,900 t worth EUR 106.5 million, as extracted from Eurostat's data by UBN (2025); China 35.5%, Russia 27.2%. Consistent with Eurostat's +9% for 2022 (18,400 t / 16,900 t = 1.089).`,
  }),
  annual("IMPORTS", "EU", "REE", "WORLD", 2021, 16514, {
    ...EU,
    grade: "D",
    source: "eu-eurostat-2023-11-ree-2022",
    edition: "derived from 2022",
    note: "Derived: 2022 imports of 18,000 t ÷ 1.09, the 9% rise Eurostat reported for 2022 = 16,514 t (both inputs rounded); Eurostat's own 2021 figure as extracted by UBN (16,900 t) is preferred.",
  }),
  ...(
    [
      ["CN", 0.355],
      ["RU", 0.272],
    ] as const
  ).map(([partner, value]) =>
    share("EU", "REE", partner, 2021, value, {
      ...EU,
      grade: "C",
      source: "eu-ubn-2025-05-ree",
      note: "Partner's share of the weight of extra-EU imports of rare-earth elements (REE+) in 2021 (16,900 t in all), as extracted from Eurostat's data by UBN (2025); the rest, 37.3%, mostly Malaysia (not named).",
    }),
  ),
  ...(
    [
      ["WORLD", 18000],
      ["CN", 7400],
      ["MY", 5600],
      ["RU", 4500],
    ] as const
  ).map(([partner, value]) =>
    annual("IMPORTS", "EU", "REE", partner, 2022, value, {
      ...EU,
      source: "eu-eurostat-2023-11-ree-2022",
      note: `${EU_NOTE} 2022: 18,000 t in all (+9%; value €146 million); China 40%, Malaysia 31%, Russia 25%, the US and Japan 2% each.`,
    }),
  ),
  ...(
    [
      ["WORLD", 18300],
      ["CN", 7100],
      ["MY", 6100],
      ["RU", 4000],
    ] as const
  ).map(([partner, value]) =>
    annual("IMPORTS", "EU", "REE", partner, 2023, value, {
      ...EU,
      source: "eu-eurostat-2024-ree-2023",
      note: `${EU_NOTE} 2023: 18,300 t in all (-0.5%; value €123.6 million); China 39.0%, Malaysia 33.1%, Russia 22.0%. The China share is not stored as IMPORT_SHARE for 2023 because the Commission's whole-chain 98% holds that key in comparators.ts.`,
    }),
  ),
  annual("IMPORTS", "EU", "REE", "WORLD", 2024, 12900, {
    ...EU,
    grade: "A",
    source: "eu-eurostat-2025-04-ree",
    note: `${EU_NOTE} 2024: 12,900 t in all, -29.3% on 2023; China 6,000 t (46.3%), Russia 3,700 t (28.4%), Malaysia 2,600 t (19.9%), together over 94%.`,
  }),
  ...(
    [
      ["CN", 0.463],
      ["RU", 0.284],
      ["MY", 0.199],
    ] as const
  ).map(([partner, value]) =>
    share("EU", "REE", partner, 2024, value, {
      ...EU,
      grade: "A",
      source: "eu-eurostat-2025-04-ree",
      note: "Partner's share of the total weight of extra-EU imports of rare-earth elements (REE+: CN 2805 30 and 2846) in 2024, Eurostat.",
    }),
  ),

  // South Korea, customs by weight, 2010-2012.
  share("KR", "REE", "CN", 2010, 0.65, {
    ...KR_VOLUME,
    source: "kr-kcs-2010-10",
    grade: "B",
    note: "China's share of South Korea's rare-earth raw-material imports in 2010 to date (January-September), down from about 90% in 2005 (Korea Customs Service release); the next year's 78.4% was reported as 13 points higher.",
  }),
  share("KR", "REE", "CN", 2011, 0.784, {
    ...KR_VOLUME,
    source: "kr-globaltimes-2013-01",
    grade: "C",
    edition: "KCS by weight",
    preferred: true,
    note: "China's share of South Korea's rare-earth imports in 2011 by weight (Korea Customs Service via the Global Times; the customs' own 2012 release gives 78.4% too). Xinhua's 282 t from China and 360 t in all are a tenth of the customs' 2,816 t and about 3,590 t, so they are not stored. Preferred over the value share (72%) as the customs-volume basis.",
  }),
  annual("IMPORTS", "KR", "REE", "CN", 2011, 2816, {
    ...KR_VOLUME,
    source: "kr-kcs-2013-01-rare-metals",
    grade: "A",
    note: "South Korea's rare-earth imports from China in 2011, 2,816 t (Korea Customs Service, imports of the ten rare metals in 2012, which compares 2011).",
  }),
  annual("IMPORTS", "KR", "REE", "WORLD", 2011, 3592, {
    ...KR_VOLUME,
    source: "kr-kcs-2013-01-rare-metals",
    grade: "D",
    note: "Derived: 2,816 t from China ÷ 0.784, China's share of 2011 = 3,592 t; the customs' 2012 total of 2,262 t, 37% lower than 2011, gives 2,262 ÷ 0.63 = 3,590 t (Korea Customs Service).",
  }),
  share("KR", "REE", "JP", 2011, 0.078, {
    ...KR_VOLUME,
    source: "kr-globaltimes-2013-01",
    grade: "C",
    edition: "KCS by weight",
    preferred: true,
    note: "Japan's share of South Korea's rare-earth imports in 2011 (Korea Customs Service via the Global Times).",
  }),
  // 2012: the full year from the customs' own release is the customs-volume series; the
  // January-November shares relayed earlier are a part-year scope of their own.
  share("KR", "REE", "CN", 2012, 0.544, {
    scope: "kr-kcs-volume-jan-nov",
    source: "kr-globaltimes-2013-01",
    grade: "C",
    edition: "KCS January-November",
    note: "China's share of South Korea's rare-earth imports, January-November 2012 only (Korea Customs Service via the Global Times); Korean buyers turned to Japanese suppliers, whose material is largely Chinese-sourced. The full year is 53.9%.",
  }),
  share("KR", "REE", "JP", 2012, 0.279, {
    scope: "kr-kcs-volume-jan-nov",
    source: "kr-globaltimes-2013-01",
    grade: "C",
    edition: "KCS January-November",
    note: "Japan's share of South Korea's rare-earth imports, January-November 2012 only (Korea Customs Service via the Global Times). The full year is 27.0%.",
  }),
  ...(
    [
      ["CN", 0.539],
      ["JP", 0.27],
      ["FR", 0.149],
    ] as const
  ).map(([partner, value]) =>
    share("KR", "REE", partner, 2012, value, {
      ...KR_VOLUME,
      source: "kr-kcs-2013-01-rare-metals",
      grade: "A",
      ...(partner === "FR" ? {} : { edition: "KCS full year", preferred: true }),
      note: "Partner's share of South Korea's rare-earth imports by weight in 2012, full year (Korea Customs Service, imports of the ten rare metals in 2012): 2,262 t in all, -37% on 2011; China 53.9% (1,220 t, -56.9%), Japan 27.0% (+19.2 points), France 14.9%.",
    }),
  ),
  ...(
    [
      ["WORLD", 2262],
      ["CN", 1220],
    ] as const
  ).map(([partner, value]) =>
    annual("IMPORTS", "KR", "REE", partner, 2012, value, {
      ...KR_VOLUME,
      source: "kr-kcs-2013-01-rare-metals",
      grade: "A",
      note: "South Korea's rare-earth imports in 2012, tonnes (Korea Customs Service, imports of the ten rare metals in 2012): 2,262 t in all, 1,220 t from China.",
    }),
  ),
  share("KR", "REE", "CN", 2023, 0.54, {
    ...KR_VOLUME,
    source: "kr-aju-2024-12-komir",
    grade: "C",
    edition: "KOMIR by volume",
    preferred: true,
    note: "China's share of South Korea's rare-earth import volume in 2023, 54% (KOMIR statistics via Aju Business Daily): Korean customs tonnage as KOMIR compiles it, read as the same series as the customs' own 2010-2012 releases (HS lines stated in neither). Value shares of 2023 are much higher (about 62-82% in press summaries), as Korea buys its cheaper materials elsewhere.",
  }),
  share("KR", "REE", "CN", 2022, 0.504, {
    scope: "kr-kcs-value",
    source: "kr-newdaily-2023-10-komir",
    grade: "B",
    note: "China's share of the value of South Korea's rare-earth imports in 2022, 50.4% (KOMIR data via New Daily).",
  }),
  monthly("KR", "WORLD", 2011, 11, 139, {
    ...KR_VOLUME,
    source: "kr-joongang-2011-12",
    grade: "B",
    note: "South Korea's rare-earth imports in November 2011, tonnes, -47.5% on October (-36.6% in October on September), imports from China -48.3% (Korea Customs Service via JoongAng Daily).",
  }),
  ...(
    [
      ["WORLD", 190],
      ["CN", 92],
      ["JP", 69],
      ["FR", 20],
    ] as const
  ).map(([partner, value]) =>
    monthly("KR", partner, 2012, 5, value, {
      ...KR_VOLUME,
      source: "kr-xinhua-2012-06",
      grade: "B",
      note: `${KR_MONTH} May 2012: 190 t in all, China 48.5%.`,
    }),
  ),
  ...(
    [
      ["CN", 154],
      ["JP", 50],
      ["FR", 7],
    ] as const
  ).map(([partner, value]) =>
    monthly("KR", partner, 2012, 7, value, { ...KR_VOLUME, source: "kr-xinhua-2012-08", grade: "B", note: KR_MONTH }),
  ),
  ...(
    [
      ["CN", 72],
      ["JP", 41],
      ["FR", 64],
    ] as const
  ).map(([partner, value]) =>
    monthly("KR", partner, 2012, 9, value, { ...KR_VOLUME, source: "kr-xinhua-2012-10", grade: "B", note: KR_MONTH }),
  ),

  // South Korea by value: 2011 (KCS) and 2018 (KOMIS).
  share("KR", "REE", "CN", 2011, 0.72, {
    scope: "kr-kcs-value",
    source: "kr-hankyung-2019-06-komis",
    grade: "B",
    edition: "KCS by value",
    note: "China's share of South Korea's rare-earth imports by value in 2011 (Korea Customs Service's 2012 report, as cited by Hankyung); the weight share the same year was 78.4%.",
  }),
  share("KR", "REE", "JP", 2011, 0.12, {
    scope: "kr-kcs-value",
    source: "kr-hankyung-2019-06-komis",
    grade: "B",
    edition: "KCS by value",
    note: "Japan's share of South Korea's rare-earth imports by value in 2011 (Korea Customs Service's 2012 report, as cited by Hankyung).",
  }),
  annual("IMPORTS_VALUE", "KR", "REE", "WORLD", 2018, 69.352e6, {
    scope: "kr-kcs-value",
    source: "kr-hankyung-2019-06-komis",
    grade: "B",
    note: "South Korea's rare-earth raw-material imports in 2018, about US$69.352 million (KOMIS trade analysis via Hankyung): China 42%, Japan 39%, France 12%, the US and Taiwan 2% each. Much of Japan's and France's material is processed Chinese feed.",
  }),
  ...(
    [
      ["CN", 0.42],
      ["JP", 0.39],
      ["FR", 0.12],
      ["US", 0.02],
      ["TW", 0.02],
    ] as const
  ).map(([partner, value]) =>
    share("KR", "REE", partner, 2018, value, {
      scope: "kr-kcs-value",
      source: "kr-hankyung-2019-06-komis",
      grade: "B",
      note: "Partner's share of the value of South Korea's rare-earth raw-material imports in 2018 (US$69.4 million; KOMIS via Hankyung).",
    }),
  ),
  share("KR", "REE", "CN", 2024, 0.798, {
    scope: "kr-unstated",
    source: "kr-pointe-2025-12",
    grade: "C",
    note: "China's share of South Korea's rare-earth imports in 2024, 79.8%, as quoted in a December 2025 press summary (neodymium permanent magnets 89.9%); basis and HS lines not stated.",
  }),

  // Magnets, 2022.
  ...(
    [
      ["KR", 0.879],
      ["US", 0.768],
      ["EU", 0.9],
    ] as const
  ).map(([country, value]) =>
    share(country, "MAGNET", "CN", 2022, value, {
      scope: "kita-magnet-imports",
      source: "kita-2023-08-magnets",
      grade: "B",
      note: KITA_NOTE,
    }),
  ),
];
