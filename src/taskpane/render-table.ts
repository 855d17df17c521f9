/** Renders a function result (a header row, then data rows) as an HTML table for preview mode. */
export function renderTable(
  rows: ReadonlyArray<ReadonlyArray<string | number | boolean>>,
  caption: string,
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
  for (const row of body) {
    const tr = tbody.insertRow();
    for (const cell of row) {
      const td = tr.insertCell();
      td.textContent = String(cell);
      if (typeof cell === "number") td.className = "number";
    }
  }
  return table;
}
