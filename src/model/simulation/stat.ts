/**
 * The `stat` argument of REE.SIMULATE: MEAN, SD, Pnn (any percentile 0-100, e.g. P5, P97.5),
 * PROB>x (the probability the metric exceeds x) or ALL.
 */
import { InvalidInputError } from "../errors";
import { mean, percentileSorted, probabilityAbove, standardDeviation } from "./statistics";

export type Stat =
  { kind: "MEAN" } | { kind: "SD" } | { kind: "ALL" } | { kind: "P"; p: number } | { kind: "PROB>"; x: number };

/**
 * @example parseStat("p95"); // => { kind: "P", p: 95 }
 * @example parseStat("PROB>0.1"); // => { kind: "PROB>", x: 0.1 }
 */
export function parseStat(text: string): Stat {
  const t = text.trim().toUpperCase().replace(/\s+/g, "");
  if (t === "MEAN" || t === "SD" || t === "ALL") return { kind: t };
  const percentile = /^P(\d+(\.\d+)?)$/.exec(t);
  if (percentile) {
    const p = Number(percentile[1]);
    if (p >= 0 && p <= 100) return { kind: "P", p };
  }
  const probability = /^PROB>(-?\d+(\.\d+)?(E[-+]?\d+)?)$/.exec(t);
  if (probability) return { kind: "PROB>", x: Number(probability[1]) };
  throw new InvalidInputError(
    `stat must be MEAN, SD, P0 to P100 (e.g. P95), PROB>x (e.g. PROB>0.1) or ALL, got "${text}"`,
  );
}

export function statValue(stat: Exclude<Stat, { kind: "ALL" }>, sorted: Float64Array): number {
  switch (stat.kind) {
    case "MEAN":
      return mean(sorted);
    case "SD":
      return standardDeviation(sorted);
    case "P":
      return percentileSorted(sorted, stat.p);
    case "PROB>":
      return probabilityAbove(sorted, stat.x);
  }
}
