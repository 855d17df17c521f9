/**
 * Scenarios the user saves are kept in the workbook's settings, so that anyone who opens the
 * workbook with the add-in sees them (SPEC section 9). What is read back is checked with the same
 * rules as the functions' arguments; an entry that fails is reported and skipped, and it stays in
 * the workbook: saving never drops an entry it could not read, and a list that cannot be read at
 * all is left untouched.
 */
import { coerceArgument } from "../../functions/args/coerce";
import { SHOCK_OPTION_KEYS } from "../../functions/tables/shock-options";

export const SAVED_SCENARIOS_SETTING = "ree.savedScenarios";

export interface SavedScenario {
  readonly name: string;
  readonly importer: string;
  readonly element: string;
  readonly shock: string | number;
  readonly months: number | null;
  /** Options text ("key=value; ..."). */
  readonly options: string;
  readonly year: number | null;
  readonly savedAt: string;
}

export interface SavedList {
  readonly scenarios: SavedScenario[];
  /** Entries that are kept but not offered, with why. */
  readonly problems: string[];
  /** Every stored entry as it was, valid or not, to write back when saving. */
  readonly raw: unknown[];
  /** False when the stored value is not a list at all: it must not be overwritten. */
  readonly writable: boolean;
}

function check(entry: unknown, index: number): SavedScenario | string {
  const where = `saved scenario ${index + 1}`;
  if (!entry || typeof entry !== "object") return `${where} is not a scenario`;
  const e = entry as Record<string, unknown>;
  if (typeof e.name !== "string" || e.name.trim() === "") return `${where} has no name`;
  try {
    coerceArgument("PANE", e.importer as never, { kind: "country", name: "importer" });
    coerceArgument("PANE", e.element as never, { kind: "material", name: "element" });
    coerceArgument("PANE", e.shock as never, { kind: "shock", name: "shock" });
    if (e.months !== null && e.months !== undefined) {
      coerceArgument("PANE", e.months as never, { kind: "number", name: "months", min: 1, max: 120, integer: true });
    }
    if (e.year !== null && e.year !== undefined)
      coerceArgument("PANE", e.year as never, { kind: "year", name: "year" });
    coerceArgument("PANE", (e.options ?? "") as never, {
      kind: "options",
      name: "options",
      optional: true,
      keys: SHOCK_OPTION_KEYS,
    });
  } catch (error) {
    return `${where} ("${e.name}"): ${error instanceof Error ? error.message : String(error)}`;
  }
  return {
    name: e.name,
    importer: String(e.importer),
    element: String(e.element),
    shock: e.shock as string | number,
    months: typeof e.months === "number" ? e.months : null,
    options: typeof e.options === "string" ? e.options : "",
    year: typeof e.year === "number" ? e.year : null,
    savedAt: typeof e.savedAt === "string" ? e.savedAt : "",
  };
}

/**
 * Reads the stored value (a JSON text).
 *
 * @example parseSaved('[{"name":"x","importer":"JP","element":"Dy","shock":0.5}]').scenarios.length; // => 1
 */
export function parseSaved(stored: unknown): SavedList {
  if (stored === undefined || stored === null || stored === "")
    return { scenarios: [], problems: [], raw: [], writable: true };
  let list: unknown;
  try {
    list = typeof stored === "string" ? JSON.parse(stored) : stored;
  } catch {
    return {
      scenarios: [],
      problems: ["The saved scenarios in this workbook could not be read; they are kept unchanged."],
      raw: [],
      writable: false,
    };
  }
  if (!Array.isArray(list)) {
    return {
      scenarios: [],
      problems: ["The saved scenarios in this workbook are not a list; they are kept unchanged."],
      raw: [],
      writable: false,
    };
  }
  const scenarios: SavedScenario[] = [];
  const problems: string[] = [];
  list.forEach((entry, i) => {
    const result = check(entry, i);
    if (typeof result === "string") problems.push(`${result}; it is kept in the workbook but not offered`);
    else scenarios.push(result);
  });
  return { scenarios, problems, raw: list, writable: true };
}

/** The list with a scenario added (or replaced by name), every other stored entry kept as it was. */
export function withScenario(list: SavedList, scenario: SavedScenario): unknown[] {
  if (!list.writable)
    throw new Error("The saved scenarios in this workbook could not be read, so nothing is written over them.");
  const problem = check(scenario, list.raw.length);
  if (typeof problem === "string") throw new Error(problem);
  const kept = list.raw.filter(
    (entry) => !(entry && typeof entry === "object" && (entry as { name?: unknown }).name === scenario.name),
  );
  return [...kept, scenario];
}

export async function loadSavedScenarios(): Promise<SavedList> {
  return Excel.run(async (context) => {
    const item = context.workbook.settings.getItemOrNullObject(SAVED_SCENARIOS_SETTING);
    item.load(["value", "isNullObject"]);
    await context.sync();
    return parseSaved(item.isNullObject ? undefined : item.value);
  });
}

export async function saveScenario(scenario: SavedScenario): Promise<SavedList> {
  return Excel.run(async (context) => {
    const item = context.workbook.settings.getItemOrNullObject(SAVED_SCENARIOS_SETTING);
    item.load(["value", "isNullObject"]);
    await context.sync();
    const list = parseSaved(item.isNullObject ? undefined : item.value);
    const next = withScenario(list, scenario);
    context.workbook.settings.add(SAVED_SCENARIOS_SETTING, JSON.stringify(next));
    await context.sync();
    return parseSaved(JSON.stringify(next));
  });
}
