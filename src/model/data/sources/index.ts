/** The source catalogue: every source id a record cites, with its full citation. */
import type { Source } from "../types";
import { CORE_SOURCES } from "./core";
import { PRICE_SOURCES } from "./prices";
import { JAPAN_SOURCES } from "./japan";
import { CHINA_TRADE_SOURCES } from "./china-trade";
import { PIPELINE_SOURCES } from "./pipeline";
import { TRADE_SOURCES } from "./trade";
import { DEMAND_SOURCES } from "./demand";
import { SECTOR_SOURCES } from "./sectors";
import { ELEMENT_SUPPLY_SOURCES } from "./element-supply";

export const SOURCES: readonly Source[] = [
  ...CORE_SOURCES,
  ...PRICE_SOURCES,
  ...JAPAN_SOURCES,
  ...CHINA_TRADE_SOURCES,
  ...PIPELINE_SOURCES,
  ...TRADE_SOURCES,
  ...DEMAND_SOURCES,
  ...SECTOR_SOURCES,
  ...ELEMENT_SUPPLY_SOURCES,
];
