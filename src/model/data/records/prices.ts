/**
 * Oxide prices, USD/kg.
 *
 * PRICE: annual averages per element from the USGS Mineral Commodity Summaries (MCS 2019, 2025,
 * 2026; CN = the China FOB benchmark USGS takes from Argus). MCS 2016 and earlier quote only
 * year-end ranges: they are kept as the edition "MCS 2016 year-end" with the midpoint as value,
 * because 2011-2013 have nothing better, and never preferred over an annual average of the same
 * year. The USGS unit value of US rare-earth consumption (DS140) is a basket proxy (REE, US) for
 * years without element prices.
 *
 * PRICE_PEAK: the 2011 and 2022 highs, plus the thin-market European quotes of May 2025.
 *
 * A year's values in an edition's "e" column are USGS estimates (status "estimate").
 */
import type { AuthoredRecord } from "../types";

/** What USGS prices, per element (purity as printed in MCS 2019-2026). */
const OXIDE: { readonly [element: string]: string } = {
  NDPR: "NdPr oxide, 99% minimum",
  Nd: "Nd oxide, 99.5% minimum",
  Pr: "Pr oxide, 99.99% minimum",
  La: "La oxide, 99.5% minimum",
  Ce: "Ce oxide, 99.5% minimum",
  Sm: "Sm oxide, 99.5% minimum",
  // MCS 2016 printed 99.9% for europium (its rows override this); later editions 99.99%.
  Eu: "Eu oxide, 99.99% minimum",
  Gd: "Gd oxide, 99.99% minimum",
  Tb: "Tb oxide, 99.99% minimum",
  Dy: "Dy oxide, 99.5% minimum",
  Ho: "Ho oxide, 99.5% minimum",
  Er: "Er oxide, 99.5% minimum",
  Yb: "Yb oxide, 99.99% minimum",
  Lu: "Lu oxide, 99.99% minimum",
  Y: "Y2O3, 99.999% minimum",
  Sc: "Sc oxide powder, 99.99%, 5-100 kg lots",
};

interface Edition {
  readonly edition: string;
  readonly source: string;
  /** How the edition states the price, appended to the oxide description. */
  readonly basis: string;
  /** The edition's "e" column: values for this year are USGS estimates. */
  readonly estimateYear: number;
}

const MCS_2016: Edition = {
  edition: "MCS 2016 year-end",
  source: "usgs-mcs-2016",
  basis: "MCS 2016",
  estimateYear: 2015,
};
const MCS_2019: Edition = {
  edition: "MCS 2019",
  source: "usgs-mcs-2019",
  basis: "annual average, MCS 2019 (market basis not restated in the copy read; later editions give FOB China, Argus)",
  estimateYear: 2018,
};
const MCS_2025: Edition = {
  edition: "MCS 2025",
  source: "usgs-mcs-2025",
  basis: "annual average, MCS 2025 (Argus Non-Ferrous Markets)",
  estimateYear: 2024,
};
const MCS_2026: Edition = {
  edition: "MCS 2026",
  source: "usgs-mcs-2026",
  basis: "annual average FOB China, MCS 2026 (Argus Non-Ferrous Markets)",
  estimateYear: 2025,
};
const MCS_2026_HEAVY: Edition = {
  ...MCS_2026,
  source: "usgs-mcs-2026-heavy",
  basis: "annual average FOB China, MCS 2026 Rare Earths (Heavy) (Argus and Asian Metal)",
};
const MCS_2026_YTTRIUM: Edition = {
  ...MCS_2026,
  source: "usgs-mcs-2026-yttrium",
  basis: "annual average FOB China, MCS 2026 Yttrium (Argus Rare Earths)",
};
const MCS_2026_SCANDIUM: Edition = {
  ...MCS_2026,
  source: "usgs-mcs-2026-scandium",
  basis: "MCS 2026 Scandium, ex-works China",
};

const estimate = (edition: Edition, year: number) =>
  year === edition.estimateYear ? ({ status: "estimate" } as const) : {};

