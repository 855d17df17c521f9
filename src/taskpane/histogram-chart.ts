/**
 * The Monte Carlo histogram in the pane: one bar per bin, its height the share of draws in the
 * bin, with the range of each bar in its tooltip and the full range on the axis.
 */
import type { Bin } from "../model/simulation/histogram";
import { SERIES_COLOURS } from "./line-chart";

const SVG = "http://www.w3.org/2000/svg";
const WIDTH = 288;
const HEIGHT = 150;
const BOTTOM = 18;

/**
 * Bar rectangles (x, y, width, height) for the bins in the chart's box.
 *
 * @example histogramBars([{ from: 0, to: 1, count: 1 }, { from: 1, to: 2, count: 3 }]).map((b) => b.height); // => [44, 132]
 */
export function histogramBars(bins: readonly Bin[]): Array<{ x: number; y: number; width: number; height: number }> {
  const most = Math.max(1, ...bins.map((b) => b.count));
  const width = WIDTH / Math.max(1, bins.length);
  const plot = HEIGHT - BOTTOM;
  return bins.map((bin, i) => {
    const height = Math.round((bin.count / most) * plot);
    return { x: Math.round(i * width * 10) / 10, y: plot - height, width: Math.max(1, width - 1), height };
  });
}

export function histogramChart(
  title: string,
  bins: readonly Bin[],
  format: (n: number) => string,
  countLabel: (bin: Bin) => string,
): HTMLElement {
  const figure = document.createElement("figure");
  figure.className = "chart";
  const caption = document.createElement("figcaption");
  caption.textContent = title;
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", `0 0 ${WIDTH} ${HEIGHT}`);
  svg.setAttribute("role", "img");
  const first = bins[0];
  const last = bins[bins.length - 1];
  const range = first && last ? `${format(first.from)} – ${format(last.to)}` : "";
  svg.setAttribute("aria-label", `${title}: ${range}`);
  histogramBars(bins).forEach((bar, i) => {
    const rect = document.createElementNS(SVG, "rect");
    rect.setAttribute("x", String(bar.x));
    rect.setAttribute("y", String(bar.y));
    rect.setAttribute("width", String(bar.width));
    rect.setAttribute("height", String(bar.height));
    rect.setAttribute("fill", SERIES_COLOURS[0]);
    const tip = document.createElementNS(SVG, "title");
    tip.textContent = `${format(bins[i].from)} – ${format(bins[i].to)}: ${countLabel(bins[i])}`;
    rect.appendChild(tip);
    svg.appendChild(rect);
  });
  const axis = document.createElementNS(SVG, "text");
  axis.setAttribute("x", String(WIDTH / 2));
  axis.setAttribute("y", String(HEIGHT - 4));
  axis.setAttribute("text-anchor", "middle");
  axis.setAttribute("class", "chart-label");
  axis.textContent = range;
  svg.appendChild(axis);
  figure.append(caption, svg);
  return figure;
}
