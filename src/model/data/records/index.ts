/** Every bundled data record, gathered from the topic files. */
import type { AuthoredRecord } from "../types";
import { PRODUCTION_RECORDS } from "./production";
import { PROCESSING_RECORDS } from "./processing";
import { PRICE_RECORDS } from "./prices";
import { JAPAN_RECORDS } from "./japan";
import { COMPARATOR_RECORDS } from "./comparators";
import { CHINA_TRADE_RECORDS } from "./china-trade";
import { GOVERNANCE_RECORDS } from "./governance";
import { ORIGIN_RECORDS } from "./origin";
import { EU_CRITICALITY_RECORDS } from "./eu-criticality";
import { TRADE_JAPAN_RECORDS } from "./trade-japan";
import { TRADE_COMPARATOR_RECORDS } from "./trade-comparators";
import { END_USE_RECORDS } from "./end-use";
import { SECTOR_RECORDS } from "./sectors";
import { ELEMENT_SUPPLY_RECORDS } from "./element-supply";

export const RECORDS: readonly AuthoredRecord[] = [
  ...PRODUCTION_RECORDS,
  ...PROCESSING_RECORDS,
  ...PRICE_RECORDS,
  ...JAPAN_RECORDS,
  ...COMPARATOR_RECORDS,
  ...CHINA_TRADE_RECORDS,
  ...GOVERNANCE_RECORDS,
  ...ORIGIN_RECORDS,
  ...EU_CRITICALITY_RECORDS,
  ...TRADE_JAPAN_RECORDS,
  ...TRADE_COMPARATOR_RECORDS,
  ...END_USE_RECORDS,
  ...SECTOR_RECORDS,
  ...ELEMENT_SUPPLY_RECORDS,
];
