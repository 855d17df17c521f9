/**
 * The example workbooks, as data: sheets of values and formulas (text starting with "="). The
 * generator (build.ts) writes them as .xlsx with each formula's current value cached, and the
 * workbook tests evaluate every formula again in a spreadsheet engine.
 */
import { ELEMENTS, GROUPS } from "../src/model/vocabulary/elements";
import { SCENARIOS } from "../src/model/shock/scenarios";

export type Cell = string | number | null;

export interface SheetSpec {
  readonly name: string;
  readonly rows: Cell[][];
  /** Column widths in characters. */
  readonly widths?: number[];
}

export interface WorkbookSpec {
  readonly file: string;
  readonly title: string;
  readonly sheets: SheetSpec[];
}

function readMe(title: string, lines: string[]): SheetSpec {
  return {
    name: "Read me",
    widths: [110],
    rows: [
      [title],
      [],
      ...lines.map((line) => [line]),
      [],
      [
        "The REE.* formulas need the REE Supply Risk add-in (Excel on Windows, Mac or the web). Without it Excel shows the values saved in this file until it recalculates, then #NAME?.",
      ],
      [
        "If cells show #NAME? with the add-in loaded, open the add-in's pane and choose Repair formulas, or re-enter a formula (F2, Enter).",
      ],
      ["Model version: =REE.VERSION() below."],
      ["=REE.VERSION()"],
    ],
  };
}

const materials: string[] = [...GROUPS.map((g) => g.code), ...ELEMENTS.map((e) => e.symbol)];
const names = new Map<string, string>([
  ...GROUPS.map((g) => [g.code, g.name] as [string, string]),
  ...ELEMENTS.map((e) => [e.symbol, e.name] as [string, string]),
]);

const dependencyRows: Cell[][] = materials.map((code, i) => {
  const r = i + 2;
  return [
    code,
    names.get(code) ?? code,
    `=REE.DEPENDENCY("JP",A${r})`,
    `=REE.DEPENDENCY("JP",A${r},"CN",2030)`,
    `=REE.DEPENDENCY("JP",A${r},"CN",2030,,"path=DELAYED")`,
    `=REE.DEPENDENCY("JP",A${r},"CN",,"LOOKTHROUGH")`,
    `=D${r}-C${r}`,
  ];
});
const lastDependencyRow = materials.length + 1;
const rowOf = (code: string) => materials.indexOf(code) + 2;
const firstElementRow = rowOf(ELEMENTS[0].symbol);

const severities = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1];
const durations = [3, 6, 12, 24];
function gridSheet(name: string, element: string): SheetSpec {
  return {
    name,
    widths: [22, 12, 12, 12, 12],
    rows: [
      [`Share of Japan's ${name} demand left unmet over 24 months (rows: severity, columns: months of restriction)`],
      ["severity \\ months", ...durations],
      ...severities.map((severity, i) => [
        severity,
        ...durations.map((_, j) => `=REE.SHOCK(Inputs!$B$1,"${element}",$A${i + 3},${"BCDE"[j]}$2,Inputs!$B$2)`),
      ]),
      [],
      ["worst cell", "=MAX(B3:E12)"],
      ["full halt for 24 months", "=INDEX(B3:E12,10,4)"],
      ["mean over the grid", "=AVERAGE(B3:E12)"],
    ],
  };
}

