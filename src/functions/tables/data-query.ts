/**
 * The parameters `REE.DATA` and `REE.SOURCE` share, and how their arguments become a model query.
 * Both functions take the same arguments so that `REE.SOURCE` cites exactly what `REE.DATA` returned.
 */
import { FIELDS, findField } from "../../model/data/fields";
import type { DataQuery } from "../../model/data/query";
import type { Country } from "../../model/vocabulary/countries";
import type { Material } from "../../model/vocabulary/elements";

export const DATA_PARAMS = [
  { kind: "choice", name: "field", choices: FIELDS.map((field) => field.id), catalogue: "REE.FIELDS()" },
  { kind: "material", name: "element" },
  { kind: "country", name: "country", optional: true },
  { kind: "year", name: "year", optional: true },
  { kind: "country", name: "partner", optional: true },
  { kind: "text", name: "edition", optional: true },
] as const;

export interface DataArgs {
  readonly field: string;
  readonly element: Material;
  readonly country: Country | null;
  readonly year: number | null;
  readonly partner: Country | null;
  readonly edition: string | null;
}

export function toDataQuery(args: DataArgs): DataQuery {
  const field = findField(args.field);
  if (!field) throw new Error(`field ${args.field} passed validation but is not in the catalogue`);
  return {
    field,
    element: args.element.code,
    country: args.country ? args.country.code : null,
    partner: args.partner ? args.partner.code : null,
    year: args.year,
    edition: args.edition,
  };
}
