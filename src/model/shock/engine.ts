/**
 * The monthly shock engine of SPEC section 7. For months t = 1..H:
 *
 *   c      = dependency × D                     supply from the restricting country
 *   B(t)   = r(t) × c                           blocked; r = severity while restricted, and
 *                                               severity × (1 − approval_rate) after licence_lag
 *   A(t)   = min(B, alt_capacity/12 × ramp)     alternative imports after alt_lag, ramped over alt_ramp
 *   Rc(t)  = min(B − A, recycling_share × D)    extra recycling after recycling_lag
 *   S(t)   = stock draws for the rest: private inventories at once and as needed, then the
 *            national stockpile after release_lag at most max_release_share × D a month;
 *            neither goes below zero
 *   U(t)   = B − A − Rc − S                     unmet demand (output not produced)
 *   V(t)   = D − U                              available
 *   P/P0   = min(price_cap, (V/D)^(1/ε))         the price that cuts demand to V (ε < 0)
 *
 * so that every month D = (c − B) + (D − c) + A + Rc + S + U with every term ≥ 0. Stocks are not
 * refilled within the horizon. Prices respond to unmet demand only: markets that price a
 * restriction before stocks run out are not represented (docs/BACKTESTS.md shows the effect).
 */
import type { ParameterSet } from "./parameters";

export interface ShockInputs {
  /** Baseline monthly demand, t. */
  readonly demand: number;
  /** Share of the importer's supply that comes from the restricting country, 0-1. */
  readonly dependency: number;
  /** Share of the material the measure covers, 0-1 (e.g. the April 2025 list covers Dy, not Nd). */
  readonly covered: number;
  /** Share of the stockpile held privately (drawn at once), the rest national (after release_lag). */
  readonly privateShare: number;
}

export interface MonthRow {
  readonly month: number;
  readonly demand: number;
  readonly restrictorSupply: number;
  readonly otherSupply: number;
  readonly blocked: number;
  readonly alternative: number;
  readonly recycling: number;
  readonly stockDraw: number;
  readonly stockLevel: number;
  readonly unmet: number;
  readonly priceMultiplier: number;
}

const DAYS_PER_YEAR = 365;

/**
 * Runs the engine.
 *
 * @example simulate({ ...params, severity: 1, stockpile_days: 0, alt_capacity_t: 0, recycling_share: 0 }, { demand: 100, dependency: 0.5, covered: 1, privateShare: 0 })[0].unmet; // => 50
 */
export function simulate(p: ParameterSet, inputs: ShockInputs): MonthRow[] {
  const D = inputs.demand;
  const c = inputs.dependency * D;
  const severity = p.severity * inputs.covered;
  const stock0 = (p.stockpile_days * D * 12) / DAYS_PER_YEAR;
  let privateStock = stock0 * inputs.privateShare;
  let nationalStock = stock0 - privateStock;
  const rows: MonthRow[] = [];
  for (let t = 1; t <= p.horizon; t++) {
    const since = t - p.start_month; // months since the restriction started (0 in its first month)
    const active = since >= 0 && since < p.months;
    const licensed = p.licence_lag > 0 && since >= p.licence_lag;
    const r = active ? (licensed ? severity * (1 - p.approval_rate) : severity) : 0;
    const blocked = r * c;

    const altRamp = since >= p.alt_lag ? Math.min(1, (since - p.alt_lag + 1) / p.alt_ramp) : 0;
    const alternative = Math.min(blocked, (p.alt_capacity_t / 12) * altRamp);
    const recyclingAvailable = since >= p.recycling_lag ? p.recycling_share * D : 0;
    const recycling = Math.min(blocked - alternative, recyclingAvailable);
    const gap = blocked - alternative - recycling;

    // Firms draw their own inventories as needed; the state releases its stockpile at a limited rate.
    const fromPrivate = Math.min(gap, privateStock);
    const fromNational =
      since >= p.release_lag ? Math.min(gap - fromPrivate, p.max_release_share * D, nationalStock) : 0;
    privateStock -= fromPrivate;
    nationalStock -= fromNational;
    const stockDraw = fromPrivate + fromNational;

    const unmet = Math.max(0, gap - stockDraw);
    const available = D - unmet;
    const priceMultiplier =
      unmet > 0 ? (available <= 0 ? p.price_cap : Math.min(p.price_cap, Math.pow(available / D, 1 / p.elasticity))) : 1;

    rows.push({
      month: t,
      demand: D,
      restrictorSupply: c - blocked,
      otherSupply: D - c,
      blocked,
      alternative,
      recycling,
      stockDraw,
      stockLevel: privateStock + nationalStock,
      unmet,
      priceMultiplier,
    });
  }
  return rows;
}
