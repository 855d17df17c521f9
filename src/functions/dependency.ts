import { BASES, dependency as computeDependency, type Basis } from "../model/dependency/dependency";
import { declareFunction } from "./args";
import { DEPENDENCY_OPTION_KEYS, pathOptions, scopeOption } from "./tables/path-options";

export const DEPENDENCY_PARAMS = [
  { kind: "country", name: "importer" },
  { kind: "material", name: "element" },
  { kind: "country", name: "supplier", optional: true, default: "CN" },
  { kind: "year", name: "year", optional: true },
  { kind: "choice", name: "basis", optional: true, default: "DIRECT", choices: BASES },
  { kind: "options", name: "options", optional: true, keys: DEPENDENCY_OPTION_KEYS },
] as const;

const DEPENDENCY = declareFunction({
  id: "DEPENDENCY",
  params: DEPENDENCY_PARAMS,
  run: (args) =>
    computeDependency({
      importer: args.importer.code,
      material: args.element.code,
      supplier: args.supplier.code,
      year: args.year,
      basis: args.basis as Basis,
      path: pathOptions(args.options),
      scope: scopeOption(args.options),
    }).value,
});

/**
 * Share, 0-1, of an importer's supply of a rare earth that comes from a supplier (default China). By default the customs-import share: the supplier's share of the importer's customs imports of rare-earth compounds and metals, by tonnage where the importer has a tonnage series, from one scope; other scopes (value, whole-chain statements, part years) only with options "scope=<id>". LOOKTHROUGH traces partners' material back to where it was separated (e.g. Vietnamese metal made from Chinese oxide). Years after the last data follow the diversification path of contracted non-China projects, or hold the latest value of the same scope. REE.SOURCE("DEPENDENCY", ...) explains the result and names the scope.
 * @customfunction DEPENDENCY
 * @param importer Importing country: JP, US, EU or KR (code or name).
 * @param element Element, group (NDPR, LREE, HREE, REE) or MAGNET, in English or Japanese. Elements without their own data inherit their group's share.
 * @param supplier Optional. Supplying country; default CN.
 * @param year Optional. Calendar year; default: the latest year with data. A year without data takes the latest earlier value of the same scope; later years, up to 2035, follow the diversification path (JP's China share) or hold the latest value.
 * @param basis Optional. DIRECT (default), LOOKTHROUGH (the midpoint of the look-through bounds), LOOKTHROUGH_LOW or LOOKTHROUGH_HIGH (the bounds: imports not attributed to a partner, or from a partner of unknown origin, counted as none or all from the supplier).
 * @param options Optional. "path=ON_TRACK" (default), "path=DELAYED; delay_years=2" or "path=NONE"; "scope=<id>" to answer from another scope (e.g. "scope=eu-commission-whole-chain"); as text or a two-column range of keys and values.
 * @returns The dependency share, 0-1.
 */
export function dependency(
  importer: string | number | boolean | null,
  element: string | number | boolean | null,
  supplier?: string | number | boolean | null,
  year?: string | number | boolean | null,
  basis?: string | number | boolean | null,
  options?: Array<Array<string | number | boolean | null>>,
): number {
  return DEPENDENCY.call(importer, element, supplier, year, basis, options);
}
