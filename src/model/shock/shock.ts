/**
 * A shock question answered end to end: the scenario (a preset id or a severity) and the user's
 * overrides become a parameter set with the provenance of every value; the importer's demand,
 * dependency on the restrictor (in the year asked, on the diversification path for future years)
 * and base price come from the data; the engine runs; metrics are read off the path.
 */
import { InvalidInputError, NoDataError } from "../errors";
import { latestYearAtOrBefore, recordsOf } from "../data/select";
import { elementDemand, type ElementDemand } from "../demand/element-demand";
import { worldSupply, type WorldSupply } from "../demand/world-supply";
import { lossBasis, type LossBasis } from "../impact/sector-loss";
import { dependency, type DependencyResult } from "../dependency/dependency";
import { inheritanceChain, MAGNET_COMPOSITION } from "../dependency/materials";
import { elementsOf, findMaterial } from "../vocabulary/elements";
import { simulate, type MonthRow, type ShockInputs } from "./engine";
import { METRICS, metric, type MetricId } from "./metrics";
import { NUMERIC_PARAMETERS, type NumericParameter, type ParameterSet, type ParameterValue } from "./parameters";
import { DEFAULTS, findScenario, SCENARIOS, type Scenario } from "./scenarios";

/** Japan's stockpile is 42 days national + 18 private (JOGMEC system, IEA policy database). */
const JAPAN_PRIVATE_SHARE = 18 / 60;

export type Overrides = Partial<Record<NumericParameter | "restrictor" | "path", number | string>>;

export interface ShockQuestion {
  readonly importer: string;
  readonly material: string;
  /** A severity 0-1, or a preset id. */
  readonly shock: number | string;
  /** Duration in months; null for the scenario's. */
  readonly months: number | null;
  readonly overrides: Overrides;
  /** Null for the latest year with data. */
  readonly year: number | null;
}

export interface ResolvedParameter extends ParameterValue {
  readonly id: string;
  /** "preset", "default", "argument" or "options": where the value came from. */
  readonly origin: string;
}

export interface ShockRun {
  readonly scenario: Scenario | null;
  readonly parameters: ParameterSet;
  readonly provenance: readonly ResolvedParameter[];
  readonly inputs: ShockInputs;
  readonly basePrice: number;
  readonly year: number;
  readonly rows: readonly MonthRow[];
  readonly notes: readonly string[];
  /** The loss model by sector (REE.IMPACT); null where the importer or material has no sector data. */
  readonly loss: LossBasis | null;
  /** Why OUTPUT_LOSS_USD has no value, or null when it has one (sector data, or output_value_per_t in options). */
  readonly noOutputValue: string | null;
}

/** The scenario of a `shock` argument: a preset, or a plain severity on top of the defaults. */
export function scenarioOf(shock: number | string): Scenario | null {
  if (typeof shock === "number") return null;
  const scenario = findScenario(shock);
  if (!scenario) {
    throw new InvalidInputError(
      `Unknown scenario "${shock}": use a severity between 0 and 1 or one of ${SCENARIOS.map((s) => s.id).join(", ")}`,
    );
  }
  return scenario;
}

/** Default parameters of a scenario with their provenance, before the importer and material are known. */
export function scenarioParameters(scenario: Scenario | null): ResolvedParameter[] {
  return (Object.keys(DEFAULTS) as Array<keyof typeof DEFAULTS>).map((id) => {
    const preset = scenario?.parameters[id];
    return preset ? { id, ...preset, origin: "preset" } : { id, ...DEFAULTS[id], origin: "default" };
  });
}

/** Share of the material the measure covers: 1 for every rare earth, else the covered share of its elements. */
function coverage(scenario: Scenario | null, material: string): number {
  if (!scenario || scenario.covers === null) return 1;
  if (scenario.covers.indexOf(material) >= 0) return 1;
  const resolved = findMaterial(material);
  if (!resolved || resolved.kind === "element") return 0;
  const members = elementsOf(resolved);
  return members.filter((e) => (scenario.covers as readonly string[]).indexOf(e.symbol) >= 0).length / members.length;
}

