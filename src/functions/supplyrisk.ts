import { COMPONENTS, supplyRisk, type Component } from "../model/supply-risk/supply-risk";
import { declareFunction } from "./args";

export const SUPPLYRISK_PARAMS = [
  { kind: "material", name: "element" },
  { kind: "country", name: "importer", optional: true, default: "JP" },
  { kind: "year", name: "year", optional: true },
  { kind: "choice", name: "component", optional: true, default: "SR", choices: COMPONENTS },
] as const;

const SUPPLYRISK = declareFunction({
  id: "SUPPLYRISK",
  params: SUPPLYRISK_PARAMS,
  run: (args) =>
    supplyRisk(args.element.code, args.importer.code, args.year ?? 2100).components[args.component as Component],
});

/**
 * Supply risk by the EU 2017 criticality method, with the importer's own sourcing in place of EU sourcing: [HHI_WGI global × IR/2 + HHI_WGI sourcing × (1 − IR/2)] × (1 − EOL_RIR) × SI. Above 1 counts as critical in the EU lists. REE.SOURCE("SUPPLYRISK", ...) shows every term.
 * @customfunction SUPPLYRISK
 * @param element Element, group (NDPR, LREE, HREE, REE) or MAGNET, in English or Japanese.
 * @param importer Optional. JP (default), US, EU or KR.
 * @param year Optional. Calendar year; default: the latest data. Each input uses its latest year at or before it.
 * @param component Optional. SR (default), or one term: HHI_WGI_GLOBAL, HHI_WGI_SOURCING, IR, EOL_RIR, SI.
 * @returns The supply risk score, or the component asked for.
 */
export function supplyrisk(
  element: string | number | boolean | null,
  importer?: string | number | boolean | null,
  year?: string | number | boolean | null,
  component?: string | number | boolean | null,
): number {
  return SUPPLYRISK.call(element, importer, year, component);
}
