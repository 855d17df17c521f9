/**
 * The Beta(a, b) distribution's density and CDF, the regularized incomplete beta function I_x(a, b)
 * by Lentz's continued fraction (W. H. Press et al., Numerical Recipes, 3rd ed., section 6.4), and
 * its inverse by bisection: slow (64 CDF evaluations) but accurate to the precision of the CDF, it
 * is the reference against which the fast quantiles of `beta-quantile.ts` are tested.
 */

// Math's functions under local names: a lookup of the global `Math` at every call is slow where
// the code runs in a sandboxed context (Node's vm, as under the test runner).
const { abs, exp, log, log1p } = Math;

/** ln Γ(x) by the Lanczos approximation (Numerical Recipes, section 6.1). */
function logGamma(x: number): number {
  const c = [
    57.15623566586292, -59.59796035547549, 14.136097974741746, -0.4919138160976202, 0.00003399464998481189,
    0.00004652362892704858, -0.00009837447530487956, 0.0001580887032249125, -0.00021026444172410488,
    0.00021743961811521265, -0.0001643181065367639, 0.00008441822398385275, -0.000026190838401581408,
    0.0000036899182659531625,
  ];
  let y = x;
  const t = x + 5.2421875;
  const tmp = (x + 0.5) * log(t) - t;
  let ser = 0.9999999999999971;
  for (const coefficient of c) ser += coefficient / ++y;
  return tmp + log((2.5066282746310007 * ser) / x);
}

/**
 * ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b).
 *
 * @example Math.exp(logBeta(2, 3)); // => 0.08333333333333334 (1/12)
 */
export function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

function continuedFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (abs(delta - 1) < 1e-15) break;
  }
  return h;
}

/**
 * I_x(a, b) with ln B(a, b) given, for callers that evaluate it many times for one distribution.
 * The continued fraction converges fast below the mean, so above it the complement is used:
 * I_x(a, b) = 1 − I_{1−x}(b, a).
 */
export function betaCdf(x: number, a: number, b: number, lnBeta: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = exp(a * log(x) + b * log1p(-x) - lnBeta);
  return x < (a + 1) / (a + b + 2)
    ? (front * continuedFraction(a, b, x)) / a
    : 1 - (front * continuedFraction(b, a, 1 - x)) / b;
}

/** The Beta(a, b) density x^(a−1) (1−x)^(b−1) / B(a, b), with ln B(a, b) given. */
export function betaDensity(x: number, a: number, b: number, lnBeta: number): number {
  return exp((a - 1) * log(x) + (b - 1) * log1p(-x) - lnBeta);
}

/**
 * I_x(a, b), the CDF of the Beta(a, b) distribution at x.
 *
 * @example regularizedBeta(0.5, 2, 2); // => 0.5
 */
export function regularizedBeta(x: number, a: number, b: number): number {
  return betaCdf(x, a, b, logBeta(a, b));
}

/**
 * The x with I_x(a, b) = p, by 64 bisection steps (the reference: slow, but it can only be as
 * wrong as the CDF). Above the median the upper tail is solved instead, x = 1 − Q(1 − p; b, a),
 * where 1 − p is exact, so that quantiles near 1 are as accurate as those near 0.
 *
 * @example inverseRegularizedBeta(0.5, 2, 2); // => 0.5
 */
export function inverseRegularizedBeta(p: number, a: number, b: number): number {
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  if (p > 0.5) return 1 - inverseRegularizedBeta(1 - p, b, a);
  const lnBeta = logBeta(a, b);
  let low = 0;
  let high = 1;
  for (let i = 0; i < 64; i++) {
    const mid = (low + high) / 2;
    if (betaCdf(mid, a, b, lnBeta) < p) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}
