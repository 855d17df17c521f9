/**
 * The task pane (SPEC section 9): choose a scenario, run it, run Monte Carlo, compare scenarios,
 * keep them in the workbook and share the workbook. In Excel a run writes a sheet with live REE
 * formulas; in a plain browser (preview mode) the same form shows the results in the page.
 * The pane only wires the page to pure modules: host (where it runs), requirements (what this
 * Excel can do), scenario-form (fields and checks), the model, and workbook/ (everything that
 * writes to Excel). A pane that started in preview because Office had not answered yet switches
 * to Excel mode in place when it does: the shared runtime keeps this page for the whole session.
 */
import { COUNTRIES } from "../model/vocabulary/countries";
import { METRICS } from "../model/shock/metrics";
import { METRIC_DESCRIPTIONS } from "../model/shock/metric-descriptions";
import { SCENARIOS, findScenario } from "../model/shock/scenarios";
import { SCENARIO_DESCRIPTIONS } from "../model/shock/scenario-descriptions";
import { runShock, shockMetrics, type ShockRun } from "../model/shock/shock";
import { histogram } from "../model/simulation/histogram";
import { percentileSorted } from "../model/simulation/statistics";
import { versionLabel } from "../model/version";
import { compareScenarios } from "./compare";
import { activeSheetName, workbookSheetNames } from "./excel-actions";
import { applyTheme } from "./fluent";
import { officeGlobal, prefersDarkTheme, watchHost, type HostInfo } from "./host";
import { histogramChart } from "./histogram-chart";
import { lineChart } from "./line-chart";
import { paneNumber, paneShare } from "./number-format";
import { renderTable } from "./render-table";
import {
  FORM_PARAMETERS,
  checkForm,
  parameterFields,
  questionFor,
  type FieldName,
  type FormState,
} from "./scenario-form";
import { FEATURE_EXCEL_API, officeSetSupport, unavailableFeatures, type WorkbookFeature } from "./requirements";
import { Cancelled, runSimulationTask, type SimulationTask } from "./simulation-task";
import { STRINGS, descriptionIn, languageFor, localeFor, nameIn, type Language, type Strings } from "./strings";
import { freezeSheets, repairFormulas, restoreFormulas } from "./workbook/freeze";
import { writeRunSheet, type RunInputs } from "./workbook/run-sheet";
import { loadSavedScenarios, saveScenario, type SavedList } from "./workbook/saved-scenarios";

/** Fluent's dropdown and text input both expose `value`. */
type ValueElement = HTMLElement & { value: string | null };

const SIMULATION_ITERATIONS = 5000;
/** The path dropdown's "as in the data year" option (no `path=` option). */
const PATH_FROM_DATA = "DATA";
const SEED = 1;

interface PaneState {
  host: HostInfo;
  /** Whether the user picked the language with the button; otherwise it follows the host's. */
  languageChosen: boolean;
  /** Whether the pane has read the workbook (saved scenarios, requirement sets) since Excel answered. */
  connected: boolean;
  /** Workbook features this Excel lacks the requirement set for (none outside Excel). */
  unavailable: WorkbookFeature[];
  language: Language;
  text: Strings;
  /** Numbers and shares formatted for the pane language. */
  num: (n: number) => string;
  /** The locale for numbers and dates. */
  locale: string;
  share: (n: number) => string;
  task: SimulationTask | null;
  comparison: Array<{ label: string; run: RunInputs }>;
  saved: SavedList | null;
}

function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`taskpane.html has no #${id}`);
  return element as T;
}

function valueOf(id: string): string {
  return byId<ValueElement>(id).value ?? "";
}

function setValue(id: string, value: string): void {
  byId<ValueElement>(id).value = value;
}

/**
 * A dropdown's options; the labels follow the pane language, the values are API ids. The dropdown
 * is rebuilt whole and swapped in, because Fluent's dropdown reads its selected option when it
 * connects; its change event bubbles to the form, where the pane listens.
 */
