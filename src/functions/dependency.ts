import { dependency as computeDependency, type Basis } from "../model/dependency/dependency";
import { declareFunction } from "./args";
import { PATH_OPTION_KEYS, pathOptions } from "./tables/path-options";

export const DEPENDENCY_PARAMS = [
  { kind: "country", name: "importer" },
  { kind: "material", name: "element" },
  { kind: "country", name: "supplier", optional: true, default: "CN" },
  { kind: "year", name: "year", optional: true },
  { kind: "choice", name: "basis", optional: true, default: "DIRECT", choices: ["DIRECT", "LOOKTHROUGH"] },
  { kind: "options", name: "options", optional: true, keys: PATH_OPTION_KEYS },
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
    }).value,
});

/**
 * Share, 0-1, of an importer's supply of a rare earth that comes from a supplier (default China). DIRECT is customs origin; LOOKTHROUGH traces partners' material back to where it was separated (e.g. Vietnamese metal made from Chinese oxide). Years after the last data follow the diversification path of contracted non-China projects. REE.SOURCE("DEPENDENCY", ...) explains the result.
 * @customfunction DEPENDENCY
 * @param importer Importing country: JP, US, EU or KR (code or name).
 * @param element Element, group (NDPR, LREE, HREE, REE) or MAGNET, in English or Japanese. Elements without their own data inherit their group's share.
 * @param supplier Optional. Supplying country; default CN.
 * @param year Optional. Calendar year; default: the latest year with data. Later years follow the diversification path, up to 2035 (JP; for other importers give path=NONE to hold the latest share).
 * @param basis Optional. DIRECT (default) or LOOKTHROUGH.
 * @param options Optional. "path=ON_TRACK" (default), "path=DELAYED; delay_years=2" or "path=NONE", as text or a two-column range of keys and values.
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
