/**
 * Japan: rare-earth demand (JSNM), imports and the share that comes from China, the monthly
 * imports of the 2010 episode, and the stockpile target.
 *
 * Japan's import figures come in scopes that do not form one series: Ministry of Finance (MOF)
 * tonnages as relayed (2008-2014, HS codes not stated) and the later official points (METI, JOGMEC)
 * that agree with them, JSNM totals on an REO basis, metal-equivalent customs tonnage (first halves
 * only), HS 2805 metals by value, and Comtrade shares with or without magnets and final goods. Each
 * trade record names its scope (`scopes/core.ts`); the model never mixes scopes in one series
 * (docs/DATA.md, "Scopes"). Where scopes give different China shares for the same year, the
 * preferred record (what REE.DATA returns) is the one closest to the tonnage of rare-earth
 * materials (compounds and metals), which is what the MOF series and JOGMEC's 2024 figure measure.
 *
 * Japan's Dy and Tb demand are not data: the model derives them (docs/METHODS.md, "Element
 * demand"); Pr and Nd are not split, since JSNM publishes one combined "didymium/Nd" figure. No annual China share is
 * stored for 2013, 2015-2017, 2019 and 2021: no source was found.
 */
import type { AuthoredRecord, DataRecord, RecordMeta } from "../types";

type Meta = RecordMeta & Pick<DataRecord, "scope">;

/** Japan's demand: JSNM's series, or the 2010-2011 trading-house estimate (its edition says so). */
const demand = (element: string, year: number, value: number, meta: Meta): AuthoredRecord => ({
  field: "DEMAND",
  element,
  country: "JP",
  year,
  value,
  unit: "t",
  scope: meta.edition === "Reuters trading-house estimate" ? "jp-trading-house-market" : "jp-jsnm-demand",
  ...meta,
});

/** Japan's annual rare-earth imports from a partner (WORLD = all), tonnes. */
const imports = (partner: string, year: number, value: number, meta: Meta): AuthoredRecord => ({
  field: "IMPORTS",
  element: "REE",
  country: "JP",
  partner,
  year,
  value,
  unit: "t",
  ...meta,
});

/** Share of Japan's imports (of the element; default all rare earths) that comes from a partner. */
const share = (partner: string, year: number, value: number, meta: Meta, element = "REE"): AuthoredRecord => ({
  field: "IMPORT_SHARE",
  element,
  country: "JP",
  partner,
  year,
  value,
  unit: "share",
  ...meta,
});

const monthly = (partner: string, year: number, month: number, value: number, meta: Meta): AuthoredRecord => ({
  field: "IMPORTS_MONTHLY",
  element: "REE",
  country: "JP",
  partner,
  year,
  month,
  value,
  unit: "t",
  ...meta,
});

const stockpile = (year: number, value: number, meta: Meta): AuthoredRecord => ({
  field: "STOCKPILE_DAYS",
  element: "REE",
  country: "JP",
  year,
  value,
  unit: "days",
  ...meta,
});

// The MOF tonnage series relayed by kksoukan, 2008-2014: the broadest and longest scope.
const MOF_SCOPE =
  "Japan Ministry of Finance customs tonnage of rare-earth imports as compiled by China Rare Earth Online (kksoukan relay); the relay states neither the HS codes nor the weight basis.";
// Japan's customs tonnage series: the MOF relays and the later official points that agree with them.
const CUSTOMS_T = "jp-customs-ree-t";
const MOF = { source: "jp-kksoukan-mof", grade: "C", edition: "MOF via kksoukan", scope: CUSTOMS_T } as const;

// Japanese customs, metal-equivalent tonnage, January-June only (Metalnomist).
const H1 = {
  source: "jp-metalnomist-2024-08",
  edition: "customs metal-equivalent H1",
  scope: "jp-customs-metal-h1",
} as const;

// Japan's imports of HS 2805 by value (GTAIC, Comtrade-based).
const HS2805 = {
  source: "jp-gtaic-hs2805-2024",
  grade: "C",
  edition: "HS 2805 value (gtaic)",
  scope: "jp-comtrade-hs2805-value",
} as const;
const HS2805_SCOPE =
  "share of the value of Japan's HS 2805 imports in 2024 (rare-earth metals, scandium and yttrium; the heading also covers mercury and alkali metals), Comtrade-based aggregator. Metals only: compounds (HS 2846) and magnets are excluded.";

