/**
 * The rare earth elements, their groups and the magnet product: the vocabulary every `REE.*`
 * function accepts (SPEC section 3). Symbols, English and Japanese names are accepted in any case
 * and width (`dy`, `Dysprosium`, `ジスプロシウム`, `ＤＹ`).
 *
 * Groups follow the EU criticality assessments (2017–2023): LREE = La, Ce, Pr, Nd, Sm and
 * HREE = Eu, Gd, Tb, Dy, Ho, Er, Tm, Yb, Lu, Y; scandium is assessed on its own and promethium
 * (radioactive, no ore production) belongs to neither. Source: EU CRM 2023 study, summarised at
 * https://www.doganasostenibile.it/2023/03/20/eu-critical-raw-materials-assessed-for-2023/
 */
import { buildIndex, lookupKey } from "./lookup-key";

export type ElementSymbol =
  "La" | "Ce" | "Pr" | "Nd" | "Pm" | "Sm" | "Eu" | "Gd" | "Tb" | "Dy" | "Ho" | "Er" | "Tm" | "Yb" | "Lu" | "Y" | "Sc";

export interface Element {
  readonly symbol: ElementSymbol;
  readonly name: string;
  readonly nameJa: string;
  readonly atomicNumber: number;
  /** EU grouping; `null` for Sc (assessed separately) and Pm (no production). */
  readonly group: "LREE" | "HREE" | null;
  /**
   * Other spellings accepted on input: Japanese press and trade statistics often write the older
   * forms (ネオジウム for the standard ネオジム, as in "ネオジウム磁石").
   */
  readonly aliases?: readonly string[];
}

export type GroupCode = "NDPR" | "LREE" | "HREE" | "REE" | "MAGNET";

export interface MaterialGroup {
  readonly code: GroupCode;
  /** `product` for MAGNET (sintered NdFeB), `group` for element groups. */
  readonly kind: "group" | "product";
  readonly name: string;
  readonly nameJa: string;
  readonly members: readonly ElementSymbol[];
  /** Further names accepted on input. */
  readonly aliases: readonly string[];
}

/** Lanthanides in atomic order, then yttrium and scandium, as in USGS and EU tables. */
export const ELEMENTS: readonly Element[] = [
  { symbol: "La", name: "Lanthanum", nameJa: "ランタン", atomicNumber: 57, group: "LREE" },
  { symbol: "Ce", name: "Cerium", nameJa: "セリウム", atomicNumber: 58, group: "LREE" },
  {
    symbol: "Pr",
    name: "Praseodymium",
    nameJa: "プラセオジム",
    atomicNumber: 59,
    group: "LREE",
    aliases: ["プラセオジウム"],
  },
  { symbol: "Nd", name: "Neodymium", nameJa: "ネオジム", atomicNumber: 60, group: "LREE", aliases: ["ネオジウム"] },
  { symbol: "Pm", name: "Promethium", nameJa: "プロメチウム", atomicNumber: 61, group: null },
  { symbol: "Sm", name: "Samarium", nameJa: "サマリウム", atomicNumber: 62, group: "LREE" },
  {
    symbol: "Eu",
    name: "Europium",
    nameJa: "ユウロピウム",
    atomicNumber: 63,
    group: "HREE",
    aliases: ["ユーロピウム"],
  },
  { symbol: "Gd", name: "Gadolinium", nameJa: "ガドリニウム", atomicNumber: 64, group: "HREE" },
  { symbol: "Tb", name: "Terbium", nameJa: "テルビウム", atomicNumber: 65, group: "HREE" },
  { symbol: "Dy", name: "Dysprosium", nameJa: "ジスプロシウム", atomicNumber: 66, group: "HREE" },
  { symbol: "Ho", name: "Holmium", nameJa: "ホルミウム", atomicNumber: 67, group: "HREE" },
  { symbol: "Er", name: "Erbium", nameJa: "エルビウム", atomicNumber: 68, group: "HREE" },
  { symbol: "Tm", name: "Thulium", nameJa: "ツリウム", atomicNumber: 69, group: "HREE" },
  { symbol: "Yb", name: "Ytterbium", nameJa: "イッテルビウム", atomicNumber: 70, group: "HREE" },
  { symbol: "Lu", name: "Lutetium", nameJa: "ルテチウム", atomicNumber: 71, group: "HREE", aliases: ["ルテシウム"] },
  { symbol: "Y", name: "Yttrium", nameJa: "イットリウム", atomicNumber: 39, group: "HREE" },
  { symbol: "Sc", name: "Scandium", nameJa: "スカンジウム", atomicNumber: 21, group: null },
];

