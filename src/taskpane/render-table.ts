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
    th.textContent = String(cell);
    headRow.appendChild(th);
  }
  const tbody = table.createTBody();
  body.forEach((row, r) => {
    const tr = tbody.insertRow();
    for (const cell of row) {
      const td = tr.insertCell();
      td.textContent = String(cell);
      if (typeof cell === "number") td.className = "number";
    }
    const title = rowTitles?.[r];
    if (title && tr.cells[0]) tr.cells[0].title = title;
  });
  return table;
}