function basePrice(material: string, year: number): { value: number; note: string } {
  const parts =
    material === "MAGNET"
      ? MAGNET_COMPOSITION.map((p) => ({ material: p.material as string, weight: p.weight }))
      : [{ material, weight: 1 }];
  let total = 0;
  let weight = 0;
  const used: string[] = [];
  for (const part of parts) {
    for (const code of inheritanceChain(part.material)) {
      const records = recordsOf("PRICE", (r) => r.element === code && r.country === "CN");
      const at =
        latestYearAtOrBefore(records, year) ?? (records.length ? Math.max(...records.map((r) => r.year)) : undefined);
      const record = records.find((r) => r.year === at);
      if (record) {
        total += part.weight * record.value;
        weight += part.weight;
        used.push(`${code} ${record.value} USD/kg (${record.year})`);
        break;
      }
    }
  }
  if (weight > 0) return { value: total / weight, note: `base price ${used.join(", ")}` };
  // No element price: the USGS unit value of US consumption as a basket proxy.
  const basket = recordsOf("PRICE", (r) => r.element === "REE" && r.country === "US");
  const latest = basket.reduce((a, b) => (b.year > a.year ? b : a));
  return {
    value: latest.value,
    note: `base price: US basket unit value ${latest.value} USD/kg (${latest.year}), no oxide price for ${material}`,
  };
}

/**
 * The parameter set of a question, with the provenance of every value: preset or default, then
 * the values that depend on the importer and material (Japan's stockpile; Lynas's spare NdPr
 * capacity), then the shock and months arguments, then the user's options.
 */
export function resolveParameters(question: Omit<ShockQuestion, "year"> & { readonly year?: number | null }): {
  scenario: Scenario | null;
  parameters: ParameterSet;
  provenance: ResolvedParameter[];
  loss: LossBasis | null;
  noOutputValue: string | null;
} {
  const scenario = scenarioOf(question.shock);
  const provenance = scenarioParameters(scenario);
  const set = (id: string, value: number | string, origin: string, note: string) => {
    const index = provenance.findIndex((p) => p.id === id);
    // A value set here is fixed (no range of its own) and is a judgement or the user's.
    provenance[index] = { id, value, origin, source: null, note };
  };
  const ndprBearing = ["NDPR", "Nd", "Pr", "LREE", "REE", "MAGNET"].indexOf(question.material) >= 0;
  if (question.importer !== "JP" && provenance.find((p) => p.id === "stockpile_days")?.origin === "default") {
    set("stockpile_days", 0, "default", `No stockpile is sourced for ${question.importer}: 0 days (judgement).`);
  }
  if (question.importer !== "JP" || !ndprBearing) {
    set(
      "alt_capacity_t",
      0,
      "default",
      `No spare non-China capacity for ${question.material} is sourced for ${question.importer}: 0 t/yr (judgement).`,
    );
  }
  // The output at risk per tonne comes from the loss model by sector (docs/METHODS.md, "Economic
  // loss by sector"), with its range for REE.SIMULATE; without sector data it has no value.
  let loss: LossBasis | null = null;
  let noOutputValue: string | null = null;
  try {
    loss = lossBasis(question.importer, question.material, question.year ?? null);
  } catch (error) {
    if (!(error instanceof NoDataError)) throw error;
    noOutputValue = error.message;
  }
  const lossIndex = provenance.findIndex((p) => p.id === "output_value_per_t");
  provenance[lossIndex] = loss
    ? {
        id: "output_value_per_t",
        value: loss.perTonne.value,
        origin: "default",
        source: "impact-nies-3eid-2015",
        min: loss.perTonne.min,
        max: loss.perTonne.max,
        note: `From the loss model by sector (REE.IMPACT): ${loss.steps[loss.steps.length - 1]}; sectors ${loss.sectors.map((x) => x.sector.id).join(", ")}. The range runs from only the rare-earth-bearing components stopping to the whole product.`,
      }
    : {
        id: "output_value_per_t",
        value: 0,
        origin: "default",
        source: null,
        note: `Not available: ${noOutputValue} OUTPUT_LOSS_USD is #N/A unless output_value_per_t is set in options.`,
      };
  if (typeof question.shock === "number")
    set("severity", question.shock, "argument", "Severity given in the shock argument.");
  if (question.months !== null) set("months", question.months, "argument", "Duration given in the months argument.");
  for (const [key, value] of Object.entries(question.overrides)) {
    if (value !== undefined) set(key, value, "options", "Set in options.");
  }
  const values: Record<string, number | string> = {};
  for (const p of provenance) values[p.id] = p.value;
  for (const id of NUMERIC_PARAMETERS) {
    if (typeof values[id] !== "number" || !Number.isFinite(values[id] as number))
      throw new Error(`parameter ${id} is not a number`);
  }
  const parameters = values as unknown as ParameterSet;
  if (provenance[lossIndex].origin === "options") noOutputValue = null;
  if (parameters.start_month > parameters.horizon) {
    throw new InvalidInputError(
      `start_month (${parameters.start_month}) is after the horizon (${parameters.horizon} months)`,
    );
  }
  return { scenario, parameters, provenance, loss, noOutputValue };
}

