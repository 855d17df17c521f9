/** The scope catalogue: every scope id a record names, gathered from the topic files. */
import type { Scope } from "../types";
import { DEMAND_SCOPES } from "./demand";

export const SCOPES: readonly Scope[] = [...DEMAND_SCOPES];