function fillDropdown(id: string, options: ReadonlyArray<readonly [string, string]>, selected: string): void {
  const old = byId(id);
  const dropdown = document.createElement("fluent-dropdown");
  for (const attribute of Array.from(old.attributes)) dropdown.setAttribute(attribute.name, attribute.value);
  const listbox = document.createElement("fluent-listbox");
  for (const [value, label] of options) {
    const option = document.createElement("fluent-option");
    option.setAttribute("value", value);
    option.textContent = label;
    if (value === selected) option.setAttribute("selected", "");
    listbox.appendChild(option);
  }
  dropdown.appendChild(listbox);
  old.replaceWith(dropdown);
}

function importerOptions(language: Language): Array<[string, string]> {
  return COUNTRIES.filter((c) => c.code !== "WORLD" && c.code !== "CN").map((c) => [
    c.code,
    `${nameIn(language, c)} (${c.code})`,
  ]);
}

function presetOptions(language: Language): Array<[string, string]> {
  return SCENARIOS.map((s) => [s.id, nameIn(language, s)]);
}

function pathOptions(text: Strings): Array<[string, string]> {
  return [
    [PATH_FROM_DATA, text.pathData],
    ["ON_TRACK", text.pathOnTrack],
    ["DELAYED", text.pathDelayed],
    ["NONE", text.pathNone],
  ];
}

/** One field per main parameter: label, unit, the preset's value as placeholder, and its source. */
function renderParameterFields(state: PaneState, preset: string): void {
  const kept = new Map(
    FORM_PARAMETERS.map((id) => [id, document.getElementById(`param-${id}`) ? valueOf(`param-${id}`) : ""]),
  );
  const container = byId("parameters");
  container.replaceChildren();
  for (const field of parameterFields(preset)) {
    const wrapper = document.createElement("div");
    wrapper.className = "field";
    wrapper.dataset.field = field.id;
    const label = document.createElement("label");
    label.id = `param-${field.id}-label`;
    label.htmlFor = `param-${field.id}`;
    const names = state.text.parameterNames as Record<string, string>;
    const units = state.text.units as Record<string, string>;
    label.textContent = `${names[field.id] ?? field.id} · ${field.id} (${units[field.unit] ?? field.unit})`;
    label.title = descriptionIn(state.language, field);
    const input = document.createElement("fluent-text-input") as ValueElement;
    input.id = `param-${field.id}`;
    input.setAttribute("aria-labelledby", label.id);
    input.setAttribute("placeholder", state.num(field.value));
    input.setAttribute("inputmode", "decimal");
    input.setAttribute("aria-describedby", `param-${field.id}-hint`);
    const hint = document.createElement("p");
    hint.className = "hint";
    hint.id = `param-${field.id}-hint`;
    hint.textContent = state.text.defaultFrom(field.source ?? state.text.judgement);
    hint.title = field.note;
    wrapper.append(label, input, hint);
    container.appendChild(wrapper);
    input.value = kept.get(field.id) ?? "";
  }
}

function formState(): FormState {
  const parameters: Partial<Record<(typeof FORM_PARAMETERS)[number], string>> = {};
  for (const id of FORM_PARAMETERS) parameters[id] = valueOf(`param-${id}`);
  return {
    importer: valueOf("importer"),
    elements: valueOf("element-list"),
    preset: valueOf("preset"),
    path: valueOf("path") === PATH_FROM_DATA ? "" : valueOf("path"),
    year: valueOf("year"),
    parameters,
  };
}

/** Shows each field's message under it (or clears it); returns whether the form is valid. */
function showErrors(errors: Partial<Record<FieldName, string>>): boolean {
  document.querySelectorAll<HTMLElement>("[data-field]").forEach((wrapper) => {
    const name = wrapper.dataset.field as FieldName;
    let message = wrapper.querySelector<HTMLElement>(".field-error");
    const text = errors[name];
    wrapper.classList.toggle("invalid", Boolean(text));
    if (!text) {
      message?.remove();
      return;
    }
    if (!message) {
      message = document.createElement("p");
      message.className = "field-error";
      message.setAttribute("role", "alert");
      wrapper.appendChild(message);
    }
    message.textContent = text;
  });
  return Object.keys(errors).length === 0;
}

function setMessage(text: string): void {
  byId("message").textContent = text;
}