/**
 * The market a shock acts on: the importer's demand for the material (the rare-earth materials its
 * industry consumes, plus the material inside finished magnets it imports from China), the share
 * of it that comes from the restrictor, and the world supply that bounds it.
 */
export interface ShockMarket {
  readonly demand: ElementDemand;
  /** Dependency of the materials part on the restrictor; null when there is no materials part. */
  readonly dep: DependencyResult | null;
  /** Share of the whole demand that comes from the restrictor: materials × dep + magnets × (restrictor is CN). */
  readonly dependency: number;
  readonly year: number;
  readonly supply: WorldSupply;
  readonly price: { value: number; note: string };
}

/**
 * The data a run needs (demand, dependency, base price) depend only on the importer, material,
 * year and path, not on the scenario's numbers, and the bundled data never change while the
 * add-in runs: they are computed once per combination (a sheet of thousands of REE.SHOCK cells
 * asks for the same few).
 */
const marketCache = new Map<string, ShockMarket>();

/**
 * The market of a question: demand by element (docs/METHODS.md, "Element demand"), the
 * dependency of its materials part (REE.DEPENDENCY's direct basis, on the path for later years)
 * and of its magnets part (1 when China is the restrictor: the magnets counted are China's
 * exports; 0 otherwise), blended by tonnage.
 *
 * @example shockMarket({ importer: "US", material: "Dy", year: null }, { restrictor: "CN", path: "ON_TRACK", delay_years: 2 }).demand.total; // => 177.99 (5,933 t of magnets x 3 wt%)
 */
export function shockMarket(
  question: Pick<ShockQuestion, "importer" | "material" | "year">,
  parameters: Pick<ParameterSet, "restrictor" | "path" | "delay_years">,
): ShockMarket {
  const key = [
    question.importer,
    question.material,
    question.year,
    parameters.restrictor,
    parameters.path,
    parameters.delay_years,
  ].join("|");
  const hit = marketCache.get(key);
  if (hit) return hit;
  const demand = elementDemand(question.importer, question.material, question.year ?? 2100);
  const dep =
    demand.materials > 0
      ? dependency({
          importer: question.importer,
          material: question.material,
          supplier: parameters.restrictor,
          year: question.year,
          basis: "DIRECT",
          path: { path: parameters.path, delayYears: parameters.delay_years },
        })
      : null;
  const fromMagnets = parameters.restrictor === "CN" ? 1 : 0;
  const blended = (demand.materials * (dep?.value ?? 0) + demand.inMagnets * fromMagnets) / demand.total;
  const year = dep?.year ?? question.year ?? demand.year;
  const value: ShockMarket = {
    demand,
    dep,
    dependency: blended,
    year,
    supply: worldSupply(question.material, year),
    price: basePrice(question.material, year),
  };
  if (marketCache.size > 500) marketCache.clear();
  marketCache.set(key, value);
  return value;
}

export function runShock(question: ShockQuestion): ShockRun {
  const { scenario, parameters, provenance, loss, noOutputValue } = resolveParameters(question);
  const notes: string[] = [];
  const { demand, dep, dependency: share, year, price } = shockMarket(question, parameters);
  const covered = coverage(scenario, question.material);
  if (scenario && covered < 1) {
    notes.push(
      covered === 0
        ? `${scenario.id} does not cover ${question.material}: nothing is blocked`
        : `${scenario.id} covers ${Math.round(covered * 100)}% of ${question.material}'s elements`,
    );
  }
  const inputs: ShockInputs = {
    demand: demand.total / 12,
    dependency: share,
    covered,
    privateShare: question.importer === "JP" ? JAPAN_PRIVATE_SHARE : 0,
  };
  const r4 = (value: number) => Math.round(value * 10000) / 10000;
  notes.push(
    `demand ${Math.round(demand.total)} t/yr of ${demand.material} (${demand.year}): materials ${Math.round(demand.materials)} t + in magnets imported from China ${Math.round(demand.inMagnets)} t${demand.complete ? "" : ", a lower estimate"}`,
    dep
      ? `dependency on ${parameters.restrictor} ${r4(share)} (materials ${r4(dep.value)} in ${dep.year}, path ${parameters.path}; magnets ${parameters.restrictor === "CN" ? 1 : 0})`
      : `dependency on ${parameters.restrictor} ${r4(share)} (all of it in magnets imported from China)`,
    price.note,
  );
  const rows = simulate(parameters, inputs);
  return { scenario, parameters, provenance, inputs, basePrice: price.value, year, rows, notes, loss, noOutputValue };
}