function symbolsWhere(predicate: (element: Element) => boolean): ElementSymbol[] {
  return ELEMENTS.filter(predicate).map((element) => element.symbol);
}

export const GROUPS: readonly MaterialGroup[] = [
  {
    code: "NDPR",
    kind: "group",
    name: "Neodymium-praseodymium (NdPr)",
    nameJa: "ネオジム・プラセオジム",
    members: ["Pr", "Nd"],
    aliases: ["NdPr", "Didymium", "ジジム"],
  },
  {
    code: "LREE",
    kind: "group",
    name: "Light rare earths",
    nameJa: "軽希土類",
    members: symbolsWhere((element) => element.group === "LREE"),
    aliases: ["Light rare earth elements", "軽レアアース"],
  },
  {
    code: "HREE",
    kind: "group",
    name: "Heavy rare earths",
    nameJa: "重希土類",
    members: symbolsWhere((element) => element.group === "HREE"),
    aliases: ["Heavy rare earth elements", "重レアアース"],
  },
  {
    code: "REE",
    kind: "group",
    name: "All rare earths",
    nameJa: "希土類",
    members: ELEMENTS.map((element) => element.symbol),
    aliases: ["Rare earths", "Rare earth elements", "レアアース", "希土類元素"],
  },
  {
    // The four rare earths of sintered NdFeB magnets: Nd and Pr as the main phase, Dy and Tb added
    // for heat resistance (https://www.iacpartners.com/en/recycling-ree-in-eu/, grade C).
    code: "MAGNET",
    kind: "product",
    name: "Sintered NdFeB magnet",
    nameJa: "ネオジム焼結磁石",
    members: ["Pr", "Nd", "Tb", "Dy"],
    aliases: ["NdFeB", "NdFeB magnet", "ネオジム磁石", "ネオジウム磁石", "NdFeB磁石"],
  },
];

/** What a material argument resolved to: one element, or a group or product of several. */
export type Material =
  | { readonly kind: "element"; readonly code: ElementSymbol; readonly element: Element }
  | { readonly kind: "group" | "product"; readonly code: GroupCode; readonly group: MaterialGroup };

const elementIndex = buildIndex(ELEMENTS, (element) => [
  element.symbol,
  element.name,
  element.nameJa,
  ...(element.aliases ?? []),
]);
const groupIndex = buildIndex(GROUPS, (group) => [group.code, group.name, group.nameJa, ...group.aliases]);

for (const key of groupIndex.keys()) {
  if (elementIndex.has(key)) throw new Error(`Group key "${key}" collides with an element`);
}

/**
 * Finds an element by symbol or English or Japanese name; `undefined` if there is none.
 *
 * @example findElement("ジスプロシウム")?.symbol; // => "Dy"
 * @example findElement("ネオジウム")?.symbol; // => "Nd"
 */
export function findElement(text: string): Element | undefined {
  return elementIndex.get(lookupKey(text));
}

/**
 * Finds an element, group or product by code or name; `undefined` if there is none.
 *
 * @example findMaterial("ndpr")?.code; // => "NDPR"
 * @example findMaterial("Tb")?.kind; // => "element"
 */
export function findMaterial(text: string): Material | undefined {
  const element = findElement(text);
  if (element) return { kind: "element", code: element.symbol, element };
  const group = groupIndex.get(lookupKey(text));
  if (group) return { kind: group.kind, code: group.code, group };
  return undefined;
}

/** The elements a material stands for, in the order of `ELEMENTS`. */
export function elementsOf(material: Material): Element[] {
  if (material.kind === "element") return [material.element];
  const members = new Set<ElementSymbol>(material.group.members);
  return ELEMENTS.filter((element) => members.has(element.symbol));
}
