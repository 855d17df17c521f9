/**
 * Every function of the built add-in called as Excel calls it: through functions.json and the
 * built functions.js, with omitted arguments, empty cells as desktop Excel and Excel on the web
 * pass them, ranges given to `options` and to single-value arguments, errors in arguments, and
 * cells holding Excel data types. Functions added to functions.json must get a sample call here,
 * so they are covered as well.
 */
import { declaredFunctions } from "../../src/functions/args/declare";
import { isEmpty } from "../../src/functions/args/coerce";
import "../../src/functions";
import {
  EMPTY_CELL,
  PLATFORMS,
  type FormulaArgument,
  type Outcome,
  type Platform,
} from "../../tools/excel/custom-function-call";
import { readOutcome } from "../../tools/hyperformula/ree-plugin";
import { readFunctionsJson } from "../helpers/built-addin";
import { builtAddinHarness } from "../helpers/excel";

const metadata = readFunctionsJson().functions;
const v = (value: string | number): FormulaArgument => ({ kind: "value", value });
const omitted: FormulaArgument = { kind: "omitted" };
const empty: FormulaArgument = { kind: "value", value: EMPTY_CELL };

/** A valid call of every function, as formula arguments. */
const SAMPLES: Record<string, FormulaArgument[]> = {
  VERSION: [],
  ELEMENTS: [],
  COUNTRIES: [],
  FIELDS: [],
  METRICS: [],
  SCENARIOS: [],
  PARAMS: [],
  DATA: [v("PRICE"), v("Dy")],
  SOURCE: [v("PRICE"), v("Dy")],
  DEPENDENCY: [v("JP"), v("Dy")],
  HHI: [v("REE")],
  SUPPLYRISK: [v("Dy")],
  SHOCK: [v("JP"), v("Dy"), v("embargo-jp")],
  PATH: [v("JP"), v("Dy"), v("embargo-jp")],
  IMPACT: [v("JP"), v("Dy"), v("embargo-jp")],
  SIMULATE: [v("JP"), v("Dy"), v("embargo-jp"), omitted, omitted, v(200)],
  SENSITIVITY: [v("JP"), v("Dy"), v("embargo-jp")],
};

async function call(platform: Platform, id: string, args: FormulaArgument[]): Promise<Outcome> {
  return builtAddinHarness(platform).call(id, args);
}

async function formula(platform: Platform, text: string, sheet: (string | number | null)[][] = []): Promise<Outcome> {
  const harness = builtAddinHarness(platform);
  const engine = await harness.evaluate({ Sheet1: [...sheet, [text]] });
  try {
    return readOutcome(engine, { sheet: 0, row: sheet.length, col: 0 });
  } finally {
    engine.destroy();
  }
}

/** The sample's arguments with argument `i` replaced, earlier missing ones omitted. */
function withArgument(id: string, i: number, argument: FormulaArgument): FormulaArgument[] {
  const args = [...SAMPLES[id]];
  while (args.length <= i) args.push(omitted);
  args[i] = argument;
  return args;
}

describe("the sample calls", () => {
  it("cover every function in functions.json", () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(metadata.map((fn) => fn.id).sort());
  });

  it.each(PLATFORMS.flatMap((p) => metadata.map((fn) => [fn.id, p] as const)))(
    "REE.%s answers its sample call on %s",
    async (id, platform) => {
      const outcome = await call(platform, id, SAMPLES[id]);
      expect(outcome.kind).not.toBe("error");
    },
  );
});

