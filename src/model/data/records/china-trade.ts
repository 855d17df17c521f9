/**
 * China's rare-earth trade and trade policy: export quotas 2009-2014, annual exports by partner,
 * monthly magnet exports and the dates of the 2025 export controls.
 *
 * Scope matters more than anywhere else in the dataset. China's customs publish two different
 * annual series: "rare earths" (the 17 elements, element REE here) and rare-earth permanent magnets
 * (element MAGNET, tonnes of magnet). Early figures (2010-2013) are press relays of MOFCOM or
 * industry-association statements whose product scope is not stated. Partial-year values are kept
 * only where the brief asks for them, and their notes begin with "Partial year".
 *
 * Not stored (docs/DATA.md):
 * - The China-Japan dual-use export ban of 6 January 2026 (MOFCOM: no dual-use items, rare earths
 *   among them, to Japanese military end users or uses or anything enhancing Japan's military
 *   capability). It is neither element-specific nor a general control: an EXPORT_CONTROL_DATE
 *   record (keyed by element and exporter, with no partner) would make REE.DATA report a 2026
 *   control on all rare-earth exports to everyone. It belongs in the scenario data (a Japan-only
 *   flow cut; the research relays "about one third of previous volumes" in February 2026, grade C).
 * - Any value for the "$21.87 billion in 2023" claim: see CLAIM_CHECK_CN_JP_2023 below.
 */
import type { AuthoredRecord } from "../types";

type Rest = Pick<AuthoredRecord, "source" | "grade" | "note"> &
  Partial<Pick<AuthoredRecord, "edition" | "preferred" | "status" | "scope">>;

/** The scope of China's exports of an element or product unless a record names another (`scopes/core.ts`). */
const EXPORT_SCOPE: { readonly [element: string]: string } = {
  REE: "cn-customs-ree-t",
  MAGNET: "cn-customs-magnets-t",
  Y: "cn-customs-yttrium-reo",
};

const quota = (year: number, value: number, rest: Rest): AuthoredRecord => ({
  field: "EXPORT_QUOTA",
  element: "REE",
  country: "CN",
  year,
  value,
  unit: "t REO",
  ...rest,
});

const exportsTo = (element: string, partner: string, year: number, value: number, rest: Rest): AuthoredRecord => ({
  field: "EXPORTS",
  element,
  country: "CN",
  partner,
  year,
  value,
  unit: "t",
  scope: EXPORT_SCOPE[element],
  ...rest,
});

const magnetsMonthly = (partner: string, year: number, month: number, value: number, rest: Rest): AuthoredRecord => ({
  field: "MAGNET_EXPORTS_MONTHLY",
  element: "MAGNET",
  country: "CN",
  partner,
  year,
  month,
  value,
  unit: "t",
  scope: EXPORT_SCOPE.MAGNET,
  ...rest,
});

/** Excel date serial (days since 1899-12-30) of a calendar date; 4 Apr 2025 -> 45751. */
function excelDate(year: number, month: number, day: number): number {
  const DAYS_1899_12_30_TO_1970_01_01 = 25569;
  return Date.UTC(year, month - 1, day) / 86400000 + DAYS_1899_12_30_TO_1970_01_01;
}

const controlDate = (element: string, year: number, month: number, day: number, rest: Rest): AuthoredRecord => ({
  field: "EXPORT_CONTROL_DATE",
  element,
  country: "CN",
  year,
  value: excelDate(year, month, day),
  unit: "date",
  ...rest,
});

/** The April 2025 licence requirement (MOFCOM and GAC): seven medium and heavy rare earths. */
const APRIL_2025_ELEMENTS = ["Sm", "Gd", "Tb", "Dy", "Lu", "Sc", "Y"];
/** The October 2025 additions, suspended before they could bite. */
const OCTOBER_2025_ELEMENTS = ["Ho", "Er", "Tm", "Eu", "Yb"];

const QUOTA_BASIS = "The source gives tonnes without stating the basis (the field is t REO).";

