/**
 * The Monte Carlo histogram in the pane: one bar per bin, its height the share of draws in the
 * bin, with the range of each bar in its tooltip and the full range on the axis.
 */
import type { Bin } from "../model/simulation/histogram";
import {
  CHART_HEIGHT as HEIGHT,
  CHART_WIDTH as WIDTH,
  SERIES_COLOURS,
  SVG_NS as SVG,
  axisLabel,
  chartFrame,
} from "./chart-frame";

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
  const first = bins[0];
  const last = bins[bins.length - 1];
  const range = first && last ? `${format(first.from)} – ${format(last.to)}` : "";
  const { figure, svg } = chartFrame(title, range);
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
  axisLabel(svg, range);
  return figure;
}
