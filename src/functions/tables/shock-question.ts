/**
 * The shock functions' arguments as the model's question. Kept out of the function files so the
 * task pane can use it without registering the functions a second time.
 */
import type { Country } from "../../model/vocabulary/countries";
import type { Material } from "../../model/vocabulary/elements";
import { runShock, type Overrides, type ShockQuestion } from "../../model/shock/shock";

export interface ShockArgs {
  readonly importer: Country;
  readonly element: Material;
  readonly shock: number | string;
  readonly months: number | null;
  readonly options: Record<string, unknown> | null;
  readonly year: number | null;
}

/** Options as the model takes them: the restrictor as its country code. */
function toOverrides(options: Record<string, unknown> | null): Overrides {
  const overrides: Record<string, unknown> = { ...(options ?? {}) };
  const restrictor = overrides.restrictor as Country | undefined;
  if (restrictor) overrides.restrictor = restrictor.code;
  return overrides as Overrides;
}

/** The model's question for the shock functions' arguments. */
export function toQuestion(args: ShockArgs): ShockQuestion {
  return {
    importer: args.importer.code,
    material: args.element.code,
    shock: args.shock,
    months: args.months,
    overrides: toOverrides(args.options),
    year: args.year,
  };
}

/** Runs the model for the shock functions' arguments. */
export function runFromArgs(args: ShockArgs) {
  return runShock(toQuestion(args));
}