export const WORKBOOKS: readonly WorkbookSpec[] = [
  {
    file: "japan-dependency.xlsx",
    title: "Japan's dependence on China, by rare earth, now and in 2030",
    sheets: [
      readMe("Japan's dependence on China, by rare earth, now and in 2030", [
        "Dashboard: for every rare earth, group and NdFeB magnets, China's share of Japan's supply now (latest data), in 2030 on the diversification path (ON_TRACK and DELAYED), and traced back to where the material was separated (LOOKTHROUGH).",
        'Elements without data of their own inherit their group\'s share; =REE.SOURCE("DEPENDENCY", element, "JP") explains any number.',
        "Summary: the headline figures, referenced from the dashboard.",
      ]),
      {
        name: "Dashboard",
        widths: [10, 34, 16, 16, 16, 16, 16],
        rows: [
          ["code", "name", "China share now", "2030 on track", "2030 delayed", "look-through now", "change to 2030"],
          ...dependencyRows,
          [],
          [
            "mean",
            "",
            `=AVERAGE(C2:C${lastDependencyRow})`,
            `=AVERAGE(D2:D${lastDependencyRow})`,
            `=AVERAGE(E2:E${lastDependencyRow})`,
            `=AVERAGE(F2:F${lastDependencyRow})`,
          ],
          ["US supply share of magnets", "", `=IFERROR(REE.DEPENDENCY("JP","MAGNET","US"),"no data")`],
        ],
      },
      {
        name: "Summary",
        widths: [60, 16],
        rows: [
          ["China's share of Japan's rare-earth imports, latest", `=Dashboard!C${rowOf("REE")}`],
          ["Dy: now, and 2030 on the diversification path", `=Dashboard!C${rowOf("Dy")}`, `=Dashboard!D${rowOf("Dy")}`],
          [
            "Elements at least 90% dependent now",
            `=COUNTIF(Dashboard!C${firstElementRow}:C${lastDependencyRow},">=0.9")`,
          ],
          ["Concentration of world mine output (HHI, latest)", '=REE.HHI("REE")'],
          ["Supply risk of Dy for Japan (EU 2017 method)", '=REE.SUPPLYRISK("Dy","JP")'],
          ["Where the Dy figure comes from", '=REE.SOURCE("DEPENDENCY","Dy","JP")'],
        ],
      },
    ],
  },
  {
    file: "shock-grid.xlsx",
    title: "Shock grid: severity × duration for Dy, Tb and NdPr",
    sheets: [
      readMe("Shock grid: severity × duration for Dy, Tb and NdPr", [
        "Each sheet is a grid of =REE.SHOCK(importer, element, severity, months, metric): the share of Japan's demand left unmet over 24 months if China cuts the given share of its supply to Japan for the given number of months, after stockpiles, alternative supply and recycling.",
        "Inputs: the importer and the metric every grid uses; change them to see another metric (REE.METRICS() lists them).",
      ]),
      {
        name: "Inputs",
        widths: [12, 18],
        rows: [
          ["importer", "JP"],
          ["metric", "SHORTFALL_PCT"],
        ],
      },
      gridSheet("Dy", "Dy"),
      gridSheet("Tb", "Tb"),
      gridSheet("NdPr", "NDPR"),
    ],
  },
  {
    file: "scenario-comparison.xlsx",
    title: "The preset scenarios compared, for Japan's magnet rare earths",
    sheets: [
      readMe("The preset scenarios compared, for Japan's magnet rare earths", [
        "Comparison: every preset of REE.SCENARIOS() applied to the rare earths of Japan's NdFeB magnets (NdPr, Dy, Tb): share and tonnes left unmet, price peak, first stock-out month, output lost, and the 95th percentile of the shortfall over 500 simulated draws of each scenario's ranges.",
        "Scenario names come from REE.SCENARIOS(); parameters and their sources from REE.PARAMS(scenario).",
      ]),
      {
        name: "Comparison",
        widths: [20, 44, 14, 14, 12, 14, 18, 16],
        rows: [
          [
            "scenario",
            "name",
            "shortfall",
            "shortfall (t)",
            "price peak",
            "stock-out month",
            "output lost (USD)",
            "shortfall P95",
          ],
          ...SCENARIOS.map((scenario, i) => {
            const r = i + 2;
            return [
              scenario.id,
              `=INDEX(REE.SCENARIOS(),${i + 2},2)`,
              `=REE.SHOCK("JP","MAGNET",A${r})`,
              `=REE.SHOCK("JP","MAGNET",A${r},,"SHORTFALL_T")`,
              `=REE.SHOCK("JP","MAGNET",A${r},,"PRICE_PEAK")`,
              `=IFNA(REE.SHOCK("JP","MAGNET",A${r},,"STOCKOUT_MONTH"),"none")`,
              `=REE.SHOCK("JP","MAGNET",A${r},,"OUTPUT_LOSS_USD")`,
              `=REE.SIMULATE("JP","MAGNET",A${r},"SHORTFALL_PCT","P95",500)`,
            ];
          }),
          [],
          ["total output lost, all presets", "", "", "", "", "", `=SUM(G2:G${SCENARIOS.length + 1})`],
        ],
      },
    ],
  },
];
