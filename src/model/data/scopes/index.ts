/** The scope catalogue: every scope id a record names, gathered from the topic files. */
import type { Scope } from "../types";
import { TRADE_SCOPES } from "./trade";

export const SCOPES: readonly Scope[] = [...TRADE_SCOPES];
