/**
 * Rare-earth use by application (`END_USE_SHARE`) and the element make-up of an application's
 * rare-earth use (`APPLICATION_CONTENT`): the inputs of the element-demand derivation
 * (docs/METHODS.md, "Element demand") and of the loss-by-sector model that reuses the splits.
 *
 * What the sources give, and what they do not:
 * - Japan: a trading-house estimate that magnets and auto catalysts were each about a fifth of the
 *   2011 market (Reuters), and JSNM's NdPr figures, from which the magnet share of 2023 and 2024 is
 *   derived. No full application split of Japan's demand was found for any year (JSNM's tables by
 *   use were not reachable; only its element figures are).
 * - United States: USGS's estimated distribution by end use, MCS 2016 (2015), 2018 (2017) and 2019
 *   (2018); later editions name the uses without percentages.
 * - World: magnets about 29% and catalysts about 20% of rare-earth oxide use in 2020; phosphors
 *   6-8% by volume around 2010.
 * - Element content: the sintered NdFeB recipe (NdPr, Dy, Tb) and mischmetal (65% Ce, 35% La) for
 *   metallurgy. No quantitative element make-up of catalysts, polishing powders, glass, phosphors or
 *   ceramics was found, so the elements of those uses are not derived (the vocabulary lists which
 *   elements they use, and the derivation names them as not counted).
 */
import type { AuthoredRecord, Grade } from "../types";

interface Meta {
  readonly source: string;
  readonly grade: Grade;
  readonly scope: string;
  readonly note: string;
  readonly edition?: string;
}

const endUse = (country: string, year: number, application: string, value: number, meta: Meta): AuthoredRecord => ({
  field: "END_USE_SHARE",
  element: "REE",
  country,
  application,
  year,
  value,
  unit: "share",
  ...meta,
});

const content = (application: string, element: string, year: number, value: number, meta: Meta): AuthoredRecord => ({
  field: "APPLICATION_CONTENT",
  element,
  country: "WORLD",
  application,
  year,
  value,
  unit: "share",
  ...meta,
});

/** USGS's estimated distribution of US rare-earth use by end use (shares of apparent consumption). */
function usgsSplit(year: number, rows: ReadonlyArray<readonly [string, number]>, meta: Omit<Meta, "scope">) {
  return rows.map(([application, value]) =>
    endUse("US", year, application, value, { ...meta, scope: "us-usgs-apparent-consumption" }),
  );
}

const USGS_CATEGORIES =
  "USGS's categories: catalysts; ceramics and glass (reported together); metallurgical applications and alloys; polishing; other. Permanent magnets are not a category: the US makes few, and rare earths imported inside finished goods are outside apparent consumption.";

/**
 * The magnet recipe by mass of magnet (the convention of `MAGNET_COMPOSITION`): NdPr 30, Dy 3,
 * Tb 1 wt%, so 34 wt% rare earths. As shares of the magnet's rare earths: 30/34, 3/34, 1/34.
 */
const MAGNET_RECIPE =
  "Sintered NdFeB magnet, rare earths by mass: NdPr 30 wt% (29-31; 'about a third', Fastmarkets), Dy + Tb 4 wt% (2-6 for standard automotive grades), Dy:Tb 3:1 (a placeholder convention), so 34 wt% rare earths in all (29.0-32.5 wt% per the magnet maker SDM).";

const MISCHMETAL =
  "Mischmetal, the alloy of unseparated light rare earths used in metallurgy (steel and cast-iron additives, lighter flints) and, La-enriched, in NiMH battery alloys: 65% cerium, 35% lanthanum, the composition USGS prices (MCS 2019, 'Mischmetal, 65% cerium, 35% lanthanum'). Taken for the whole metallurgy and alloys use, an assumption: battery alloys are richer in La and carry some Nd and Pr.";

