import { declareFunction } from "./args";
import { elementsTable } from "./tables/elements-table";

const ELEMENTS = declareFunction({
  id: "ELEMENTS",
  params: [{ kind: "material", name: "group", optional: true }],
  run: ({ group }) => elementsTable(group),
});

/**
 * Lists rare earth elements: symbol, English name, Japanese name, atomic number and EU group (LREE or HREE), with a header row. Spills.
 * @customfunction ELEMENTS
 * @param group Optional. NDPR, LREE, HREE, REE (all 17, the default), MAGNET (the rare earths in NdFeB magnets) or one element, by symbol or name in English or Japanese.
 * @returns A table with a header row: symbol, name, name_ja, atomic_number, group.
 */
export function elements(group?: string | number | boolean | null): Array<Array<string | number | boolean>> {
  return ELEMENTS.call(group);
}
