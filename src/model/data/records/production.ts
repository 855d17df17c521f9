/**
 * Mine production and reserves (t REO), from USGS. USGS revises history between editions, so
 * each number carries its edition; where editions disagree both are kept and the newest official
 * edition is preferred (docs/DATA.md). Country rows of one edition never exceed that edition's
 * world total (the world total also counts countries not listed here).
 */
import type { AuthoredRecord } from "../types";

type Row = readonly [country: string, year: number, value: number];

interface Edition {
  readonly edition: string;
  readonly source: string;
  readonly grade: "A" | "B" | "C";
  readonly preferred?: boolean;
  readonly status?: "estimate";
  readonly note?: string;
}

function production(edition: Edition, rows: readonly Row[]): AuthoredRecord[] {
  return rows.map(([country, year, value]) => ({
    field: "MINE_PRODUCTION",
    element: "REE",
    country,
    year,
    value,
    unit: "t REO",
    scope: "usgs-mine-production",
    ...edition,
  }));
}

function reserves(edition: Edition, year: number, rows: ReadonlyArray<readonly [string, number]>): AuthoredRecord[] {
  return rows.map(([country, value]) => ({
    field: "RESERVES",
    element: "REE",
    country,
    year,
    value,
    unit: "t REO",
    ...edition,
  }));
}

const DS140: Edition = {
  edition: "DS140",
  source: "usgs-ds140",
  grade: "A",
  note: "USGS Data Series 140, revised historical series. For 2010-2013 it appears to count China's production quota (89,200 t in 2010) rather than the older estimate of about 130,000 t.",
};
const MYB_2022: Edition = { edition: "MYB 2022", source: "usgs-myb-2022", grade: "A" };
const MCS_2025: Edition = { edition: "MCS 2025", source: "usgs-mcs-2025", grade: "A" };
const MCS_2026: Edition = { edition: "MCS 2026", source: "usgs-mcs-2026", grade: "A" };

/** Minerals Yearbook 2022, table 8: countries 2018-2022 (China's figures are its reported quotas). */
function myb2022Rows(): Row[] {
  const rows: Row[] = [];
  [2018, 2019, 2020, 2021, 2022].forEach((year, i) => {
    rows.push(
      ["CN", year, [120000, 132000, 140000, 168000, 210000][i]],
      ["US", year, [14000, 28000, 39000, 42400, 42500][i]],
      ["MM", year, [23000, 29000, 35500, 34700, 12000][i]],
      ["AU", year, [21000, 20000, 20000, 24000, 18000][i]],
      ["TH", year, [1000, 1900, 3600, 8200, 7100][i]],
      ["IN", year, 2900],
      ["RU", year, [2700, 2700, 2600, 2500, 2600][i]],
      ["MG", year, [2000, 4000, 5000, 6000, 960][i]],
      ["VN", year, [920, 1300, 690, 440, 1200][i]],
      ["MY", year, [990, 66, 100, 60, 80][i]],
      ["BR", year, [1200, 710, 600, 500, 80][i]],
    );
  });
  return rows;
}

