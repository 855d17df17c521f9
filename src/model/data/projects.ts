/**
 * The non-China supply pipeline: dated projects with capacity, start, status and what is
 * contracted to Japan. The diversification path of the dependency functions is built from it.
 *
 * Reading rules, because several entries cannot be summed blindly:
 * - `capacity` is today's nameplate (e.g. Lynas Malaysia after its 2024 expansion), not the
 *   capacity in `startYear`. For MP Materials no nameplate is in the research, so the entries
 *   hold 2024 output as a demonstrated lower bound, and the note says so.
 * - Only SEPARATION entries are separated supply. The Lynas entries at stage MINE (Mt Weld and
 *   the Kalgoorlie cracking plant) feed Lynas Malaysia; adding them to it would count the same
 *   NdPr twice.
 * - Where the research gives no start date, `startYear` (a required number) holds the year of
 *   the announcement or of the source, and the note calls it a lower bound or a placeholder.
 * - `japanShare` follows the contract in force in the research (the March 2026 Lynas–JARE
 *   extension to 2038) and uses the firm purchase commitment; the allocation ceiling is in the note.
 */
import type { Grade, AuthoredProject } from "./types";

/** Facts on Lynas' Japanese backers, repeated in every Lynas note so that each note stands alone. */
const LYNAS_JAPAN_HISTORY =
  "Japan arrangement: Sojitz has held exclusive sales of Lynas light rare earths in Japan since 2011 " +
  "(pipeline-sojitz-2025-10-lynas-hre). JARE (Sojitz + JOGMEC) financed Lynas with US$250M of loans and " +
  "equity in March 2011, US$9M of equity in 2022 (Mt Weld exploration) and A$200M in March 2023.";