describe("empty cells, as each platform passes them", () => {
  const cases = metadata.flatMap((fn) =>
    fn.parameters.map((parameter, i) => {
      const spec = declaredFunctions().get(fn.id)!.params[i];
      // Whether 0, as desktop Excel passes an empty cell, means "not given" for this parameter.
      const zeroIsEmpty = isEmpty(0, spec);
      return [`${fn.id}(${parameter.name})`, fn.id, i, Boolean(parameter.optional), zeroIsEmpty] as const;
    }),
  );

  it.each(cases)("%s: an empty cell on the web counts as omitted", async (_label, id, i, optional) => {
    const outcome = await call("web", id, withArgument(id, i, empty));
    if (optional) {
      expect(outcome).toEqual(await call("web", id, withArgument(id, i, omitted)));
    } else {
      expect(outcome).toMatchObject({
        kind: "error",
        error: "#VALUE!",
        message: expect.stringContaining("is required"),
      });
    }
  });

  it.each(cases)(
    "%s: an empty cell on desktop (passed as 0) counts as omitted unless 0 is a value there",
    async (_label, id, i, optional, zeroIsEmpty) => {
      const outcome = await call("desktop", id, withArgument(id, i, empty));
      if (!zeroIsEmpty) {
        expect(outcome).toEqual(await call("desktop", id, withArgument(id, i, v(0))));
      } else if (optional) {
        expect(outcome).toEqual(await call("desktop", id, withArgument(id, i, omitted)));
      } else {
        expect(outcome).toMatchObject({
          kind: "error",
          error: "#VALUE!",
          message: expect.stringContaining("is required"),
        });
      }
    },
  );
});

describe("options given as a range", () => {
  const withOptions = metadata.filter((fn) => fn.parameters.some((p) => p.name === "options"));

  it("are declared as matrices, so that a range reaches the code whole", () => {
    expect(withOptions.map((fn) => fn.id).sort()).toEqual(
      ["DEPENDENCY", "IMPACT", "PATH", "SENSITIVITY", "SHOCK", "SIMULATE", "SOURCE"].sort(),
    );
  });

  describe.each(PLATFORMS)("on %s", (platform) => {
    it('REE.SHOCK(…,REE.PARAMS("embargo-jp","JP","Dy")) gives the scenario\'s own answer, every metric', async () => {
      const own = await formula(platform, '=REE.SHOCK("JP","Dy","embargo-jp",,"ALL")');
      const roundTrip = await formula(
        platform,
        '=REE.SHOCK("JP","Dy","embargo-jp",,"ALL",REE.PARAMS("embargo-jp","JP","Dy"))',
      );
      expect(own.kind).toBe("spill");
      expect(roundTrip).toEqual(own);
      expect(
        await formula(platform, '=REE.SHOCK("JP","Dy","embargo-jp",,,REE.PARAMS("embargo-jp","JP","Dy"))'),
      ).toEqual(await formula(platform, '=REE.SHOCK("JP","Dy","embargo-jp")'));
    });

    it.each([
      ["PATH", '"JP","Dy","licensing-2025",,', 'REE.PARAMS("licensing-2025","JP","Dy")'],
      ["SIMULATE", '"JP","Dy","licensing-2025",,"ALL",300,7,', 'REE.PARAMS("licensing-2025","JP","Dy")'],
      ["SENSITIVITY", '"JP","Tb","embargo-jp",,', 'REE.PARAMS("embargo-jp","JP","Tb")'],
    ])("REE.%s takes the REE.PARAMS table back unchanged", async (id, args, table) => {
      const own = await formula(platform, `=REE.${id}(${args.replace(/,+$/, "")})`);
      expect(own.kind).toBe("spill");
      expect(await formula(platform, `=REE.${id}(${args}${table})`)).toEqual(own);
    });

    it("read a key/value range from cells, skipping a header row and empty rows", async () => {
      const sheet = [
        ["key", "value"],
        ["path", "DELAYED"],
        [null, null],
        ["delay_years", 3],
      ];
      const fromRange = await formula(platform, '=REE.DEPENDENCY("JP","Dy",,2027,,A1:B4)', sheet);
      expect(fromRange).toEqual(
        await formula(platform, '=REE.DEPENDENCY("JP","Dy",,2027,,"path=DELAYED; delay_years=3")'),
      );
      expect(fromRange).not.toEqual(await formula(platform, '=REE.DEPENDENCY("JP","Dy",,2027)'));
      expect(await formula(platform, '=REE.SOURCE("DEPENDENCY","Dy","JP",2027,,,A1:B4)', sheet)).toEqual(
        await formula(platform, '=REE.SOURCE("DEPENDENCY","Dy","JP",2027,,,"path=DELAYED; delay_years=3")'),
      );
    });

    it("take an array constant, a cell holding the text, and an empty cell as none", async () => {
      const expected = await formula(platform, '=REE.DEPENDENCY("JP","Dy",,2030,,"path=NONE")');
      expect(await formula(platform, '=REE.DEPENDENCY("JP","Dy",,2030,,{"path","NONE"})')).toEqual(expected);
      expect(await formula(platform, '=REE.DEPENDENCY("JP","Dy",,2030,,A1)', [["path=NONE"]])).toEqual(expected);
      expect(await formula(platform, '=REE.DEPENDENCY("JP","Dy",,2030,,A1)', [[null]])).toEqual(
        await formula(platform, '=REE.DEPENDENCY("JP","Dy",,2030)'),
      );
    });

    it("refuse an unknown key with the valid ones listed", async () => {
      expect(await formula(platform, '=REE.SHOCK("JP","Dy","embargo-jp",,,{"stockpile","30"})')).toMatchObject({
        kind: "error",
        error: "#VALUE!",
        message: expect.stringMatching(/^Unknown option "stockpile": valid options are restrictor, severity/),
      });
    });
  });
});