/**
 * A failure's message. The detail comes from the model or Excel, in English (like a cell's error
 * message); the Japanese pane says in Japanese that the action failed and then gives the detail.
 */
function errorText(error: unknown, text: Strings): string {
  const detail = error instanceof Error ? error.message : String(error);
  return text.failed(detail);
}

function metricsTable(state: PaneState, run: ShockRun): Array<Array<string | number>> {
  const units = state.text.metricUnits as Record<string, string>;
  return [
    [...state.text.metricColumns],
    ...shockMetrics(run).map((m) => [
      m.id,
      m.value === null ? state.text.noValue(m.reason!) : state.num(m.value),
      units[m.unit] ?? m.unit,
    ]),
  ];
}

/** What each metric id means, in the pane's language: the tooltip of the metric's row. */
function metricTitles(state: PaneState): string[] {
  return METRICS.map((m) => descriptionIn(state.language, METRIC_DESCRIPTIONS[m.id]));
}

function showPreviewRun(state: PaneState, runs: readonly RunInputs[]): void {
  const results = byId("results");
  results.replaceChildren();
  for (const run of runs) {
    const heading = document.createElement("h3");
    heading.textContent = `${run.element} · ${run.shock} · ${run.importer}`;
    const formula = document.createElement("code");
    formula.className = "formula";
    formula.textContent = `=REE.SHOCK("${run.importer}","${run.element}","${run.shock}",${run.months},"ALL","${run.options}"${run.year === null ? "" : `,${run.year}`})`;
    const result = runShock(questionFor(run));
    const rows = result.rows;
    results.append(
      heading,
      formula,
      renderTable(metricsTable(state, result), formula.textContent, metricTitles(state)),
      lineChart(
        state.text.chartTitle,
        [
          { label: state.text.stockLevel, values: rows.map((r) => r.stockLevel) },
          { label: state.text.unmet, values: rows.map((r) => r.unmet) },
          { label: state.text.price, values: rows.map((r) => r.priceMultiplier) },
        ],
        { separateScales: true, format: state.num, xLabel: state.text.monthAxis },
      ),
    );
  }
  byId("results-section").hidden = false;
}

async function onRun(state: PaneState): Promise<void> {
  const check = checkForm(formState(), SEED, state.language);
  if (!showErrors(check.errors)) {
    setMessage(state.text.fixErrors);
    return;
  }
  setMessage("");
  if (state.host.mode === "excel" && isUnavailable(state, "run")) {
    setMessage(requirementText(state, "run"));
    return;
  }
  try {
    if (state.host.mode === "excel") {
      const date = new Date().toISOString().slice(0, 10);
      const written: string[] = [];
      for (const run of check.runs) written.push(await writeRunSheet(run, date, state.language));
      setMessage(written.map((sheet) => state.text.written(sheet)).join(" "));
    } else {
      showPreviewRun(state, check.runs);
    }
  } catch (error) {
    setMessage(errorText(error, state.text));
  }
}

function showSimulation(state: PaneState, sorted: Float64Array, stockoutShare: number): void {
  const rows: Array<Array<string | number>> = [[state.text.percentile, state.text.value]];
  for (const p of [5, 25, 50, 75, 95]) rows.push([`P${p}`, state.share(percentileSorted(sorted, p))]);
  const results = byId("results");
  const heading = document.createElement("h3");
  heading.textContent = state.text.simulationHeading;
  const stockout = document.createElement("p");
  stockout.textContent = state.text.stockoutShare(state.share(stockoutShare));
  const bins = histogram(sorted, 20);
  results.replaceChildren(
    heading,
    renderTable(rows, state.text.simulationHeading),
    stockout,
    histogramChart(state.text.histogram, bins, state.share, (bin) => state.text.draws(state.num(bin.count))),
  );
  byId("results-section").hidden = false;
}

function setBusy(state: PaneState, busy: boolean): void {
  byId("cancel").hidden = !busy;
  byId("progress").hidden = !busy;
  byId("simulate").toggleAttribute("disabled", busy);
  byId("run").toggleAttribute("disabled", busy || isUnavailable(state, "run"));
}

