import { ELEMENTS, elementsOf, type Element, type Material } from "../../model/vocabulary/elements";
import type { CellOutput } from "../args";

/** Column headers of `REE.ELEMENTS`, the first row of its result. */
export const ELEMENT_COLUMNS = ["symbol", "name", "name_ja", "atomic_number", "group"] as const;

function elementRow(element: Element): CellOutput[] {
  return [element.symbol, element.name, element.nameJa, element.atomicNumber, element.group ?? ""];
}

/**
 * The table `REE.ELEMENTS` spills: a header row, then one row per element of the material
 * (all 17 when `material` is null).
 *
 * @example elementsTable(null).length; // => 18
 * @example elementsTable(findMaterial("NDPR")!).map((row) => row[0]); // => ["symbol", "Pr", "Nd"]
 */
export function elementsTable(material: Material | null): CellOutput[][] {
  const rows = material ? elementsOf(material) : ELEMENTS;
  return [[...ELEMENT_COLUMNS], ...rows.map(elementRow)];
}
