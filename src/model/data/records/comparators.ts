/**
 * Comparator importers: the United States (USGS MCS), the EU, South Korea and Germany. USGS gives
 * import sources as shares of a multi-year period (2021-24 in MCS 2026, 2020-23 in MCS 2025);
 * each is stored under the period's last year, with the period in the note.
 */
import type { AuthoredRecord, RecordMeta } from "../types";

/** The provenance of a set of records, with the scope they measure (`scopes/core.ts`). */
type Meta = RecordMeta & { readonly scope: string };

type PartnerShares = ReadonlyArray<readonly [partner: string, value: number]>;

/** Shares of one importer's imports of an element in one year, one record per partner. */
function shares(country: string, element: string, year: number, rows: PartnerShares, meta: Meta): AuthoredRecord[] {
  return rows.map(([partner, value]) => ({
    field: "IMPORT_SHARE",
    element,
    country,
    partner,
    year,
    value,
    unit: "share",
    ...meta,
  }));
}

const usDemand = (
  year: number,
  value: number,
  note: string,
  status?: "estimate",
  source = "usgs-mcs-2026",
): AuthoredRecord => ({
  field: "DEMAND",
  element: "REE",
  country: "US",
  year,
  value,
  unit: "t",
  source,
  grade: "A",
  scope: "us-usgs-apparent-consumption",
  note,
  ...(status ? { status } : {}),
});

const reliance = (element: string, year: number, value: number, meta: RecordMeta): AuthoredRecord => ({
  field: "NET_IMPORT_RELIANCE",
  element,
  country: "US",
  year,
  value,
  unit: "share",
  scope: "usgs-net-import-reliance",
  ...meta,
});

/** USGS Mineral Commodity Summaries, "Import Sources". */
const USGS_SOURCES = "usgs-us-import-sources";

const US_CONSUMPTION = "US apparent consumption of rare-earth compounds and metals, t REO (USGS MCS 2026).";
const US_CONSUMPTION_2019 =
  "US apparent consumption of rare earths (compounds and metals: production + imports - exports), t REO (USGS MCS 2019); the same definition as MCS 2026's, which starts in 2021.";
const US_RELIANCE = "US net import reliance for rare-earth compounds and metals (USGS MCS 2026).";
const US_HEAVY =
  "US net import reliance for heavy rare-earth compounds and metals, 100% (USGS MCS 2026 'Rare Earths (Heavy)'). The chapter covers Tb, Dy, Ho, Er, Yb and Lu; yttrium has its own chapter, and the model's HREE group also counts Eu, Gd, Tm and Y.";
const USGS_PERIOD_2124 =
  "share of US imports of the element's compounds and metals, 2021-24 average (USGS MCS 2026), stored as 2024.";

