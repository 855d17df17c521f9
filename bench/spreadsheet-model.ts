/**
 * The shock engine written as ordinary spreadsheet formulas, the way a model is built for @RISK or
 * Crystal Ball: input cells at the top, one row per month, and the output cell summing unmet demand.
 * A simulation add-in changes the input cells and recalculates the sheet once per iteration.
 */

/** Input cells (column B, rows 1-18) in this order. */
export const INPUTS = [
  "demand",
  "restrictor_supply",
  "severity",
  "months",
  "start_month",
  "licence_lag",
  "approval_rate",
  "private_stock",
  "national_stock",
  "release_lag",
  "max_release_share",
  "alt_monthly",
  "alt_lag",
  "alt_ramp",
  "recycling_share",
  "recycling_lag",
  "elasticity",
  "price_cap",
] as const;

export type SheetInputs = Record<(typeof INPUTS)[number], number>;

const ref = (name: (typeof INPUTS)[number]) => `$B$${INPUTS.indexOf(name) + 1}`;

/** Rows of the sheet: inputs in A1:B18, the monthly table from row 21, the result in E19. */
export function buildSheet(inputs: SheetInputs, horizon: number): (string | number)[][] {
  const rows: (string | number)[][] = INPUTS.map((name) => [name, inputs[name]]);
  const first = 21;
  const last = first + horizon - 1;
  rows.push(["shortfall_t", `=SUM(N${first}:N${last})`, "", "shortfall_pct", `=B19/(${ref("demand")}*${horizon})`]);
  rows.push([
    "month",
    "since",
    "r",
    "blocked",
    "alternative",
    "recycling",
    "gap",
    "private_before",
    "from_private",
    "national_before",
    "from_national",
    "private_after",
    "national_after",
    "unmet",
    "price",
  ]);
  for (let t = 1; t <= horizon; t++) {
    const r = first + t - 1;
    const previousPrivate = t === 1 ? ref("private_stock") : `L${r - 1}`;
    const previousNational = t === 1 ? ref("national_stock") : `M${r - 1}`;
    rows.push([
      t,
      `=A${r}-${ref("start_month")}`,
      `=IF(AND(B${r}>=0,B${r}<${ref("months")}),IF(AND(${ref("licence_lag")}>0,B${r}>=${ref("licence_lag")}),${ref("severity")}*(1-${ref("approval_rate")}),${ref("severity")}),0)`,
      `=C${r}*${ref("restrictor_supply")}`,
      `=MIN(D${r},IF(B${r}>=${ref("alt_lag")},${ref("alt_monthly")}*MIN(1,(B${r}-${ref("alt_lag")}+1)/${ref("alt_ramp")}),0))`,
      `=MIN(D${r}-E${r},IF(B${r}>=${ref("recycling_lag")},${ref("recycling_share")}*${ref("demand")},0))`,
      `=D${r}-E${r}-F${r}`,
      `=${previousPrivate}`,
      `=MIN(G${r},H${r})`,
      `=${previousNational}`,
      `=IF(B${r}>=${ref("release_lag")},MIN(G${r}-I${r},${ref("max_release_share")}*${ref("demand")},J${r}),0)`,
      `=H${r}-I${r}`,
      `=J${r}-K${r}`,
      `=MAX(0,G${r}-I${r}-K${r})`,
      `=IF(N${r}>0,IF(${ref("demand")}-N${r}<=0,${ref("price_cap")},MIN(${ref("price_cap")},((${ref("demand")}-N${r})/${ref("demand")})^(1/${ref("elasticity")}))),1)`,
    ]);
  }
  return rows;
}
