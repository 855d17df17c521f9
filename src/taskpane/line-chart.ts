/**
 * A small SVG line chart for preview mode and for Compare in the pane (in Excel the run sheet has
 * a native chart). Each series gets its own scale when `separateScales` is set, because stock in
 * tonnes and a price multiplier share no axis; the legend then gives each series' range.
 */
export interface Series {
  readonly label: string;
  readonly values: readonly number[];
}

import {
  CHART_HEIGHT as HEIGHT,
  CHART_WIDTH as WIDTH,
  SERIES_COLOURS,
  SVG_NS as SVG,
  axisLabel,
  chartFrame,
} from "./chart-frame";

const PAD = { left: 8, right: 8, top: 8, bottom: 18 };

function scale(values: readonly number[]): { min: number; max: number } {
  const min = Math.min(0, ...values);
  const max = Math.max(...values);
  return { min, max: max > min ? max : min + 1 };
}

/**
 * Polyline points for one series in the chart's box.
 *
 * @example linePoints([0, 1], { min: 0, max: 1 }); // => "8,132 280,8"
 */
export function linePoints(values: readonly number[], range: { min: number; max: number }): string {
  const w = WIDTH - PAD.left - PAD.right;
  const h = HEIGHT - PAD.top - PAD.bottom;
  const step = values.length > 1 ? w / (values.length - 1) : 0;
  return values
    .map((v, i) => {
      const x = PAD.left + i * step;
      const y = PAD.top + h - ((v - range.min) / (range.max - range.min)) * h;
      return `${Math.round(x * 10) / 10},${Math.round(y * 10) / 10}`;
    })
    .join(" ");
}

export function lineChart(
  title: string,
  series: readonly Series[],
  options: { separateScales: boolean; format: (n: number) => string; xLabel: string },
): HTMLElement {
  const { figure, svg } = chartFrame(title, series.map((s) => s.label).join(", "));
  const shared = scale(([] as number[]).concat(...series.map((s) => [...s.values])));
  const axis = document.createElementNS(SVG, "line");
  axis.setAttribute("x1", String(PAD.left));
  axis.setAttribute("x2", String(WIDTH - PAD.right));
  axis.setAttribute("y1", String(HEIGHT - PAD.bottom));
  axis.setAttribute("y2", String(HEIGHT - PAD.bottom));
  axis.setAttribute("class", "chart-axis");
  svg.appendChild(axis);
  axisLabel(svg, options.xLabel);
  const legend = document.createElement("ul");
  legend.className = "chart-legend";
  series.forEach((s, i) => {
    const range = options.separateScales ? scale(s.values) : shared;
    const line = document.createElementNS(SVG, "polyline");
    line.setAttribute("points", linePoints(s.values, range));
    line.setAttribute("fill", "none");
    line.setAttribute("stroke", SERIES_COLOURS[i % SERIES_COLOURS.length]);
    line.setAttribute("stroke-width", "2");
    svg.appendChild(line);
    const item = document.createElement("li");
    const swatch = document.createElement("span");
    swatch.className = "chart-swatch";
    swatch.style.background = SERIES_COLOURS[i % SERIES_COLOURS.length];
    item.append(
      swatch,
      `${s.label}: ${options.format(Math.min(...s.values))} – ${options.format(Math.max(...s.values))}`,
    );
    legend.appendChild(item);
  });
  figure.append(legend);
  return figure;
}
