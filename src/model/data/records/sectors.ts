/**
 * The loss model's data (docs/METHODS.md, "Economic loss by sector"): for each end-use sector
 * (`vocabulary/sectors.ts`) its yearly output of the products that contain rare earths and its
 * value-added ratio, from Japan's input–output tables; and, for the elements whose demand Japan
 * publishes (JSNM), the applications the sources name for them.
 *
 * What the sources give, and what they do not:
 * - Output: the 2015 input–output tables' domestic production by basic sector (NIES's 3EID relay
 *   of the official tables), summed over the basic sectors each sector stands for and converted at
 *   the IMF's 2015 average of 121.04 yen per dollar. The 2020 tables were not reachable.
 * - Value added: the basic tables' value-added rows were not reachable (the file is over the size
 *   a stored copy keeps), so the ratios come from a 26-sector aggregation of the 2011 tables
 *   (machinery and electronics within "non-energy-intensive manufacturing", glass within
 *   "energy-intensive") and, for motor vehicles, from METI's automobile-industry figures.
 * - Element uses: JSNM publishes demand by element (Ce, didymium/Nd, La, Y, Eu) and names their
 *   uses in words, not proportions; where it names two, each gets half (an assumption that moves
 *   REE.IMPACT's unmet tonnes between sectors, not the total loss: see METHODS.md).
 * - The United States: BEA's gross output of the detailed industries that match Japan's basic
 *   sectors, 2023, and each sector's value-added ratio from the summary industry that holds it
 *   (US EPA's flowsa copies of BEA's tables). There is no robots sector (BEA has no industry of
 *   robots alone). USGS OFR 2025-1047's own mapping of rare earths to 402 US industries was not
 *   retrievable, so which industries carry each use follows Japan's vocabulary (`vocabulary/sectors.ts`).
 * - The EU and Korea: no sector data.
 */
import type { AuthoredRecord, Grade } from "../types";

/** IMF, 2015 average, yen per US dollar. */
const JPY_PER_USD_2015 = 121.04;

/** Million yen of 2015 to US dollars. */
const usd = (millionYen: number) => (millionYen * 1e6) / JPY_PER_USD_2015;

const IO_NOTE =
  "Domestic production at producer prices, 2015 input-output tables (3EID's worksheet E, million yen), converted at 121.04 JPY/USD (IMF, 2015 average). Gross output: a sector's purchases from another sector are counted in both.";

const output = (sector: string, millionYen: number, parts: string): AuthoredRecord => ({
  field: "SECTOR_OUTPUT",
  element: "REE",
  country: "JP",
  sector,
  year: 2015,
  value: usd(millionYen),
  unit: "USD",
  source: "impact-nies-3eid-2015",
  grade: "D",
  scope: "jp-io-2015-output",
  note: `Derived: ${parts} = JPY ${millionYen.toLocaleString("en-US")} mn / 121.04 = USD ${(usd(millionYen) / 1e9).toFixed(2)} bn. ${IO_NOTE}`,
});

const NEI =
  "Derived from Japan's 2011 input-output tables in a 26-sector aggregation: value added of non-energy-intensive manufacturing (compensation of employees 30,374 + social security 3,386 + operating surplus 2,968 + depreciation 11,843 + indirect taxes 4,718 - subsidies 135 = 53,155 bn yen) / its output 173,268 bn yen = 0.3068. The aggregate holds machinery, electronics and vehicles with food and textiles; no finer ratio was reachable.";

const vaRatio = (
  sector: string,
  value: number,
  meta: { source: string; year: number; note: string },
): AuthoredRecord => ({
  field: "SECTOR_VA_RATIO",
  element: "REE",
  country: "JP",
  sector,
  value,
  unit: "share",
  grade: "D",
  ...meta,
});

const US_IO_NOTE =
  "Gross output of BEA's detailed industries (input-output accounts, 2017 schema), million current dollars, the series' 2023 value.";

/** A US sector's output: the sum of BEA detailed industries' gross output in 2023 (USD million). */
const usOutput = (sector: string, parts: ReadonlyArray<readonly [string, number]>, extra: string): AuthoredRecord => {
  const millions = parts.reduce((sum, [, value]) => sum + value, 0);
  return {
    field: "SECTOR_OUTPUT",
    element: "REE",
    country: "US",
    sector,
    year: 2023,
    value: millions * 1e6,
    unit: "USD",
    source: "impact-bea-gross-output-detail",
    grade: "D",
    scope: "us-bea-2023-output",
    note: `Derived: ${parts.map(([what, value]) => `${what} ${value.toLocaleString("en-US")}`).join(" + ")} = USD ${millions.toLocaleString("en-US")} mn. ${US_IO_NOTE}${extra ? ` ${extra}` : ""}`,
  };
};

