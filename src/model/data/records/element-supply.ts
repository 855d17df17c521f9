/**
 * World and Chinese mine supply of single rare-earth elements (`MINE_PRODUCTION` with an element
 * or group), the supply a market shared by all importers divides, and the bound of every element's
 * demand and shortfall (`demand/world-supply.ts`; docs/METHODS.md, "Element demand").
 *
 * No source publishes mine output element by element, so it is derived (grade D): a country's mine
 * production (USGS, t REO; `production.ts`) times the share of the element in the total rare-earth
 * oxide of the country's ore type, from USGS's table of the element make-up of the main source
 * minerals (Minerals Yearbook 2022, table 2):
 *
 * - China: the rock-type (light) quota as Bayan Obo bastnaesite-monazite, and the ion-adsorption
 *   (medium and heavy) quota as a mix of the three types of the southern clays: 90% medium-yttrium
 *   (Xinfeng), 8% high-yttrium (Longnan), 2% light (Xunwu). The weights are Zhang et al. (2016):
 *   about 90% of the weathering-crust ores are of the medium-heavy type (Sm-Dy about 15%, Ho-Lu
 *   plus Y about 29%, which Xinfeng matches: 15.8% and 29.1%), about 8% of the heavy type (heavy
 *   rare earths about 75%; Longnan 75.2%), the rest light. The split of the quota between the two
 *   ore types is published for most years (CHINA_ION_QUOTA).
 * - Myanmar: ion-adsorption clays mined for Chinese separators, given the same mix as southern
 *   China's (no published element make-up of Myanmar's ore was found).
 * - United States: Mountain Pass bastnaesite; Australia: Mount Weld; Russia: Lovozero loparite
 *   (Revda); India: Manavalakurichi monazite.
 * - Other producers (Thailand, Malaysia, Vietnam, Madagascar, Nigeria, Brazil, Burundi): no ore
 *   type is known, so their output (1-5% of the world's) is left unallocated, and WORLD is the sum
 *   of the six countries above.
 *
 * Where table 2 gives no value (NA), the element is not counted for that ore; where a row adds up
 * to more than 100% (Xunwu 103.5%, Revda 100.7%, Mount Weld 100.01%), it is scaled to 100%, so a
 * country's elements never add up to more than its output. Rows below 100% leave the rest
 * uncounted. The published totals this is checked against (dysprosium about 3.1 kt in 2021, yttrium
 * oxide 10-15 kt in 2025) are kept as records of their own scopes.
 */
import type { AuthoredRecord, DataRecord } from "../types";
import { PRODUCTION_RECORDS } from "./production";

const OXIDES = ["La", "Ce", "Pr", "Nd", "Sm", "Eu", "Gd", "Tb", "Dy", "Ho", "Er", "Tm", "Yb", "Lu", "Y"] as const;
type Oxide = (typeof OXIDES)[number];

/** Groups recorded beside the elements: sums of the elements counted (vocabulary/elements.ts). */
const GROUPS: ReadonlyArray<readonly [code: string, members: readonly Oxide[]]> = [
  ["NDPR", ["Pr", "Nd"]],
  ["LREE", ["La", "Ce", "Pr", "Nd", "Sm"]],
  ["HREE", ["Eu", "Gd", "Tb", "Dy", "Ho", "Er", "Tm", "Yb", "Lu", "Y"]],
];

type Row = readonly (number | null)[];

/**
 * USGS Minerals Yearbook 2022, table 2: percentage of total rare-earth oxide, in the order of
 * OXIDES; null where USGS gives NA. Longnan's "<1.09" (Ce) and "<0.37" (Eu) are taken at the bound.
 */
const TABLE2: Readonly<Record<string, { readonly label: string; readonly row: Row }>> = {
  BAYAN_OBO: {
    label: "Bayan Obo bastnaesite",
    row: [23, 50, 6.2, 18.5, 0.8, 0.2, 0.7, 0.1, 0.1, null, null, null, null, null, null],
  },
  MOUNTAIN_PASS: {
    label: "Mountain Pass bastnaesite",
    row: [34, 48.8, 4.2, 11.7, 0.79, 0.13, 0.21, null, null, null, null, null, null, null, 0.12],
  },
  REVDA: {
    label: "Revda (Lovozero) loparite",
    row: [25, 50.5, 5, 15, 0.7, 0.09, 0.6, null, 0.6, 0.7, 0.8, 0.1, 0.2, 0.15, 1.3],
  },
  MOUNT_WELD: {
    label: "Mount Weld Central Lanthanide Deposit",
    row: [23.88, 47.55, 5.16, 18.13, 2.44, 0.53, 1.09, 0.09, 0.25, 0.03, 0.06, 0.01, 0.03, null, 0.76],
  },
  MANAVALAKURICHI: {
    label: "Manavalakurichi monazite",
    row: [22, 46, 5.5, 20, 2.5, 0.015, 1.2, 0.06, 0.18, 0.02, 0.01, 0.0008, 0.004, 0.001, 0.45],
  },
  XUNWU: {
    label: "Xunwu laterite (light type)",
    row: [38, 3.5, 7.41, 30.18, 5.32, 0.51, 4.21, 0.46, 1.77, 0.27, 0.88, 0.13, 0.62, 0.13, 10.07],
  },
  XINFENG: {
    label: "Xinfeng laterite (medium-yttrium type)",
    row: [27.26, 3.23, 5.62, 17.55, 4.54, 0.93, 5.96, 0.68, 3.71, 0.74, 2.48, 0.27, 1.13, 0.21, 24.26],
  },
  LONGNAN: {
    label: "Longnan laterite (high-yttrium type)",
    row: [2.18, 1.09, 1.08, 3.47, 2.34, 0.37, 5.69, 1.13, 7.48, 1.6, 4.26, 0.6, 3.34, 0.47, 64.9],
  },
};

