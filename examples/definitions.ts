/**
 * The example workbooks, as data: sheets of values and formulas (text starting with "="). The
 * generator (generate.ts, run by build.ts) writes them as .xlsx with each formula's current value
 * cached; a formula whose result spills is written as a dynamic-array formula with the value of
 * every cell it spills into, so its cells stay empty here. The workbook tests evaluate every formula
 * again in a spreadsheet engine.
 *
 * Spilling formulas take literal arguments: the engine the examples are evaluated with sizes a
 * spill from its arguments before evaluating it. Formulas that use a spill refer to its range
 * (A1:G21) where an analyst in Excel could also write the spill reference (A1#).
 */
import { ELEMENTS, GROUPS } from "../src/model/vocabulary/elements";
import { METRICS } from "../src/model/shock/metrics";
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
  /** The language of the labels; the first sheet is the read-me ("Read me" or "説明"). */
  readonly language: "en" | "ja";
  readonly sheets: SheetSpec[];
}

/** The name of the read-me sheet in each language. */
export const READ_ME = { en: "Read me", ja: "説明" } as const;

/** What every read-me sheet ends with: what the formulas need, and the model version. */
const READ_ME_FOOTER = {
  en: [
    "The REE.* formulas need the REE Supply Risk add-in (Excel on Windows, Mac or the web). When this file opens, Excel looks for the add-in among those your organisation deploys and those sideloaded on this computer, asks you to trust it, and opens its pane.",
    "Without the add-in Excel still shows the values saved in this file, spilled tables included: it does not recalculate them when the file opens. A formula is recalculated when you edit it or a cell it depends on, or force a full recalculation (Ctrl+Alt+F9); without the add-in it then shows #NAME?, and a spilled table shrinks to that one cell.",
    "If cells show #NAME? with the add-in loaded, open the add-in's pane and choose Repair formulas, or re-enter a formula (F2, Enter).",
    "Model version: =REE.VERSION() below.",
  ],
  ja: [
    "REE.* の数式にはアドイン「レアアース供給リスク」が必要です（Windows・Mac・Web 版の Excel）。このファイルを開くと、Excel は組織が展開しているアドインとこのコンピューターにサイドロードされたアドインの中からこのアドインを探し、信頼するかどうかを確認したうえで作業ウィンドウを開きます。",
    "アドインがない場合も、このファイルに保存された値（スピルした表を含む）は表示されます。ファイルを開いたときには再計算されません。数式やその参照先のセルを編集したとき、または完全な再計算（Ctrl+Alt+F9）を行ったときに再計算され、アドインがないとそのセルは #NAME? になり、スピルした表はそのセルだけになります。",
    "アドインを読み込んでいるのに #NAME? と表示される場合は、作業ウィンドウの［数式を修復］を使うか、数式を入力し直してください（F2、Enter）。",
    "モデルのバージョン（下のセル =REE.VERSION()）：",
  ],
} as const;

