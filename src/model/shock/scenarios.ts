/**
 * The preset scenarios of SPEC section 7 as data: id, names in English and Japanese, narrative,
 * the elements the measure covers, and parameters with their sources (or "judgement") and ranges.
 * A preset's parameters override `DEFAULTS`; a user's `options` override both.
 */
import type { NumericParameter, ParameterValue } from "./parameters";

type ParameterTable = Partial<Record<NumericParameter | "restrictor" | "path", ParameterValue>>;

/**
 * Defaults for every scenario. Judgements say so in the note; ranges are for REE.SIMULATE.
 * `alt_capacity_t` is resolved per importer and material at run time (see `shock.ts`).
 */
export const DEFAULTS: Readonly<Record<NumericParameter | "restrictor" | "path", ParameterValue>> = {
  restrictor: { value: "CN", source: null, note: "Judgement: China, the restrictor in every preset." },
  severity: {
    value: 0,
    source: null,
    note: "No restriction unless the scenario sets one (no range: the baseline is certain).",
  },
  months: { value: 12, source: null, note: "Judgement: one year.", min: 1, max: 24 },
  start_month: { value: 1, source: null, note: "The restriction starts in the first simulated month." },
  licence_lag: { value: 0, source: null, note: "No licensing: the restriction applies at full severity throughout." },
  approval_rate: { value: 0, source: null, note: "No licences are granted unless the scenario says so." },
  horizon: { value: 24, source: null, note: "SPEC default: 24 months." },
  stockpile_days: {
    value: 60,
    source: "jp-iea-stockpiling-policy",
    note: "Japan's target, 42 days national + 18 private (since 1986). Actual national stocks averaged 19.5 days in 2009 (Nikkei, C); the 2020 strategy allows up to 180 days for high-risk minerals.",
    min: 19.5,
    max: 180,
  },
  release_lag: {
    value: 2,
    source: null,
    note: "Judgement: release needs a METI request and a tender; no lag is published (1-3 months).",
    min: 1,
    max: 3,
  },
  max_release_share: {
    value: 0.5,
    source: null,
    note: "Judgement: the national stockpile can replace at most half of monthly demand (release by tender; stock held in many forms).",
    min: 0.25,
    max: 1,
  },
  alt_capacity_t: {
    value: 2720,
    source: "pipeline-fnn-2026-03-lynas-jare",
    note: "Derived: Lynas Malaysia spare NdPr capacity allocatable to Japan = (10,500 capacity - 6,558 t FY2025 output) x 0.69 (up to 7,200 of 10,500 t allocated to Japanese customers) = 2,720 t/yr. Applies to Japan and NdPr-bearing materials; 0 elsewhere (no spare non-China capacity is sourced), range 0-10% of demand.",
    min: 0,
    max: 4000,
  },
  alt_lag: {
    value: 3,
    source: null,
    note: "Judgement: contracting and shipping from spare capacity (1-6 months).",
    min: 1,
    max: 6,
  },
  alt_ramp: {
    value: 6,
    source: null,
    note: "Judgement: months to reach full alternative volume (3-12).",
    min: 3,
    max: 12,
  },
  recycling_share: {
    value: 0.01,
    source: "eu-crm-2023-results",
    note: "End-of-life recycling input of rare earths is about 1% (EU 2023); extra recycling up to that share of demand once running (judgement, 0-3%).",
    min: 0,
    max: 0.03,
  },
  recycling_lag: {
    value: 6,
    source: null,
    note: "Judgement: months to collect and process more scrap (3-12).",
    min: 3,
    max: 12,
  },
  elasticity: {
    value: -0.33,
    source: "usgs-ds140",
    note: "Derived: ln(0.70) / ln(58,100 / 20,000): Japan's market fell 30% in 2011 (Reuters) as the US basket unit value rose 2.9x (DS140). Range -0.5 to -0.1 (judgement bracketing the derived values).",
    min: -0.5,
    max: -0.1,
  },
  price_cap: {
    value: 26,
    source: "price-adamas-mining-com-2025",
    note: "The largest observed multiple: Dy oxide rose 26x from January 2009 to August 2011 (Adamas). Range 6.2x (the US basket, DS140) to 26x.",
    min: 6.2,
    max: 26,
  },
  output_value_per_t: {
    value: 0,
    source: "impact-nies-3eid-2015",
    note: "Resolved per importer and material from the loss model by sector (docs/METHODS.md, 'Economic loss by sector'; REE.IMPACT), with its range; none where the importer has no sector data.",
  },
  path: {
    value: "ON_TRACK",
    source: null,
    note: "Diversification overlay for the year's dependency (SPEC section 6).",
  },
  delay_years: {
    value: 2,
    source: null,
    note: "Judgement: path=DELAYED moves project starts by two years.",
    min: 0,
    max: 5,
  },
};

export interface Scenario {
  readonly id: string;
  readonly name: string;
  readonly nameJa: string;
  /** Elements (and MAGNET) the measure covers; null = every rare earth. */
  readonly covers: readonly string[] | null;
  readonly parameters: ParameterTable;
}

const APRIL_2025 = ["Sm", "Gd", "Tb", "Dy", "Lu", "Sc", "Y", "MAGNET"];
const OCTOBER_2025 = ["Ho", "Er", "Tm", "Eu", "Yb"];