/** An ore type as fractions of total REO, scaled to 100% where the published row exceeds it. */
type Mix = Readonly<Record<Oxide, number>>;

function byOxide(value: (oxide: Oxide) => number): Record<Oxide, number> {
  const out = {} as Record<Oxide, number>;
  for (const oxide of OXIDES) out[oxide] = value(oxide);
  return out;
}

function oreMix(id: keyof typeof TABLE2): Mix {
  const row = TABLE2[id].row;
  const sum = row.reduce<number>((total, value) => total + (value ?? 0), 0);
  const scale = Math.max(100, sum);
  return byOxide((oxide) => (row[OXIDES.indexOf(oxide)] ?? 0) / scale);
}

function blend(parts: ReadonlyArray<readonly [keyof typeof TABLE2, number]>): Mix {
  return byOxide((oxide) => parts.reduce((total, [id, weight]) => total + weight * oreMix(id)[oxide], 0));
}

/** Southern China's ion-adsorption clays (Zhang et al. 2016 weights), also used for Myanmar's. */
const ION_ADSORPTION = blend([
  ["XINFENG", 0.9],
  ["LONGNAN", 0.08],
  ["XUNWU", 0.02],
]);
const ION_LABEL = "ion-adsorption mix (90% Xinfeng, 8% Longnan, 2% Xunwu type)";

/** The ore type of each country whose output is allocated, other than China. */
const COUNTRY_ORE: ReadonlyArray<readonly [country: string, mix: Mix, label: string]> = [
  ["MM", ION_ADSORPTION, `${ION_LABEL}, taken for Myanmar's clays`],
  ["US", oreMix("MOUNTAIN_PASS"), TABLE2.MOUNTAIN_PASS.label],
  ["AU", oreMix("MOUNT_WELD"), TABLE2.MOUNT_WELD.label],
  ["RU", oreMix("REVDA"), TABLE2.REVDA.label],
  ["IN", oreMix("MANAVALAKURICHI"), TABLE2.MANAVALAKURICHI.label],
];

/**
 * China's ion-adsorption (medium and heavy rare earth) mining quota, t REO; the rest of China's
 * output (USGS's figure is the quota) is rock-type. How each year's figure was found, and from where.
 */
const CHINA_ION_QUOTA: Readonly<Record<number, { readonly tonnes: number; readonly how: string }>> = {
  2017: {
    tonnes: 17850,
    how: "17% of the 105,000 t quota (the heavy rare earth partition of the 2016 and 2017 first batches, LK Consult) = 17,850 t",
  },
  2018: {
    tonnes: 19150,
    how: "19,150 t, the level of 2019-2023 (the first ion-type batch was 9,575 t in each of 2018, 2019 and 2020, A-Tech Magnet; Global Times)",
  },
  2019: {
    tonnes: 19150,
    how: "19,150 t, as in 2020: the 2020 increase of 8,000 t was all for light rare earths (SMM); the first 2019 batch was 9,575 t (Global Times)",
  },
  2020: { tonnes: 19150, how: "19,150 t of 140,000 t (Ministry of Natural Resources via MINING.com)" },
  2021: { tonnes: 19150, how: "19,150 t of 168,000 t (MNR and MIIT via SMM)" },
  2022: { tonnes: 19150, how: "19,150 t (the ionic clay quota unchanged for three years, GITI)" },
  2023: { tonnes: 19150, how: "255,000 t - 235,850 t of hard-rock quota = 19,150 t (Project Blue)" },
  2024: {
    tonnes: 20280,
    how: "2 × 10,140 t, the ion-adsorption part of the first 2024 batch (Fastmarkets), taking the second batch (also 135,000 t) as split alike = 20,280 t",
  },
  2025: {
    tonnes: 20280,
    how: "20,280 t, 2024's split carried forward: China published no 2025 quotas and USGS kept 270,000 t",
  },
};