export const PROJECTS: readonly AuthoredProject[] = [
  // Lynas: Mt Weld (mine) -> Kalgoorlie (cracking and leaching) -> Malaysia (separation).
  {
    id: "lynas-malaysia-ndpr",
    name: "Lynas Malaysia NdPr separation",
    company: "Lynas Rare Earths",
    country: "MY",
    stage: "SEPARATION",
    element: "NDPR",
    capacity: 10500,
    unit: "t/yr",
    startYear: 2012,
    status: "operating",
    japanShare: 0.48,
    source: "pipeline-fastmarkets-lynas-hre",
    grade: "D",
    note:
      "Capacity: nameplate NdPr oxide capacity, raised from 7,200 to 10,500 t/yr in 2024 (Fastmarkets; also " +
      "pipeline-rex-lynas-scale). Output stays below it: 6,142 t (FY23), 5,655 t (FY24), 6,558 t (FY25; " +
      "Australian fiscal years July-June; total REO 10,462 t in FY25) (pipeline-middlenews-2025-08-lynas, " +
      "pipeline-firmsworld-lynas-fy25); 1,509 t NdPr in the March 2025 quarter. Operating since 2012 (first " +
      "shipments to Japan were targeted for Q4 2011), so the status is operating although the expanded " +
      "nameplate has not yet been reached. Feed: Mt Weld concentrate, cracked at Kalgoorlie " +
      "(lynas-mt-weld, lynas-kalgoorlie). japanShare is derived: 5,000 / 10,500 = 0.48, the NdPr that JARE " +
      "commits to buy each year under the March 2026 extension to 2038, at market-linked prices with a " +
      "US$110/kg floor (pipeline-fnn-2026-03-lynas-jare). Alternative: up to 7,200 t/yr is allocated to " +
      "Japanese customers, 7,200 / 10,500 = 0.69. The March 2023 JARE agreement before it gave Japan priority " +
      "on up to 7,200 t/yr while Lynas output stayed below 9,600 t/yr (pipeline-reuters-2023-03-lynas-jare). " +
      "Actual tonnages delivered to Japan are not disclosed. " +
      LYNAS_JAPAN_HISTORY,
  },
  {
    id: "lynas-mt-weld",
    name: "Lynas Mt Weld mine and concentrator (feed for Lynas Malaysia)",
    company: "Lynas Rare Earths",
    country: "AU",
    stage: "MINE",
    element: "NDPR",
    capacity: 12000,
    unit: "t/yr",
    startYear: 2012,
    status: "operating",
    japanShare: null,
    source: "pipeline-middlenews-2025-08-lynas",
    grade: "B",
    note:
      "NOT additional separated supply: Mt Weld concentrate feeds the Kalgoorlie plant and Lynas Malaysia " +
      "(lynas-malaysia-ndpr), so only the Malaysia entry counts as separated NdPr. Capacity: expanded " +
      "nameplate of ~12,000 t/yr NdPr in finished-product equivalent (FY2025). startYear 2012 is the first " +
      "year of Lynas Malaysia output, which runs on Mt Weld ore; the research gives no separate date for the " +
      "mine. japanShare null: the Japan arrangements attach to the separated products made in Malaysia and " +
      "are counted there. " +
      LYNAS_JAPAN_HISTORY,
  },
  {
    id: "lynas-kalgoorlie",
    name: "Lynas Kalgoorlie cracking and leaching plant (feed for Lynas Malaysia)",
    company: "Lynas Rare Earths",
    country: "AU",
    // Cracking and leaching makes a mixed intermediate, not separated oxides. The stage list has no
    // intermediate step, and filing it as SEPARATION would double count the Malaysian NdPr.
    stage: "MINE",
    element: "NDPR",
    capacity: 9000,
    unit: "t/yr",
    startYear: 2025,
    status: "operating",
    japanShare: null,
    source: "pipeline-middlenews-2025-08-lynas",
    grade: "B",
    note:
      "NOT additional separated supply: the plant cracks and leaches Mt Weld concentrate into feed for Lynas " +
      "Malaysia (lynas-malaysia-ndpr). It is filed as MINE because the stage list has no intermediate step. " +
      "Capacity: ~9,000 t/yr NdPr equivalent (FY2025). startYear 2025 is the end year of FY2025 (July 2024 - " +
      "June 2025), the period the research dates the capacity to; no commissioning date is in the research, " +
      "so first output may have been in 2024. japanShare null: counted on the Malaysian products. " +
      LYNAS_JAPAN_HISTORY,
  },
  {
    id: "lynas-malaysia-hre-circuit",
    name: "Lynas Malaysia heavy rare earth separation circuit (Dy, Tb)",
    company: "Lynas Rare Earths",
    country: "MY",
    stage: "SEPARATION",
    element: "HREE",
    capacity: null,
    unit: "t/yr",
    startYear: 2025,
    status: "ramping",
    japanShare: 0.5,
    // The only statement of what this circuit means for Japan in tonnage terms: "about 30% of
    // Japan's Dy/Tb demand" (2023 deal). The diversification path uses it, since capacity is null.
    japanDemandCover: {
      elements: ["Dy", "Tb"],
      share: 0.3,
      source: "pipeline-greencarcongress-2023-03-lynas",
      grade: "B",
    },
    source: "pipeline-australianmining-2025-lynas-dy",
    grade: "B",
    note:
      "Capacity null: only the feed is published, 1,500 t/yr of SEGH feedstock; the Dy and Tb output " +
      "tonnages are not (pipeline-fnn-lynas-hre-slate). Element HREE because the circuit makes several heavy " +
      "products: Dy, Tb, unseparated Sm/Eu/Gd, a Ho concentrate and SEGH; Sm commercial production is planned " +
      "for 2026. Brownfield circuit in the Malaysia plant, announced 27 June 2024, capex ~US$25M; first Dy " +
      "oxide May 2025 and first Tb oxide June 2025 (also pipeline-fastmarkets-lynas-hre), the first separated " +
      "heavy rare earths outside China. Ramping: first products in 2025, first deliveries to Japan in October " +
      "2025. japanShare 0.50: under the March 2026 extension to 2038, JARE buys the equivalent of 50% of " +
      "Lynas heavy rare earth oxide output (pipeline-fnn-2026-03-lynas-jare). Alternative: 75% of that output " +
      "is made available to Japan (0.75). The March 2023 deal before it gave Japan up to 65% of the Dy + Tb " +
      "from Mt Weld feed (0.65), said to be ~30% of Japan's Dy/Tb demand " +
      "(pipeline-greencarcongress-2023-03-lynas). " +
      LYNAS_JAPAN_HISTORY,
  },
  {
    id: "lynas-malaysia-hre-plant",
    name: "Lynas new Malaysia heavy rare earth plant",
    company: "Lynas Rare Earths",
    country: "MY",
    stage: "SEPARATION",
    element: "HREE",
    capacity: null,
    unit: "t/yr",
    startYear: null,
    status: "planned",
    japanShare: 0.5,
    source: "pipeline-lcdproduct-2025-10-lynas-hre-plant",
    grade: "C",
    note:
      "Announced October 2025: MYR 500M (~US$120M) for a plant taking 5,000 t/yr of heavy rare earth " +
      "feedstock; the event is also listed in usgs-mcs-2026-heavy (Events). Capacity null because 5,000 t/yr " +
      "is feed, not Dy/Tb output, which is not published. startYear null: no start of production is given " +
      "in the research (announced 2025). japanShare 0.50 assumes the March 2026 " +
      "extension's heavy rare earth terms (JARE buys the equivalent of 50% of Lynas heavy rare earth oxide " +
      "output; 75% made available to Japan) cover this plant too, as they are stated for Lynas output as a " +
      "whole (pipeline-fnn-2026-03-lynas-jare). " +
      LYNAS_JAPAN_HISTORY,
  },
  {
    id: "lynas-jslink-magnets",
    name: "Lynas–JS Link NdFeB magnet plant in Malaysia (MoU)",
    company: "Lynas Rare Earths; JS Link",
    country: "MY",
    stage: "MAGNET",
    element: "MAGNET",
    capacity: 3000,
    unit: "t magnet/yr",
    startYear: null,
    status: "planned",
    japanShare: null,
    source: "pipeline-middlenews-2025-08-lynas",
    grade: "B",
    note:
      "Memorandum of understanding (2025) for a 3,000 t/yr magnet plant in Malaysia. startYear null: no " +
      "construction decision or production date is in the research. japanShare null: none known (the Japan agreements cover " +
      "Lynas oxides, not magnets).",
  },

  // MP Materials (United States).
  {
    id: "mp-mountain-pass-mine",
    name: "MP Materials Mountain Pass mine and concentrator",
    company: "MP Materials",
    country: "US",
    stage: "MINE",
    element: "REE",
    capacity: 45455,
    unit: "t REO/yr",
    startYear: 2018,
    status: "operating",
    japanShare: null,
    source: "pipeline-mp-2024-q4",
    grade: "A",
    note:
      "Capacity holds 2024 OUTPUT, 45,455 t REO in concentrate (MP Q4 2024 release), as a demonstrated lower " +
      "bound: the nameplate is not in the research. It matches USGS US mine production of 45,500 t REO in " +
      "2024 (usgs-mcs-2026), so Mountain Pass is in effect the US mine total. startYear 2018 is the first year " +
      "of the USGS US mine series in the research (14,000 t REO, usgs-myb-2022); the research does not date " +
      "the mine's (re)start. japanShare null: none known. Support: July 2025 US DoD package of US$400M " +
      "preferred equity (~15%), a US$110/kg NdPr price floor for 10 years and a US$150M loan for heavy rare " +
      "earth separation (pipeline-metaltechnews-2025-07-dod).",
  },
  {
    id: "mp-mountain-pass-ndpr",
    name: "MP Materials Mountain Pass NdPr oxide separation",
    company: "MP Materials",
    country: "US",
    stage: "SEPARATION",
    element: "NDPR",
    capacity: 1294,
    unit: "t/yr",
    startYear: 2024,
    status: "ramping",
    japanShare: null,
    source: "pipeline-mp-2024-q4",
    grade: "A",
    note:
      "Capacity holds 2024 OUTPUT, 1,294 t NdPr oxide (MP Q4 2024 release), as a demonstrated lower bound: the " +
      "nameplate is not in the research. startYear 2024 is the earliest year the research attributes NdPr " +
      "output to MP (China's import data also show 232 t NdPr from MP in 2024); USGS US rare earth compounds " +
      "and metals output, not split by company, was 120, 95, 800, 4,300 and 8,900 t REO in 2021-2025 " +
      "(usgs-mcs-2026; 2025 estimated), which supports the ramping status. The DoD guarantees a US$110/kg NdPr " +
      "floor for 10 years (pipeline-metaltechnews-2025-07-dod). japanShare null: none known.",
  },
  {
    id: "mp-independence-magnets",
    name: "MP Materials Independence magnet plant (Fort Worth, Texas)",
    company: "MP Materials",
    country: "US",
    stage: "MAGNET",
    element: "MAGNET",
    capacity: 1000,
    unit: "t magnet/yr",
    startYear: 2025,
    status: "ramping",
    japanShare: null,
    source: "pipeline-marketscreener-mp-magnets",
    grade: "B",
    note:
      "~1,000 t/yr of sintered NdFeB magnets, ramping from late 2025. Part of MP's 10,000 t/yr total after " +
      "the 10X plant (mp-10x-magnets holds the difference). japanShare null: none known.",
  },
  {
    id: "mp-10x-magnets",
    name: 'MP Materials "10X" magnet plant',
    company: "MP Materials",
    country: "US",
    stage: "MAGNET",
    element: "MAGNET",
    capacity: 9000,
    unit: "t magnet/yr",
    startYear: 2028,
    status: "planned",
    japanShare: null,
    source: "pipeline-adamas-2025-07-mp-dod",
    grade: "D",
    note:
      "Derived: 10,000 t/yr total MP magnet capacity after 10X (Adamas) - ~1,000 t/yr at Independence " +
      "(mp-independence-magnets) = ~9,000 t/yr for the new plant, stored net so that the two entries add up to " +
      "the published total. Announced July 2025 with the US DoD partnership; commissioning 2028. Status " +
      "planned: the research gives no site or construction progress. japanShare null: the DoD has a 10-year " +
      "offtake of all 10X magnets (pipeline-metaltechnews-2025-07-dod); nothing known for Japan.",
  },

  // Iluka (Australia): one refinery, two products.
  {
    id: "iluka-eneabba-ndpr",
    name: "Iluka Eneabba rare earth refinery: NdPr",
    company: "Iluka Resources",
    country: "AU",
    stage: "SEPARATION",
    element: "NDPR",
    capacity: 5500,
    unit: "t/yr",
    startYear: 2027,
    status: "construction",
    japanShare: null,
    source: "pipeline-rareresearch-iluka",
    grade: "C",
    note:
      "~5,500 t/yr NdPr oxide; start 2027; total cost A$1.7-1.8bn (Japanese newsletter, grade C). Australian " +
      "government loans: A$1.25bn in 2022 (A$1.05bn + A$200M for overruns) and A$400M more in December 2024 " +
      "(pipeline-innovationaus-2022-iluka). Status construction is inferred from this financing and the 2027 " +
      "start; the research reports no construction progress. The same refinery's Dy + Tb: iluka-eneabba-dytb. " +
      "japanShare null: none known.",
  },
  {
    id: "iluka-eneabba-dytb",
    name: "Iluka Eneabba rare earth refinery: Dy + Tb",
    company: "Iluka Resources",
    country: "AU",
    stage: "SEPARATION",
    // The vocabulary has no Dy+Tb code and no split is published, so the heavy group stands in.
    element: "HREE",
    capacity: 750,
    unit: "t/yr",
    startYear: 2027,
    status: "construction",
    japanShare: null,
    source: "pipeline-rareresearch-iluka",
    grade: "C",
    note:
      "~750 t/yr of Dy and Tb oxide combined; no Dy/Tb split is published. Element HREE only because the " +
      "vocabulary has no Dy+Tb code: the tonnage is Dy + Tb, not all heavy rare earths. Start 2027, same " +
      "refinery, financing and inferred construction status as iluka-eneabba-ndpr. japanShare null: none known.",
  },

  // Energy Fuels, White Mesa Mill (United States).
  {
    id: "energy-fuels-white-mesa-ndpr-1",
    name: "Energy Fuels White Mesa Mill Phase 1: NdPr",
    company: "Energy Fuels",
    country: "US",
    stage: "SEPARATION",
    element: "NDPR",
    capacity: 1000,
    unit: "t/yr",
    startYear: 2024,
    status: "ramping",
    japanShare: null,
    source: "pipeline-metalnomist-2024-08-energyfuels",
    grade: "B",
    note:
      "~1,000 t/yr NdPr oxide (Phase 1), dated 2024 with the August 2024 expansion report; the research has no " +
      "output figure, so the status is ramping rather than operating at capacity. Heavy rare earths of Phase 1: " +
      "energy-fuels-white-mesa-hree-1. japanShare null: none known.",
  },
  {
    id: "energy-fuels-white-mesa-hree-1",
    name: "Energy Fuels White Mesa Mill Phase 1: heavy rare earth oxides",
    company: "Energy Fuels",
    country: "US",
    stage: "SEPARATION",
    element: "HREE",
    capacity: null,
    unit: "t/yr",
    startYear: 2026,
    status: "planned",
    japanShare: null,
    source: "pipeline-metalnomist-2025-09-energyfuels-hree",
    grade: "B",
    note:
      "Commercial heavy rare earth oxide production from late 2026. Capacity null: no Phase 1 tonnage is in " +
      "the research. japanShare null: none known.",
  },
  {
    id: "energy-fuels-white-mesa-ndpr-2",
    name: "Energy Fuels White Mesa Mill Phase 2: NdPr",
    company: "Energy Fuels",
    country: "US",
    stage: "SEPARATION",
    element: "NDPR",
    capacity: 6000,
    unit: "t/yr",
    startYear: 2029,
    status: "planned",
    japanShare: null,
    source: "pipeline-cruxinvestor-energyfuels",
    grade: "C",
    note:
      "More than 6,000 t/yr NdPr oxide, stored as 6,000 (a lower bound). Bankable feasibility study January " +
      "2026, capex US$410M, commissioning Q1 2029 (also pipeline-ouzhyi-energyfuels-phase2). The research does " +
      "not say whether this is the total after the expansion or an addition to Phase 1's ~1,000 t/yr; adding " +
      "both entries may count up to 1,000 t/yr twice. Dy and Tb of Phase 2: energy-fuels-white-mesa-dy-2, " +
      "energy-fuels-white-mesa-tb-2. japanShare null: none known.",
  },
  {
    id: "energy-fuels-white-mesa-dy-2",
    name: "Energy Fuels White Mesa Mill Phase 2: Dy",
    company: "Energy Fuels",
    country: "US",
    stage: "SEPARATION",
    element: "Dy",
    capacity: 240,
    unit: "t/yr",
    startYear: 2029,
    status: "planned",
    japanShare: null,
    source: "pipeline-cruxinvestor-energyfuels",
    grade: "C",
    note:
      "240 t/yr Dy oxide from Phase 2 (feasibility study January 2026; commissioning Q1 2029). Whether it " +
      "includes Phase 1 heavy rare earth output is not stated. japanShare null: none known.",
  },
  {
    id: "energy-fuels-white-mesa-tb-2",
    name: "Energy Fuels White Mesa Mill Phase 2: Tb",
    company: "Energy Fuels",
    country: "US",
    stage: "SEPARATION",
    element: "Tb",
    capacity: 66,
    unit: "t/yr",
    startYear: 2029,
    status: "planned",
    japanShare: null,
    source: "pipeline-cruxinvestor-energyfuels",
    grade: "C",
    note:
      "66 t/yr Tb oxide from Phase 2 (feasibility study January 2026; commissioning Q1 2029). Whether it " +
      "includes Phase 1 heavy rare earth output is not stated. japanShare null: none known.",
  },

  // Europe.
  {
    id: "neo-narva-magnets",
    name: "Neo Performance Materials Narva sintered magnet plant, phase 1",
    company: "Neo Performance Materials",
    country: "EE",
    stage: "MAGNET",
    element: "MAGNET",
    capacity: 2000,
    unit: "t magnet/yr",
    startYear: 2025,
    status: "ramping",
    japanShare: null,
    source: "pipeline-automotiveworld-2025-09-neo",
    grade: "B",
    note:
      "Phase 1: 2,000 t/yr sintered NdFeB magnets, €75M. Construction began 2023 " +
      "(pipeline-argus-2023-neo-estonia), plant opened September 2025, commercial ramp in 2026. Expandable to " +
      "5,000 t/yr; the expansion is undated in the research and not entered. japanShare null: none known.",
  },
  {
    id: "neo-silmet-separation",
    name: "Neo Performance Materials Silmet separation plant",
    company: "Neo Performance Materials",
    country: "EE",
    stage: "SEPARATION",
    element: "LREE",
    capacity: 3000,
    unit: "t REO/yr",
    startYear: 2023,
    status: "operating",
    japanShare: null,
    source: "pipeline-argus-2023-neo-estonia",
    grade: "B",
    note:
      "3,000 t/yr of light rare earths (the basis, oxide or product weight, is not stated; filed as mixed " +
      "REO). startYear 2023 is the year of the source that states the capacity, not a start date, which the " +
      "research does not give. japanShare null: none known.",
  },
  {
    id: "solvay-la-rochelle",
    name: "Solvay La Rochelle rare earth plant",
    company: "Solvay",
    country: "FR",
    stage: "SEPARATION",
    element: "REE",
    capacity: 4000,
    unit: "t REO/yr",
    startYear: 2024,
    status: "operating",
    japanShare: null,
    source: "pipeline-rawmaterials-2024-solvay",
    grade: "B",
    note:
      "4,000 t/yr of rare earth products in 2024 (basis not stated; filed as mixed REO). startYear 2024 is the " +
      "year of the source, not a start date, which the research does not give. The NdPr line is entered " +
      "separately (solvay-la-rochelle-ndpr). japanShare null: none known.",
  },
  {
    id: "solvay-la-rochelle-ndpr",
    name: "Solvay La Rochelle NdPr production",
    company: "Solvay",
    country: "FR",
    stage: "SEPARATION",
    element: "NDPR",
    capacity: null,
    unit: "t/yr",
    startYear: 2025,
    status: "planned",
    japanShare: null,
    source: "pipeline-rawmaterials-2024-solvay",
    grade: "B",
    note:
      "NdPr production from 2025, aiming to supply 30% of European NdPr demand by 2030 (2024 source). " +
      "Capacity null: no NdPr tonnage is in the research, and it may fall within the plant's 4,000 t/yr " +
      "(solvay-la-rochelle). Status planned because the research does not confirm that production started. " +
      "japanShare null: none known.",
  },
];

