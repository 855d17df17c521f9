/**
 * The scope catalogue (docs/DATA.md, "Scopes"): every scope a record may name, gathered from the
 * topic files. Ids are unique across the files (validate.ts checks it). The catalogue ships in two
 * parts like the records (`pack.ts`): the terms with the numbers, the descriptions with the text.
 */
import type { Scope } from "../types";
import { CORE_SCOPES } from "./core";
import { DEMAND_SCOPES } from "./demand";
import { ELEMENT_SUPPLY_SCOPES } from "./element-supply";
import { SECTOR_SCOPES } from "./sectors";
import { TRADE_SCOPES } from "./trade";

export const SCOPES: readonly Scope[] = [
  ...CORE_SCOPES,
  ...DEMAND_SCOPES,
  ...TRADE_SCOPES,
  ...SECTOR_SCOPES,
  ...ELEMENT_SUPPLY_SCOPES,
];