export const PRODUCTION_RECORDS: readonly AuthoredRecord[] = [
  // World totals 2005-2017 (DS140); 2019 and 2020 were revised upwards in the Minerals Yearbook.
  ...production(DS140, [
    ["WORLD", 2005, 122000],
    ["WORLD", 2006, 137000],
    ["WORLD", 2007, 124000],
    ["WORLD", 2008, 132000],
    ["WORLD", 2009, 135000],
    ["WORLD", 2010, 101000],
    ["WORLD", 2011, 104000],
    ["WORLD", 2012, 106000],
    ["WORLD", 2013, 107000],
    ["WORLD", 2014, 125000],
    ["WORLD", 2015, 129000],
    ["WORLD", 2016, 133000],
  ]),
  ...production({ ...DS140, preferred: true }, [["WORLD", 2017, 147000]]),
  ...production(
    {
      edition: "MCS 2019",
      source: "investingnews-mcs-2019",
      grade: "C",
      note: "Relay of MCS 2019; DS140 later revised world 2017 to 147,000 t.",
    },
    [
      ["WORLD", 2017, 132000],
      ["CN", 2017, 105000],
    ],
  ),
  ...production({ ...DS140, note: "DS140 value; the Minerals Yearbook 2022 revised it (preferred)." }, [
    ["WORLD", 2019, 219000],
    ["WORLD", 2020, 243000],
  ]),
  ...production(
    {
      edition: "MCS 2011",
      source: "indexmundi-mcs-2011",
      grade: "C",
      note: "Contemporaneous USGS estimate (97% of world output) as relayed; conflicts with DS140's world total of 101,000 t, which counts China's quota of 89,200 t.",
    },
    [["CN", 2010, 130000]],
  ),

  // 2018-2022: Minerals Yearbook 2022, table 8. China's figures are its reported quotas.
  ...production({ ...MYB_2022, preferred: true }, [
    ["WORLD", 2019, 223000],
    ["WORLD", 2020, 250000],
  ]),
  ...production(MYB_2022, [
    ["WORLD", 2018, 190000],
    ["WORLD", 2021, 290000],
    ["WORLD", 2022, 297000],
    ...myb2022Rows(),
  ]),

  // 2023: MCS 2025 (China revised from 240,000 t in MCS 2024 to 255,000 t).
  ...production({ ...MCS_2025, preferred: true }, [["CN", 2023, 255000]]),
  ...production(
    {
      edition: "MCS 2024",
      source: "miningvisuals-mcs-2024",
      grade: "C",
      note: "MCS 2024 value as relayed; revised to 255,000 t in MCS 2025.",
    },
    [["CN", 2023, 240000]],
  ),
  ...production(MCS_2025, [
    ["WORLD", 2023, 376000],
    ["MM", 2023, 43000],
    ["AU", 2023, 16000],
    ["TH", 2023, 3600],
    ["NG", 2023, 7200],
    ["IN", 2023, 2900],
    ["RU", 2023, 2500],
    ["MG", 2023, 2100],
    ["VN", 2023, 300],
    ["MY", 2023, 310],
    ["BR", 2023, 140],
  ]),
  ...production({ ...MCS_2026, note: "MCS 2026 salient statistics; no MCS 2025 value for US 2023 is bundled." }, [
    ["US", 2023, 41600],
  ]),

  // 2024: both editions, since MCS 2026 revised several countries sharply (docs/DATA.md).
  ...production(MCS_2025, [
    ["WORLD", 2024, 390000],
    ["CN", 2024, 270000],
    ["US", 2024, 45000],
    ["MM", 2024, 31000],
    ["AU", 2024, 13000],
    ["TH", 2024, 13000],
    ["NG", 2024, 13000],
    ["IN", 2024, 2900],
    ["RU", 2024, 2600],
    ["MG", 2024, 1400],
    ["MY", 2024, 140],
    ["BR", 2024, 20],
  ]),
  ...production({ ...MCS_2026, preferred: true }, [
    ["WORLD", 2024, 380000],
    ["CN", 2024, 270000],
    ["US", 2024, 45500],
    ["MM", 2024, 27000],
    ["AU", 2024, 29000],
    ["TH", 2024, 2100],
    ["NG", 2024, 1500],
    ["IN", 2024, 2900],
    ["RU", 2024, 2600],
    ["MG", 2024, 1400],
    ["MY", 2024, 140],
    ["BR", 2024, 560],
  ]),
  // Vietnam 2024 is given only in MCS 2026.
  ...production(MCS_2026, [["VN", 2024, 300]]),

  // 2025: MCS 2026 estimates. China published no 2025 quota; USGS kept 270,000 t.
  ...production({ ...MCS_2026, status: "estimate" }, [
    ["WORLD", 2025, 390000],
    ["CN", 2025, 270000],
    ["US", 2025, 51000],
    ["MM", 2025, 22000],
    ["AU", 2025, 29000],
    ["TH", 2025, 4800],
    ["NG", 2025, 1500],
    ["IN", 2025, 2900],
    ["RU", 2025, 2600],
    ["MG", 2025, 2700],
    ["VN", 2025, 150],
    ["MY", 2025, 110],
    ["BR", 2025, 2000],
  ]),

  // Reserves: an edition's table is as of its year (MCS 2025 -> 2024, MCS 2026 -> 2025).
  ...reserves({ ...MCS_2025, note: 'World total is a lower bound (">90,000,000").' }, 2024, [
    ["WORLD", 90000000],
    ["CN", 44000000],
    ["BR", 21000000],
    ["IN", 6900000],
    ["AU", 5700000],
    ["RU", 3800000],
    ["VN", 3500000],
    ["US", 1900000],
    ["GL", 1500000],
    ["TZ", 890000],
    ["ZA", 860000],
    ["CA", 830000],
    ["TH", 4500],
  ]),
  ...reserves(MCS_2026, 2025, [
    ["CN", 44000000],
    ["AU", 6300000],
    ["RU", 3800000],
    ["VN", 3500000],
    ["US", 1900000],
    ["GL", 1500000],
    ["TZ", 890000],
    ["ZA", 860000],
    ["CA", 830000],
    ["MY", 710000],
  ]),
  ...reserves(
    {
      edition: "MCS 2026 v1.0",
      source: "mcs-2026-revision-audit",
      grade: "A",
      note: 'MCS 2026 version 1.0, corrected in version 1.3. World total is a lower bound (">85,000,000").',
    },
    2025,
    [
      ["WORLD", 85000000],
      ["BR", 21000000],
    ],
  ),
  ...reserves(
    {
      edition: "MCS 2026 v1.3",
      source: "mcs-2026-revision-audit",
      grade: "A",
      preferred: true,
      note: 'MCS 2026 version 1.3 correction. World total is a lower bound (">75,000,000").',
    },
    2025,
    [
      ["WORLD", 75000000],
      ["BR", 11000000],
    ],
  ),
];