/** A dated agreement or event that gives Japan access to non-China supply. */
export interface JapanArrangement {
  readonly id: string;
  /** ISO 8601 at the precision the source gives: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  readonly date: string;
  readonly parties: readonly string[];
  readonly summary: string;
  /** Source id from the catalogue. */
  readonly source: string;
  readonly grade: Grade;
}

export const JAPAN_ARRANGEMENTS: readonly JapanArrangement[] = [
  {
    id: "sojitz-lynas-alliance-2010",
    date: "2010-11-24",
    parties: ["Sojitz", "Lynas"],
    summary:
      "Strategic alliance: more than 9,000 t/yr of Lynas rare earths to Japan for 10 years, the first " +
      "1,000-3,000 t in Q4 2011, and US$250M towards Lynas' expansion (see the March 2011 JARE financing). " +
      "Reuters relayed the deal (pipeline-reuters-2010-11-sojitz-lynas); Lynas' own figure was a minimum of " +
      "8,500 t/yr (pipeline-liangzibaojie-lynas, grade C).",
    source: "pipeline-sojitz-2010-11-lynas",
    // The research grades the row A/B (company release plus Reuters); the lower grade is kept.
    grade: "B",
  },
  {
    id: "sojitz-lynas-exclusive-sales-2011",
    date: "2011",
    parties: ["Sojitz", "Lynas"],
    summary: "Sojitz holds an exclusive sales agreement for Lynas light rare earths in the Japanese market since 2011.",
    source: "pipeline-sojitz-2025-10-lynas-hre",
    grade: "A",
  },
  {
    id: "jare-lynas-financing-2011",
    date: "2011-03",
    parties: ["JARE (Sojitz, JOGMEC)", "Lynas"],
    summary:
      "JARE, the Sojitz-JOGMEC vehicle, finances Lynas with US$250M of loans and equity. A WSJ figure relayed " +
      "by CKHQ (same page as source fuji-keizai-magnets, grade C) puts JOGMEC's cumulative investment in Lynas " +
      "at US$225M to 2024; the two figures are not reconciled.",
    source: "pipeline-nsenergy-jare-lynas",
    grade: "B",
  },
  {
    id: "jare-lynas-equity-2022",
    date: "2022",
    parties: ["JARE (Sojitz, JOGMEC)", "Lynas"],
    summary: "Additional JARE equity investment of US$9M in Lynas, for Mt Weld exploration.",
    source: "pipeline-nsenergy-jare-lynas",
    grade: "B",
  },
  {
    id: "jare-lynas-agreement-2023",
    date: "2023-03",
    parties: ["JARE (Sojitz, JOGMEC)", "Lynas"],
    summary:
      "JARE contributes A$200M (US$132M; the Reuters headline says US$134M) and waives US$11.5M of interest. " +
      "Japan gets priority on up to 7,200 t/yr NdPr while Lynas output is below 9,600 t/yr (terms to be " +
      "revisited above that) and up to 65% of the Dy + Tb from Mt Weld feed, said to be ~30% of Japan's Dy/Tb " +
      "demand. JARE's stake rises from 0.3% to 3% (pipeline-reuters-2023-03-lynas-jare).",
    source: "pipeline-greencarcongress-2023-03-lynas",
    grade: "B",
  },
  {
    id: "lynas-first-hre-to-japan-2025",
    date: "2025-10",
    parties: ["Lynas", "Sojitz"],
    summary:
      "First imports of Dy and Tb into Japan from Lynas (Mt Weld ore separated in Malaysia), the first heavy " +
      "rare earths supplied from outside China. Sojitz aims to cover ~30% of Japan's demand for these elements " +
      "(pipeline-yomiuri-2025-lynas-hre). One relay dates the first imports October/November 2025.",
    source: "pipeline-sojitz-2025-10-lynas-hre",
    // The research grades the row A/B (Sojitz release plus Yomiuri); the lower grade is kept.
    grade: "B",
  },
  {
    id: "lynas-jare-extension-2038",
    date: "2026-03",
    parties: ["JARE (Sojitz, JOGMEC)", "Lynas"],
    summary:
      "Extension to 2038: JARE commits to buy 5,000 t/yr NdPr at market-linked prices with a US$110/kg floor " +
      "(the same level as the US DoD floor for MP Materials); up to 7,200 t/yr is allocated to Japanese " +
      "customers. 75% of Lynas heavy rare earth oxide output is made available to Japan and JARE buys the " +
      "equivalent of 50%. Above US$150/kg, 30% of the upside goes to JARE, capped at US$10M a year.",
    source: "pipeline-fnn-2026-03-lynas-jare",
    grade: "B",
  },
];