/** Annual averages of one element, consecutive years from `firstYear`. */
function annual(edition: Edition, element: string, firstYear: number, values: readonly number[]): AuthoredRecord[] {
  return values.map((value, i): AuthoredRecord => ({
    field: "PRICE",
    element,
    country: "CN",
    year: firstYear + i,
    value,
    unit: "USD/kg",
    edition: edition.edition,
    source: edition.source,
    grade: "A",
    note: `${OXIDE[element]}: ${edition.basis}.`,
    ...estimate(edition, firstYear + i),
  }));
}

const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/** [year, low, high]; a single published value has no high. */
type Range = readonly [year: number, low: number, high?: number];

/**
 * Ranges stored as their midpoint, with the range in the note: MCS 2016 year-end prices and the
 * MCS 2026 scandium "range of average values".
 */
function ranges(
  edition: Edition,
  element: string,
  what: string,
  rows: readonly Range[],
  label = OXIDE[element],
): AuthoredRecord[] {
  return rows.map(([year, low, high]): AuthoredRecord => {
    const stated =
      high === undefined
        ? `single value ${thousands(low)} USD/kg as published (no range)`
        : `midpoint of the ${what} ${thousands(low)}-${thousands(high)} USD/kg`;
    const caveat = edition === MCS_2016 ? "; not an annual average" : "";
    return {
      field: "PRICE",
      element,
      country: "CN",
      year,
      value: high === undefined ? low : (low + high) / 2,
      unit: "USD/kg",
      edition: edition.edition,
      source: edition.source,
      grade: "A",
      note: `${label}, ${edition.basis}: ${stated}${caveat}.`,
      ...estimate(edition, year),
    };
  });
}

/** USGS unit value of US rare-earth consumption, USD/t REO, as published in DS140. */
function basketProxy(rows: ReadonlyArray<readonly [year: number, usdPerTonne: number]>): AuthoredRecord[] {
  return rows.map(([year, usdPerTonne]): AuthoredRecord => ({
    field: "PRICE",
    element: "REE",
    country: "US",
    year,
    value: usdPerTonne / 1000,
    unit: "USD/kg",
    source: "usgs-ds140",
    grade: "A",
    note: `Weighted-average US unit value of rare-earth apparent consumption, current USD (DS140): ${thousands(usdPerTonne)} USD/t REO ÷ 1,000. Basket proxy, not an element price; 2011/2009 = 6.2x.`,
  }));
}

const ANNUAL_BEATS_YEAR_END =
  "Preferred over the MCS 2016 year-end midpoint of the same year because it is an annual average, which is what the field measures.";

/**
 * Where editions disagree: the preferred record says why it is preferred, the other where the
 * preferred value is. [element, year, edition, preferred, note appended].
 */
const ANNOTATIONS: ReadonlyArray<readonly [string, number, string, boolean, string]> = [
  ["Nd", 2014, "MCS 2019", true, ANNUAL_BEATS_YEAR_END],
  ["Nd", 2015, "MCS 2019", true, ANNUAL_BEATS_YEAR_END],
  ["Dy", 2014, "MCS 2019", true, ANNUAL_BEATS_YEAR_END],
  ["Dy", 2015, "MCS 2019", true, ANNUAL_BEATS_YEAR_END],
  ["Tb", 2014, "MCS 2019", true, ANNUAL_BEATS_YEAR_END],
  ["Tb", 2015, "MCS 2019", true, ANNUAL_BEATS_YEAR_END],
  ["Eu", 2015, "MCS 2019", true, ANNUAL_BEATS_YEAR_END],
  ["Dy", 2024, "MCS 2025", false, "Estimate in MCS 2025; MCS 2026 revised 2024 to 257 (preferred)."],
  [
    "Dy",
    2024,
    "MCS 2026",
    true,
    "Preferred over the MCS 2025 value (260, then an estimate): MCS 2026 is the later edition and reports 2024 as a completed year.",
  ],
];

function annotate(records: readonly AuthoredRecord[]): AuthoredRecord[] {
  return records.map((record) => {
    const match = ANNOTATIONS.filter(
      ([element, year, edition]) =>
        record.field === "PRICE" && record.element === element && record.year === year && record.edition === edition,
    )[0];
    if (!match) return record;
    const [, , , preferred, note] = match;
    return { ...record, ...(preferred ? { preferred: true } : {}), note: `${record.note} ${note}` };
  });
}