export const CHINA_TRADE_RECORDS: readonly AuthoredRecord[] = [
  // Export quotas. 2009-2013 are full-year totals; 2014 is the first batch only.
  quota(2009, 50145, {
    source: "cn-inautonews-2012-quota",
    grade: "B",
    note: `China's full-year rare-earth export quota for 2009, as restated in a 2012 report. ${QUOTA_BASIS}`,
  }),
  quota(2010, 30258, {
    source: "cn-mofcom-2010-quota-relays",
    grade: "B",
    note: `Full-year 2010 quota (about 30,300 t, a cut of 39-40% on 2009). The batches named in the sources (first 16,304 t, second 7,976 t) add up to only 24,280 t; the rest of the allocation was not itemised. ${QUOTA_BASIS}`,
  }),
  quota(2011, 30184, {
    source: "cn-abrasivesunion-2012-08",
    grade: "B",
    note: `Full-year 2011 quota = first batch 14,446 t + second batch 15,738 t. ${QUOTA_BASIS}`,
  }),
  quota(2012, 30996, {
    source: "cn-eworks-2012-quota",
    edition: "eWorks",
    preferred: true,
    grade: "B",
    note: `Full-year 2012 quota; second batch LREE 8,537 t + HREE 1,233 t. Preferred over 30,966 t, a figure that appears only in press reports on 2012 exports (possibly transposed digits). ${QUOTA_BASIS}`,
  }),
  quota(2012, 30966, {
    source: "cn-yahoo-2013-quota",
    edition: "press 2013",
    grade: "B",
    note: "The 2012 quota as given in a 2013 press report next to 2012 exports of 16,265 t; the quota reports themselves give 30,996 t (preferred).",
  }),
  quota(2013, 31001, {
    source: "cn-yahoo-2013-quota",
    grade: "B",
    note: `Full-year 2013 quota = first half 15,501 t + second half 15,500 t. ${QUOTA_BASIS}`,
  }),
  quota(2014, 15110, {
    source: "cn-chinadaily-2013-12-quota",
    grade: "B",
    note: "Lower bound: the first 2014 batch only (LREE 13,314 t + HREE 1,796 t). The full-year 2014 quota is not in the research files, so do not read the fall from 2013 as a cut. The source gives tonnes without stating the basis.",
  }),

  // Annual exports, the 2010-2013 episode. Scope and weight basis are those of the relays.
  exportsTo("REE", "JP", 2010, 16000, {
    source: "cn-mofcom-2010-11-japan",
    grade: "C",
    scope: "cn-customs-ree-t-jan-sep",
    note: "Partial year: January-September 2010 only, not a full-year total. China's rare-earth exports to Japan per MOFCOM (49.8% of China's 32,200 t exported in those months; +167% y/y); product scope not stated. Customs clearance to Japan stalled only from late September, so this is almost all pre-episode.",
  }),
  exportsTo("REE", "WORLD", 2010, 35000, {
    source: "cn-techeye-2011-01",
    grade: "C",
    note: "About 35,000 t (MOFCOM), above the 30,258 t quota; export value +171% on 2009. Other relays of the same MOFCOM statement give 35,000 t for January-November (+14.5% y/y), and China customs reported a 9.3% fall for the year (Bloomberg): treat as uncertain. Product scope not stated.",
  }),
  exportsTo("REE", "WORLD", 2011, 16900, {
    source: "cn-abrasivesunion-2012-08",
    edition: "CREIA",
    preferred: true,
    grade: "B",
    note: "China's 2011 rare-earth exports per the Association of the China Rare Earth Industry: 56% of the 30,184 t quota; Japan took 56% of them, the US 14%, France 10%. Preferred over UPI's 18,600 t, which that article sets against the 2010 quota (30,258 t).",
  }),
  exportsTo("REE", "WORLD", 2011, 18600, {
    source: "cn-upi-2012-10",
    edition: "UPI",
    grade: "B",
    note: "China's 2011 rare-earth exports as reported by UPI (relaying China Daily and customs statistics), about 62% of the 30,184 t quota. Not preferred: see the CREIA edition.",
  }),
  exportsTo("REE", "WORLD", 2012, 16265, {
    source: "cn-abc-2013-12",
    grade: "B",
    note: "China's 2012 rare-earth exports (customs), about 52-53% of the quota (30,996 t; 30,966 t in some reports). Export value US$906 million, -66.1% y/y (China Customs Statistics Information Center via icandata).",
  }),
  exportsTo("REE", "JP", 2013, 3500, {
    source: "cn-chinadaily-2013-08",
    grade: "B",
    scope: "cn-customs-ree-t-jan-may",
    note: "Partial year: January-May 2013 only, about 3,500 t (China Rare Earth Industry Association). Exports to the US were about 4,000 t in the same months.",
  }),
  exportsTo("REE", "US", 2013, 4000, {
    source: "cn-chinadaily-2013-08",
    grade: "B",
    scope: "cn-customs-ree-t-jan-may",
    note: "Partial year: January-May 2013 only, about 4,000 t (China Rare Earth Industry Association); Japan about 3,500 t.",
  }),

  // Annual exports, 2023-2025: the customs "rare earths" series (REE) and the magnet series (MAGNET).
  exportsTo("REE", "WORLD", 2023, 52306.5, {
    source: "cn-globaltimes-2024-01",
    grade: "B",
    note: "China customs (GAC) 'rare earths' category, the 17 elements; not magnets. +7.3% y/y; export value -28.3% y/y (the absolute value is not in the sources read).",
  }),
  exportsTo("REE", "WORLD", 2025, 62585, {
    source: "cn-udn-2026-01-re-exports",
    grade: "B",
    note: "China customs 'rare earths' category (the 17 elements), +12.9% y/y; not magnets. The 57,392 t once listed as a rival 2025 total is the magnet total (element MAGNET), so the two do not conflict.",
  }),
  exportsTo("MAGNET", "WORLD", 2024, 58152, {
    source: "cn-adamas-2025-magnets",
    grade: "B",
    note: "China's rare-earth permanent-magnet exports, tonnes of magnet (China customs via Adamas): a record; value US$2.86 billion.",
  }),
  exportsTo("MAGNET", "WORLD", 2025, 57392, {
    source: "cn-reuters-2026-01-magnets",
    grade: "B",
    note: "China's rare-earth permanent-magnet exports, tonnes of magnet (China customs via Reuters), -1.3% on 2024's 58,152 t despite the April 2025 licence requirement. Not a rival to the 62,585 t rare-earths total (element REE).",
  }),
  exportsTo("MAGNET", "US", 2025, 5933, {
    source: "cn-reuters-2026-01-magnets",
    grade: "B",
    note: "China's rare-earth magnet exports to the US, tonnes of magnet (China customs via Reuters), -20.3% y/y.",
  }),
  exportsTo("MAGNET", "JP", 2025, 4877.6, {
    source: "cn-globalspark-2026-01-japan",
    grade: "C",
    scope: "cn-customs-magnets-t-broad",
    note: "China's rare-earth magnet exports to Japan, tonnes (China customs; HS sub-items not stated), -3.9% y/y. Scope conflict: this series gives December 2025 as 411.3 t where Reuters gives 280 t, so it probably counts more HS 8505.11 sub-items; use about 5 kt/yr as the order of magnitude.",
  }),
  exportsTo("MAGNET", "JP", 2024, 5076, {
    source: "cn-globalspark-2026-01-japan",
    grade: "D",
    scope: "cn-customs-magnets-t-broad",
    note: "Derived: 4,877.6 t (2025) ÷ 0.961 (the reported -3.9% y/y) = 5,076 t. Same series and scope caveat as the 2025 value.",
  }),
  exportsTo("Y", "WORLD", 2025, 1600, {
    source: "usgs-mcs-2026-yttrium",
    grade: "A",
    status: "estimate",
    note: "China's exports of yttrium compounds and metal, about 1,600 t of Y2O3 equivalent (not gross weight); leading destinations in order: Japan, Korea, US, Germany.",
  }),

  // Monthly magnet exports (tonnes of magnet, China customs), all partners.
  magnetsMonthly("WORLD", 2024, 7, 5278, {
    source: "cn-reuters-2025-08-magnets",
    grade: "B",
    note: "July 2024, the base of the +5.7% y/y reported for July 2025.",
  }),
  magnetsMonthly("WORLD", 2025, 1, 6357, {
    source: "cn-dw-2025-12-magnets",
    grade: "B",
    note: "Record month, before the April 2025 licence requirement.",
  }),
  magnetsMonthly("WORLD", 2025, 5, 1238, {
    source: "cn-wsj-2025-06-magnets",
    grade: "B",
    note: "-74% y/y, -52.9% m/m, lowest since February 2020: the first full month under the April 2025 licence requirement. January-May 2025: 19,132 t (-14.5% y/y). April 2025 and May 2024 are not in the research files.",
  }),
  magnetsMonthly("WORLD", 2025, 6, 3190, {
    source: "cn-reuters-2025-08-magnets",
    grade: "D",
    status: "estimate",
    note: "Derived: July 2025 ÷ 1.75 = 5,577 ÷ 1.75 ≈ 3,187, rounded to about 3,190 (Reuters: July up about 75% on June).",
  }),
  magnetsMonthly("WORLD", 2025, 7, 5577, {
    source: "cn-reuters-2025-08-magnets",
    grade: "B",
    note: "Six-month high, +5.7% y/y (July 2024: 5,278 t). January-July 2025: 27,897 t (-15% y/y; first half -18.9%).",
  }),
  magnetsMonthly("DE", 2025, 7, 1116, {
    source: "cn-reuters-2025-08-magnets",
    grade: "B",
    note: "China's rare-earth magnet exports to Germany in July 2025 (China customs via Reuters).",
  }),
  magnetsMonthly("US", 2025, 7, 619, {
    source: "cn-reuters-2025-08-magnets",
    grade: "B",
    note: "China's rare-earth magnet exports to the US in July 2025 (China customs via Reuters).",
  }),
  magnetsMonthly("WORLD", 2025, 11, 6150, {
    source: "cn-dw-2025-12-magnets",
    grade: "B",
    note: "Second-highest month on record after January 2025; January-November 2025 -2% y/y.",
  }),

  // Magnets to Japan, late 2025. Two customs series disagree in December (HS sub-item scope).
  magnetsMonthly("JP", 2025, 10, 226, {
    source: "cn-livedoor-2025-12-magnets-japan",
    grade: "B",
    note: "China's rare-earth magnet exports to Japan (China customs), the narrow series also used by Reuters for November and December.",
  }),
  magnetsMonthly("JP", 2025, 11, 305, {
    source: "cn-reuters-2026-01-magnets-japan",
    grade: "B",
    note: "The 2025 monthly high of China's magnet exports to Japan (Reuters series). A Japanese relay (livedoor) gives about 304 t.",
  }),
  magnetsMonthly("JP", 2025, 12, 280, {
    source: "cn-reuters-2026-01-magnets-japan",
    edition: "Reuters",
    preferred: true,
    grade: "B",
    note: "-8% m/m, +31.4% y/y, just before the 6 January 2026 dual-use ban. Preferred over GlobalSpark's 411.3 t: a grade-B wire report and the same series as the October and November values here; GlobalSpark's series probably counts more HS 8505.11 sub-items.",
  }),
  magnetsMonthly("JP", 2025, 12, 411.3, {
    source: "cn-globalspark-2026-01-japan",
    edition: "GlobalSpark",
    grade: "C",
    scope: "cn-customs-magnets-t-broad",
    note: "-2.2% y/y; a broader (unstated) HS scope than the Reuters series, consistent with its annual 4,877.6 t.",
  }),

  // Export controls, as Excel dates. April 2025: in force at end-2025 (general licences to
  // selected exporters). The MOFCOM/GAC announcement number is not confirmed in the research.
  ...APRIL_2025_ELEMENTS.map((element) =>
    controlDate(element, 2025, 4, 4, {
      source: "usgs-mcs-2026",
      grade: "A",
      note: `4 April 2025 (Excel serial 45751): MOFCOM and GAC licence requirement for exports of ${element} and its alloys, compounds, metals and oxides, one of seven controlled elements (Sm, Gd, Tb, Dy, Lu, Sc, Y). Still in force at end-2025.`,
    }),
  ),
  controlDate("MAGNET", 2025, 4, 4, {
    source: "usgs-mcs-2026",
    grade: "A",
    note: "4 April 2025 (Excel serial 45751): MOFCOM and GAC licence requirement extended to magnets containing any of the seven controlled elements (Sm, Gd, Tb, Dy, Lu, Sc, Y). Still in force at end-2025.",
  }),
  ...OCTOBER_2025_ELEMENTS.map((element) =>
    controlDate(element, 2025, 10, 9, {
      source: "cn-mofcom-2025-61-62",
      grade: "A",
      note: `9 October 2025 (Excel serial 45939) is the announcement date of MOFCOM Announcements No. 61 and 62 of 2025, which added ${element} (12 of 17 rare earths controlled); the research gives no separate effective date. Suspended by MOFCOM-GAC Announcement No. 70 of 7 November 2025 until 10 November 2026, so the control on ${element} is not applied for now.`,
    }),
  ),
];

