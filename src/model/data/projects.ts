/**
 * The non-China supply pipeline: dated projects with capacity, start, status and what is
 * contracted to Japan. The diversification path of the dependency functions is built from it.
 */
import type { SupplyProject } from "./types";

export const PROJECTS: readonly SupplyProject[] = [];