/** The main source of each year's China split (the others are named in the note). */
const CHINA_SPLIT_SOURCE: Readonly<Record<number, string>> = {
  2017: "supply-lkconsult-2017-quota",
  2018: "supply-atechmagnet-2021-quota",
  2019: "supply-smm-2022-01-quota-2021",
  2020: "supply-mining-com-2020-quota",
  2021: "supply-smm-2022-01-quota-2021",
  2022: "supply-giti-2022-quota",
  2023: "supply-projectblue-2023-quota",
  2024: "supply-fastmarkets-2024-02-quota",
  2025: "supply-fastmarkets-2024-02-quota",
};

/** The record standing for a country's all-rare-earth mine production in a year: preferred, or the only one. */
function standingTotal(country: string, year: number): DataRecord | undefined {
  const all = PRODUCTION_RECORDS.filter(
    (r) => r.field === "MINE_PRODUCTION" && r.element === "REE" && r.country === country && r.year === year,
  );
  return all.length === 1 ? all[0] : all.find((r) => r.preferred);
}

const t = (value: number) => Math.round(value).toLocaleString("en-US");
const pct = (share: number) => `${(share * 100).toFixed(share < 0.001 ? 3 : 2)}%`;

interface Part {
  readonly country: string;
  readonly total: DataRecord;
  /** Tonnes of each oxide, unrounded. */
  readonly oxides: Readonly<Record<Oxide, number>>;
  /** How each oxide's tonnage was found. */
  readonly how: (oxide: Oxide) => string;
}

function chinaPart(year: number): Part | undefined {
  const total = standingTotal("CN", year);
  const split = CHINA_ION_QUOTA[year];
  if (!total || !split) return undefined;
  const ion = split.tonnes;
  const rock = total.value - ion;
  const bayanObo = oreMix("BAYAN_OBO");
  const oxides = byOxide((oxide) => rock * bayanObo[oxide] + ion * ION_ADSORPTION[oxide]);
  return {
    country: "CN",
    total,
    oxides,
    how: (oxide) =>
      `rock-type ${t(rock)} t × ${pct(bayanObo[oxide])} (${TABLE2.BAYAN_OBO.label}) + ion-adsorption ${t(ion)} t × ${pct(ION_ADSORPTION[oxide])} (${ION_LABEL}) = ${t(rock * bayanObo[oxide])} + ${t(ion * ION_ADSORPTION[oxide])} t`,
  };
}

function otherPart(country: string, mix: Mix, label: string, year: number): Part | undefined {
  const total = standingTotal(country, year);
  if (!total) return undefined;
  const oxides = byOxide((oxide) => total.value * mix[oxide]);
  return {
    country,
    total,
    oxides,
    how: (oxide) => `${t(total.value)} t × ${pct(mix[oxide])} (${label})`,
  };
}

const SCOPE = "ore-type-element-production";
const BASIS =
  "Element shares of total REO from USGS Minerals Yearbook 2022, table 2; countries' output from USGS (docs/DATA.md, 'Element supply').";

function record(
  element: string,
  country: string,
  year: number,
  value: number,
  edition: string | undefined,
  source: string,
  note: string,
): AuthoredRecord {
  return {
    field: "MINE_PRODUCTION",
    element,
    country,
    year,
    value: Math.round(value),
    unit: "t REO",
    ...(edition ? { edition } : {}),
    source,
    grade: "D",
    ...(year >= 2025 ? { status: "estimate" as const } : {}),
    scope: SCOPE,
    note,
  };
}

/** China's output of each element and group, 2017-2025. */
function chinaRecords(): AuthoredRecord[] {
  const records: AuthoredRecord[] = [];
  for (const year of Object.keys(CHINA_ION_QUOTA).map(Number)) {
    const part = chinaPart(year);
    if (!part) continue;
    const split = CHINA_ION_QUOTA[year];
    const head = `Derived: China's ${year} mine production ${t(part.total.value)} t REO (USGS ${part.total.edition ?? ""}, the mining quota), of which ion-adsorption ${split.how}.`;
    for (const oxide of OXIDES) {
      if (Math.round(part.oxides[oxide]) < 1) continue;
      records.push(
        record(
          oxide,
          "CN",
          year,
          part.oxides[oxide],
          part.total.edition,
          CHINA_SPLIT_SOURCE[year],
          `${head} ${oxide}: ${part.how(oxide)} = ${t(part.oxides[oxide])} t of ${oxide} oxide. ${BASIS}`,
        ),
      );
    }
    for (const [code, members] of GROUPS) {
      const value = members.reduce((sum, oxide) => sum + part.oxides[oxide], 0);
      records.push(
        record(
          code,
          "CN",
          year,
          value,
          part.total.edition,
          CHINA_SPLIT_SOURCE[year],
          `${head} ${code} = ${members.join(" + ")} as derived for each element = ${t(value)} t REO. ${BASIS}`,
        ),
      );
    }
  }
  return records;
}