/**
 * Check of an article's claim (research section 7): "China's exports of rare earth compounds to
 * Japan totaled $21.87 billion in 2023". Not supported: too high by roughly two orders of
 * magnitude. No record carries the claimed value.
 */
export const CLAIM_CHECK_CN_JP_2023 = {
  claim: "China's exports of rare earth compounds to Japan totaled $21.87 billion in 2023",
  verdict: "not supported: too high by roughly two orders of magnitude",
  /** The real order of magnitude (research estimate, grade D): US$0.2-0.5 billion. */
  plausibleRangeUsdBillion: [0.2, 0.5],
  evidence: [
    "China's total rare-earth exports in 2023, all destinations: 52,306.5 t (GAC via Global Times, B); value -28.3% y/y, absolute value not published in the sources read.",
    "Implied value of all China's rare-earth exports in 2023: about US$0.5-1.0 billion (D: 52,306 t × 9-20 USD/kg, the unit values seen 2010-2025).",
    "Even at the 2011 price peak China's total rare-earth exports were worth about US$2.7 billion (D: 2012 value US$906 million was -66.1% y/y).",
    "China's exports of HS 284690, all destinations, 2024: US$295.44 million for 18.53 kt (C).",
    "World trade in HS 2846, 2022: about US$1.2 billion (C); China's own imports of HS 2846, 2023: US$1.88 billion (A).",
    "Japan's total rare-earth import bill: about US$0.26 billion (about 2019); HS 2805 about US$0.37 billion (2023, D) and US$0.27 billion (2024).",
  ],
  likelyOrigin:
    "Hypothesis, unverified: '21.87亿' (亿 = 10^8) read as billions; CNY 2.187 billion ≈ US$0.31 billion fits the plausible range. Confirm with GACC or UN Comtrade (China exports to Japan, HS 2805.30 + 2846, and 8505.11 for magnets, 2023).",
} as const;
