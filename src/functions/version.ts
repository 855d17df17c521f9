import { versionLabel } from "../model/version";
import { declareFunction } from "./args";

const VERSION = declareFunction({
  id: "VERSION",
  params: [],
  run: () => versionLabel(),
});

/**
 * Returns the version of the REE model and the month its bundled data was compiled, e.g. "0.1.0 (data 2026-11)". Record it beside results you share.
 * @customfunction VERSION
 * @returns Model version and data vintage.
 */
export function version(): string {
  return VERSION.call();
}
