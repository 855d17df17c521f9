/**
 * The loss model by end-use sector (docs/METHODS.md, "Economic loss by sector"): REE.IMPACT's rows
 * add up to OUTPUT_LOSS_USD as REE.SHOCK and the task pane's metrics table show it; a tonne of an
 * element costs what its end uses imply; missing data and bad input answer #N/A or #VALUE! with a
 * message, never a flat value.
 */
import { impact } from "../../../src/functions/impact";
import { params } from "../../../src/functions/params";
import { shock } from "../../../src/functions/shock";
import { simulate } from "../../../src/functions/simulate";
import { impactTable } from "../../../src/model/impact/impact";
import { lossBasis, STOP_SHARE } from "../../../src/model/impact/sector-loss";
import { runShock, shockMetrics, type ShockQuestion } from "../../../src/model/shock/shock";
import { excelErrorOf } from "../../helpers/excel-error";

const question = (material: string, shockArg: number | string, overrides = {}): ShockQuestion => ({
  importer: "JP",
  material,
  shock: shockArg,
  months: null,
  overrides,
  year: null,
});
const numbers = (table: Array<Array<string | number | boolean>>, column: number) =>
  table
    .slice(1)
    .map((row) => row[column])
    .filter((cell): cell is number => typeof cell === "number");
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe("REE.IMPACT and OUTPUT_LOSS_USD", () => {
  it.each(["REE", "Dy", "Ce", "MAGNET", "HREE"])(
    "the sectors' output losses add up to OUTPUT_LOSS_USD (JP %s, embargo-jp), in the function, REE.SHOCK and the pane's metrics",
    (material) => {
      const table = impact("JP", material, "embargo-jp");
      expect(table[0]).toEqual(["sector", "share", "unmet_t", "output_loss_usd", "value_added_lost_usd", "name_ja"]);
      const loss = shock("JP", material, "embargo-jp", null, "OUTPUT_LOSS_USD")[0][0] as number;
      expect(loss).toBeGreaterThan(0);
      expect(sum(numbers(table, 3))).toBeCloseTo(loss, -1);
      const pane = shockMetrics(runShock(question(material, "embargo-jp"))).find((m) => m.id === "OUTPUT_LOSS_USD");
      expect(pane?.value).toBe(loss);
      // Unmet tonnes by sector (with the unattributed row) add up to the run's shortfall.
      const shortfall = shock("JP", material, "embargo-jp", null, "SHORTFALL_T")[0][0] as number;
      expect(sum(numbers(table, 2))).toBeCloseTo(shortfall, 6);
      // Shares of the element's use add up to 1 with the unattributed row, and value added is below output.
      expect(sum(numbers(table, 1))).toBeCloseTo(1, 9);
      expect(sum(numbers(table, 4))).toBeLessThan(sum(numbers(table, 3)));
    },
  );

  it("the US answers from BEA's 2023 output: the sectors add up, robots and unplaced uses are named, Ce has no sector", () => {
    const table = impact("US", "Dy", 1, 12);
    expect(table.slice(1).map((row) => row[0])).toEqual(["MOTOR_VEHICLES", "MOTORS_APPLIANCES", "ELECTRONICS"]);
    const loss = shock("US", "Dy", 1, 12, "OUTPUT_LOSS_USD")[0][0] as number;
    expect(sum(numbers(table, 3))).toBeCloseTo(loss, -1);
    expect(sum(numbers(table, 2))).toBeCloseTo(shock("US", "Dy", 1, 12, "SHORTFALL_T")[0][0] as number, 6);
    // The magnets imported from China are split by the sectors' output: light vehicles dominate.
    const basis = lossBasis("US", "Dy", null);
    const output = (id: string) => basis.sectors.find((s) => s.sector.id === id)?.output;
    expect(output("MOTOR_VEHICLES")).toBe((38025 + 353946 + 32781) * 1e6);
    expect(output("ELECTRONICS")).toBe((6301 + 5629 + 37499) * 1e6);
    expect(basis.sectors.find((s) => s.sector.id === "MOTOR_VEHICLES")?.vaRatio).toBeCloseTo(176408 / 776767, 12);
    // Cerium's only sourced US use is metallurgy, which no sector carries.
    expect(excelErrorOf(() => impact("US", "Ce", 1))).toMatchObject({
      code: "#N/A",
      message: expect.stringMatching(/^No end-use sector of US's data uses Ce: METALLURGY \(no sector\)/),
    });
  });

  it("the rows still add up when output_value_per_t is set in options (the sectors are scaled)", () => {
    const table = impact("JP", "Dy", "embargo-jp", null, [["output_value_per_t=1000000"]]);
    const loss = shock("JP", "Dy", "embargo-jp", null, "OUTPUT_LOSS_USD", [["output_value_per_t=1000000"]])[0][0];
    const shortfall = shock("JP", "Dy", "embargo-jp", null, "SHORTFALL_T")[0][0] as number;
    expect(loss).toBeCloseTo(shortfall * 1e6, 0);
    expect(sum(numbers(table, 3))).toBeCloseTo(loss as number, 0);
  });

  it("a tonne of Dy costs more than a tonne of Ce, as their end uses imply", () => {
    const dy = lossBasis("JP", "Dy", null);
    const ce = lossBasis("JP", "Ce", null);
    // Dy goes into magnets: vehicles, motors and appliances, electronics, robots.
    expect(dy.sectors.map((s) => s.sector.id)).toEqual([
      "MOTOR_VEHICLES",
      "MOTORS_APPLIANCES",
      "ELECTRONICS",
      "ROBOTS",
    ]);
    // Ce goes into auto catalysts (vehicles) and polishing (glass and optics).
    expect(ce.sectors.map((s) => s.sector.id)).toEqual(["MOTOR_VEHICLES", "GLASS_OPTICS"]);
    // Per tonne: the output of the products that contain the element over the element's demand.
    const perTonne = (b: typeof dy) => sum(b.sectors.map((s) => s.output)) / b.demand;
    expect(dy.perTonne.value).toBeCloseTo(perTonne(dy), 0);
    expect(ce.perTonne.value).toBeCloseTo(perTonne(ce), 0);
    expect(dy.perTonne.value / ce.perTonne.value).toBeGreaterThan(5);
    // The same through the functions: loss per unmet tonne of a total halt.
    const perUnmet = (element: string) =>
      (shock("JP", element, 1, 12, "OUTPUT_LOSS_USD")[0][0] as number) /
      (shock("JP", element, 1, 12, "SHORTFALL_T")[0][0] as number);
    expect(perUnmet("Dy")).toBeCloseTo(dy.perTonne.value, 0);
    expect(perUnmet("Ce")).toBeCloseTo(ce.perTonne.value, 0);
    // The old flat value gave both 2.6 million USD per tonne.
    expect(perUnmet("Dy")).not.toBeCloseTo(perUnmet("Ce"), -6);
  });

  it("a sector counts once however many of the material's applications it embodies", () => {
    const ree = lossBasis("JP", "REE", null);
    const vehicles = ree.sectors.filter((s) => s.sector.id === "MOTOR_VEHICLES");
    expect(vehicles).toHaveLength(1);
    expect(vehicles[0].applications).toEqual(expect.arrayContaining(["MAGNETS", "AUTO_CATALYSTS"]));
    expect(ree.perTonne.value).toBeCloseTo(sum(ree.sectors.map((s) => s.output)) / ree.demand, 0);
  });

  it("REE.PARAMS shows the sector model's value per tonne with the range REE.SIMULATE samples", () => {
    const table = params("embargo-jp", "JP", "Dy") as Array<Array<string | number | boolean>>;
    const row = table.find((r) => r[0] === "output_value_per_t") as Array<string | number | boolean>;
    const basis = lossBasis("JP", "Dy", null);
    expect(row[1]).toBeCloseTo(basis.perTonne.value, 0);
    expect(row[3]).toBeCloseTo(basis.perTonne.value * STOP_SHARE.min, 0);
    expect(row[4]).toBeCloseTo(basis.perTonne.value, 0);
    const p5 = simulate("JP", "Dy", "embargo-jp", "OUTPUT_LOSS_USD", "P5", 500) as Array<Array<number>>;
    const p95 = simulate("JP", "Dy", "embargo-jp", "OUTPUT_LOSS_USD", "P95", 500) as Array<Array<number>>;
    expect(p5[0][0]).toBeLessThan(p95[0][0]);
  });

  it("an importer without sector data answers #N/A with a message, never a flat value", () => {
    // The loss model says which importers have sector data...
    expect(() => lossBasis("KR", "Dy", null)).toThrow(/^No sector data for KR: .*sourced for JP, US only/);
    // ...and the functions say first what Korea lacks before that: a demand total.
    for (const call of [
      () => impact("KR", "Dy", 1),
      () => shock("KR", "Dy", 1, 12, "OUTPUT_LOSS_USD"),
      () => simulate("KR", "Dy", 1, "OUTPUT_LOSS_USD", "MEAN", 100),
    ]) {
      expect(excelErrorOf(call)).toMatchObject({
        code: "#N/A",
        message: expect.stringMatching(/^No rare-earth demand total for KR/),
      });
    }
    // A value per tonne given in options is the user's own, and answers in place of the sectors'.
    const own = shock("US", "Dy", 1, 12, "OUTPUT_LOSS_USD", [["output_value_per_t=5000000"]])[0][0] as number;
    const shortfall = shock("US", "Dy", 1, 12, "SHORTFALL_T")[0][0] as number;
    expect(own).toBeCloseTo(shortfall * 5e6, 0);
  });

  it("bad input answers #VALUE! with a message naming what is allowed", () => {
    const sector = excelErrorOf(() => impact("JP", "Dy", 1, null, [["sector=SPACESHIPS"]]));
    expect(sector.code).toBe("#VALUE!");
    expect(sector.message).toMatch(/sector.*SPACESHIPS.*MOTOR_VEHICLES/);
    expect(excelErrorOf(() => impact("XX", "Dy", 1)).code).toBe("#VALUE!");
    expect(excelErrorOf(() => impact("JP", "Xx", 1)).code).toBe("#VALUE!");
    // A sector that does not use the element is #N/A, naming the sectors that do.
    const unused = excelErrorOf(() => impact("JP", "Dy", 1, null, [["sector=LIGHTING"]]));
    expect(unused.code).toBe("#N/A");
    expect(unused.message).toMatch(/LIGHTING does not use .*MOTOR_VEHICLES/);
    // One sector's row, as in the whole table.
    const one = impact("JP", "Dy", 1, null, [["sector=ROBOTS"]]);
    expect(one).toHaveLength(2);
    expect(one[1]).toEqual(impact("JP", "Dy", 1).find((row) => row[0] === "ROBOTS"));
  });

  it("impactTable agrees with the run's metric for a plain severity", () => {
    const run = runShock(question("NDPR", 0.5, { months: 6 }));
    const table = impactTable(run);
    const metric = shockMetrics(run).find((m) => m.id === "OUTPUT_LOSS_USD")?.value as number;
    expect(table.outputLoss).toBeCloseTo(metric, -1);
  });
});
