import { parseOptions } from "../../../src/functions/args/options";
import { PATH_OPTION_KEYS } from "../../../src/functions/tables/path-options";
import { SHOCK_OPTION_KEYS } from "../../../src/functions/tables/shock-options";
import { SIMULATION_OPTION_KEYS } from "../../../src/functions/tables/simulation-options";
import { invalidInputMessageOf } from "../../helpers/excel-error";

describe("options", () => {
  it("read text, a 1x1 range holding text, and a one-column range of key=value lines alike", () => {
    const expected = { path: "DELAYED", delay_years: 3 };
    expect(parseOptions("path=delayed; delay_years=3", PATH_OPTION_KEYS)).toEqual(expected);
    expect(parseOptions([["path=delayed; delay_years=3"]], PATH_OPTION_KEYS)).toEqual(expected);
    expect(parseOptions([["path=delayed"], ["delay_years=3"]], PATH_OPTION_KEYS)).toEqual(expected);
    expect(
      parseOptions(
        [
          ["path", "delayed"],
          ["delay_years", "3"],
        ],
        PATH_OPTION_KEYS,
      ),
    ).toEqual(expected);
  });

  it("mean none when omitted or an empty cell, however the platform passes it", () => {
    for (const none of [
      null,
      undefined,
      "",
      [[0]],
      [[null]],
      [[""]],
      [
        [0, 0],
        [0, 0],
      ],
    ]) {
      expect(parseOptions(none as never, PATH_OPTION_KEYS)).toEqual({});
    }
  });

  it("read a table by its header: the value column by name, min and max as ranges where the function samples", () => {
    const table = [
      ["key", "unit", "value", "min", "max"],
      ["stockpile_days", "days", 60, 19.5, 180],
      ["release_lag", "months", 2, "", ""],
      ["alt_capacity_t", "t/yr", 0, 0, 0],
    ];
    expect(parseOptions(table, SIMULATION_OPTION_KEYS)).toEqual({
      stockpile_days: 60,
      stockpile_days_min: 19.5,
      stockpile_days_max: 180,
      release_lag: 2,
      alt_capacity_t: 0,
    });
    // the deterministic functions take the values only
    expect(parseOptions(table, SHOCK_OPTION_KEYS)).toEqual({ stockpile_days: 60, release_lag: 2, alt_capacity_t: 0 });
  });

  it("refuse what cannot be meant, naming the problem", () => {
    expect(invalidInputMessageOf(() => parseOptions("stockpile=30", SHOCK_OPTION_KEYS))).toMatch(
      /^Unknown option "stockpile": valid options are restrictor, severity, /,
    );
    expect(invalidInputMessageOf(() => parseOptions("path=NONE; PATH=DELAYED", PATH_OPTION_KEYS))).toBe(
      'options: "path" is given twice',
    );
    expect(invalidInputMessageOf(() => parseOptions([["path", ""]], PATH_OPTION_KEYS))).toBe(
      'options: "path" has no value',
    );
    expect(invalidInputMessageOf(() => parseOptions([[5, "x"]], PATH_OPTION_KEYS))).toBe("options: key 5 is not text");
    expect(invalidInputMessageOf(() => parseOptions("path", PATH_OPTION_KEYS))).toBe(
      'options: "path" is not key=value',
    );
    expect(invalidInputMessageOf(() => parseOptions(true, PATH_OPTION_KEYS))).toBe(
      'options must be text such as "key=value; key=value" or a two-column range, got TRUE',
    );
  });
});
