/**
 * REE.SHOCK, REE.PATH, REE.SCENARIOS, REE.PARAMS and REE.METRICS as cells (and the command line)
 * see them: the SPEC's shapes, the STOCKOUT_MONTH #N/A, options as text or as the PARAMS range,
 * and bad input answered with #VALUE! and a message.
 */
import { runCli } from "../../../src/cli/ree";
import { metrics } from "../../../src/functions/metrics";
import { params } from "../../../src/functions/params";
import { path } from "../../../src/functions/path";
import { scenarios } from "../../../src/functions/scenarios";
import { shock } from "../../../src/functions/shock";
import { excelErrorOf } from "../../helpers/excel-error";

describe("REE.SHOCK and REE.PATH", () => {
  it("return one metric, or every metric with ALL", async () => {
    const all = shock("JP", "Dy", "embargo-jp", null, "ALL");
    expect(all[0]).toEqual(["metric", "value", "unit"]);
    expect(all.map((row) => row[0])).toEqual(["metric", ...(await metrics()).slice(1).map((row) => row[0])]);
    expect(shock("JP", "Dy", "embargo-jp", null, "SHORTFALL_T")[0][0]).toBe(
      all.find((row) => row[0] === "SHORTFALL_T")?.[1],
    );
    expect(shock("JP", "Dy", "embargo-jp")[0][0]).toBe(all.find((row) => row[0] === "SHORTFALL_PCT")?.[1]);
  });

  it("STOCKOUT_MONTH is #N/A with a message when the stockpile lasts", () => {
    const error = excelErrorOf(() => shock("JP", "Dy", "licensing-2025", null, "STOCKOUT_MONTH"));
    expect(error.code).toBe("#N/A");
    expect(error.message).toBe("No stock-out within 24 months");
    expect(shock("JP", "Dy", "embargo-jp", null, "STOCKOUT_MONTH")[0][0]).toBeGreaterThan(1);
  });

  it("PATH spills the SPEC's columns for every month of the horizon", () => {
    const table = path("JP", "Dy", "embargo-jp", null, [["horizon=18"]]);
    expect(table[0]).toEqual([
      "month",
      "demand",
      "supply_restrictor",
      "blocked",
      "alternative",
      "extra_recycling",
      "stock_draw",
      "stock_level",
      "unmet",
      "price_multiplier",
    ]);
    expect(table).toHaveLength(19);
  });

  it("a severity, a scenario id and options all steer the same engine", async () => {
    const severe = shock("JP", "Dy", 1, 12, "SHORTFALL_T")[0][0] as number;
    const mild = shock("JP", "Dy", 0.2, 12, "SHORTFALL_T")[0][0] as number;
    expect(severe).toBeGreaterThan(mild);
    const noStocks = shock("JP", "Dy", 1, 12, "SHORTFALL_T", [["stockpile_days=0"]])[0][0] as number;
    expect(noStocks).toBeGreaterThan(severe);
    // the PARAMS table, edited, goes back in as a range of options (header row and extra columns ignored)
    const table = (await params("embargo-jp", "JP", "Dy")).map((row) => [...row]);
    // unedited, it reproduces the scenario exactly
    expect(shock("JP", "Dy", "embargo-jp", null, "ALL", table)).toEqual(shock("JP", "Dy", "embargo-jp", null, "ALL"));
    const days = table.findIndex((row) => row[0] === "stockpile_days");
    table[days][1] = 0;
    expect(shock("JP", "Dy", "embargo-jp", null, "SHORTFALL_T", table)[0][0]).toBe(
      shock("JP", "Dy", "embargo-jp", null, "SHORTFALL_T", [["stockpile_days=0"]])[0][0],
    );
  });
});

describe("catalogues", () => {
  it("REE.SCENARIOS lists the presets of SPEC section 7 with English and Japanese names", async () => {
    const table = await scenarios();
    expect(table[0]).toEqual(["id", "name", "description", "name_ja", "description_ja"]);
    expect(table.slice(1).map((row) => row[0])).toEqual([
      "baseline",
      "senkaku-2010",
      "licensing-2025",
      "controls-oct-2025",
      "dual-use-jp-2026",
      "embargo-jp",
      "taiwan-blockade",
    ]);
  });

  it("REE.PARAMS gives every parameter a value, a unit and a source or 'judgement'", async () => {
    const table = await params("licensing-2025");
    expect(table[0]).toEqual(["key", "value", "unit", "min", "max", "source", "note"]);
    const keys = table.slice(1).map((row) => row[0]);
    for (const key of [
      "severity",
      "months",
      "licence_lag",
      "approval_rate",
      "stockpile_days",
      "elasticity",
      "price_cap",
      "output_value_per_t",
      "path",
    ]) {
      expect(keys).toContain(key);
    }
    for (const row of table.slice(1)) expect(String(row[5]).length).toBeGreaterThan(0);
    expect(table.find((row) => row[0] === "licence_lag")?.[5]).toMatch(/Adamas|mining/i);
  });
});

describe("bad input gives #VALUE! with a message, through cells and the command line", () => {
  it.each([
    [["JP", "Dy", 1.5], "severity must be between 0 and 1, got 1.5"],
    [["JP", "Dy", -1], "severity must be between 0 and 1, got -1"],
    [["JP", "Dy", "abc"], 'Unknown scenario "abc": use a severity between 0 and 1 or one of baseline, senkaku-2010'],
    [["JP", "Dy", 0.5, 0], "months must be between 1 and 120, got 0"],
    [["JP", "Dy", 0.5, 10000], "months must be between 1 and 120, got 10000"],
    [["JP", "Dy", 0.5, null, null, [["stockpile_days=abc"]]], 'stockpile_days must be a number, got "abc"'],
    [["JP", "Dy", 0.5, null, null, [["speed=3"]]], 'Unknown option "speed": valid options are restrictor, severity'],
    [
      ["JP", "Dy", 0.5, null, null, [["a"], ["b"]]],
      "options: a range needs keys in its first column and values in its second",
    ],
  ])("%p", (args, message) => {
    const error = excelErrorOf(() => (shock as (...a: unknown[]) => unknown)(...args));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toContain(message);
    expect(error.message?.indexOf(message)).toBe(0);
  });

  it("the command line reports the same errors with exit code 1", async () => {
    expect(await runCli(["SHOCK", "JP", "Dy", "1.5"])).toMatchObject({
      code: 1,
      stderr: "#VALUE!: severity must be between 0 and 1, got 1.5",
    });
    expect((await runCli(["PATH", "JP", "Dy", "abc"])).stderr).toMatch(/^#VALUE!: Unknown scenario "abc"/);
    expect((await runCli(["SHOCK", "JP", "Dy", "embargo-jp", "", "PRICE_PEAK"])).code).toBe(0);
  });
});