function onSimulate(state: PaneState): void {
  const check = checkForm(formState(), SEED, state.language);
  if (!showErrors(check.errors)) {
    setMessage(state.text.fixErrors);
    return;
  }
  const progress = byId<HTMLElement & { value: number }>("progress");
  setBusy(state, true);
  setMessage(state.text.simulating(state.share(0)));
  const task = runSimulationTask(
    questionFor(check.runs[0]),
    "SHORTFALL_PCT",
    { iterations: SIMULATION_ITERATIONS, seed: SEED, sampling: "LHS", distribution: "PERT", ranges: {} },
    (share) => {
      progress.value = share;
      setMessage(state.text.simulating(state.share(share)));
    },
  );
  state.task = task;
  task.promise
    .then((simulation) => {
      setMessage("");
      showSimulation(state, simulation.sorted, simulation.stockoutShare);
    })
    .catch((error) => setMessage(error instanceof Cancelled ? state.text.cancelled : errorText(error, state.text)))
    .then(() => {
      state.task = null;
      setBusy(state, false);
    });
}

function updateCompareCount(state: PaneState): void {
  byId("compare-count").textContent = state.text.compareCount(state.num(state.comparison.length));
}

function onCompareAdd(state: PaneState): void {
  const check = checkForm(formState(), SEED, state.language);
  if (!showErrors(check.errors)) {
    setMessage(state.text.fixErrors);
    return;
  }
  for (const run of check.runs) {
    const label = `${run.element} ${run.shock}${run.options ? ` (${run.options})` : ""}`;
    state.comparison.push({ label, run });
  }
  updateCompareCount(state);
}

function onCompare(state: PaneState): void {
  const target = byId("compare-result");
  if (state.comparison.length < 2) {
    target.textContent = state.text.compareNeedTwo;
    return;
  }
  try {
    const result = compareScenarios(state.comparison.map(({ label, run }) => ({ label, question: questionFor(run) })));
    const table = result.table.map((row, i) =>
      i === 0
        ? [state.text.metricColumns[0], ...row.slice(1).map(String)]
        : row.map((cell) =>
            cell === null ? state.text.noValueShort : typeof cell === "number" ? state.num(cell) : cell,
          ),
    );
    target.replaceChildren(
      renderTable(table, state.text.compareHeading, metricTitles(state)),
      lineChart(state.text.unmet, result.unmet, {
        separateScales: false,
        format: state.num,
        xLabel: state.text.monthAxis,
      }),
    );
  } catch (error) {
    target.textContent = errorText(error, state.text);
  }
}

function renderSaved(state: PaneState): void {
  const list = byId("saved-list");
  list.replaceChildren();
  const saved = state.saved;
  byId("saved-problems").textContent = saved?.problems.join(" ") ?? "";
  if (!saved || saved.scenarios.length === 0) {
    const empty = document.createElement("li");
    empty.textContent = state.text.savedNone;
    list.appendChild(empty);
    return;
  }
  for (const scenario of saved.scenarios) {
    const item = document.createElement("li");
    const button = document.createElement("fluent-button");
    button.textContent = state.text.load;
    button.setAttribute("size", "small");
    button.setAttribute("aria-label", `${state.text.load}: ${scenario.name}`);
    button.addEventListener("click", () => {
      fillDropdown("importer", importerOptions(state.language), scenario.importer.toUpperCase());
      fillDropdown("preset", presetOptions(state.language), String(scenario.shock));
      fillDropdown("path", pathOptions(state.text), PATH_FROM_DATA);
      setValue("element-list", scenario.element);
      setValue("year", scenario.year === null ? "" : String(scenario.year));
      renderParameterFields(state, String(scenario.shock));
      for (const part of scenario.options.split(";")) {
        const [key, value] = part.split("=").map((s) => s.trim());
        if (key === "path") fillDropdown("path", pathOptions(state.text), value);
        else if (document.getElementById(`param-${key}`)) setValue(`param-${key}`, value);
      }
      if (scenario.months !== null) setValue("param-months", String(scenario.months));
    });
    const when = Date.parse(scenario.savedAt);
    const date = Number.isNaN(when)
      ? ""
      : ` (${state.text.savedOn(new Intl.DateTimeFormat(state.locale, { dateStyle: "medium" } as Intl.DateTimeFormatOptions).format(when))})`;
    item.append(`${scenario.name}${date} `, button);
    list.appendChild(item);
  }
}

