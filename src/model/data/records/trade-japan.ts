/**
 * Japan's rare-earth imports by partner, by HS line and month, where customs statistics or their
 * relays give them; each record names its scope (`scopes/trade.ts`). The older scattered points
 * (MOF totals 2008-2014, the 2010 monthly series, the China shares) are in `japan.ts`.
 *
 * What this file adds: the narrow monthly MOF "rare earth" item (2010, 2021-2022, tonnes and
 * yen), two more months of the broad 2011 series, the value of imports from China in May 2025,
 * China's exports of dysprosium and terbium to Japan by month in 2025 (mirror data, China's side
 * only), Japan's HS 2805 import value in 2024, and the China share of Japan's magnet imports
 * (HS 8505.11) as compared by KITA. No annual series of Japan's imports by partner and HS line
 * (2846.10, 2846.90, 2805.30, 8505.11) for 2015-2024 was found in any public extract or relay
 * (docs/DATA.md, "Trade partners").
 */
import type { AuthoredRecord, DataRecord } from "../types";

type Meta = Pick<AuthoredRecord, "source" | "grade" | "scope" | "note"> & Partial<Pick<DataRecord, "status">>;

const monthly = (
  element: string,
  partner: string,
  year: number,
  month: number,
  value: number,
  meta: Meta,
): AuthoredRecord => ({
  field: "IMPORTS_MONTHLY",
  element,
  country: "JP",
  partner,
  year,
  month,
  value,
  unit: "t",
  ...meta,
});

const monthlyYen = (partner: string, year: number, month: number, value: number, meta: Meta): AuthoredRecord => ({
  field: "IMPORTS_VALUE_MONTHLY",
  element: "REE",
  country: "JP",
  partner,
  year,
  month,
  value,
  unit: "JPY",
  ...meta,
});

const ITEM = "jp-mof-rare-earth-item";
const ITEM_NOTE =
  "Japan's imports of the MOF 'rare earth' item (all partners), tonnes; a narrow scope of 300-900 t a month whose HS lines the relay does not state (cerium oxide is a separate item of the same statistics), not comparable with the broad MOF totals of 20-34 kt/yr.";
const ARGUS = { source: "argus-2023-01-japan", grade: "B", scope: ITEM } as const;
const ARGUS_YEN = { source: "argus-2023-01-japan", grade: "B", scope: "jp-mof-rare-earth-item-value" } as const;
const YEN_NOTE =
  "Value of Japan's imports of the MOF 'rare earth' item (all partners), yen (Japanese customs data via Argus); the same item as the 300-900 t/month tonnages.";

const DY = "cn-customs-dy-to-jp";
const TB = "cn-customs-tb-to-jp";
const MIRROR =
  "China's exports to Japan as recorded by China's customs (mirror data), tonnes; licences have been required since 4 April 2025. The product lines (metal, oxide, compounds) are not stated in the relay.";