function readMe(title: string, lines: string[], language: "en" | "ja" = "en"): SheetSpec {
  return {
    name: READ_ME[language],
    widths: [110],
    rows: [
      [title],
      [],
      ...lines.map((line) => [line]),
      [],
      ...READ_ME_FOOTER[language].map((line) => [line]),
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

/** Materials by their Japanese names, as a Japanese analyst would type them. */
const materialsJa: Array<[string, string]> = [
  ...GROUPS.map((g) => [g.nameJa, g.code] as [string, string]),
  ...ELEMENTS.map((e) => [e.nameJa, e.symbol] as [string, string]),
];
const dependencyRowsJa: Cell[][] = materialsJa.map(([nameJa, code], i) => {
  const r = i + 2;
  return [
    nameJa,
    code,
    `=REE.DEPENDENCY("日本",A${r},"中国")`,
    `=REE.DEPENDENCY("日本",A${r},"中国",2030)`,
    `=REE.DEPENDENCY("日本",A${r},"中国",2030,,"path=DELAYED")`,
  ];
});
const lastDependencyRowJa = materialsJa.length + 1;

/** A row with `cells` placed from column `col` (zero-based) on. */
function rowAt(col: number, ...cells: Cell[]): Cell[] {
  return [...Array<Cell>(col).fill(null), ...cells];
}

/** Labels of the spilling sheets, by language. */
const SPILL_LABELS = {
  en: {
    scenarios: "Scenarios",
    path: "Dy path",
    params: "Parameters",
    monthsShort: "months with unmet demand",
    totalUnmet: "total unmet (t), equal to SHORTFALL_T",
    pricePeak: "peak price multiple",
    lowestStock: "lowest stock (t)",
    asOptions: "The table as options (the last argument of REE.SHOCK)",
    withTable: "Dy shortfall, embargo-jp, with the table at left as options",
    withoutOptions: "the same preset without options",
    whatIf: "What if Japan held 120 days of Dy and released it a month after the cut? Edit the values below.",
    withWhatIf: "Dy shortfall with these options",
  },
  ja: {
    scenarios: "シナリオ一覧",
    path: "推移",
    params: "パラメーター",
    monthsShort: "供給不足が生じた月数",
    totalUnmet: "不足量の合計 (t)（SHORTFALL_T と一致）",
    pricePeak: "価格倍率のピーク",
    lowestStock: "在庫の最小値 (t)",
    asOptions: "表をオプションとして渡す（REE.SHOCK の最後の引数）",
    withTable: "左の表をオプションに渡したジスプロシウムの不足率（embargo-jp）",
    withoutOptions: "オプションなしの同じプリセット",
    whatIf: "試算：ジスプロシウムの備蓄が 120 日分あり、禁輸の 1 か月後に放出した場合（下の値は変更できます）",
    withWhatIf: "このオプションでの不足率",
  },
} as const;

/**
 * The spilling sheets: the preset catalogue (REE.SCENARIOS), the monthly path of a shock with its
 * metrics (REE.PATH, REE.SHOCK(…,"ALL")) and formulas over them, and a scenario's parameters
 * (REE.PARAMS) passed back to REE.SHOCK as options, as is and edited.
 * `japan` and `dy` are the importer and element as the workbook's language writes them.
 */
function spillSheets(language: "en" | "ja", japan: string, dy: string): SheetSpec[] {
  const t = SPILL_LABELS[language];
  // REE.PATH spills 25 rows (header + 24 months) in A:J; unmet is column I, price J, stock H.
  const path = `"${japan}","${dy}","licensing-2025"`;
  // REE.PARAMS spills 21 rows (header + 20 parameters) in A:G.
  const shock = `"${japan}","${dy}","embargo-jp"`;
  return [
    { name: t.scenarios, widths: [18, 48, 90, 34, 70], rows: [["=REE.SCENARIOS()"]] },
    {
      name: t.path,
      widths: [8, 10, 12, 10, 12, 12, 12, 12, 10, 12, 2, 40, 16, 10],
      rows: [
        rowAt(0, `=REE.PATH(${path})`, ...Array<Cell>(10).fill(null), `=REE.SHOCK(${path},,"ALL")`),
        ...Array.from({ length: 9 }, () => []),
        rowAt(11, t.monthsShort, '=COUNTIF(I2:I25,">0")'),
        rowAt(11, t.totalUnmet, "=SUM(I2:I25)"),
        rowAt(11, t.pricePeak, "=MAX(J2:J25)"),
        rowAt(11, t.lowestStock, "=MIN(H2:H25)"),
      ],
    },
    {
      name: t.params,
      widths: [20, 10, 16, 8, 8, 40, 60, 2, 60, 14],
      rows: [
        rowAt(0, `=REE.PARAMS("embargo-jp","${japan}","${dy}")`, ...Array<Cell>(7).fill(null), t.asOptions),
        rowAt(8, t.withTable, `=REE.SHOCK(${shock},,,A1:G21)`),
        rowAt(8, t.withoutOptions, `=REE.SHOCK(${shock})`),
        [],
        rowAt(8, t.whatIf),
        rowAt(8, "key", "value"),
        rowAt(8, "stockpile_days", 120),
        rowAt(8, "release_lag", 1),
        rowAt(8, t.withWhatIf, `=REE.SHOCK(${shock},,,I6:J8)`),
      ],
    },
  ];
}

export const WORKBOOKS: readonly WorkbookSpec[] = [
  {
    file: "japan-dependency.xlsx",
    language: "en",
    title: "Japan's dependence on China, by rare earth, now and in 2030",
    sheets: [
      readMe("Japan's dependence on China, by rare earth, now and in 2030", [
        "Dashboard: for every rare earth, group and NdFeB magnets, China's share of Japan's supply now (latest data), in 2030 on the diversification path (ON_TRACK and DELAYED), and traced back to where the material was separated (LOOKTHROUGH: the midpoint of the bounds that count imports of unknown origin as none or all Chinese).",
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
    language: "en",
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
    language: "en",
    title: "The preset scenarios compared, for Japan's magnet rare earths",
    sheets: [
      readMe("The preset scenarios compared, for Japan's magnet rare earths", [
        "Comparison: every preset of REE.SCENARIOS() applied to the rare earths of Japan's NdFeB magnets (NdPr, Dy, Tb): share and tonnes left unmet, price peak, first stock-out month, output lost, and the 95th percentile of the shortfall over 500 simulated draws of each scenario's ranges.",
        "Scenario names come from REE.SCENARIOS(); parameters and their sources from REE.PARAMS(scenario).",
        "Scenarios: the preset catalogue, =REE.SCENARIOS() spilled with a header row (id, names and descriptions in English and Japanese).",
        'Dy path: =REE.PATH("JP","Dy","licensing-2025") spills the 24 months of the 2025 licensing regime for Japan\'s Dy (demand, blocked supply, alternatives, stock, unmet demand, price multiple); beside it REE.SHOCK(…,"ALL") spills every metric, and formulas below read the path (the unmet tonnes add up to SHORTFALL_T).',
        'Parameters: =REE.PARAMS("embargo-jp","JP","Dy") spills the scenario\'s parameters with units, ranges and sources. Passed back to REE.SHOCK as options the table gives the preset\'s own answer; a two-row copy with edited values answers a what-if.',
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
      ...spillSheets("en", "JP", "Dy"),
    ],
  },
  {
    file: "japan-dependency-ja.xlsx",
    language: "ja",
    title: "日本のレアアースの中国依存度とシナリオ（日本語版）",
    sheets: [
      readMe(
        "日本のレアアースの中国依存度とシナリオ（日本語版）",
        [
          "依存度：元素・グループ・ネオジム焼結磁石ごとに、日本の供給に占める中国の割合を、現在（最新データ）と、調達多角化の経路に沿った 2030 年（計画どおり・遅延）について示します。引数は日本語名（「日本」「中国」「ジスプロシウム」など）で指定しています。",
          'シナリオ：プリセットの各シナリオでネオジム焼結磁石の需要がどれだけ満たされないかを示します。シナリオ名は REE.SCENARIOS() の日本語名（name_ja 列）です。各数値の出典と計算は =REE.SOURCE("DEPENDENCY","ジスプロシウム","日本") のように確認できます。',
          "指標：REE.METRICS() の一覧から、ID、単位、日本語の説明（description_ja 列）を INDEX で取り出しています。",
          "シナリオ一覧：=REE.SCENARIOS() がプリセットの一覧を見出し行付きでスピルします（ID、英語と日本語の名称と説明）。",
          '推移：=REE.PATH("日本","ジスプロシウム","licensing-2025") が 2025 年の輸出許可制の下での日本のジスプロシウムの 24 か月分の推移（需要、途絶量、代替供給、在庫、供給不足、価格倍率など）をスピルします。隣の REE.SHOCK(…,"ALL") はすべての指標をスピルし、下の数式は推移の表を集計します（供給不足の合計は SHORTFALL_T と一致します）。',
          'パラメーター：=REE.PARAMS("embargo-jp","日本","ジスプロシウム") がシナリオのパラメーターを単位、範囲、出典付きでスピルします。この表をそのまま REE.SHOCK のオプションに渡すとプリセットと同じ答えになり、値を変えた 2 行の表を渡すと試算ができます。',
        ],
        "ja",
      ),
      {
        name: "依存度",
        widths: [24, 10, 16, 16, 16],
        rows: [
          ["名称", "記号", "中国の割合（現在）", "2030年（計画どおり）", "2030年（遅延）"],
          ...dependencyRowsJa,
          [],
          [
            "平均",
            "",
            `=AVERAGE(C2:C${lastDependencyRowJa})`,
            `=AVERAGE(D2:D${lastDependencyRowJa})`,
            `=AVERAGE(E2:E${lastDependencyRowJa})`,
          ],
          [
            "90% 以上を中国に依存する元素の数（現在）",
            "",
            `=COUNTIF(C${GROUPS.length + 2}:C${lastDependencyRowJa},">=0.9")`,
          ],
          ["ジスプロシウムの依存度の説明", "", '=REE.SOURCE("DEPENDENCY","ジスプロシウム","日本")'],
        ],
      },
      {
        name: "シナリオ",
        widths: [20, 40, 14, 14, 12, 14],
        rows: [
          ["シナリオ ID", "名称", "不足率", "不足量 (t)", "価格倍率のピーク", "在庫切れの月"],
          ...SCENARIOS.map((scenario, i) => {
            const r = i + 2;
            return [
              scenario.id,
              `=INDEX(REE.SCENARIOS(),${i + 2},4)`,
              `=REE.SHOCK("日本","ネオジム焼結磁石",A${r})`,
              `=REE.SHOCK("日本","ネオジム焼結磁石",A${r},,"SHORTFALL_T")`,
              `=REE.SHOCK("日本","ネオジム焼結磁石",A${r},,"PRICE_PEAK")`,
              `=IFNA(REE.SHOCK("日本","ネオジム焼結磁石",A${r},,"STOCKOUT_MONTH"),"なし")`,
            ];
          }),
        ],
      },
      {
        name: "指標",
        widths: [18, 10, 80],
        rows: [
          ["指標 ID", "単位", "説明"],
          // INDEX picks the Japanese columns of the catalogue (id, unit, description_ja).
          ...METRICS.map((_, i) => [
            `=INDEX(REE.METRICS(),${i + 2},1)`,
            `=INDEX(REE.METRICS(),${i + 2},2)`,
            `=INDEX(REE.METRICS(),${i + 2},4)`,
          ]),
        ],
      },
      ...spillSheets("ja", "日本", "ジスプロシウム"),
    ],
  },
];