/** One metric of a run. */
export function shockMetric(run: ShockRun, id: MetricId): number {
  return metric(id, run.rows, {
    basePrice: run.basePrice,
    outputValuePerT: run.noOutputValue === null ? run.parameters.output_value_per_t : null,
    noOutputValue: run.noOutputValue ?? undefined,
    startMonth: run.parameters.start_month,
  });
}

export interface MetricResult {
  readonly id: MetricId;
  readonly unit: string;
  /** The value, or null when the run has none (e.g. no stock-out), with the reason. */
  readonly value: number | null;
  readonly reason: string | null;
}

/**
 * Every metric of a run, in `METRICS` order; a metric without a value says why instead of throwing.
 *
 * @example shockMetrics(runShock({ importer: "JP", material: "Dy", shock: "baseline", months: null, overrides: {}, year: null }))[0].id; // => "SHORTFALL_PCT"
 */
export function shockMetrics(run: ShockRun): MetricResult[] {
  return METRICS.map((m) => {
    try {
      return { id: m.id, unit: m.unit, value: shockMetric(run, m.id), reason: null };
    } catch (error) {
      if (!(error instanceof NoDataError)) throw error;
      return { id: m.id, unit: m.unit, value: null, reason: error.message };
    }
  });
}

/**
 * The inputs of a shock explained step by step (REE.SOURCE("SHOCK", …)): how the importer's demand
 * for the material is derived, how much of it comes from the restrictor, and the world supply that
 * bounds it. Sources are named by id ("Source: id"), which the caller cites.
 *
 * @example explainShockInputs("US", "Dy", null).title; // => "REE.SHOCK(US, Dy) demand = 178 t/yr (2025)"
 */
export function explainShockInputs(
  importer: string,
  material: string,
  year: number | null,
  restrictor = "CN",
): { title: string; steps: string[]; market: ShockMarket } {
  const market = shockMarket(
    { importer, material, year },
    { restrictor, path: "ON_TRACK", delay_years: DEFAULTS.delay_years.value as number },
  );
  const { demand, dep, supply } = market;
  const r4 = (value: number) => String(Math.round(value * 10000) / 10000);
  const tonnes = (value: number) => `${Math.round(value).toLocaleString("en-US")} t`;
  const cited = [...new Set(demand.records.map((r) => r.source))].map((id) => `Source: ${id}`).join("; ");
  const steps = [
    ...demand.steps,
    `demand = materials ${tonnes(demand.materials)} + in imported magnets ${tonnes(demand.inMagnets)} = ${tonnes(demand.total)}/yr, grade ${demand.grade}${
      demand.complete
        ? ""
        : demand.materials > 0
          ? " (a lower estimate: the uses named above are not counted)"
          : ` (a lower estimate: no ${demand.material} in ${importer}'s own materials has a basis)`
    }`,
    dep
      ? `from ${restrictor}: materials ${tonnes(demand.materials)} x ${r4(dep.value)} (REE.DEPENDENCY ${dep.year}) + magnets ${tonnes(demand.inMagnets)} x ${restrictor === "CN" ? 1 : 0} = ${r4(market.dependency)} of demand`
      : `from ${restrictor}: only magnets imported from China are counted, so ${r4(market.dependency)} of demand`,
    `${supply.text}: demand is ${r4(demand.total / supply.value)} of it`,
    cited,
  ];
  return {
    title: `REE.SHOCK(${importer}, ${demand.material}) demand = ${Math.round(demand.total)} t/yr (${demand.year})`,
    steps,
    market,
  };
}
