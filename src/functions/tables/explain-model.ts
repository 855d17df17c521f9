/**
 * REE.SOURCE for model results: with `field` set to DEPENDENCY, HHI or SUPPLYRISK it explains the
 * corresponding function's result step by step, with the data and grades it used; with SHOCK it
 * explains the inputs of REE.SHOCK: the importer's demand for the element as derived from the data,
 * the share from the restrictor (the partner argument, default CN) and the world supply bound. The other
 * arguments keep their places: element, then country (the importer), year, partner (the supplier),
 * edition (the variant: DEPENDENCY's basis or HHI's stage) and options (DEPENDENCY's path).
 *
 * The model names the sources of its inputs by id, and the scopes of its series by id; the
 * explanation cites the sources and describes the scopes, from the dataset's text, which loads on
 * first use. The result is computed first, so a question the model cannot answer fails at once,
 * without waiting for the text.
 */
import { hhi, MIN_COVERAGE } from "../../model/concentration/hhi";
import { STAGES, type Stage } from "../../model/concentration/stage-shares";
import { BASES, dependency, type Basis } from "../../model/dependency/dependency";
import { InvalidInputError } from "../../model/errors";
import type { DataText } from "../../model/data/text";
import { explainShockInputs } from "../../model/shock/shock";
import { supplyRisk } from "../../model/supply-risk/supply-risk";
import { coerceValue } from "../args/coerce";
import { withDataText } from "../runtime/data-text";
import type { DataArgs } from "./data-query";
import { pathOptions, scopeOption } from "./path-options";

export const MODEL_FUNCTIONS = ["DEPENDENCY", "HHI", "SUPPLYRISK", "SHOCK"] as const;

/** REE.SOURCE's arguments: those of REE.DATA, plus DEPENDENCY's path options. */
export interface ExplainArgs extends DataArgs {
  readonly options: Record<string, unknown> | null;
}

const fmt = (value: number, digits = 4) => String(Math.round(value * 10 ** digits) / 10 ** digits);

function variant<T extends string>(edition: string | null, name: string, choices: readonly T[], fallback: T): T {
  if (edition === null) return fallback;
  return coerceValue(edition, { kind: "choice", name, choices }) as T;
}

export interface Explanation {
  /** The call with every default filled in, and its result. */
  readonly title: string;
  readonly steps: readonly string[];
}

/** A source the model names in a step by its id: "Source: usgs-mcs-2026, grade A". */
const SOURCE_ID = /Source: ([^\s,;]+)/g;
/** A scope the model names in a step by its id: "Scope: jp-customs-ree-t". */
const SCOPE_ID = /Scope: ([a-z0-9-]+)/g;

/**
 * The explanation with each source the steps name by id replaced by its citation, and each scope
 * followed by its description.
 */
function cite(explanation: Explanation, text: DataText): Explanation {
  return {
    title: explanation.title,
    steps: explanation.steps.map((step) =>
      step
        .replace(SOURCE_ID, (named, id: string) => {
          const source = text.sources.get(id);
          return source ? `Source: ${source.citation}` : named;
        })
        .replace(SCOPE_ID, (named, id: string) => {
          const description = text.scopeDescription(id);
          return description ? `Scope ${id}: ${description.replace(/[.;]\s*$/, "")}` : named;
        }),
    ),
  };
}

const asCell = ({ title, steps }: Explanation) => `${title}. ${steps.join("; ")}.`;

/**
 * The explanation as one text for a cell: the title, then the steps separated by semicolons. A
 * promise of it while the citations it needs are not loaded.
 */
export function explainModel(args: ExplainArgs): string | Promise<string> {
  const explanation = explain(args);
  if (!explanation.steps.some((step) => step.search(SOURCE_ID) >= 0 || step.search(SCOPE_ID) >= 0))
    return asCell(explanation);
  return withDataText((text) => asCell(cite(explanation, text)));
}

/**
 * The explanation of a model function's result, its sources cited from the dataset's text.
 *
 * @example explainModelSteps({ field: "HHI", element: findMaterial("MAGNET")!, country: null, year: 2021, partner: null, edition: "MAGNET", options: null }, text).title; // => "REE.HHI(MAGNET, MAGNET, 2021) = 7281"
 */
export function explainModelSteps(args: ExplainArgs, text: DataText): Explanation {
  return cite(explain(args), text);
}

/** The explanation, with sources named by id. */
function explain(args: ExplainArgs): Explanation {
  if (args.field === "DEPENDENCY") {
    const basis = variant(args.edition, "basis (edition)", BASES, "DIRECT");
    const path = pathOptions(args.options);
    const scope = scopeOption(args.options);
    const importer = args.country ? args.country.code : "JP";
    const supplier = args.partner ? args.partner.code : "CN";
    const result = dependency({
      importer,
      material: args.element.code,
      supplier,
      year: args.year,
      basis: basis as Basis,
      path,
      scope,
    });
    return {
      title: `REE.DEPENDENCY(${importer}, ${args.element.code}, ${supplier}, ${result.year}, ${basis}, path=${path.path}${
        scope ? `; scope=${scope}` : ""
      }) = ${fmt(result.value)}`,
      steps: result.steps.map((step) => step.replace(/\.$/, "")),
    };
  }
  if (args.options && Object.keys(args.options).length > 0) {
    throw new InvalidInputError(`options apply to DEPENDENCY only, not to ${args.field}`);
  }
  if (args.field === "HHI") {
    const stage = variant(args.edition, "stage (edition)", STAGES, "MINE") as Stage;
    const result = hhi(stage, args.element.code, args.year ?? 2100);
    const shares = [...result.basis.shares].map(([country, share]) => `${country} ${fmt(share)}`).join(", ");
    return {
      title: `REE.HHI(${args.element.code}, ${stage}, ${result.basis.year}) = ${fmt(result.value, 0)}`,
      steps: [
        `shares from ${result.basis.note}: ${shares}`,
        // By id only: an HHI explanation cites nothing, so it answers without waiting for the text.
        `scope ${result.basis.scope}`,
        `the named countries cover ${fmt(result.coverage)} of the output (an HHI needs ${MIN_COVERAGE})`,
        `not attributed ${fmt(result.basis.unallocated)}: at most ${fmt(result.upperBound, 0)} if it were one country`,
      ],
    };
  }
  if (args.field === "SHOCK") {
    if (args.edition !== null) throw new InvalidInputError("SHOCK takes no edition: leave it empty");
    const importer = args.country ? args.country.code : "JP";
    const { title, steps } = explainShockInputs(
      importer,
      args.element.code,
      args.year,
      args.partner ? args.partner.code : "CN",
    );
    return { title, steps };
  }
  const importer = args.country ? args.country.code : "JP";
  const result = supplyRisk(args.element.code, importer, args.year ?? 2100);
  return {
    title: `REE.SUPPLYRISK(${args.element.code}, ${importer}) = ${fmt(result.components.SR, 3)} (EU 2017 method, t = 1)`,
    steps: result.steps,
  };
}
