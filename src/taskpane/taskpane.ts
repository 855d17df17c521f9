/**
 * The task pane. In Excel it inserts REE formulas into the sheet; in a plain browser (preview
 * mode) it computes the same result with the model and shows it in the page.
 * The full scenario pane grows from here (SPEC section 9).
 */
import { findMaterial } from "../model/vocabulary/elements";
import { versionLabel } from "../model/version";
import { elementsTable } from "../functions/tables/elements-table";
import { insertFormulaAtSelection } from "./excel-actions";
import { detectHost, prefersDarkTheme, type HostInfo } from "./host";
import { renderTable } from "./render-table";
import { STRINGS, languageFor, type Strings } from "./strings";

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`taskpane.html has no #${id}`);
  return element as T;
}

function applyStrings(text: Strings, host: HostInfo): void {
  document.documentElement.lang = languageFor(host.language);
  byId("title").textContent = text.title;
  byId("try-heading").textContent = text.tryHeading;
  byId("try-label").textContent = text.tryLabel;
  byId("try-run").textContent = host.mode === "excel" ? text.insert : text.run;
  byId("help-link").textContent = text.help;
  byId("status").textContent = host.mode === "excel" ? text.inExcel : text.preview;
}

async function onRun(text: Strings, host: HostInfo): Promise<void> {
  const group = byId<HTMLSelectElement>("try-group").value;
  const formula = `=REE.ELEMENTS("${group}")`;
  const message = byId("try-message");
  const result = byId("try-result");
  byId("try-formula").textContent = formula;
  message.textContent = "";
  result.replaceChildren();
  try {
    if (host.mode === "excel") {
      const address = await insertFormulaAtSelection(formula);
      result.textContent = text.inserted(address);
    } else {
      result.appendChild(renderTable(elementsTable(findMaterial(group) ?? null), formula));
    }
  } catch (error) {
    message.textContent = error instanceof Error ? error.message : String(error);
  }
}

async function main(): Promise<void> {
  const host = await detectHost();
  const text = STRINGS[languageFor(host.language)];
  document.body.dataset.mode = host.mode;
  document.body.classList.toggle("theme-dark", prefersDarkTheme(host.mode));
  byId("version").textContent = versionLabel();
  applyStrings(text, host);
  byId<HTMLFormElement>("try-form").addEventListener("submit", (event) => {
    event.preventDefault();
    void onRun(text, host);
  });
}

void main();