export const END_USE_RECORDS: readonly AuthoredRecord[] = [
  // ---- Japan
  endUse("JP", 2011, "MAGNETS", 0.2, {
    source: "jp-reuters-2011-market",
    grade: "B",
    scope: "jp-trading-house-market",
    note: "About a fifth: magnets and auto catalysts were each about a fifth (4,500-5,000 t each) of Japan's rare-earth product market of about 23,000 t in 2011, a trading-house estimate reported by Reuters. No other use is quantified in the source.",
  }),
  endUse("JP", 2011, "AUTO_CATALYSTS", 0.2, {
    source: "jp-reuters-2011-market",
    grade: "B",
    scope: "jp-trading-house-market",
    note: "About a fifth: magnets and auto catalysts were each about a fifth (4,500-5,000 t each) of Japan's rare-earth product market of about 23,000 t in 2011, a trading-house estimate reported by Reuters. No other use is quantified in the source.",
  }),
  endUse("JP", 2023, "MAGNETS", (5228 * 34) / 30 / 16435, {
    source: "jp-jsnm-2024-demand",
    grade: "D",
    scope: "jp-jsnm-demand",
    note: "Derived: NdPr demand 5,228 t (2023, itself derived from JSNM's 2024 figure ÷ 1.052) ÷ NdPr share of a magnet's rare earths (30/34) = 5,925 t of magnet rare earths, ÷ total demand 16,435 t = 0.3605 (stored unrounded). Assumes all NdPr goes into magnets (a small overstatement: NdPr also colours glass and ceramics).",
  }),
  endUse("JP", 2024, "MAGNETS", (5500 * 34) / 30 / 18835, {
    source: "jp-jsnm-2024-demand",
    grade: "D",
    scope: "jp-jsnm-demand",
    note: "Derived: JSNM's didymium/Nd demand 5,500 t ÷ NdPr share of a magnet's rare earths (30/34) = 6,233 t of magnet rare earths, ÷ total demand 18,835 t = 0.331 (stored unrounded). Assumes all NdPr goes into magnets (a small overstatement: NdPr also colours glass and ceramics). JSNM names magnets and batteries as the uses that grew in 2024, auto catalysts, polishing and phosphors as those that fell, without tonnages.",
  }),

  // ---- United States (USGS estimated distribution by end use)
  ...usgsSplit(
    2015,
    [
      ["CATALYSTS", 0.6],
      ["METALLURGY", 0.1],
      ["CERAMICS_GLASS", 0.1],
      ["POLISHING", 0.1],
      ["OTHER", 0.1],
    ],
    {
      source: "usgs-mcs-2016",
      grade: "A",
      note: `USGS's estimated distribution of rare earths by end use, 2015 (MCS 2016): catalysts 60%, metallurgical applications and alloys 10%, ceramics and glass 10%, glass polishing 10%, other 10%. ${USGS_CATEGORIES}`,
    },
  ),
  ...usgsSplit(
    2017,
    [
      ["CATALYSTS", 0.55],
      ["CERAMICS_GLASS", 0.15],
      ["METALLURGY", 0.1],
      ["POLISHING", 0.05],
      ["OTHER", 0.15],
    ],
    {
      source: "demand-usgs-mcs-2018",
      grade: "B",
      note: `USGS's estimated distribution of rare earths by end use, 2017 (MCS 2018, read in a journal's reprint): catalysts 55%, ceramics and glass 15%, metallurgical applications and alloys 10%, polishing 5%, other 15%. ${USGS_CATEGORIES}`,
    },
  ),
  ...usgsSplit(
    2018,
    [
      ["CATALYSTS", 0.6],
      ["CERAMICS_GLASS", 0.15],
      ["METALLURGY", 0.1],
      ["POLISHING", 0.1],
      ["OTHER", 0.05],
    ],
    {
      source: "usgs-mcs-2019",
      grade: "A",
      note: `USGS's estimated distribution of rare earths by end use, 2018 (MCS 2019): catalysts 60%, ceramics and glass 15%, metallurgical applications and alloys 10%, polishing 10%, other 5%. The latest edition with percentages: MCS 2025 says only that catalysts were the leading use, followed by ceramics and glass, metallurgy and alloys, and polishing, and that significant amounts arrive as magnets inside finished goods. ${USGS_CATEGORIES}`,
    },
  ),

  // ---- World
  endUse("WORLD", 2020, "MAGNETS", 0.29, {
    source: "demand-nkiawete-2023",
    grade: "B",
    scope: "world-end-use",
    note: "About 29% of total rare-earth oxide use in 2020 went to magnets (Nkiawete and Vander Wal, Penn State, from USGS and market data); Roskill's estimate for 2020 is the same 29% (as quoted by TM2).",
  }),
  endUse("WORLD", 2020, "CATALYSTS", 0.2, {
    source: "demand-nkiawete-2023",
    grade: "B",
    scope: "world-end-use",
    note: "About 20% of total rare-earth oxide use in 2020 went to catalysts, automotive and fluid cracking together (Nkiawete and Vander Wal, Penn State).",
  }),
  endUse("WORLD", 2010, "PHOSPHORS", 0.07, {
    source: "demand-reuters-2010-12-factbox",
    grade: "D",
    scope: "world-end-use",
    note: "Derived: midpoint of 6-8%, Reuters (December 2010): phosphors are 'the smallest sector by volume (only 6-8 percent) but the largest sector by value (30-40 percent)'.",
  }),

  // ---- Element content of applications (recipes; the same for every importer)
  content("MAGNETS", "NDPR", 2024, 30 / 34, {
    source: "demand-magnet-composition-wungiel",
    grade: "D",
    scope: "application-recipe",
    note: `Derived: 30/34 = 0.8824. ${MAGNET_RECIPE}`,
  }),
  content("MAGNETS", "Dy", 2024, 3 / 34, {
    source: "demand-magnet-composition-wungiel",
    grade: "D",
    scope: "application-recipe",
    note: `Derived: 3/34 = 0.0882 (range about 0.01-0.17 for Dy 0.2-6 wt% of a magnet). ${MAGNET_RECIPE}`,
  }),
  content("MAGNETS", "Tb", 2024, 1 / 34, {
    source: "demand-magnet-composition-wungiel",
    grade: "D",
    scope: "application-recipe",
    note: `Derived: 1/34 = 0.0294. ${MAGNET_RECIPE} Magnets are not Tb's only use: green phosphors also take it, and their Tb content is not sourced.`,
  }),
  content("METALLURGY", "Ce", 2018, 0.65, {
    source: "usgs-mcs-2019",
    grade: "D",
    scope: "application-recipe",
    note: `Derived from the mischmetal composition: Ce 65% of 100% rare earths = 0.65. ${MISCHMETAL}`,
  }),
  content("METALLURGY", "La", 2018, 0.35, {
    source: "usgs-mcs-2019",
    grade: "D",
    scope: "application-recipe",
    note: `Derived from the mischmetal composition: La 35% of 100% rare earths = 0.35. ${MISCHMETAL}`,
  }),
];