const ANNUAL_RECORDS: readonly AuthoredRecord[] = [
  // Light rare earths and NdPr: MCS 2026 gives 2021-2025 only.
  ...annual(MCS_2026, "NDPR", 2021, [92, 124, 75, 55, 69]),
  ...ranges(MCS_2016, "Nd", "year-end range", [
    [2011, 190, 200],
    [2012, 75, 80],
    [2013, 65, 70],
    [2014, 56, 60],
    [2015, 37, 42],
  ]),
  ...annual(MCS_2019, "Nd", 2014, [63, 48, 40, 50, 51]),
  ...annual(MCS_2025, "Nd", 2020, [49]),
  ...annual(MCS_2026, "Nd", 2021, [98, 134, 78, 56, 73]),
  ...annual(MCS_2026, "Pr", 2021, [93, 128, 76, 56, 74]),
  ...ranges(MCS_2016, "La", "year-end range", [
    [2011, 50, 52],
    [2015, 2],
  ]),
  ...annual(MCS_2026, "La", 2021, [1.51, 1.39, 0.96, 0.97, 1.0]),
  ...ranges(MCS_2016, "Ce", "year-end range", [
    [2011, 40, 45],
    [2015, 2],
  ]),
  ...annual(MCS_2026, "Ce", 2021, [1.54, 1.45, 1.03, 1.21, 1.71]),
  ...annual(MCS_2026, "Sm", 2021, [2.03, 3.34, 2.17, 2.01, 2.82]),

  // Europium and gadolinium are priced in the main Rare Earths chapter.
  ...ranges(
    MCS_2016,
    "Eu",
    "year-end range",
    [
      [2011, 3780, 3800],
      [2015, 130, 175],
    ],
    "Eu oxide, 99.9% minimum",
  ),
  ...annual(MCS_2019, "Eu", 2014, [822, 344, 74, 77, 56]),
  ...annual(MCS_2025, "Eu", 2020, [31]),
  ...annual(MCS_2026, "Eu", 2021, [31, 30, 27, 27, 27]),
  ...annual(MCS_2026, "Gd", 2021, [47, 75, 47, 28, 30]),

  // Heavy rare earths: from MCS 2026 on, a chapter of their own (Argus and Asian Metal).
  ...ranges(MCS_2016, "Tb", "year-end range", [
    [2011, 2800, 2820],
    [2012, 1200, 1300],
    [2013, 800, 850],
    [2014, 590, 640],
    [2015, 410, 490],
  ]),
  ...annual(MCS_2019, "Tb", 2014, [713, 564, 415, 501, 461]),
  ...annual(MCS_2025, "Tb", 2020, [670]),
  ...annual(MCS_2026_HEAVY, "Tb", 2021, [1340, 2050, 1300, 812, 1010]),
  ...ranges(MCS_2016, "Dy", "year-end range", [
    [2011, 1400, 1420],
    [2012, 600, 630],
    [2013, 440, 490],
    [2014, 320, 360],
    [2015, 215, 240],
  ]),
  ...annual(MCS_2019, "Dy", 2014, [395, 279, 198, 187, 180]),
  ...annual(MCS_2025, "Dy", 2020, [261]),
  // MCS 2025's estimate for 2024, revised in MCS 2026.
  ...annual(MCS_2025, "Dy", 2024, [260]),
  ...annual(MCS_2026_HEAVY, "Dy", 2021, [410, 382, 330, 257, 239]),
  ...annual(MCS_2026_HEAVY, "Ho", 2021, [140, 180, 91, 67, 70]),
  ...annual(MCS_2026_HEAVY, "Er", 2021, [36, 53, 41, 43, 46]),
  ...annual(MCS_2026_HEAVY, "Yb", 2021, [15, 14, 13, 14, 15]),
  ...annual(MCS_2026_HEAVY, "Lu", 2021, [811, 814, 829, 780, 888]),
  ...annual(MCS_2026_YTTRIUM, "Y", 2021, [6, 12, 8, 6, 9]),
  ...ranges(MCS_2026_SCANDIUM, "Sc", "range of annual average values", [
    [2021, 890, 1000],
    [2022, 820, 880],
    [2023, 700, 740],
    [2024, 660, 670],
    [2025, 640],
  ]),

  // Basket proxy for years without element prices (2009-2010 in particular).
  ...basketProxy([
    [2009, 9300],
    [2010, 20000],
    [2011, 58100],
    [2012, 51200],
    [2013, 19100],
    [2015, 14800],
    [2020, 5130],
  ]),
];

