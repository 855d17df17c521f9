/**
 * Renders a function result (a header row, then data rows) as an HTML table for preview mode.
 * `rowTitles`, when given, become the tooltip of each data row's first cell (e.g. what a metric
 * id means, in the pane's language).
 */
export function renderTable(
  rows: ReadonlyArray<ReadonlyArray<string | number | boolean>>,
  caption: string,
  rowTitles?: readonly string[],
): HTMLTableElement {
  const table = document.createElement("table");
  const captionElement = table.createCaption();
  captionElement.textContent = caption;
  captionElement.className = "visually-hidden";
  const [header, ...body] = rows;
  const headRow = table.createTHead().insertRow();
  for (const cell of header ?? []) {
    const th = document.createElement("th");
    th.scope = "col";
    fillCell(th, cell);
    headRow.appendChild(th);
  }
  const tbody = table.createTBody();
  body.forEach((row, r) => {
    const tr = tbody.insertRow();
    for (const cell of row) fillCell(tr.insertCell(), cell);
    const title = rowTitles?.[r];
    if (title && tr.cells[0]) tr.cells[0].title = title;
  });
  return table;
}

/** Text that reads as a number once formatted for the locale: "105,800,000", "0.037", "2.720". */
const NUMERIC_TEXT = /^[-\u2212+]?[\d.,\s\u00a0\u202f]+%?$/;

/**
 * A cell's text. Numbers (also when already formatted as text) are right-aligned and kept on one
 * line; ids such as SHORTFALL_PCT may break after an underscore, and nowhere else, so a 320 px
 * pane wraps them at a readable place (`<wbr>` adds no text, so copying the cell still gives the id).
 */
function fillCell(cell: HTMLTableCellElement, value: string | number | boolean): void {
  const text = String(value);
  if (typeof value === "number" || NUMERIC_TEXT.test(text)) {
    cell.className = "number";
    cell.textContent = text;
    return;
  }
  text.split(/(?<=_)/).forEach((part, i) => {
    if (i > 0) cell.append(document.createElement("wbr"));
    cell.append(part);
  });
}