export const COMPARATOR_RECORDS: readonly AuthoredRecord[] = [
  // ---- United States: apparent consumption and net import reliance (MCS 2019 for 2014-2018, MCS 2026 from 2021).
  usDemand(2014, 12200, US_CONSUMPTION_2019, undefined, "usgs-mcs-2019"),
  usDemand(2015, 9550, US_CONSUMPTION_2019, undefined, "usgs-mcs-2019"),
  usDemand(2016, 10500, US_CONSUMPTION_2019, undefined, "usgs-mcs-2019"),
  usDemand(2017, 9060, US_CONSUMPTION_2019, undefined, "usgs-mcs-2019"),
  usDemand(2018, 9500, `${US_CONSUMPTION_2019} USGS estimate for 2018.`, "estimate", "usgs-mcs-2019"),
  usDemand(2021, 7900, US_CONSUMPTION),
  usDemand(2022, 10200, US_CONSUMPTION),
  usDemand(2023, 8600, US_CONSUMPTION),
  usDemand(2024, 9010, US_CONSUMPTION),
  usDemand(2025, 27000, `${US_CONSUMPTION} USGS estimate for 2025, as published (about three times 2024).`, "estimate"),
  reliance("REE", 2021, 0.95, { source: "usgs-mcs-2026", grade: "A", note: `Lower bound ('>95%'). ${US_RELIANCE}` }),
  reliance("REE", 2022, 0.95, { source: "usgs-mcs-2026", grade: "A", note: `Lower bound ('>95%'). ${US_RELIANCE}` }),
  reliance("REE", 2023, 0.9, { source: "usgs-mcs-2026", grade: "A", note: `Lower bound ('>90%'). ${US_RELIANCE}` }),
  reliance("REE", 2024, 0.53, { source: "usgs-mcs-2026", grade: "A", note: US_RELIANCE }),
  reliance("REE", 2025, 0.67, {
    source: "usgs-mcs-2026",
    grade: "A",
    status: "estimate",
    note: `${US_RELIANCE} USGS estimate for 2025.`,
  }),
  ...[2021, 2022, 2023, 2024, 2025].map((year) =>
    reliance("HREE", year, 1, {
      source: "usgs-mcs-2026-heavy",
      grade: "A",
      note: year === 2025 ? `${US_HEAVY} USGS estimate for 2025.` : US_HEAVY,
      ...(year === 2025 ? { status: "estimate" as const } : {}),
    }),
  ),

  // ---- United States: import sources. MCS 2026 (2021-24) is preferred where a 2024 figure collides.
  ...shares(
    "US",
    "REE",
    2024,
    [
      ["CN", 0.71],
      ["MY", 0.13],
      ["JP", 0.05],
      ["EE", 0.05],
    ],
    {
      source: "usgs-mcs-2026",
      grade: "A",
      edition: "MCS 2026",
      scope: USGS_SOURCES,
      note: "Share of US imports of rare-earth compounds and metals, 2021-24 average (USGS MCS 2026), stored as 2024; other sources 6%.",
    },
  ).map((record) =>
    record.partner === "CN"
      ? {
          ...record,
          preferred: true,
          note: `${record.note} Preferred over the Comtrade value share for 2024 alone (0.68) as the official figure.`,
        }
      : record,
  ),
  ...shares("US", "REE", 2024, [["CN", 0.68]], {
    source: "jp-moneycontrol-comtrade",
    grade: "D",
    edition: "Comtrade value 2024",
    scope: "comtrade-ree-materials-value",
    note: "Derived: US imports of rare-earth materials and compounds from China US$119m ÷ total US$175m = 0.68, 2024 by value (UN Comtrade analysis, Moneycontrol).",
  }),
  ...shares(
    "US",
    "REE",
    2023,
    [
      ["CN", 0.7],
      ["MY", 0.13],
      ["JP", 0.06],
      ["EE", 0.05],
    ],
    {
      source: "usgs-mcs-2025",
      grade: "A",
      edition: "MCS 2025",
      scope: USGS_SOURCES,
      note: "Share of US imports of rare-earth compounds and metals, 2020-23 average (USGS MCS 2025), stored as 2023.",
    },
  ),
  ...shares("US", "Tb", 2024, [["CN", 1]], {
    source: "usgs-mcs-2026-heavy",
    grade: "A",
    scope: USGS_SOURCES,
    note: `China's ${USGS_PERIOD_2124}`,
  }),
  ...shares("US", "Ho", 2024, [["CN", 1]], {
    source: "usgs-mcs-2026-heavy",
    grade: "A",
    scope: USGS_SOURCES,
    note: `China's ${USGS_PERIOD_2124}`,
  }),
  ...shares("US", "Lu", 2024, [["CN", 1]], {
    source: "usgs-mcs-2026-heavy",
    grade: "A",
    scope: USGS_SOURCES,
    note: `China's ${USGS_PERIOD_2124}`,
  }),
  ...shares(
    "US",
    "Yb",
    2024,
    [
      ["CN", 0.86],
      ["DE", 0.04],
      ["CL", 0.04],
      ["KR", 0.03],
    ],
    { source: "usgs-mcs-2026-heavy", grade: "A", scope: USGS_SOURCES, note: `Partner's ${USGS_PERIOD_2124}` },
  ),
  ...shares(
    "US",
    "Er",
    2024,
    [
      ["DE", 0.51],
      ["CN", 0.4],
      ["NL", 0.09],
    ],
    { source: "usgs-mcs-2026-heavy", grade: "A", scope: USGS_SOURCES, note: `Partner's ${USGS_PERIOD_2124}` },
  ),
  ...shares(
    "US",
    "Y",
    2024,
    [
      ["CN", 0.7],
      ["DE", 0.11],
      ["AT", 0.08],
      ["KR", 0.04],
    ],
    { source: "usgs-mcs-2026-yttrium", grade: "A", scope: USGS_SOURCES, note: `Partner's ${USGS_PERIOD_2124}` },
  ),
  ...shares(
    "US",
    "Sc",
    2024,
    [
      ["JP", 0.89],
      ["CN", 0.11],
    ],
    { source: "usgs-mcs-2026-scandium", grade: "A", scope: USGS_SOURCES, note: `Partner's ${USGS_PERIOD_2124}` },
  ),

  // ---- South Korea and Germany (Comtrade analysis; period given as about 2023/24, stored as 2023,
  // the year the same analysis uses for Japan).
  ...shares("KR", "REE", 2023, [["CN", 0.89]], {
    source: "jp-moneycontrol-comtrade",
    grade: "C",
    scope: "comtrade-ree-imports-value",
    edition: "Comtrade via Moneycontrol",
    note: "China's share of South Korea's rare-earth imports (UN Comtrade analysis, Moneycontrol); period about 2023/24, stored as 2023; HS scope and basis not stated.",
  }),
  ...shares("DE", "REE", 2023, [["CN", 0.797]], {
    source: "jp-moneycontrol-comtrade",
    grade: "C",
    scope: "comtrade-ree-imports-value",
    note: "China's share of Germany's rare-earth imports (UN Comtrade analysis, Moneycontrol); period about 2023/24, stored as 2023; HS scope and basis not stated.",
  }),

  // ---- European Union.
  ...shares(
    "EU",
    "REE",
    2022,
    [
      ["CN", 0.403],
      ["MY", 0.306],
      ["RU", 0.245],
    ],
    {
      source: "eu-stocknews24-2022-imports",
      grade: "C",
      scope: "eu-eurostat-ree-plus",
      note: "Partner's share of EU imports of rare-earth metals and compounds by weight, 2022 (EU data as relayed by Stocknews24); HS codes not stated.",
    },
  ),
  ...shares("EU", "REE", 2023, [["CN", 0.98]], {
    source: "eu-commission-crma-2023",
    grade: "B",
    scope: "eu-commission-whole-chain",
    note: "The European Commission's 98% of the EU's rare-earth supply from China, stated at the launch of the Critical Raw Materials Act (2023): it covers supply along the whole chain, not customs tonnage.",
  }),
  ...(
    [
      ["CN", 5984],
      ["RU", 3676],
      ["MY", 2579],
    ] as const
  ).map(([partner, value]): AuthoredRecord => ({
    field: "IMPORTS",
    element: "REE",
    country: "EU",
    partner,
    year: 2024,
    value,
    unit: "t",
    source: "eu-alcircle-2024-imports",
    grade: "C",
    scope: "eu-eurostat-ree-plus",
    note: "EU imports of rare earths from the partner in 2024, tonnes (Statista/Eurostat as relayed by AlCircle, which calls China's part about half); HS scope and weight basis not stated.",
  })),
];
