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
    description: "Mine production, tonnes of rare-earth oxide equivalent, by country (WORLD = world total)",
  },
  {
    ...tonnes,
    id: "RESERVES",
    unit: "t REO",
    defaultCountry: "WORLD",
    description: "Reserves, tonnes of rare-earth oxide equivalent, by country (WORLD = world total, a lower bound)",
  },
  {
    ...share,
    id: "SEPARATION_SHARE",
    unit: "share",
    defaultCountry: "CN",
    description: "Country's share of world separation and refining output, 0-1",
  },
  {
    ...share,
    id: "MAGNET_SHARE",
    unit: "share",
    defaultCountry: "CN",
    description: "Country's share of world sintered NdFeB magnet production, 0-1 (element MAGNET)",
  },
  {
    ...tonnes,
    id: "MAGNET_PRODUCTION",
    unit: "t",
    defaultCountry: "JP",
    description: "Sintered NdFeB magnet production, tonnes of magnet (element MAGNET)",
  },
  {
    ...tonnes,
    id: "PRICE",
    unit: "USD/kg",
    defaultCountry: "CN",
    description: "Annual average oxide price, USD/kg, by market: CN = FOB China (USGS, Argus), EU = Europe",
  },
  {
    ...tonnes,
    id: "PRICE_PEAK",
    unit: "USD/kg",
    defaultCountry: "CN",
    description: "Peak oxide price in a crisis year (2011, 2022), USD/kg; the note gives the date",
  },
  {
    ...tonnes,
    id: "DEMAND",
    unit: "t",
    defaultCountry: "JP",
    description: "Annual demand of an importer, tonnes (Japan: JSNM product demand), by element where published",
  },
  {
    ...tonnes,
    id: "IMPORTS",
    unit: "t",
    defaultCountry: "JP",
    defaultPartner: "WORLD",
    description:
      "Annual imports of an importer from a partner (WORLD = all), tonnes; the note states HS scope and basis",
  },
  {
    ...share,
    id: "IMPORT_SHARE",
    unit: "share",
    defaultCountry: "JP",
    defaultPartner: "CN",
    description:
      "Share of an importer's imports that comes from a partner (default CN), 0-1; the note states the scope",
  },
  {
    ...tonnes,
    id: "IMPORTS_MONTHLY",
    unit: "t",
    defaultCountry: "JP",
    defaultPartner: "CN",
    periodicity: "monthly",
    description: "Monthly imports of an importer from a partner (default CN), tonnes; spills the months of the year",
  },
  {
    ...share,
    id: "NET_IMPORT_RELIANCE",
    unit: "share",
    defaultCountry: "US",
    description: "Net import reliance, 0-1: (imports - exports) over apparent consumption (USGS definition)",
  },
  {
    ...tonnes,
    id: "EXPORTS",
    unit: "t",
    defaultCountry: "CN",
    defaultPartner: "WORLD",
    description: "Annual exports of a country to a partner (WORLD = all), tonnes; the note states the product scope",
  },
  {
    ...tonnes,
    id: "EXPORT_QUOTA",
    unit: "t REO",
    defaultCountry: "CN",
    description: "China's rare-earth export quota for the year, tonnes REO (2009-2014; quotas ended in 2015)",
  },
  {
    ...tonnes,
    id: "MAGNET_EXPORTS_MONTHLY",
    unit: "t",
    defaultCountry: "CN",
    defaultPartner: "WORLD",
    periodicity: "monthly",
    description: "Monthly rare-earth permanent magnet exports to a partner (WORLD = all), tonnes; spills the months",
  },
  {
    ...tonnes,
    id: "EXPORT_CONTROL_DATE",
    unit: "date",
    defaultCountry: "CN",
    max: 2958465,
    description:
      "Date a country's export control on the element took effect, as an Excel date; the note gives the measure",
  },
  {
    ...share,
    id: "ORIGIN_SHARE",
    unit: "share",
    defaultCountry: "VN",
    defaultPartner: "CN",
    description:
      "Share of a country's rare-earth exports that was separated in a partner (default CN), 0-1; for look-through",
  },
  {
    ...share,
    id: "SUBSTITUTION_INDEX",
    unit: "index",
    defaultCountry: "EU",
    description: "Substitution index for supply risk (SI_SR), 0-1, 1 = no substitute (EU criticality assessment)",
  },
  {
    ...tonnes,
    id: "EU_SUPPLY_RISK",
    unit: "score",
    defaultCountry: "EU",
    max: 10,
    description: "Supply risk (SR) published by the EU criticality assessment, for comparison with REE.SUPPLYRISK",
  },
  {
    ...tonnes,
    id: "STOCKPILE_DAYS",
    unit: "days",
    defaultCountry: "JP",
    max: 3650,
    description: "Stockpile target of an importer, days of standard consumption (Japan: 42 national + 18 private)",
  },
  {
    ...tonnes,
    id: "WGI",
    unit: "0-10",
    elementScope: "none",
    defaultCountry: null,
    max: 10,
    description: "World Bank governance indicators, mean of six, rescaled 0-10 with 10 the worst; element ignored",
  },
  {
    ...share,
    id: "EOL_RIR",
    unit: "share",
    defaultCountry: "EU",
    description: "End-of-life recycling input rate, 0-1: old scrap over total material input",
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