const peak = (element: string, country: string, year: number) =>
  ({ field: "PRICE_PEAK", element, country, year, unit: "USD/kg" }) as const;

/** China domestic quotes of 18 Feb 2022, converted at the research compiler's 6.33 CNY/USD. */
const CNY_PER_USD_2022 = 6.33;

const PEAK_RECORDS: readonly AuthoredRecord[] = [
  // 2011: the export-quota spike.
  {
    ...peak("Dy", "CN", 2011),
    value: 2377,
    source: "price-adamas-mining-com-2025",
    grade: "B",
    note: "Monthly average Dy oxide price, FOB China, in August 2011 (Adamas Intelligence). The run started from a monthly average of 91 USD/kg in January 2009 (a starting point, not a peak): 2,377 ÷ 91 = 26x in 31 months.",
  },
  {
    ...peak("Ce", "CN", 2011),
    value: 150.55,
    source: "price-cato-tupy-relay",
    grade: "C",
    note: "Ce oxide price in July 2011, up from 4.15 USD/kg in January 2010 (about 36x); Cato Institute figure seen only in a blog relay, market and purity not stated. Cross-check before use.",
  },

  // 2022: China domestic prices at the February high, converted from CNY (grade D).
  {
    ...peak("NDPR", "CN", 2022),
    value: 174,
    source: "price-chinatungsten-2022-02-18",
    grade: "D",
    note: `China domestic NdPr oxide price of about 1,100,000 CNY/t on 18 Feb 2022, derived: 1,100,000 ÷ ${CNY_PER_USD_2022} CNY/USD ÷ 1,000 = 174 USD/kg (exchange rate assumed by the research compiler). Domestic price (VAT-inclusive per the research), not FOB; SMM had 1.09-1.11 million CNY/t in early March 2022.`,
  },
  {
    ...peak("Dy", "CN", 2022),
    value: 498,
    source: "price-chinatungsten-2022-02-18",
    grade: "D",
    note: `China domestic Dy oxide price of about 3,150,000 CNY/t on 18 Feb 2022, derived: 3,150,000 ÷ ${CNY_PER_USD_2022} CNY/USD ÷ 1,000 = 498 USD/kg (exchange rate assumed by the research compiler). Domestic price, not FOB: compare the 2022 FOB annual average of 382.`,
  },
  {
    ...peak("Tb", "CN", 2022),
    value: 2400,
    source: "price-chinatungsten-2022-02-18",
    grade: "D",
    note: `China domestic Tb oxide price of about 15,200 CNY/kg on 18 Feb 2022, derived: 15,200 ÷ ${CNY_PER_USD_2022} CNY/USD = 2,401 USD/kg, rounded to 2,400 as in the research (exchange rate assumed by the research compiler). Domestic price, not FOB.`,
  },

  // May 2025: European quotes a month after China's April export controls. Thin markets:
  // Argus itself reported panic quoting and few actual trades.
  {
    ...peak("Dy", "EU", 2025),
    value: (700 + 1000) / 2,
    source: "price-argus-europe-2025-05",
    grade: "B",
    note: "Argus assessment of 99.5% Dy oxide in Europe on 6 May 2025: midpoint of the range 700-1,000 USD/kg (250-310 in early April). Thin market; Adamas reports 96% of 2025 Dy consumption priced near 224 USD/kg.",
  },
  {
    ...peak("Tb", "EU", 2025),
    value: (2000 + 4000) / 2,
    source: "price-argus-europe-2025-05",
    grade: "B",
    note: "Argus assessment of 99.99% Tb oxide in Europe on 6 May 2025: midpoint of the range 2,000-4,000 USD/kg (930-1,000 in early April). Thin market; Adamas reports 96% of 2025 Dy consumption priced near 224 USD/kg and treats European quotes as outliers.",
  },
];

export const PRICE_RECORDS: readonly AuthoredRecord[] = [...annotate(ANNUAL_RECORDS), ...PEAK_RECORDS];