/**
 * A US sector's value-added ratio: value added at producer prices over total industry output of
 * the summary industry that holds its detailed industries (detailed value added is published for
 * benchmark years only), 2023.
 */
const usVaRatio = (sector: string, summary: string, valueAdded: number, output: number): AuthoredRecord => ({
  field: "SECTOR_VA_RATIO",
  element: "REE",
  country: "US",
  sector,
  year: 2023,
  value: valueAdded / output,
  unit: "share",
  source: "impact-bea-use-summary-2023",
  grade: "C",
  note: `Derived: value added at producer prices ${valueAdded.toLocaleString("en-US")} / total industry output ${output.toLocaleString("en-US")} (USD mn, 2023) of the summary industry ${summary} = ${(valueAdded / output).toFixed(4)}. The summary industry's ratio stands for the detailed industries the sector counts; BEA publishes detailed value added for benchmark years only.`,
});

const elementUse = (
  element: string,
  application: string,
  year: number,
  value: number,
  meta: { source: string; grade: Grade; note: string },
): AuthoredRecord => ({
  field: "ELEMENT_USE_SHARE",
  element,
  country: "JP",
  application,
  year,
  value,
  unit: "share",
  scope: "jp-jsnm-element-use",
  ...meta,
});

const CE_USES =
  "Derived: 1/2. JSNM names polishing and catalysts as cerium's uses (demand fell more than 20% in 2022 'in polishing and catalyst uses'); Adamas names exhaust-gas catalysts and cerium-based abrasives. No source gives the proportions, so each gets half (an assumption; it moves REE.IMPACT's unmet tonnes between sectors, not the loss). Glass additives, steel additives and FCC catalysts also take some cerium (m-ac.jp use table), not counted.";

const Y_USES =
  "Derived: 1/2. Phosphors are yttrium's main use per JSNM (2020); Adamas names LED phosphors and ceramics (yttria-stabilised zirconia) as the uses that grew. No source gives the proportions, so each gets half (an assumption).";

