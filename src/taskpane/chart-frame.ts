/**
 * What the pane's SVG charts share: a figure with a caption, a 288 x 150 drawing (the width of a
 * 320 px pane less its padding) announced to screen readers as one image, and an axis label.
 */
export const SVG_NS = "http://www.w3.org/2000/svg";
export const CHART_WIDTH = 288;
export const CHART_HEIGHT = 150;
/** Office's chart palette (accent 1, 2, 4, 6), distinct in light and dark themes. */
export const SERIES_COLOURS = ["#0f6cbd", "#d13438", "#498205", "#8764b8", "#ca5010"];

export function chartFrame(title: string, description: string): { figure: HTMLElement; svg: SVGSVGElement } {
  const figure = document.createElement("figure");
  figure.className = "chart";
  const caption = document.createElement("figcaption");
  caption.textContent = title;
  const svg = document.createElementNS(SVG_NS, "svg");
  svg.setAttribute("viewBox", `0 0 ${CHART_WIDTH} ${CHART_HEIGHT}`);
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", `${title}: ${description}`);
  figure.append(caption, svg);
  return { figure, svg };
}

/** The label under the horizontal axis. */
export function axisLabel(svg: SVGSVGElement, text: string): void {
  const label = document.createElementNS(SVG_NS, "text");
  label.setAttribute("x", String(CHART_WIDTH / 2));
  label.setAttribute("y", String(CHART_HEIGHT - 4));
  label.setAttribute("text-anchor", "middle");
  label.setAttribute("class", "chart-label");
  label.textContent = text;
  svg.appendChild(label);
}
