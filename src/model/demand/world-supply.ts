/**
 * World supply of an element, for the bound every element demand and every shortfall must respect
 * (docs/METHODS.md, "Element demand"): world mine production of the element (MINE_PRODUCTION with
 * the element, WORLD), derived from countries' output and the element make-up of their ore types
 * (`records/element-supply.ts`) or published; where an element has none, the production of the
 * smallest group that contains it (NdPr, then its EU group), and last of all rare earths, which no
 * element can exceed. China's share of the same element and year is given where China's output of
 * it is recorded, for the market the importers share.
 *
 * Finished magnets and alloys carry mined rare earths, so supply counted this way includes the
 * Dy and Tb that reach importers inside them.
 */
import { NoDataError } from "../errors";
import { latestYearAtOrBefore, recordsOf } from "../data/select";
import type { DataRecord } from "../data/types";
import { inheritanceChain } from "../dependency/materials";
import { findMaterial } from "../vocabulary/elements";

export interface WorldSupply {
  /** t/yr (REO) */
  readonly value: number;
  readonly year: number;
  /** True when the figure is the material's own; false when it is a group's or all rare earths' bound. */
  readonly own: boolean;
  /** The material whose production the figure is (the one asked, or a group containing it). */
  readonly material: string;
  readonly record: DataRecord;
  /** China's output of the same material and year over the world's, where both are recorded. */
  readonly chinaShare?: number;
  readonly text: string;
}

function latest(records: readonly DataRecord[], year: number): DataRecord | undefined {
  const at =
    latestYearAtOrBefore(records, year) ?? (records.length > 0 ? Math.min(...records.map((r) => r.year)) : undefined);
  return records.find((r) => r.year === at);
}

const production = (country: string, code: string) =>
  recordsOf("MINE_PRODUCTION", (r) => r.country === country && r.element === code);

const tonnes = (value: number) => value.toLocaleString("en-US");

function describe(record: DataRecord): string {
  const how = record.grade === "D" ? "derived from ore types" : (record.edition ?? record.source);
  return `${record.year}, grade ${record.grade}, ${how}`;
}

/**
 * @example worldSupply("Dy", 2024).value; // => 2221
 * @example worldSupply("Sc", 2024).material; // => "REE" (no Sc production is recorded)
 */
export function worldSupply(material: string, year: number): WorldSupply {
  const code = findMaterial(material)?.code ?? material;
  const chain = findMaterial(code) ? inheritanceChain(code) : [code];
  const candidates = chain[chain.length - 1] === "REE" ? chain : [...chain, "REE"];
  for (const candidate of candidates) {
    const record = latest(production("WORLD", candidate), year);
    if (!record) continue;
    const china = production("CN", candidate).find((r) => r.year === record.year);
    const chinaShare = china && record.value > 0 ? Math.min(1, china.value / record.value) : undefined;
    const own = candidate === code;
    const unit = candidate === "REE" ? "t REO" : "t";
    const text = own
      ? `world ${code} production ${tonnes(record.value)} ${unit} (${describe(record)})`
      : `world production of ${candidate === "REE" ? "all rare earths" : candidate} ${tonnes(record.value)} ${unit} (${describe(record)}), the bound for ${code}, whose own world production is not recorded`;
    return { value: record.value, year: record.year, own, material: candidate, record, chinaShare, text };
  }
  throw new NoDataError("No world mine production of rare earths in the data");
}