export const SCENARIOS: readonly Scenario[] = [
  {
    id: "baseline",
    name: "Baseline: no restriction",
    nameJa: "ベースライン（制限なし）",
    covers: null,
    parameters: {},
  },
  {
    id: "senkaku-2010",
    name: "Senkaku 2010: halt of customs clearance to Japan",
    nameJa: "2010年尖閣：対日通関停止",
    covers: null,
    parameters: {
      severity: {
        value: 0.62,
        source: "jp-smm-reuters-2010-11",
        note: "Derived: 1 - 634 / 1,667: November's imports from China against the 2010 monthly average of about 20,000 t / 12. Range 0.24 (October, 1 - 1,278/1,667) to 1.",
        min: 0.24,
        max: 1,
      },
      months: {
        value: 2,
        source: "jp-smm-reuters-2010-11",
        note: "Late September to late November 2010: about two months.",
        min: 2,
        max: 3,
      },
      stockpile_days: {
        value: 90,
        source: "jp-iea-stockpiling-policy",
        note: "Private inventories were 'typically about three months' (Japan Times, 2011) and officials expected stocks to last to March-April 2011; judgement: 90 days.",
        min: 60,
        max: 150,
      },
    },
  },
  {
    id: "licensing-2025",
    name: "Licensing 2025: China's April 2025 export licences",
    nameJa: "2025年輸出許可制（4月措置）",
    covers: APRIL_2025,
    parameters: {
      severity: {
        value: 0.74,
        source: "cn-wsj-2025-06-magnets",
        note: "China's magnet exports fell 74% year on year in May 2025 (1,238 t).",
        min: 0.6,
        max: 1,
      },
      months: {
        value: 12,
        source: "usgs-mcs-2026",
        note: "The April 2025 controls remained in force at end-2025 (MCS 2026).",
        min: 6,
        max: 24,
      },
      licence_lag: {
        value: 2,
        source: "price-adamas-mining-com-2025",
        note: "Licences took 'upwards of 45 business days', about two months (Adamas).",
        min: 2,
        max: 4,
      },
      approval_rate: {
        value: 0.9,
        source: "cn-reuters-2025-08-magnets",
        note: "Judgement from July 2025: magnet exports 5,577 t, +5.7% on July 2024 (Reuters), i.e. most flow licensed; range 0.5-1.",
        min: 0.5,
        max: 1,
      },
    },
  },
  {
    id: "controls-oct-2025",
    name: "October 2025 controls re-imposed",
    nameJa: "2025年10月措置の再発動",
    covers: OCTOBER_2025,
    parameters: {
      severity: {
        value: 0.74,
        source: "cn-wsj-2025-06-magnets",
        note: "Judgement: the first licensing months of April 2025 (-74% magnet exports) repeated.",
        min: 0.5,
        max: 1,
      },
      months: { value: 12, source: null, note: "Judgement: one year.", min: 6, max: 24 },
      licence_lag: {
        value: 2,
        source: "price-adamas-mining-com-2025",
        note: "As in April 2025: about 45 working days.",
        min: 2,
        max: 4,
      },
      approval_rate: {
        value: 0.75,
        source: null,
        note: "Judgement: wider controls, lower approval than April 2025.",
        min: 0.4,
        max: 1,
      },
    },
  },
  {
    id: "dual-use-jp-2026",
    name: "Dual-use ban on Japan, January 2026",
    nameJa: "2026年1月 対日デュアルユース輸出禁止",
    covers: APRIL_2025,
    parameters: {
      severity: {
        value: 0.67,
        source: "shock-asahi-2026-02",
        note: "Japanese firms received about one third of previous volumes (Asahi, February 2026, C): 1 - 1/3.",
        min: 0.5,
        max: 0.75,
      },
      months: { value: 12, source: null, note: "Judgement: one year.", min: 6, max: 24 },
      licence_lag: { value: 2, source: "price-adamas-mining-com-2025", note: "As in April 2025.", min: 1, max: 4 },
      approval_rate: {
        value: 0.5,
        source: "shock-nikkei-2026-dualuse",
        note: "About half of Japan-bound applications for Dy-bearing items approved (Nikkei, C).",
        min: 0.3,
        max: 0.7,
      },
    },
  },
  {
    id: "embargo-jp",
    name: "Full embargo on Japan for a year",
    nameJa: "対日全面禁輸（1年）",
    covers: null,
    parameters: {
      severity: { value: 1, source: null, note: "A full halt (scenario definition).", min: 0.9, max: 1 },
      months: {
        value: 12,
        source: "shock-mizuho-2026-01",
        note: "One year, as in Mizuho's and Nomura's estimates.",
        min: 6,
        max: 24,
      },
    },
  },
  {
    id: "taiwan-blockade",
    name: "Blockade around Taiwan",
    nameJa: "台湾周辺の封鎖",
    covers: null,
    parameters: {
      severity: { value: 1, source: null, note: "Judgement: China's exports to Japan stop.", min: 0.8, max: 1 },
      months: { value: 6, source: null, note: "Judgement: six months.", min: 2, max: 18 },
      alt_lag: {
        value: 6,
        source: null,
        note: "Judgement: rerouting around the region delays alternative supply (3-12 months).",
        min: 3,
        max: 12,
      },
      alt_ramp: {
        value: 9,
        source: null,
        note: "Judgement: congested routes slow the ramp (6-18 months).",
        min: 6,
        max: 18,
      },
      release_lag: {
        value: 1,
        source: null,
        note: "Judgement: an acute crisis speeds release of the national stockpile.",
        min: 0,
        max: 2,
      },
    },
  },
];

/**
 * The preset with this id, case-insensitive.
 *
 * @example findScenario("LICENSING-2025")?.nameJa; // => "2025年輸出許可制（4月措置）"
 */
export function findScenario(id: string): Scenario | undefined {
  const wanted = id.trim().toLowerCase();
  return SCENARIOS.find((scenario) => scenario.id === wanted);
}