async function onSave(state: PaneState): Promise<void> {
  if (state.host.mode !== "excel" || isUnavailable(state, "save")) return;
  const check = checkForm(formState(), SEED, state.language);
  if (!showErrors(check.errors)) return setMessage(state.text.fixErrors);
  const name = valueOf("save-name").trim() || `${check.runs[0].element} ${check.runs[0].shock}`;
  try {
    const run = check.runs[0];
    state.saved = await saveScenario({ name, ...run, savedAt: new Date().toISOString() });
    renderSaved(state);
  } catch (error) {
    byId("saved-problems").textContent = errorText(error, state.text);
  }
}

async function onShare(state: PaneState, action: "freeze" | "restore" | "repair"): Promise<void> {
  if (state.host.mode !== "excel" || isUnavailable(state, action)) return;
  const message = byId("share-message");
  try {
    if (action === "restore") {
      const { restored, problems } = await restoreFormulas();
      message.textContent = [state.text.restored(state.num(restored)), ...problems].join(" ");
      return;
    }
    const onlyThisSheet = (byId("this-sheet-only") as HTMLElement & { checked: boolean }).checked;
    const sheets = onlyThisSheet ? [await activeSheetName()] : await workbookSheetNames();
    const count = action === "freeze" ? await freezeSheets(sheets) : await repairFormulas(sheets);
    message.textContent = (action === "freeze" ? state.text.frozen : state.text.repaired)(state.num(count));
  } catch (error) {
    message.textContent = errorText(error, state.text);
  }
}

function applyLanguage(state: PaneState, language: Language): void {
  state.language = language;
  state.text = STRINGS[language];
  const locale = localeFor(language, state.host.language);
  state.locale = locale;
  state.num = paneNumber(locale);
  state.share = paneShare(locale);
  document.documentElement.lang = language;
  const text = state.text as unknown as Record<string, unknown>;
  document.querySelectorAll<HTMLElement>("[data-text]").forEach((element) => {
    const value = text[element.dataset.text!];
    if (typeof value === "string") element.textContent = value;
  });
  byId("status").textContent =
    state.host.mode === "excel" ? state.text.inExcel : state.host.settled ? state.text.preview : state.text.waiting;
  byId("run").textContent = state.host.mode === "excel" ? state.text.runExcel : state.text.run;
  const toggle = byId("language");
  toggle.textContent = state.text.language;
  toggle.setAttribute("lang", language === "ja" ? "en" : "ja");
  toggle.setAttribute("aria-label", state.text.languageLabel);
  const importer = valueOf("importer") || "JP";
  const preset = valueOf("preset") || "licensing-2025";
  const path = valueOf("path") || PATH_FROM_DATA;
  fillDropdown("importer", importerOptions(language), importer);
  fillDropdown("preset", presetOptions(language), preset);
  fillDropdown("path", pathOptions(state.text), path);
  renderParameterFields(state, preset);
  showPresetDescription(state, preset);
  updateCompareCount(state);
  showRequirements(state);
  if (state.saved) renderSaved(state);
}

/** The label of a workbook feature's button, as the pane shows it. */
function featureLabel(text: Strings, feature: WorkbookFeature): string {
  return feature === "run" ? text.runExcel : text[feature];
}

function isUnavailable(state: PaneState, feature: WorkbookFeature): boolean {
  return state.unavailable.indexOf(feature) >= 0;
}

/** Why a feature is off: what is missing and which Excel has it (Japanese sentences take no space between). */
function requirementText(state: PaneState, feature: WorkbookFeature): string {
  const off = state.text.unavailable(featureLabel(state.text, feature));
  const needs = state.text.needsExcelApi(FEATURE_EXCEL_API[feature]);
  return state.language === "ja" ? off + needs : `${off} ${needs}`;
}

/**
 * Disables each button whose feature this Excel cannot run and says why under its row of
 * buttons, in the pane language (the button is described by the note for screen readers).
 */