describe("ranges given to single-value arguments", () => {
  it.each(PLATFORMS)(
    "lift a function that returns one value: one call per cell, the answers spill (%s)",
    async (platform) => {
      const one = async (text: string) => {
        const outcome = await formula(platform, text);
        return outcome.kind === "value" ? outcome.value : outcome;
      };
      expect(await formula(platform, '=REE.DEPENDENCY("JP",A1:A3,,2030)', [["Dy"], ["Tb"], ["NdPr"]])).toEqual({
        kind: "spill",
        rows: [
          [await one('=REE.DEPENDENCY("JP","Dy",,2030)')],
          [await one('=REE.DEPENDENCY("JP","Tb",,2030)')],
          [await one('=REE.DEPENDENCY("JP","NdPr",,2030)')],
        ],
      });
      expect(await formula(platform, '=REE.DEPENDENCY("JP","Dy",,{2024,2035})')).toEqual({
        kind: "spill",
        rows: [[await one('=REE.DEPENDENCY("JP","Dy",,2024)'), await one('=REE.DEPENDENCY("JP","Dy",,2035)')]],
      });
    },
  );

  it.each(PLATFORMS)(
    "give #CALC! for a function that returns a table, as Excel cannot lift it (%s)",
    async (platform) => {
      expect(await formula(platform, '=REE.SHOCK("JP",A1:A2,"embargo-jp")', [["Dy"], ["Tb"]])).toMatchObject({
        kind: "error",
        error: "#CALC!",
      });
    },
  );
});

describe("errors and data types in arguments", () => {
  it("pass an error in an argument on without calling the function", async () => {
    const harness = builtAddinHarness("web");
    const engine = await harness.evaluate({ Sheet1: [['=REE.DEPENDENCY("JP",NA())']] });
    expect(engine.getCellValue({ sheet: 0, row: 0, col: 0 })).toMatchObject({ value: "#N/A" });
    expect(harness.calls).toEqual([]);
    engine.destroy();
  });

  it.each(PLATFORMS)(
    "take the display text of a Geography entity and a formatted number's value (%s)",
    async (platform) => {
      const japan: FormulaArgument = {
        kind: "value",
        value: {
          type: "LinkedEntity",
          text: "Japan",
          id: { entityId: "x", domainId: "GEO", serviceId: 268, culture: "en-US" },
        },
      };
      const year: FormulaArgument = {
        kind: "value",
        value: { type: "FormattedNumber", basicValue: 2030, numberFormat: "0" },
      };
      expect(await call(platform, "DEPENDENCY", [japan, v("Dy"), omitted, year])).toEqual(
        await call(platform, "DEPENDENCY", [v("JP"), v("Dy"), omitted, v(2030)]),
      );
      const dysprosium = { kind: "range" as const, cells: [[{ type: "Entity", text: "Dysprosium", properties: {} }]] };
      expect(await call(platform, "SHOCK", [japan, dysprosium, v("embargo-jp")])).toEqual(
        await call(platform, "SHOCK", SAMPLES.SHOCK),
      );
    },
  );
});
