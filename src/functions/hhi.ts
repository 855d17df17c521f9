import { hhi as computeHhi } from "../model/concentration/hhi";
import { STAGES, type Stage } from "../model/concentration/stage-shares";
import { declareFunction } from "./args";

export const HHI_PARAMS = [
  { kind: "material", name: "element" },
  { kind: "choice", name: "stage", optional: true, default: "MINE", choices: STAGES },
  { kind: "year", name: "year", optional: true },
] as const;

const HHI = declareFunction({
  id: "HHI",
  params: HHI_PARAMS,
  run: (args) => computeHhi(args.stage as Stage, args.element.code, args.year ?? 2100).value,
});

/**
 * Herfindahl-Hirschman index of world supply at a stage, 0-10,000: the sum of squared percentage shares of the countries. Above 2,500 is highly concentrated. Countries the sources do not name count as many small suppliers, so the index is a lower bound (REE.SOURCE("HHI", ...) gives the upper bound); where the named countries cover less than 80% of the stage's output in the year, the answer is #N/A with the reason.
 * @customfunction HHI
 * @param element REE for mine output; for SEPARATION an element or group where shares exist (REE, NDPR, Dy); MAGNET for magnets.
 * @param stage Optional. MINE (default), SEPARATION or MAGNET.
 * @param year Optional. Calendar year; default: the latest year with data. A year without data uses the latest earlier one (which must cover 80% of the output).
 * @returns The index, 0-10,000.
 */
export function hhi(
  element: string | number | boolean | null,
  stage?: string | number | boolean | null,
  year?: string | number | boolean | null,
): number {
  return HHI.call(element, stage, year);
}