function showRequirements(state: PaneState): void {
  for (const feature of Object.keys(FEATURE_EXCEL_API) as WorkbookFeature[]) {
    const button = byId(feature);
    const id = `${feature}-requirement`;
    let note = document.getElementById(id);
    if (!isUnavailable(state, feature)) {
      note?.remove();
      continue;
    }
    button.setAttribute("disabled", "");
    button.setAttribute("aria-describedby", id);
    if (!note) {
      note = document.createElement("p");
      note.id = id;
      note.className = "requirement";
      (button.closest(".actions") ?? button).after(note);
    }
    note.textContent = requirementText(state, feature);
  }
}

function showPresetDescription(state: PaneState, preset: string): void {
  const scenario = findScenario(preset);
  byId("preset-description").textContent = scenario
    ? descriptionIn(state.language, SCENARIO_DESCRIPTIONS[scenario.id])
    : "";
}

/** Reads what this Excel supports and the workbook's saved scenarios, once Excel has answered. */
async function connectWorkbook(state: PaneState): Promise<void> {
  state.connected = true;
  state.unavailable = unavailableFeatures(officeSetSupport());
  showRequirements(state);
  if (isUnavailable(state, "save")) return;
  try {
    state.saved = await loadSavedScenarios();
  } catch (error) {
    byId("saved-problems").textContent = errorText(error, state.text);
  }
  renderSaved(state);
}

/** Puts the pane in the host's mode: theme, language (unless the user chose one), status, workbook. */
function showHost(state: PaneState, host: HostInfo): void {
  state.host = host;
  const dark = prefersDarkTheme(host.mode);
  applyTheme(dark);
  document.body.dataset.mode = host.mode;
  document.body.classList.toggle("theme-dark", dark);
  applyLanguage(state, state.languageChosen ? state.language : languageFor(host.language));
  if (host.mode === "excel" && !state.connected) void connectWorkbook(state);
}

/** Builds the pane for the first answer about the host and wires its controls. */
function startPane(host: HostInfo): PaneState {
  byId("version").textContent = versionLabel();
  const language = languageFor(host.language);
  const state: PaneState = {
    host,
    languageChosen: false,
    connected: false,
    unavailable: [],
    language,
    text: STRINGS[language],
    num: paneNumber("en-US"),
    locale: "en-US",
    share: paneShare("en-US"),
    task: null,
    comparison: [],
    saved: null,
  };
  showHost(state, host);

  byId("language").addEventListener("click", () => {
    state.languageChosen = true;
    applyLanguage(state, state.language === "ja" ? "en" : "ja");
  });
  const form = byId<HTMLFormElement>("scenario-form");
  form.addEventListener("change", (event) => {
    if ((event.target as HTMLElement).id !== "preset") return;
    renderParameterFields(state, valueOf("preset"));
    showPresetDescription(state, valueOf("preset"));
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void onRun(state);
  });
  // Fluent's button and text input are form-associated; Enter in a field runs, as in a plain form.
  form.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.target as HTMLElement).tagName === "FLUENT-TEXT-INPUT") {
      event.preventDefault();
      void onRun(state);
    }
  });
  byId("simulate").addEventListener("click", () => onSimulate(state));
  byId("cancel").addEventListener("click", () => state.task?.cancel());
  byId("compare-add").addEventListener("click", () => onCompareAdd(state));
  byId("compare-run").addEventListener("click", () => onCompare(state));
  byId("compare-clear").addEventListener("click", () => {
    state.comparison = [];
    updateCompareCount(state);
    byId("compare-result").replaceChildren();
  });
  // Workbook buttons are shown in Excel mode only; they may become live after the pane started.
  byId("save").addEventListener("click", () => void onSave(state));
  byId("freeze").addEventListener("click", () => void onShare(state, "freeze"));
  byId("restore").addEventListener("click", () => void onShare(state, "restore"));
  byId("repair").addEventListener("click", () => void onShare(state, "repair"));
  return state;
}

function main(): void {
  let state: PaneState | null = null;
  const browserLanguage = typeof navigator !== "undefined" ? navigator.language : "en-US";
  watchHost(officeGlobal(), browserLanguage, (host) => {
    if (state) showHost(state, host);
    else state = startPane(host);
  });
}

main();
