/**
 * npm run bench: the benchmark of SPEC section 10 (not a test: nothing here asserts a time).
 * Prints a table and writes docs/BENCHMARKS.md. Every ratio is measured within this one run.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import { FunctionArgumentType, FunctionPlugin, HyperFormula } from "hyperformula";
import { createStandaloneRuntime } from "../src/functions/runtime/standalone-runtime";

(globalThis as Record<string, unknown>).CustomFunctions = createStandaloneRuntime();

import { declaredFunctions } from "../src/functions";
import { shock } from "../src/functions/shock";
import { betaQuantile, betaQuantileTable } from "../src/model/random/beta-quantile";
import { pertShape, quantile } from "../src/model/random/distributions";
import { inverseRegularizedBeta } from "../src/model/random/incomplete-beta";
import { uniformSamples } from "../src/model/random/latin-hypercube";
import { createRandom } from "../src/model/random/xoshiro128";
import { metric } from "../src/model/shock/metrics";
import { PARAMETER_DEFINITIONS, type ParameterSet } from "../src/model/shock/parameters";
import { runShock, type ShockRun } from "../src/model/shock/shock";
import { runSimulation, uncertainParameters } from "../src/model/simulation/simulate";
import { simulate as engine } from "../src/model/shock/engine";
import { buildSheet, INPUTS, type SheetInputs } from "./spreadsheet-model";
import { median, medianMs, medianMsAsync, nowMs } from "./timing";

const ROOT = path.join(__dirname, "..", "..", "..");
const lines: string[] = [];
const log = (line = "") => {
  lines.push(line);
  console.log(line);
};
const fmt = (x: number, digits = 1) =>
  x.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

// 1. Median time per call of every function (SIMULATE with a new seed each call, so no cached result is reused).
const calls: Record<string, (i: number) => unknown[]> = {
  VERSION: () => [],
  ELEMENTS: () => ["HREE"],
  COUNTRIES: () => [],
  FIELDS: () => [],
  METRICS: () => [],
  SCENARIOS: () => [],
  DATA: () => ["PRICE", "Dy", "CN", 2024],
  SOURCE: () => ["PRICE", "Dy", "CN", 2024],
  DEPENDENCY: () => ["JP", "Dy", "CN", 2027],
  HHI: () => ["REE", "MINE", 2024],
  SUPPLYRISK: () => ["Dy", "JP"],
  SHOCK: (i) => ["JP", "Dy", (i % 100) / 100, 1 + (i % 24)],
  PATH: () => ["JP", "Dy", "licensing-2025"],
  IMPACT: () => ["JP", "REE", "embargo-jp"],
  PARAMS: () => ["licensing-2025", "JP", "Dy"],
  SIMULATE: (i) => ["JP", "Dy", "licensing-2025", null, "P50", 2000, 1000 + i],
  SENSITIVITY: () => ["JP", "Dy", "licensing-2025"],
};
const perCall: Array<[string, number]> = [];
for (const fn of [...declaredFunctions().values()].sort((a, b) => a.id.localeCompare(b.id))) {
  const args = calls[fn.id];
  if (!args) throw new Error(`no benchmark arguments for REE.${fn.id}`);
  const repeats = fn.id === "SIMULATE" ? 7 : fn.id === "SENSITIVITY" ? 50 : 500;
  perCall.push([
    fn.id,
    medianMs((i) => fn.call(...(args(i) as never[])), repeats, fn.id === "SIMULATE" ? 2 : 20) * 1000,
  ]);
}

// 2. A sheet of 10,000 REE.SHOCK cells in a spreadsheet engine, against the same sheet of a built-in (PMT).
class ReePlugin extends FunctionPlugin {
  static implementedFunctions = {
    "REE.SHOCK": {
      method: "reeShock",
      parameters: [
        { argumentType: FunctionArgumentType.STRING },
        { argumentType: FunctionArgumentType.STRING },
        { argumentType: FunctionArgumentType.SCALAR },
        { argumentType: FunctionArgumentType.NUMBER, optionalArg: true },
      ],
    },
  };
  static translations = { enGB: { "REE.SHOCK": "REE.SHOCK" } };
  reeShock(ast: { args: never[] }, state: never) {
    return this.runFunction(
      ast.args,
      state,
      this.metadata("REE.SHOCK"),
      (importer: string, element: string, severity: number, months: number) =>
        shock(importer, element, severity, months)[0][0],
    );
  }
}
HyperFormula.registerFunctionPlugin(ReePlugin as never, ReePlugin.translations);
const CELLS = 10000;
const grid = (formula: (row: number) => string) =>
  Array.from({ length: CELLS }, (_, i) => [(i % 100) / 100, 1 + (i % 24), formula(i + 1)]);
const timeSheet = (data: (string | number)[][]) => {
  const start = nowMs();
  const hf = HyperFormula.buildFromArray(data, { licenseKey: "gpl-v3" });
  const value = hf.getCellValue({ sheet: 0, col: 2, row: CELLS - 1 });
  const elapsed = nowMs() - start;
  hf.destroy();
  if (typeof value !== "number") throw new Error(`sheet did not evaluate: ${JSON.stringify(value)}`);
  return elapsed;
};
const reeSheet = median([0, 1, 2].map(() => timeSheet(grid((r) => `=REE.SHOCK("JP","Dy",A${r},B${r})`))));
const builtinSheet = median([0, 1, 2].map(() => timeSheet(grid((r) => `=PMT(A${r}/12,B${r},-1000)`))));

// 3. REE.SIMULATE with 10,000 iterations over a 24-month horizon.
const question = { importer: "JP", material: "Dy", shock: "licensing-2025", months: null, overrides: {}, year: null };
const settings = (seed: number) => ({
  iterations: 10000,
  seed,
  sampling: "LHS" as const,
  distribution: "TRIANGULAR" as const,
  ranges: {},
});
const simulate10k = medianMs((i) => runSimulation(question, "SHORTFALL_T", settings(50 + i)), 5, 1);

// 4. The same Monte Carlo the way simulation add-ins do it: the model as spreadsheet formulas, recalculated per iteration.
const run: ShockRun = runShock(question);
const stock0 = (p: ParameterSet) => (p.stockpile_days * run.inputs.demand * 12) / 365;
const sheetInputs = (p: ParameterSet): SheetInputs => ({
  demand: run.inputs.demand,
  restrictor_supply: run.inputs.dependency * run.inputs.demand,
  severity: p.severity * run.inputs.covered,
  months: p.months,
  start_month: p.start_month,
  licence_lag: p.licence_lag,
  approval_rate: p.approval_rate,
  private_stock: stock0(p) * run.inputs.privateShare,
  national_stock: stock0(p) * (1 - run.inputs.privateShare),
  release_lag: p.release_lag,
  max_release_share: p.max_release_share,
  alt_monthly: p.alt_capacity_t / 12,
  alt_lag: p.alt_lag,
  alt_ramp: p.alt_ramp,
  recycling_share: p.recycling_share,
  recycling_lag: p.recycling_lag,
  elasticity: p.elasticity,
  price_cap: p.price_cap,
});
const sheet = HyperFormula.buildFromArray(buildSheet(sheetInputs(run.parameters), run.parameters.horizon), {
  licenseKey: "gpl-v3",
});
const sheetShortfall = () => sheet.getCellValue({ sheet: 0, col: 1, row: 18 }) as number;
const engineShortfall = (p: ParameterSet) =>
  metric("SHORTFALL_T", engine(p, run.inputs), {
    basePrice: run.basePrice,
    outputValuePerT: p.output_value_per_t,
    startMonth: p.start_month,
  });
const agreement = Math.abs(sheetShortfall() - engineShortfall(run.parameters));
const uncertain = uncertainParameters(run, {});
const SHEET_ITERATIONS = 2000;
const uniforms = uniformSamples("LHS", uncertain.length, SHEET_ITERATIONS, createRandom(1));
const sampled = (i: number): ParameterSet => {
  const p: Record<string, number | string> = { ...run.parameters };
  uncertain.forEach((u, d) => {
    const x = quantile("TRIANGULAR", uniforms[d][i], u);
    p[u.id] = PARAMETER_DEFINITIONS.find((def) => def.id === u.id)?.integer ? Math.round(x) : x;
  });
  return p as unknown as ParameterSet;
};
let maxDifference = 0;
const sheetStart = nowMs();
for (let i = 0; i < SHEET_ITERATIONS; i++) {
  const p = sampled(i);
  const values = sheetInputs(p);
  sheet.batch(() => {
    INPUTS.forEach((name, row) => sheet.setCellContents({ sheet: 0, col: 1, row }, values[name]));
  });
  const value = sheetShortfall();
  if (i < 50) maxDifference = Math.max(maxDifference, Math.abs(value - engineShortfall(p)));
}
const sheetPerIteration = (nowMs() - sheetStart) / SHEET_ITERATIONS;
const enginePerIteration = simulate10k / 10000;
sheet.destroy();

// 5. PERT: REE.SIMULATE with distribution=PERT at 2,000 iterations (answered at once) and at
// 100,000 (in slices, awaited), each with a new seed so that no cached result is reused; the
// longest time the thread was held during a 100,000-iteration run (a zero-delay timer chain that
// records the gaps between its turns); and the Beta quantiles themselves on the PERT shapes.
const SIMULATE = declaredFunctions().get("SIMULATE")!;
const pertCall = (iterations: number, seed: number) =>
  SIMULATE.call("JP", "Dy", "licensing-2025", null, "P50", iterations, seed, [["distribution=PERT"]]);
const pert2k = medianMs((i) => pertCall(2000, 3000 + i), 9, 2);
const pertSettings = (iterations: number, seed: number) => ({
  ...settings(seed),
  iterations,
  distribution: "PERT" as const,
});
const pert100kAtOnce = medianMs((i) => runSimulation(question, "SHORTFALL_PCT", pertSettings(100000, 4000 + i)), 3, 0);
/** Runs `work` while a zero-delay timer chain measures the longest gap between its turns. */
async function longestHold(work: () => Promise<unknown>): Promise<number> {
  let last = nowMs();
  let longest = 0;
  let running = true;
  const tick = () => {
    const now = nowMs();
    longest = Math.max(longest, now - last);
    last = now;
    if (running) setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  await work();
  running = false;
  return Math.max(longest, nowMs() - last);
}
const pertShapes = [0, 0.125, 0.25, 0.5, 0.75, 0.875, 1].map((m) => pertShape({ min: 0, mode: m, max: 1 }));
const draws = Array.from({ length: 20000 }, (_, i) => (i + 0.5) / 20000);
const perQuantileUs = (quantileOf: (shape: { alpha: number; beta: number }) => (p: number) => number, step: number) => {
  let total = 0;
  const ms = medianMs(
    () => {
      for (const shape of pertShapes) {
        const q = quantileOf(shape);
        for (let i = 0; i < draws.length; i += step) total += q(draws[i]);
      }
    },
    5,
    1,
  );
  if (!Number.isFinite(total)) throw new Error("a quantile was not finite");
  return (ms * 1000) / (pertShapes.length * Math.ceil(draws.length / step));
};
const tables = pertShapes.map(({ alpha, beta }) => betaQuantileTable(alpha, beta));
const tableUs = perQuantileUs((shape) => tables[pertShapes.indexOf(shape)], 1);
const solver =
  (solve: (p: number, a: number, b: number) => number) =>
  ({ alpha, beta }: { alpha: number; beta: number }) =>
  (p: number) =>
    solve(p, alpha, beta);
const newtonUs = perQuantileUs(solver(betaQuantile), 20);
const bisectionUs = perQuantileUs(solver(inverseRegularizedBeta), 100);
const tableBuildMs =
  medianMs(() => pertShapes.forEach(({ alpha, beta }) => betaQuantileTable(alpha, beta)), 21, 3) / pertShapes.length;

async function measurePert() {
  const sliced = await medianMsAsync((i) => pertCall(100000, 5000 + i) as Promise<unknown>, 3, 1);
  const hold = await longestHold(() => pertCall(100000, 6000) as Promise<unknown>);
  return { sliced, hold };
}

// 6. Bundle sizes.
const size = (file: string) => {
  const bytes = fs.readFileSync(path.join(ROOT, "dist", file));
  return { raw: bytes.length / 1024, gzip: zlib.gzipSync(bytes).length / 1024 };
};
const functionsJs = size("functions.js");
// The notes, citations and descriptions that REE.SOURCE, REE.PARAMS and the catalogue lists fetch
// on first use; functions.js needs nothing else to register and compute every function.
const textFile = fs.readdirSync(path.join(ROOT, "dist")).find((name) => /^data-text\.\w+\.json$/.test(name));
if (!textFile) throw new Error("dist/ has no data-text.<hash>.json: run npm run build");
const dataText = size(textFile);
const taskpaneJs = size("taskpane.js");
// Cold start in Chromium, in a process of its own (bench/cold-start.ts).
const coldStart: { medianMs: number; medianRunMs: number; loads: unknown[] } = JSON.parse(
  execFileSync(process.execPath, [path.join(__dirname, "cold-start.js")], { encoding: "utf8" }),
);

// Report.
void measurePert().then(({ sliced: pert100k, hold: pertHold }) => {
  const shockUs = perCall.find(([id]) => id === "SHOCK")?.[1] ?? NaN;
  const ratio = sheetPerIteration / enginePerIteration;
  const verdict = (ok: boolean) => (ok ? "met" : "missed");
  log(
    `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "unknown CPU"}), Node ${process.version}.`,
  );
  log();
  log("| function | median time per call |");
  log("|---|---|");
  for (const [id, us] of perCall) log(`| REE.${id} | ${us >= 1000 ? `${fmt(us / 1000, 2)} ms` : `${fmt(us, 1)} µs`} |`);
  log();
  log("| measurement | result |");
  log("|---|---|");
  log(
    `| ${CELLS.toLocaleString("en-US")} REE.SHOCK cells in HyperFormula (severity × months) | ${fmt(reeSheet, 0)} ms |`,
  );
  log(`| the same sheet of PMT cells | ${fmt(builtinSheet, 0)} ms |`);
  log(`| ratio REE.SHOCK sheet / PMT sheet | ${fmt(reeSheet / builtinSheet, 1)}× |`);
  log(
    `| REE.SIMULATE, 10,000 iterations, 24 months (Latin hypercube, ${uncertain.length} uncertain parameters) | ${fmt(simulate10k, 0)} ms |`,
  );
  log(
    `| the same model as spreadsheet formulas, recalculated per iteration (${SHEET_ITERATIONS.toLocaleString("en-US")} iterations) | ${fmt(sheetPerIteration * 1000, 0)} µs per iteration |`,
  );
  log(`| bundled engine | ${fmt(enginePerIteration * 1000, 1)} µs per iteration |`);
  log(`| ratio spreadsheet recalculation / bundled engine | ${fmt(ratio, 0)}× |`);
  log(
    `| spreadsheet model agrees with the engine (largest difference in SHORTFALL_T over 50 iterations) | ${maxDifference.toExponential(1)} t (base case ${agreement.toExponential(1)} t) |`,
  );
  log(`| REE.SIMULATE with distribution=PERT, 2,000 iterations (answered at once) | ${fmt(pert2k, 1)} ms |`);
  log(
    `| REE.SIMULATE with distribution=PERT, 100,000 iterations (in slices, awaited) | ${fmt(pert100k, 0)} ms (at once, without slices: ${fmt(pert100kAtOnce, 0)} ms) |`,
  );
  log(`| longest time the thread is held during that 100,000-iteration run | ${fmt(pertHold, 0)} ms |`);
  log(
    `| one PERT draw (Beta quantile, PERT shapes): the simulation's table / Newton's method / bisection (the reference) | ${fmt(tableUs, 3)} µs / ${fmt(newtonUs, 2)} µs / ${fmt(bisectionUs, 1)} µs |`,
  );
  log(`| building one distribution's table | ${fmt(tableBuildMs, 2)} ms |`);
  log(`| functions.js, minified / gzipped | ${fmt(functionsJs.raw, 1)} KB / ${fmt(functionsJs.gzip, 1)} KB |`);
  log(
    `| \`data-text.<hash>.json\`, the notes, citations and descriptions REE.SOURCE, REE.PARAMS and the catalogue lists fetch on first use, as shipped / gzipped | ${fmt(dataText.raw, 1)} KB / ${fmt(dataText.gzip, 1)} KB |`,
  );
  log(`| taskpane.js, minified / gzipped | ${fmt(taskpaneJs.raw, 1)} KB / ${fmt(taskpaneJs.gzip, 1)} KB |`);
  log(
    `| cold start in Chromium: functions.js loaded, run and every function associated (median of ${coldStart.loads.length} loads) | ${fmt(coldStart.medianMs, 0)} ms, of which ${fmt(coldStart.medianRunMs, 0)} ms after the download |`,
  );
  log();
  log("| target | measured | verdict |");
  log("|---|---|---|");
  log(`| REE.SHOCK under 50 µs per call | ${fmt(shockUs, 1)} µs | ${verdict(shockUs < 50)} |`);
  log(`| REE.SIMULATE 10,000 iterations under 200 ms | ${fmt(simulate10k, 0)} ms | ${verdict(simulate10k < 200)} |`);
  log(
    `| bundled Monte Carlo at least 100× faster than spreadsheet recalculation | ${fmt(ratio, 0)}× | ${verdict(ratio >= 100)} |`,
  );
  log(`| REE.SIMULATE PERT 2,000 iterations under 50 ms | ${fmt(pert2k, 1)} ms | ${verdict(pert2k < 50)} |`);
  log(`| REE.SIMULATE PERT 100,000 iterations under 1 s | ${fmt(pert100k, 0)} ms | ${verdict(pert100k < 1000)} |`);
  log(`| functions script under 150 KB minified | ${fmt(functionsJs.raw, 1)} KB | ${verdict(functionsJs.raw < 150)} |`);

  const docPath = path.join(ROOT, "docs", "BENCHMARKS.md");
  const doc = fs.readFileSync(docPath, "utf8");
  const begin = "<!-- BEGIN results (written by npm run bench) -->";
  const end = "<!-- END results -->";
  const updated = `${doc.slice(0, doc.indexOf(begin) + begin.length)}\n\n${lines.join("\n")}\n\n${doc.slice(doc.indexOf(end))}`;
  fs.writeFileSync(docPath, updated);
  console.log(`\nwrote ${path.relative(ROOT, docPath)}`);
});
