/**
 * The dataset as the add-in ships it (see `pack.ts`): the packed numbers, and where the packed text
 * is.
 *
 * In Node (the command line, the tests) this module packs the authored records, projects, scopes
 * and sources when it loads, and the text is right here. The webpack build never bundles it as
 * written: a loader (scripts/lib/dataset-loader.js) evaluates it once at build time, replaces it
 * with its packed numbers and emits the text as a file of its own, `data-text.<hash>.json` next to
 * functions.js, whose name `TEXT_FILE` then holds. So the functions script carries no notes,
 * citations or descriptions of fields, scenarios and metrics, and a functions script always asks
 * for the text it was built with.
 */
import { packDataset, type PackedNumbers, type PackedText } from "./pack";
import { PROJECTS } from "./projects";
import { RECORDS } from "./records";
import { SCOPES } from "./scopes";
import { SOURCES } from "./sources";
import { FIELD_DESCRIPTIONS } from "./field-descriptions";
import { METRIC_DESCRIPTIONS } from "../shock/metric-descriptions";
import { SCENARIO_DESCRIPTIONS } from "../shock/scenario-descriptions";

const packed = packDataset(RECORDS, PROJECTS, SOURCES, SCOPES, {
  fields: FIELD_DESCRIPTIONS,
  scenarios: SCENARIO_DESCRIPTIONS,
  metrics: METRIC_DESCRIPTIONS,
});

export const PACKED_NUMBERS: PackedNumbers = packed.numbers;

/** The text, when it is part of the program (Node); null in the build, where it is a file. */
export const PACKED_TEXT: PackedText | null = packed.text;

/** The text's file name, relative to the functions script (build); null in Node. */
export const TEXT_FILE: string | null = null;