/** World output of each element and group, 2018-2025: the sum of the countries with a known ore type. */
function worldRecords(): AuthoredRecord[] {
  const records: AuthoredRecord[] = [];
  for (let year = 2018; year <= 2025; year++) {
    const world = standingTotal("WORLD", year);
    const china = chinaPart(year);
    if (!world || !china) continue;
    const parts = [
      china,
      ...COUNTRY_ORE.map(([country, mix, label]) => otherPart(country, mix, label, year)).filter(
        (part): part is Part => part !== undefined,
      ),
    ];
    const covered = parts.reduce((sum, part) => sum + part.total.value, 0);
    const rest = world.value - covered;
    const coverage = `${parts.map((part) => `${part.country} ${t(part.total.value)} t`).join(", ")}: ${t(covered)} t of the world's ${t(world.value)} t REO (${world.edition ?? "USGS"})${
      rest > 0 ? `; ${t(rest)} t mined elsewhere is not allocated` : ""
    }`;
    const sumOf = (oxides: readonly Oxide[]) =>
      parts.reduce((sum, part) => sum + oxides.reduce((s, oxide) => s + part.oxides[oxide], 0), 0);
    for (const oxide of OXIDES) {
      const value = sumOf([oxide]);
      if (Math.round(value) < 1) continue;
      const terms = parts
        .filter((part) => Math.round(part.oxides[oxide]) >= 1)
        .map((part) => `${part.country} ${t(part.oxides[oxide])} t (${part.how(oxide)})`);
      records.push(
        record(
          oxide,
          "WORLD",
          year,
          value,
          world.edition,
          "supply-usgs-myb-2022-table2",
          `Derived: world ${oxide} oxide = the sum over the countries with a known ore type = ${terms.join(" + ")} = ${t(value)} t. Countries: ${coverage}. ${BASIS}`,
        ),
      );
    }
    for (const [code, members] of GROUPS) {
      const value = sumOf(members);
      records.push(
        record(
          code,
          "WORLD",
          year,
          value,
          world.edition,
          "supply-usgs-myb-2022-table2",
          `Derived: world ${code} = ${members.join(" + ")} as derived for each element, summed over ${coverage} = ${t(value)} t REO. ${BASIS}`,
        ),
      );
    }
  }
  return records;
}

/**
 * Published totals of single elements, kept beside the derived series as editions of the same
 * value: they check it (docs/DATA.md, "Element supply").
 */
const PUBLISHED: readonly AuthoredRecord[] = [
  {
    field: "MINE_PRODUCTION",
    element: "Dy",
    country: "WORLD",
    year: 2021,
    value: 3126,
    unit: "t REO",
    edition: "JRC RMIS",
    source: "demand-jrc-rmis-dysprosium",
    grade: "C",
    scope: "jrc-element-production",
    note: "World dysprosium production of 3,126 t in 2021 (China 40%, Myanmar 31%, Australia 20%), from the European Commission's Raw Materials Information System profile, as quoted by a reader who looked it up; the basis (oxide or metal) is not stated in the relay. The ore-type derivation (preferred, so that every year is of one method) gives about 2,400 t of Dy oxide, mostly from Myanmar and China's ion-adsorption clays; Australia's 20% does not fit Mount Weld's 0.25% Dy.",
  },
  {
    field: "MINE_PRODUCTION",
    element: "Y",
    country: "WORLD",
    year: 2025,
    value: 10000,
    unit: "t REO",
    edition: "MCS 2026 Yttrium",
    preferred: true,
    source: "usgs-mcs-2026-yttrium",
    grade: "A",
    status: "estimate",
    scope: "usgs-mine-production",
    note: "Lower end of USGS's estimate of world yttrium oxide production in concentrates, 10,000-15,000 t Y2O3 in 2025 (MCS 2026, Yttrium; China most of it, Burma a significant share). Preferred over the ore-type derivation of the same year, which it confirms (about 11,800 t).",
  },
];

/** Marks the derived record preferred where a published edition of the same value exists but is not. */
function withPreferred(derived: AuthoredRecord[]): AuthoredRecord[] {
  const key = (r: AuthoredRecord) => `${r.element}|${r.country}|${r.year}`;
  const published = new Map(PUBLISHED.map((r) => [key(r), r]));
  return derived.map((r) => {
    const rival = published.get(key(r));
    return rival && !rival.preferred ? { ...r, preferred: true } : r;
  });
}

export const ELEMENT_SUPPLY_RECORDS: readonly AuthoredRecord[] = [
  ...withPreferred([...chinaRecords(), ...worldRecords()]),
  ...PUBLISHED,
];
