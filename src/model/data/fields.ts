/**
 * The data fields `REE.DATA` answers and `REE.FIELDS` lists. Ids are public API (SPEC section 5):
 * add new ones, never rename. Shares are fractions 0-1; tonnes are t REO unless the unit says
 * otherwise; trade tonnages state their HS scope and weight basis in each record's note.
 */
import type { FieldDefinition } from "./types";

const BIG = 1e12;

type Defaults = Pick<FieldDefinition, "elementScope" | "defaultPartner" | "periodicity" | "min" | "max">;
const tonnes: Defaults = { elementScope: "element", defaultPartner: null, periodicity: "annual", min: 0, max: BIG };
const share: Defaults = { ...tonnes, max: 1 };

export const FIELDS: readonly FieldDefinition[] = [
  {
    ...tonnes,
    id: "MINE_PRODUCTION",
    unit: "t REO",
    defaultCountry: "WORLD",
  },
  {
    ...tonnes,
    id: "RESERVES",
    unit: "t REO",
    defaultCountry: "WORLD",
  },
  {
    ...share,
    id: "SEPARATION_SHARE",
    unit: "share",
    defaultCountry: "CN",
  },
  {
    ...share,
    id: "MAGNET_SHARE",
    unit: "share",
    defaultCountry: "CN",
  },
  {
    ...tonnes,
    id: "MAGNET_PRODUCTION",
    unit: "t",
    defaultCountry: "JP",
  },
  {
    ...tonnes,
    id: "PRICE",
    unit: "USD/kg",
    defaultCountry: "CN",
  },
  {
    ...tonnes,
    id: "PRICE_PEAK",
    unit: "USD/kg",
    defaultCountry: "CN",
  },
  {
    ...tonnes,
    id: "DEMAND",
    unit: "t",
    defaultCountry: "JP",
  },
  {
    ...share,
    id: "END_USE_SHARE",
    unit: "share",
    keyedBy: "application",
    defaultCountry: "JP",
  },
  {
    ...share,
    id: "APPLICATION_CONTENT",
    unit: "share",
    keyedBy: "application",
    defaultCountry: "WORLD",
  },
  {
    ...share,
    id: "ELEMENT_USE_SHARE",
    unit: "share",
    keyedBy: "application",
    defaultCountry: "JP",
  },
  {
    ...tonnes,
    id: "SECTOR_OUTPUT",
    unit: "USD",
    keyedBy: "sector",
    defaultCountry: "JP",
  },
  {
    ...share,
    id: "SECTOR_VA_RATIO",
    unit: "share",
    keyedBy: "sector",
    defaultCountry: "JP",
  },
  {
    ...tonnes,
    id: "IMPORTS",
    unit: "t",
    defaultCountry: "JP",
    defaultPartner: "WORLD",
  },
  {
    ...share,
    id: "IMPORT_SHARE",
    unit: "share",
    defaultCountry: "JP",
    defaultPartner: "CN",
  },
  {
    ...tonnes,
    id: "IMPORTS_MONTHLY",
    unit: "t",
    defaultCountry: "JP",
    defaultPartner: "CN",
    periodicity: "monthly",
  },
  {
    ...tonnes,
    id: "IMPORTS_VALUE",
    unit: "USD",
    defaultCountry: "JP",
    defaultPartner: "WORLD",
  },
  {
    ...tonnes,
    id: "IMPORTS_VALUE_MONTHLY",
    unit: "JPY",
    defaultCountry: "JP",
    defaultPartner: "CN",
    periodicity: "monthly",
  },
  {
    ...share,
    id: "NET_IMPORT_RELIANCE",
    unit: "share",
    defaultCountry: "US",
  },
  {
    ...tonnes,
    id: "EXPORTS",
    unit: "t",
    defaultCountry: "CN",
    defaultPartner: "WORLD",
  },
  {
    ...tonnes,
    id: "EXPORT_QUOTA",
    unit: "t REO",
    defaultCountry: "CN",
  },
  {
    ...tonnes,
    id: "MAGNET_EXPORTS_MONTHLY",
    unit: "t",
    defaultCountry: "CN",
    defaultPartner: "WORLD",
    periodicity: "monthly",
  },
  {
    ...tonnes,
    id: "EXPORT_CONTROL_DATE",
    unit: "date",
    defaultCountry: "CN",
    max: 2958465,
  },
  {
    ...share,
    id: "ORIGIN_SHARE",
    unit: "share",
    defaultCountry: "VN",
    defaultPartner: "CN",
  },
  {
    ...share,
    id: "SUBSTITUTION_INDEX",
    unit: "index",
    defaultCountry: "EU",
  },
  {
    ...tonnes,
    id: "EU_SUPPLY_RISK",
    unit: "score",
    defaultCountry: "EU",
    max: 10,
  },
  {
    ...tonnes,
    id: "STOCKPILE_DAYS",
    unit: "days",
    defaultCountry: "JP",
    max: 3650,
  },
  {
    ...tonnes,
    id: "WGI",
    unit: "0-10",
    elementScope: "none",
    defaultCountry: null,
    max: 10,
  },
  {
    ...share,
    id: "EOL_RIR",
    unit: "share",
    defaultCountry: "EU",
  },
];

const byId = new Map(FIELDS.map((field) => [field.id, field]));

/**
 * The field with this id, case-insensitive; undefined if there is none.
 *
 * @example findField("price")?.unit; // => "USD/kg"
 */
export function findField(id: string): FieldDefinition | undefined {
  return byId.get(id.trim().toUpperCase());
}