// Comtrade analysis relayed by Moneycontrol.
const COMTRADE_WIDE = {
  source: "jp-moneycontrol-comtrade",
  grade: "C",
  edition: "Comtrade incl. magnets & final goods",
  scope: "comtrade-ree-and-products-value",
} as const;

// The monthly series of the 2010 episode (MOF data via Reuters/SMM).
const SMM = { source: "jp-smm-reuters-2010-11", grade: "B", scope: CUSTOMS_T } as const;
const CUT = "China's de-facto halt of customs clearance to Japan ran from late September to late November 2010.";

// The stockpile target (IEA policy database summary of the JOGMEC system).
const STOCKPILE_60 =
  "Target of 60 days of standard consumption (42 days national stock held by JOGMEC + 18 days private stock) for 34 rare metals including rare earths, applied since 1986 (start year per UM Material, C).";

export const JAPAN_RECORDS: readonly AuthoredRecord[] = [
  // Dy and Tb: Japan depends on China almost entirely. Nomura's December 2025 estimate works with
  // "about 60%" overall and "about 100%" for Dy and Tb, i.e. before Lynas's first heavy rare earth
  // deliveries in October 2025; stored for 2024, the last full year before them.
  share(
    "CN",
    2024,
    1,
    {
      source: "jp-nri-2025-12-kiuchi",
      grade: "B",
      scope: "jp-nri-dy-tb",
      note: "About 100%: Nomura Research Institute (December 2025) assumes Japan's Dy and Tb come almost wholly from China. Stated in late 2025 about the situation before Lynas's first heavy rare earth deliveries to Japan (October 2025); stored for 2024. Scope: not stated (Dy and Tb in any form).",
    },
    "Dy",
  ),
  share(
    "CN",
    2024,
    1,
    {
      source: "jp-nri-2025-12-kiuchi",
      grade: "B",
      scope: "jp-nri-dy-tb",
      note: "About 100%: Nomura Research Institute (December 2025) assumes Japan's Dy and Tb come almost wholly from China. Stated in late 2025 about the situation before Lynas's first heavy rare earth deliveries to Japan (October 2025); stored for 2024. Scope: not stated (Dy and Tb in any form).",
    },
    "Tb",
  ),
  // ---- Demand: JSNM totals (t). Missing years are derived from JSNM's year-on-year changes.
  demand("REE", 2010, 32857, {
    source: "jp-reuters-2011-market",
    grade: "D",
    edition: "Reuters trading-house estimate",
    scope: "jp-trading-house-market",
    note: "Derived: 2011 market of about 23,000 t ÷ (1 - 0.30), the trading-house estimate that Japan's rare-earth product market shrank about 30% in 2011 (Reuters). Both inputs are rounded; a different basis from the JSNM series.",
  }),
  demand("REE", 2011, 21093, {
    source: "jp-jmb-jsnm-2012",
    grade: "D",
    edition: "JSNM",
    preferred: true,
    note: "Derived from JSNM: 2012 demand 14,470 t ÷ (1 - 0.314), the 31.4% fall JSNM reported for 2012. Preferred over the Reuters trading-house estimate (about 23,000 t) because it is on the same JSNM basis as the 2012-2024 series.",
  }),
  demand("REE", 2011, 23000, {
    source: "jp-reuters-2011-market",
    grade: "B",
    edition: "Reuters trading-house estimate",
    scope: "jp-trading-house-market",
    note: "Japan's rare-earth product market in 2011, about 23,000 t (down about 30% year on year), a trading-house estimate reported by Reuters; magnets and auto catalysts were each about a fifth (4,500-5,000 t).",
  }),
  demand("REE", 2012, 14470, {
    source: "jp-jmb-jsnm-2012",
    grade: "B",
    note: "Japan's rare-earth demand, JSNM (down 31.4% year on year).",
  }),
  demand("REE", 2013, 13197, {
    source: "jp-jm-jsnm-2013",
    grade: "B",
    note: "Japan's rare-earth demand, JSNM (down 8.8% year on year).",
  }),
  demand("REE", 2017, 18112, {
    source: "jp-adamas-2017-demand",
    grade: "B",
    note: "Japan's rare-earth product demand, t REO, Japanese industry (JSNM) data as reported by Adamas, which notes a fall of about 60% from 2007 to 2013.",
  }),
  demand("REE", 2018, 18550, {
    source: "jp-jmd-jsnm-2018",
    grade: "B",
    note: "Japan's rare-earth demand, JSNM (up 2.4% year on year).",
  }),
  demand("REE", 2019, 19101, {
    source: "jp-jm-jsnm-2020",
    grade: "D",
    note: "Derived from JSNM: 2020 demand 17,401 t ÷ (1 - 0.089), the 8.9% fall JSNM reported for 2020.",
  }),
  demand("REE", 2020, 17401, {
    source: "jp-jm-jsnm-2020",
    grade: "B",
    note: "Japan's rare-earth demand, JSNM (down 8.9% year on year).",
  }),
  demand("REE", 2021, 18414, {
    source: "jp-jmd-jsnm-2022",
    grade: "D",
    note: "Derived from JSNM: 2022 demand 16,039 t ÷ (1 - 0.129) = 18,414 t (the research file rounds it to about 18,415 t).",
  }),
  demand("REE", 2022, 16039, {
    source: "jp-jmd-jsnm-2022",
    grade: "B",
    note: "Japan's rare-earth demand, JSNM (down 12.9% year on year).",
  }),
  demand("REE", 2023, 16435, {
    source: "jp-jsnm-2024-demand",
    grade: "D",
    note: "Derived from JSNM: 2024 demand 18,835 t ÷ 1.146, the 14.6% rise JSNM reported for 2024.",
  }),
  demand("REE", 2024, 18835, {
    source: "jp-jsnm-2024-demand",
    grade: "B",
    note: "Japan's rare-earth demand, JSNM (up 14.6%): up for magnets and batteries, down for phosphors, auto catalysts and polishing.",
  }),

  // ---- Demand by element, where JSNM publishes it.
  demand("Ce", 2022, 5000, {
    source: "jp-jmd-jsnm-2022",
    grade: "B",
    note: "Upper bound: JSNM says cerium demand fell below 5,000 t for the first time in nine years (down more than 20%).",
  }),
  demand("Ce", 2023, 4952, {
    source: "jp-jsnm-2024-demand",
    grade: "D",
    note: "Derived from JSNM: 2024 cerium demand 5,650 t ÷ 1.141, the 14.1% rise JSNM reported for 2024.",
  }),
  demand("Ce", 2024, 5650, {
    source: "jp-jsnm-2024-demand",
    grade: "B",
    note: "Japan's cerium demand, JSNM (up 14.1% year on year).",
  }),
  demand("Y", 2017, 900, {
    source: "jp-jmd-jsnm-2018",
    grade: "D",
    note: "Derived from JSNM: 2018 yttrium demand 1,010 t ÷ 1.122, the 12.2% rise JSNM reported for 2018.",
  }),
  demand("Y", 2018, 1010, {
    source: "jp-jmd-jsnm-2018",
    grade: "B",
    note: "Japan's yttrium demand, JSNM (up 12.2% year on year).",
  }),
  demand("Y", 2019, 1080, {
    source: "jp-jmd-jsnm-2020-elements",
    grade: "D",
    note: "Derived from JSNM: 2020 yttrium demand 1,160 t ÷ 1.074, the 7.4% rise JSNM reported for 2020.",
  }),
  demand("Y", 2020, 1160, {
    source: "jp-jmd-jsnm-2020-elements",
    grade: "B",
    note: "Japan's yttrium demand, JSNM (up 7.4%, the sixth year of growth).",
  }),
  demand("La", 2020, 1370, {
    source: "jp-jmd-jsnm-2020-elements",
    grade: "B",
    note: "Japan's lanthanum demand, JSNM.",
  }),
  demand("Eu", 2020, 9, {
    source: "jp-jmd-jsnm-2020-elements",
    grade: "B",
    note: "Japan's europium demand, JSNM (down 10% year on year).",
  }),
  demand("NDPR", 2023, 5228, {
    source: "jp-jsnm-2024-demand",
    grade: "D",
    note: "Derived from JSNM: 2024 didymium/Nd demand 5,500 t ÷ 1.052, the 5.2% rise JSNM reported for 2024.",
  }),
  demand("NDPR", 2024, 5500, {
    source: "jp-jsnm-2024-demand",
    grade: "B",
    note: "JSNM's one combined figure for didymium (Pr-Nd) and neodymium, about 5,500 t (up 5.2%). JSNM gives no separate Pr and Nd figures, so none are stored.",
  }),

  // Japan's Dy and Tb demand: no source publishes a tonnage. The model derives them from the magnet
  // share of demand and the magnet recipe (END_USE_SHARE and APPLICATION_CONTENT, records/end-use.ts;
  // docs/METHODS.md, "Element demand"), so they are not stored here as data.

  // ---- Annual imports (t). Scopes differ; compare tonnages only within one edition.
  imports("WORLD", 2008, 34330, { ...MOF, note: `Japan's total rare-earth imports. ${MOF_SCOPE}` }),
  imports("CN", 2008, 30897, {
    ...MOF,
    grade: "D",
    note: "Lower bound, derived: total imports 34,330 t × China's share 'more than 90%' (0.90) = 30,897 t, MOF via kksoukan.",
  }),
  imports("CN", 2010, 20000, {
    source: "jp-wsj-2011-01-ohata",
    grade: "B",
    edition: "METI via WSJ",
    scope: CUSTOMS_T,
    note: "About 20,000 t from China, roughly unchanged from 2009, as stated by METI minister Ohata in January 2011 (WSJ); scope not stated. Imports of some Chinese oxides (La, Ce) rose in 2010.",
  }),
  imports("WORLD", 2010, 24507, {
    source: "jp-wsj-2011-01-ohata",
    grade: "D",
    edition: "METI via WSJ",
    scope: CUSTOMS_T,
    note: "Derived: imports from China of about 20,000 t (METI via WSJ) ÷ China's share 0.8161 (MOF via kksoukan) = 24,507 t (about 24,500 t; the 20,000 t input is rounded). The Japan Times gives 23,654 t of raw rare-earth metals and compounds for 2009 or January-November 2010 (period unclear).",
  }),
  imports("MY", 2012, 0, { ...MOF, note: `Japan's imports from Malaysia (the Lynas route). ${MOF_SCOPE}` }),
  imports("MY", 2013, 9, { ...MOF, note: `Japan's imports from Malaysia (the Lynas route). ${MOF_SCOPE}` }),
  imports("MY", 2014, 1218, {
    ...MOF,
    note: `Japan's imports from Malaysia (the Lynas route); no later tonnage was found. ${MOF_SCOPE}`,
  }),
  imports("WORLD", 2012, 15288, {
    source: "jp-jm-jsnm-2013",
    grade: "D",
    edition: "JSNM REO basis",
    scope: "jp-jsnm-imports-reo",
    note: "Derived from JSNM: 2013 imports 16,205 t REO ÷ 1.06, the 6% rise JSNM reported for 2013. REO basis: not comparable with the MOF tonnages (e.g. 22,307 t in 2014).",
  }),
  imports("WORLD", 2013, 16205, {
    source: "jp-jm-jsnm-2013",
    grade: "B",
    edition: "JSNM REO basis",
    scope: "jp-jsnm-imports-reo",
    note: "Japan's rare-earth imports, t REO, JSNM (up 6% year on year). REO basis: not comparable with the MOF tonnages (e.g. 22,307 t in 2014).",
  }),
  imports("WORLD", 2014, 22307, { ...MOF, note: `Japan's total rare-earth imports. ${MOF_SCOPE}` }),
  imports("CN", 2014, 13304, {
    ...MOF,
    grade: "D",
    note: "Derived: total imports 22,307 t × China's share 0.5964 = 13,304 t, MOF via kksoukan.",
  }),
  // Japanese customs' metal-equivalent tonnage for January-June 2024 (9,898 t, +21%) is a half
  // year, so it is not stored as annual IMPORTS; its China share is kept as IMPORT_SHARE below.
  imports("WORLD", 2024, 10640, {
    ...HS2805,
    edition: "HS 2805 (gtaic)",
    scope: "jp-hs2805-t",
    note: "Japan's imports under HS 2805, 10.64 kt worth US$270.92m in 2024 (Comtrade-based aggregator): rare-earth metals, scandium and yttrium, but the heading also covers mercury and alkali metals; compounds (HS 2846) and magnets are excluded. The same site gives US$339.61m for HS 2805.30 alone, which is inconsistent.",
  }),

  // ---- China's share of Japan's imports, 2008-2025, with the scope of each figure.
  share("CN", 2008, 0.9, {
    ...MOF,
    note: `Lower bound: China supplied 'more than 90%' of the 34,330 t imported. ${MOF_SCOPE}`,
  }),
  share("CN", 2009, 0.8549, { ...MOF, note: `China's share of Japan's rare-earth imports. ${MOF_SCOPE}` }),
  share("CN", 2010, 0.8161, {
    ...MOF,
    preferred: true,
    note: `China's share of Japan's rare-earth imports. ${MOF_SCOPE} Preferred over the New York Times' '90%+' because it is the measured share of the year, the NYT figure a rounded retrospective.`,
  }),
  share("CN", 2010, 0.9, {
    source: "jp-nyt-2025-12",
    grade: "B",
    edition: "NYT retrospective",
    scope: CUSTOMS_T,
    note: "Lower bound: the New York Times (8 December 2025, via a summary) says China supplied '90%+' of Japan's rare earths in 2010; scope not stated. Quartz's 'over 90%' about a decade before 2020 is the same kind of figure.",
  }),
  share("CN", 2011, 0.6837, {
    ...MOF,
    note: `China's share of Japan's rare-earth imports (a broadcast summary of MOF data gives about 68%). ${MOF_SCOPE}`,
  }),
  share("CN", 2012, 0.58, {
    source: "jp-miyo-2012-mof",
    grade: "C",
    edition: "MOF via broadcast summary",
    scope: CUSTOMS_T,
    preferred: true,
    note: "About 58%: MOF statistics as summarised from a broadcast report written about 2013 ('the year before last about 68%, last year 58%'); scope not stated. Preferred over the Comtrade 'over 70%', which also counts magnets and final goods, a wider scope than the MOF series.",
  }),
  share("CN", 2012, 0.7, {
    ...COMTRADE_WIDE,
    note: "Lower bound: 'over 70%' of Japan's rare-earth trade with China including magnets and final goods (UN Comtrade analysis, Moneycontrol); value or tonnage basis not stated.",
  }),
  share("CN", 2014, 0.5964, { ...MOF, note: `China's share of Japan's rare-earth imports (22,307 t). ${MOF_SCOPE}` }),
  ...(
    [
      ["CN", 0.58],
      ["VN", 0.14],
      ["FR", 0.11],
      ["MY", 0.1],
    ] as const
  ).map(([partner, value]) =>
    share(partner, 2018, value, {
      source: "jp-um-material-stockpiles",
      grade: "C",
      edition: "METI via um-material",
      scope: CUSTOMS_T,
      note: `Share of Japan's rare-earth imports by origin, METI annual statistics as relayed by UM Material; basis (tonnage or value) and HS scope not stated.${
        partner === "VN"
          ? " Vietnam's exports to Japan are mostly metals, much of it Chinese material processed there (Argus)."
          : ""
      }`,
    }),
  ),
  share("CN", 2020, 0.58, {
    source: "jp-quartz-comtrade",
    grade: "B",
    edition: "UN Comtrade via Quartz",
    scope: CUSTOMS_T,
    note: "China's share fell 'within a decade' from over 90% to 58% (UN Comtrade data, Quartz); the year is not stated, about 2020; HS scope and basis not stated. METI's 2018 origin data give the same 58%; the government's target was below 50% by 2025.",
  }),
  share("CN", 2022, 0.667, {
    source: "argus-2023-01-japan",
    grade: "B",
    edition: "customs via Argus",
    scope: CUSTOMS_T,
    note: "Lower bound: 'more than two-thirds' (2/3) of Japan's rare-earth imports came from China in 2022 (Japanese customs data, Argus); scope not stated. Argus's monthly customs series in the same article (about 400-860 t a month) is much narrower than the MOF totals.",
  }),
  share("CN", 2023, 0.731, {
    ...H1,
    grade: "D",
    preferred: true,
    note: "Derived: H1 2024 share 79.6% - 6.5 percentage points (the reported rise) = 73.1%, January-June 2023, metal-equivalent customs tonnage. Preferred: the only 2023 figure on a tonnage basis of rare-earth materials, the scope of the MOF series and of JOGMEC's ~70% for 2024; the Comtrade 68% and 44% are other scopes.",
  }),
  share("CN", 2023, 0.68, {
    ...COMTRADE_WIDE,
    note: "China's share of Japan's rare-earth trade including magnets and final goods (UN Comtrade analysis, Moneycontrol); value or tonnage basis not stated.",
  }),
  share("CN", 2023, 0.44, {
    source: "jp-moneycontrol-comtrade",
    grade: "C",
    edition: "Comtrade raw materials only",
    scope: "comtrade-ree-materials-value",
    note: "China's share of Japan's rare-earth raw-material imports only, excluding magnets and final goods (UN Comtrade analysis, Moneycontrol); value or tonnage basis not stated. Far below the tonnage shares, in line with Vietnam leading Japan's metal (HS 2805) imports by value.",
  }),
  share("CN", 2024, 0.7, {
    source: "jp-wsj-2025-07-jogmec",
    grade: "B",
    edition: "JOGMEC via WSJ",
    scope: CUSTOMS_T,
    preferred: true,
    note: "About 70%, JOGMEC data as reported by the WSJ (July 2025); scope not stated. Preferred: the official agency's figure in a reputable relay; JOGMEC's 71.9% shown on TV agrees, while the H1 metal-equivalent share (79.6%) and the HS 2805 value share (29.6%) are narrower scopes.",
  }),
  share("CN", 2024, 0.719, {
    source: "jp-datazoo-jogmec-tv",
    grade: "C",
    edition: "JOGMEC via TV",
    scope: CUSTOMS_T,
    note: "JOGMEC figure shown on a Japanese TV programme; the year is not stated (about 2024) nor the scope.",
  }),
  share("CN", 2024, 0.796, {
    ...H1,
    grade: "C",
    note: "Japanese customs imports, metal-equivalent tonnage, January-June 2024 only (H1), up 6.5 percentage points year on year.",
  }),
  ...(
    [
      ["VN", 0.598],
      ["CN", 0.296],
      ["TH", 0.081],
      ["FR", 0.019],
      ["RU", 0.003],
    ] as const
  ).map(([partner, value]) => share(partner, 2024, value, { ...HS2805, note: `Partner's ${HS2805_SCOPE}` })),
  share(
    "CN",
    2024,
    0.987,
    {
      ...H1,
      grade: "C",
      edition: "customs H1",
      scope: "jp-customs-oxide-h1",
      note: "China's share of the tonnage of Japan's yttrium-oxide imports, January-June 2024 only (Japanese customs via Metalnomist).",
    },
    "Y",
  ),
  share(
    "CN",
    2024,
    0.835,
    {
      ...H1,
      grade: "C",
      edition: "customs H1",
      scope: "jp-customs-oxide-h1",
      note: "China's share of the tonnage of Japan's cerium-oxide imports, January-June 2024 only (Japanese customs via Metalnomist).",
    },
    "Ce",
  ),
  share("CN", 2025, 0.7, {
    source: "jp-tbs-2025-11-meti",
    grade: "B",
    edition: "METI in the Diet",
    scope: CUSTOMS_T,
    preferred: true,
    note: "'About 70%', a METI official in the House of Representatives Foreign Affairs Committee, November 2025; neither the period (probably the latest full-year data) nor the scope is stated. Preferred over the economist's 'about 60%' (C); the NYT (December 2025) gives '60-70%', which brackets both.",
  }),
  share("CN", 2025, 0.6, {
    source: "jp-livedoor-2025-economist",
    grade: "C",
    edition: "economist via livedoor",
    scope: CUSTOMS_T,
    note: "'About 60% now' (from about 90% before), a Japanese economist in 2025; scope not stated.",
  }),

  // ---- Monthly imports during the 2010 episode (t). Monthly totals of 1-4 kt match the
  // ~24,500 t annual scope, not the narrow 300-900 t/month customs series (left out).
  monthly("CN", 2010, 9, 2246, {
    ...SMM,
    note: `Japan's rare-earth imports from China, MOF data via Reuters/SMM; China's share of the month 61%. ${CUT}`,
  }),
  monthly("CN", 2010, 10, 1278, {
    ...SMM,
    note: `Japan's rare-earth imports from China, MOF data via Reuters/SMM; China's share of the month 68%. ${CUT}`,
  }),
  monthly("CN", 2010, 11, 634, {
    ...SMM,
    note: `Japan's rare-earth imports from China, MOF data via Reuters/SMM; China's share of the month 54%. ${CUT}`,
  }),
  monthly("CN", 2010, 12, 4081, {
    source: "jp-bloomberg-2011-01-imports",
    grade: "B",
    scope: CUSTOMS_T,
    note: "Japan's rare-earth imports from China, MOF data via Bloomberg: the rebound after clearance resumed (about 6 times November).",
  }),
  monthly("CN", 2011, 1, 1783, {
    source: "jp-reuters-2011-q1",
    grade: "C",
    scope: CUSTOMS_T,
    note: "Japan's rare-earth imports from China, as relayed from Reuters.",
  }),
  monthly("CN", 2011, 2, 1138, {
    source: "jp-reuters-2011-q1",
    grade: "C",
    scope: CUSTOMS_T,
    note: "Japan's rare-earth imports from China, as relayed from Reuters.",
  }),
  monthly("CN", 2011, 3, 1604, {
    source: "jp-reuters-2011-q1",
    grade: "C",
    scope: CUSTOMS_T,
    note: "Japan's rare-earth imports from China, as relayed from Reuters.",
  }),
  monthly("WORLD", 2010, 9, 3682, {
    ...SMM,
    grade: "D",
    note: "Derived: imports from China 2,246 t ÷ China's share of the month 0.61 = 3,682 t (range about 3,650-3,710 t as the share is rounded to 1%).",
  }),
  monthly("WORLD", 2010, 10, 1879, {
    ...SMM,
    grade: "D",
    note: "Derived: imports from China 1,278 t ÷ China's share of the month 0.68 = 1,879 t; November's total 1,173 t ÷ (1 - 0.38) = 1,892 t agrees.",
  }),
  monthly("WORLD", 2010, 11, 1173, {
    ...SMM,
    note: `Japan's total rare-earth imports, down 38% on October, MOF data via Reuters/SMM. ${CUT}`,
  }),

  // ---- Stockpile target (days of standard consumption). Stored for the 2010 backtest and now.
  stockpile(2010, 60, {
    source: "jp-iea-stockpiling-policy",
    grade: "B",
    note: `${STOCKPILE_60} Actual national stocks averaged 19.5 days across stockpiled metals at end-March 2009 (Nikkei via a blog, C); rare-earth holdings are not published.`,
  }),
  stockpile(2025, 60, {
    source: "jp-iea-stockpiling-policy",
    grade: "B",
    edition: "60-day standard target",
    preferred: true,
    note: `${STOCKPILE_60} Preferred over the 180-day ceiling: since 2020 each mineral's target is set by risk, up to 180 days, and kept secret, so the last published standard target is the defensible default.`,
  }),
  stockpile(2025, 180, {
    source: "jp-iea-stockpiling-policy",
    grade: "B",
    edition: "2020 strategy upper limit",
    note: "Upper bound: the 2020 strategy sets targets per mineral by geopolitical risk and industrial importance, up to 180 days for high-risk minerals; the rare-earth target and stock levels are secret.",
  }),
];
