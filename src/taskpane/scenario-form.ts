/**
 * The pane's scenario form without any DOM: which fields it shows, what each parameter's unit,
 * default and source are for the chosen preset, and whether what the user typed is valid. The
 * checks are the functions' own argument layer, so the pane accepts exactly what `REE.SHOCK`
 * accepts and says so in the same words.
 */
import { coerceArgument } from "../functions/args/coerce";
import { argumentMessageJa } from "../functions/args/messages-ja";
import type { ParamSpec } from "../functions/args";
import { toQuestion } from "../functions/tables/shock-question";
import { SHOCK_OPTION_KEYS, SHOCK_OPTIONS_PARAM } from "../functions/tables/shock-options";
import type { ShockQuestion } from "../model/shock/shock";
import type { Country } from "../model/vocabulary/countries";
import type { Material } from "../model/vocabulary/elements";
import { PARAMETER_DEFINITIONS } from "../model/shock/parameters";
import { scenarioOf, scenarioParameters } from "../model/shock/shock";
import type { Language } from "./strings";
import type { RunInputs } from "./workbook/run-sheet";

/** The parameters the pane shows as fields; every other one stays at the preset's value. */
export const FORM_PARAMETERS = [
  "severity",
  "months",
  "stockpile_days",
  "alt_capacity_t",
  "recycling_share",
  "approval_rate",
] as const;
export type FormParameter = (typeof FORM_PARAMETERS)[number];

export const PATHS = ["", "ON_TRACK", "DELAYED", "NONE"] as const;

/** Messages about the form itself; argument errors come from the argument layer's catalogues. */
const FORM_MESSAGES = {
  en: {
    elementsRequired: "Enter an element or group, e.g. Dy or MAGNET",
    unknownPath: (value: string, allowed: string) => `Unknown path "${value}": use ${allowed}`,
  },
  ja: {
    elementsRequired: "元素またはグループを入力してください（例：Dy、MAGNET）",
    unknownPath: (value: string, allowed: string) => `不明な経路「${value}」：${allowed} のいずれか`,
  },
} as const;

export interface FormState {
  readonly importer: string;
  /** One or more elements or groups, separated by commas: "Dy, Tb". */
  readonly elements: string;
  readonly preset: string;
  /** "" keeps the dependency of the data year. */
  readonly path: string;
  /** "" for the latest year with data. */
  readonly year: string;
  /** What the user typed in each parameter field; "" keeps the preset's value. */
  readonly parameters: Partial<Record<FormParameter, string>>;
}

export interface ParameterField {
  readonly id: FormParameter;
  readonly unit: string;
  readonly description: string;
  readonly descriptionJa: string;
  /** The preset's value (or the model default). */
  readonly value: number;
  /** A source id, or null for a judgement. */
  readonly source: string | null;
  readonly note: string;
}

/**
 * The parameter fields for a preset, with the value each takes if left empty.
 *
 * @example parameterFields("senkaku-2010")[0].value; // => 0.62
 */
export function parameterFields(preset: string): ParameterField[] {
  const resolved = scenarioParameters(scenarioOf(preset));
  return FORM_PARAMETERS.map((id) => {
    const definition = PARAMETER_DEFINITIONS.find((d) => d.id === id)!;
    const p = resolved.find((r) => r.id === id)!;
    return {
      id,
      unit: definition.unit,
      description: definition.description,
      descriptionJa: definition.descriptionJa,
      value: Number(p.value),
      source: p.source ?? null,
      note: p.note ?? "",
    };
  });
}

export type FieldName = "importer" | "elements" | "preset" | "path" | "year" | FormParameter;

export interface FormCheck {
  /** One message per field that is wrong; empty when the form can run. */
  readonly errors: Partial<Record<FieldName, string>>;
  /** One run per element, ready for the workbook writer or the model. */
  readonly runs: RunInputs[];
}

