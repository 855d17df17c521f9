/**
 * The bundled dataset's numbers: every record, supply project and scope, without their notes and
 * descriptions, and without the source catalogue's citations (`text.ts` has those, loaded on first
 * use). It is
 * static, so its integrity (the rules in `validate.ts`) is checked by the tests before it ships
 * (test/unit/data/integrity.test.ts), not again each time Excel starts the add-in.
 */
import { PACKED_NUMBERS } from "./bundled";
import { unpackNumbers } from "./pack";
import type { DataRecord, ScopeTerms, SupplyProject } from "./types";

export interface Dataset {
  readonly records: readonly DataRecord[];
  readonly projects: readonly SupplyProject[];
  /** The scope catalogue (without descriptions): what each record's `scope` id means. */
  readonly scopes: readonly ScopeTerms[];
}

export const DATASET: Dataset = unpackNumbers(PACKED_NUMBERS);