export const SECTOR_RECORDS: readonly AuthoredRecord[] = [
  // ---- Output of the products that contain rare earths, Japan, 2015
  output(
    "MOTOR_VEHICLES",
    15988340 + 4239173 + 321476,
    "passenger cars 15,988,340 + trucks, buses and other vehicles 4,239,173 + motorcycles 321,476 (parts, 21.7 tn yen, are inputs to these and are not added; exported parts are left out)",
  ),
  output(
    "MOTORS_APPLIANCES",
    1249851 + 1086801 + 1763458,
    "rotating electrical machines 1,249,851 + household air conditioners 1,086,801 + other household electrical appliances 1,763,458",
  ),
  output(
    "ELECTRONICS",
    1209191 + 336843 + 5330247,
    "computer peripherals incl. storage 1,209,191 + audio equipment 336,843 + other electronic components (incl. ceramic capacitors) 5,330,247",
  ),
  output("ROBOTS", 677785, "industrial robots 677,785"),
  output(
    "GLASS_OPTICS",
    501284 + 542317 + 591430,
    "sheet and safety glass 501,284 + other glass products (incl. display and disk substrates) 542,317 + optical instruments and lenses 591,430",
  ),
  output("LIGHTING", 297768 + 924468, "lamps 297,768 + lighting fixtures 924,468"),

  // ---- Value added / output
  vaRatio("MOTOR_VEHICLES", 11 / 62.3, {
    source: "impact-meti-2020-auto",
    year: 2016,
    note: "Derived: value added of the automobile industry about 11 tn yen (2016) / its shipments 62.3 tn yen (2018) = 0.1766 (METI). The years differ by two; the ratio of vehicle makers alone is not published in the source.",
  }),
  vaRatio("MOTORS_APPLIANCES", 53155.5 / 173268.0, { source: "impact-takeda-io-2011", year: 2011, note: NEI }),
  vaRatio("ELECTRONICS", 53155.5 / 173268.0, { source: "impact-takeda-io-2011", year: 2011, note: NEI }),
  vaRatio("ROBOTS", 53155.5 / 173268.0, { source: "impact-takeda-io-2011", year: 2011, note: NEI }),
  vaRatio("LIGHTING", 53155.5 / 173268.0, { source: "impact-takeda-io-2011", year: 2011, note: NEI }),
  vaRatio("GLASS_OPTICS", 24983.9 / 95355.1, {
    source: "impact-takeda-io-2011",
    year: 2011,
    note: "Derived from Japan's 2011 input-output tables in a 26-sector aggregation: value added of energy-intensive manufacturing (which holds glass, ceramics, chemicals and steel) 24,984 bn yen / its output 95,355 bn yen = 0.2620. Optical lenses sit in the other aggregate (0.3068); glass is two thirds of the sector's output.",
  }),

  // ---- The applications of the elements whose demand JSNM publishes
  elementUse("NDPR", "MAGNETS", 2020, 1, {
    source: "jp-jm-jsnm-2020",
    grade: "D",
    note: "Derived: 1. JSNM reports didymium and neodymium as the materials of neodymium magnets ('ネオジム磁石に使うネオジムとジジム'); all of it is assigned to magnets, as Japan's magnet share of 2023-2024 already assumes (a small overstatement: NdPr also colours glass and ceramics).",
  }),
  elementUse("Ce", "POLISHING", 2022, 0.5, { source: "jp-jmd-jsnm-2022", grade: "D", note: CE_USES }),
  elementUse("Ce", "AUTO_CATALYSTS", 2022, 0.5, { source: "jp-jmd-jsnm-2022", grade: "D", note: CE_USES }),
  elementUse("Y", "PHOSPHORS", 2017, 0.5, { source: "jp-adamas-2017-demand", grade: "D", note: Y_USES }),
  elementUse("Y", "CERAMICS", 2017, 0.5, { source: "jp-adamas-2017-demand", grade: "D", note: Y_USES }),
  elementUse("La", "GLASS", 2012, 1, {
    source: "impact-jm-jsnm-2012-uses",
    grade: "D",
    note: "Derived: 1. JSNM names optical glass as lanthanum's use ('lanthanum added to optical glass and the like', 2012); FCC catalysts and battery alloys also take lanthanum (m-ac.jp use table) in proportions no source gives, so all of it is assigned to glass (an assumption).",
  }),
  elementUse("Eu", "PHOSPHORS", 2020, 1, {
    source: "demand-reuters-2010-12-factbox",
    grade: "D",
    note: "Derived: 1. Phosphors are europium's only named use (Reuters factbox, December 2010: phosphors rely on europium and terbium; m-ac.jp use table: red and blue phosphors).",
  }),

  // ---- United States, 2023: BEA gross output of the matching detailed industries
  usOutput(
    "MOTOR_VEHICLES",
    [
      ["automobiles (336111)", 38025],
      ["light trucks and utility vehicles (336112)", 353946],
      ["heavy trucks (336120)", 32781],
    ],
    "Parts (3363) are inputs to these and are not added, as for Japan.",
  ),
  usOutput(
    "MOTORS_APPLIANCES",
    [
      ["motors and generators (335312)", 15162],
      ["major household appliances (335220)", 24529],
      ["small electrical appliances (335210)", 3734],
    ],
    "",
  ),
  usOutput(
    "ELECTRONICS",
    [
      ["computer storage devices (334112)", 6301],
      ["audio and video equipment (334300)", 5629],
      ["other electronic components, incl. capacitors, resistors and coils (33441A)", 37499],
    ],
    "Semiconductors (334413) and printed circuit assemblies (334418) are left out, as Japan's sector counts no devices.",
  ),
  usOutput(
    "GLASS_OPTICS",
    [
      ["glass and glass products (327200)", 30256],
      ["optical instruments and lenses (333314)", 7102],
    ],
    "",
  ),
  usOutput(
    "LIGHTING",
    [
      ["electric lamp bulbs and parts (335110)", 1002],
      ["lighting fixtures (335120)", 14122],
    ],
    "",
  ),
  // No US detailed industry holds industrial robots alone (they sit in 333249, other industrial
  // machinery), so the US has no ROBOTS sector.
  usVaRatio("MOTOR_VEHICLES", "motor vehicles, bodies and trailers, and parts (3361MV)", 176408, 776767),
  usVaRatio("MOTORS_APPLIANCES", "electrical equipment, appliances and components (335)", 76111, 168387),
  usVaRatio("ELECTRONICS", "computer and electronic products (334)", 308095, 413331),
  usVaRatio("GLASS_OPTICS", "nonmetallic mineral products (327, which holds glass)", 76728, 161575),
  usVaRatio("LIGHTING", "electrical equipment, appliances and components (335)", 76111, 168387),
];