const SPECS: Record<"importer" | "element" | "preset" | "year", ParamSpec> = {
  importer: { kind: "country", name: "importer" },
  element: { kind: "material", name: "element" },
  preset: { kind: "shock", name: "shock" },
  year: { kind: "year", name: "year", optional: true },
};

function message(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  // The argument layer names the function ("REE.SHOCK: ..."); in the pane the field says which.
  return text.replace(/^REE\.\w+: /, "");
}

/**
 * Checks the form with the functions' rules and turns it into runs.
 *
 * @example checkForm({ importer: "JP", elements: "Dy", preset: "licensing-2025", path: "", year: "", parameters: {} }).runs[0].options; // => ""
 */
export function checkForm(state: FormState, seed = 1, language: Language = "en"): FormCheck {
  const errors: Partial<Record<FieldName, string>> = {};
  const attempt = (field: FieldName, spec: ParamSpec, text: string): unknown => {
    try {
      return coerceArgument("SHOCK", text, spec);
    } catch (error) {
      errors[field] = language === "ja" ? argumentMessageJa(spec, text) : message(error);
      return undefined;
    }
  };
  attempt("importer", SPECS.importer, state.importer);
  attempt("preset", SPECS.preset, state.preset);
  const year = attempt("year", SPECS.year, state.year.trim()) as number | null | undefined;
  const elements = state.elements
    .split(/[,、，]/)
    .map((e) => e.trim())
    .filter((e) => e !== "");
  if (elements.length === 0) {
    errors.elements = FORM_MESSAGES[language].elementsRequired;
  }
  for (const element of elements) {
    if (errors.elements) break;
    attempt("elements", SPECS.element, element);
  }
  if (state.path !== "" && !(PATHS as readonly string[]).includes(state.path)) {
    const allowed = PATHS.filter((p) => p).join(", ");
    errors.path = FORM_MESSAGES[language].unknownPath(state.path, allowed);
  }
  const options: string[] = [];
  let months: number | null = null;
  for (const id of FORM_PARAMETERS) {
    const text = (state.parameters[id] ?? "").trim();
    if (text === "") continue;
    const spec = SHOCK_OPTION_KEYS.find((k) => k.name === id)!;
    // Text is read as a cell holding text would be: "0.5" is a number, "half" is an error.
    const value = attempt(id, spec, text);
    if (typeof value !== "number") continue;
    if (id === "months") months = value;
    else options.push(`${id}=${value}`);
  }
  if (state.path) options.push(`path=${state.path}`);
  if (Object.keys(errors).length > 0) return { errors, runs: [] };
  return {
    errors,
    runs: elements.map((element) => ({
      importer: state.importer.trim(),
      element,
      shock: state.preset,
      months: months ?? defaultMonths(state.preset),
      options: options.join("; "),
      year: year ?? null,
      seed,
    })),
  };
}

/** The preset's duration, for the run sheet's months input. */
function defaultMonths(preset: string): number {
  return parameterFields(preset).find((f) => f.id === "months")!.value;
}

/**
 * The model's question for a run, read through the same argument layer as `REE.SHOCK`, so the
 * pane's preview and the sheet's formulas give the same numbers.
 *
 * @example questionFor(checkForm({ importer: "jp", elements: "dy", preset: "embargo-jp", path: "", year: "", parameters: {} }).runs[0]).material; // => "Dy"
 */
export function questionFor(run: RunInputs): ShockQuestion {
  return toQuestion({
    importer: coerceArgument("SHOCK", run.importer, SPECS.importer) as Country,
    element: coerceArgument("SHOCK", run.element, SPECS.element) as Material,
    shock: coerceArgument("SHOCK", run.shock, SPECS.preset) as number | string,
    months: run.months,
    options: coerceArgument("SHOCK", run.options, SHOCK_OPTIONS_PARAM) as Record<string, unknown> | null,
    year: run.year,
  });
}
