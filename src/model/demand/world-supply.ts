/**
 * World supply of an element, for the bound every element demand and every shortfall must respect:
 * world mine production of the element where a source gives it (MINE_PRODUCTION with the element,
 * WORLD), else world mine production of all rare earths, which no single element can exceed.
 * Finished magnets and alloys carry mined rare earths, so supply counted this way includes the
 * Dy and Tb that reach importers inside them (docs/METHODS.md, "Element demand").
 */
import { NoDataError } from "../errors";
import { latestYearAtOrBefore, recordsOf } from "../data/select";
import type { DataRecord } from "../data/types";
import { findMaterial } from "../vocabulary/elements";

export interface WorldSupply {
  /** t/yr (REO) */
  readonly value: number;
  readonly year: number;
  /** True when the figure is the element's own; false when it is the all-rare-earth bound. */
  readonly own: boolean;
  readonly record: DataRecord;
  readonly text: string;
}

function latest(records: readonly DataRecord[], year: number): DataRecord | undefined {
  const at =
    latestYearAtOrBefore(records, year) ?? (records.length > 0 ? Math.min(...records.map((r) => r.year)) : undefined);
  return records.find((r) => r.year === at);
}

/**
 * @example worldSupply("Dy", 2024).value; // => 3126
 */
export function worldSupply(material: string, year: number): WorldSupply {
  const code = findMaterial(material)?.code ?? material;
  const own =
    code === "REE"
      ? undefined
      : latest(
          recordsOf("MINE_PRODUCTION", (r) => r.country === "WORLD" && r.element === code),
          year,
        );
  if (own) {
    return {
      value: own.value,
      year: own.year,
      own: true,
      record: own,
      text: `world ${code} production ${own.value.toLocaleString("en-US")} t (${own.year}, grade ${own.grade})`,
    };
  }
  const all = latest(
    recordsOf("MINE_PRODUCTION", (r) => r.country === "WORLD" && r.element === "REE"),
    year,
  );
  if (!all) throw new NoDataError("No world mine production of rare earths in the data");
  return {
    value: all.value,
    year: all.year,
    own: false,
    record: all,
    text: `world mine production of all rare earths ${all.value.toLocaleString("en-US")} t REO (${all.year}${all.edition ? `, ${all.edition}` : ""}), the bound for ${code}, whose own world production is not sourced`,
  };
}
