/**
 * How an element, group or the magnet product borrows data it lacks (SPEC section 6: "where only
 * group-level shares exist, elements inherit the group share and the source says so"), and the
 * composition that turns element figures into a figure for sintered NdFeB magnets.
 */
import { InvalidInputError } from "../errors";
import { findMaterial, type ElementSymbol } from "../vocabulary/elements";

/**
 * The materials to try, most specific first: an element, then NDPR (for Pr and Nd), then its EU
 * group, then all rare earths.
 *
 * @example inheritanceChain("Nd"); // => ["Nd", "NDPR", "LREE", "REE"]
 * @example inheritanceChain("HREE"); // => ["HREE", "REE"]
 */
export function inheritanceChain(code: string): string[] {
  const material = findMaterial(code);
  if (!material) throw new InvalidInputError(`Unknown element or group "${code}"`);
  if (material.kind === "element") {
    const chain: string[] = [material.code];
    if (material.code === "Pr" || material.code === "Nd") chain.push("NDPR");
    if (material.element.group) chain.push(material.element.group);
    chain.push("REE");
    return chain;
  }
  if (material.code === "NDPR") return ["NDPR", "LREE", "REE"];
  if (material.code === "REE" || material.code === "MAGNET") return [material.code];
  return [material.code, "REE"];
}

/**
 * Rare-earth content of a sintered NdFeB magnet by mass, used to weight element figures into a
 * MAGNET figure: NdPr about 30 wt%, Dy + Tb 2-6 wt% for standard automotive grades (4 taken), Dy:Tb
 * about 3:1 (a placeholder convention). Sources: research compilation of magnet composition
 * (https://wungiel.pl/08_Jul_2012_8536.html; https://www.sdmmagnetic.com/neodymium-magnets-price-trend),
 * grade C; the point values are a judgement.
 */
export const MAGNET_COMPOSITION: ReadonlyArray<{ readonly material: "NDPR" | ElementSymbol; readonly weight: number }> =
  [
    { material: "NDPR", weight: 30 },
    { material: "Dy", weight: 3 },
    { material: "Tb", weight: 1 },
  ];