export const TRADE_JAPAN_RECORDS: readonly AuthoredRecord[] = [
  // ---- The narrow monthly MOF item, 2010 (before the episode) and 2021-2022.
  monthly("REE", "WORLD", 2010, 2, 356, {
    source: "jp-jmb-2010-monthly",
    grade: "B",
    scope: ITEM,
    note: `${ITEM_NOTE} Japan Metal Bulletin; more than 700 t in December 2009 and January 2010.`,
  }),
  monthly("REE", "WORLD", 2010, 4, 495, { source: "jp-jmb-2010-monthly", grade: "B", scope: ITEM, note: ITEM_NOTE }),
  monthly("REE", "WORLD", 2010, 8, 323, {
    source: "jp-jmb-2010-monthly",
    grade: "B",
    scope: ITEM,
    note: `${ITEM_NOTE} August 2010, the month before China's customs held shipments to Japan.`,
  }),
  monthly("REE", "WORLD", 2021, 11, 841.58, { ...ARGUS, note: ITEM_NOTE }),
  monthly("REE", "WORLD", 2022, 4, 856.97, { ...ARGUS, note: `${ITEM_NOTE} The 2022 high to November.` }),
  monthly("REE", "WORLD", 2022, 8, 543.49, { ...ARGUS, note: ITEM_NOTE }),
  monthly("REE", "WORLD", 2022, 11, 664.84, { ...ARGUS, note: ITEM_NOTE }),
  monthlyYen("WORLD", 2021, 6, 2.9e9, { ...ARGUS_YEN, note: YEN_NOTE }),
  monthlyYen("WORLD", 2021, 11, 3.0e9, { ...ARGUS_YEN, note: `${YEN_NOTE} About ¥3bn as reported.` }),
  monthlyYen("WORLD", 2022, 6, 9.77e9, {
    ...ARGUS_YEN,
    note: `${YEN_NOTE} The 2022 peak, when Chinese rare-earth prices were highest.`,
  }),
  monthlyYen("WORLD", 2022, 11, 5.9e9, { ...ARGUS_YEN, note: YEN_NOTE }),

  // ---- The broad monthly MOF series after the 2010 episode (January-March 2011 are in japan.ts).
  monthly("REE", "CN", 2011, 4, 1646, {
    source: "jp-reuters-2011-06-imports",
    grade: "B",
    scope: "jp-mof-monthly-broad",
    note: "Japan's rare-earth imports from China, tonnes (Ministry of Finance via Reuters), the month after the earthquake of 11 March 2011.",
  }),
  monthly("REE", "CN", 2011, 5, 1592, {
    source: "jp-reuters-2011-06-imports",
    grade: "B",
    scope: "jp-mof-monthly-broad",
    note: "Japan's rare-earth imports from China, tonnes (Ministry of Finance via Reuters), -3% on April as prices surged; still far below December 2010's 4,080 t.",
  }),

  // ---- The 2025 episode, Japan's side: value of imports from China.
  monthlyYen("CN", 2025, 5, 582.4e6, {
    source: "jp-fortunefwd-2025-06",
    grade: "C",
    scope: "jp-mof-value-from-cn",
    note: "Japan's imports of rare-earth materials from China in May 2025, ¥582.4 million (about US$3.96 million), -72.4% year on year and the lowest in more than five years (Ministry of Finance data as relayed); HS lines not stated.",
  }),
  monthlyYen("CN", 2024, 5, 2110.1e6, {
    source: "jp-fortunefwd-2025-06",
    grade: "D",
    scope: "jp-mof-value-from-cn",
    note: "Derived: May 2025 value ¥582.4 million ÷ (1 - 0.724), the reported year-on-year fall = ¥2,110.1 million for May 2024.",
  }),

  // ---- The 2025 episode, China's side: dysprosium and terbium exported to Japan (mirror data).
  monthly("Dy", "CN", 2025, 5, 0, {
    source: "cn-tradium-2025-05",
    grade: "C",
    scope: DY,
    note: `${MIRROR} May 2025: China's dysprosium exports fell to zero to every destination, the first full month under licensing.`,
  }),
  monthly("Dy", "CN", 2025, 6, 0, {
    source: "cn-smi-2025-07-dy-tb",
    grade: "C",
    scope: DY,
    note: `${MIRROR} June 2025: 1 kg of dysprosium left China, all to South Korea (June 2024: 26,037 kg to all destinations).`,
  }),
  monthly("Dy", "CN", 2025, 7, 0, {
    source: "cn-ree-exchanges-2025-09-dy-tb",
    grade: "C",
    scope: DY,
    note: `${MIRROR} July 2025: 1,400 kg of dysprosium exported, all to South Korea.`,
  }),
  monthly("Dy", "CN", 2025, 10, 0.3, {
    source: "cn-tradium-2025-11",
    grade: "C",
    scope: DY,
    note: `${MIRROR} October 2025: 300 kg of 3,501 kg exported (South Korea 2,701 kg, Estonia 500 kg). For 2025 as a whole Japan received about 95% less dysprosium than in 2024 (TRADIUM, January 2026); the 2024 tonnage is not in the sources read.`,
  }),
  monthly("Tb", "CN", 2025, 5, 0, {
    source: "cn-tradium-2025-05",
    grade: "C",
    scope: TB,
    note: `${MIRROR} May 2025: China's terbium exports fell to zero to every destination.`,
  }),
  monthly("Tb", "CN", 2025, 6, 0, {
    source: "cn-smi-2025-07-dy-tb",
    grade: "C",
    scope: TB,
    note: `${MIRROR} June 2025: 1,200 kg of terbium exported, all to South Korea (June 2024: 8,590 kg to all destinations). In July 7,000 kg went to South Korea and Japan, split not stated.`,
  }),
  monthly("Tb", "CN", 2025, 9, 4, {
    source: "cn-tradium-2025-10",
    grade: "C",
    scope: TB,
    note: `${MIRROR} September 2025: about 4,000 kg of the 4,450 kg exported ('almost all').`,
  }),
  monthly("Tb", "CN", 2025, 10, 5.2, {
    source: "cn-tradium-2025-11",
    grade: "C",
    scope: TB,
    note: `${MIRROR} October 2025: 5,200 kg of 12,200 kg exported (US 6,000 kg, Estonia 1,000 kg). Japan was again the first destination in December (2,123 kg in all; Japan's part not stated).`,
  }),

  // ---- Annual values.
  {
    field: "IMPORTS_VALUE",
    element: "REE",
    country: "JP",
    partner: "WORLD",
    year: 2024,
    value: 270.92e6,
    unit: "USD",
    source: "jp-gtaic-hs2805-2024",
    grade: "C",
    scope: "jp-comtrade-hs2805-value",
    note: "Japan's imports under HS 2805, US$270.92 million for 10.64 kt in 2024 (-27.6% by value, +6.6% by volume; Comtrade-based aggregator). The heading also covers alkali metals and mercury. The partner shares of this value (Vietnam 59.8%, China 29.6%, Thailand 8.1%, France 1.9%, Russia 0.3%) are the IMPORT_SHARE records of the same source.",
  },
  ...(
    [
      [2016, 0.423],
      [2022, 0.311],
    ] as const
  ).map(([year, value]): AuthoredRecord => ({
    field: "IMPORT_SHARE",
    element: "MAGNET",
    country: "JP",
    partner: "CN",
    year,
    value,
    unit: "share",
    source: "kita-2023-08-magnets",
    grade: "B",
    scope: "kita-magnet-imports",
    note: `China's share of Japan's imports of rare-earth (NdFeB) permanent magnets, ${year} (KITA, August 2023): Japan cut it from 42.3% in 2016 to 31.1% in 2022 by making magnets in the Philippines, Vietnam and elsewhere from non-Chinese feed, against 87.9% for Korea, 76.8% for the US and 90.0% for the EU in 2022. Basis not stated in the relay (KITA's statistics are usually by value).`,
  })),
];
