/**
 * The built task pane in a real Chromium at task-pane width (320 px), outside Excel (preview
 * mode): choosing and running a scenario with the keyboard alone, inline validation, Monte Carlo
 * with Cancel, Compare, and Japanese. office.js is served from the @microsoft/office-js package in
 * place of Microsoft's CDN; nothing may be requested off this machine. With UPDATE_DOCS=1 the
 * tests also save screenshots of the main states to docs/images/ for the README.
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { ROOT } from "../helpers/built-addin";
import { startPaneBrowser, type PaneBrowser } from "../helpers/pane-browser";

let panes: PaneBrowser;

beforeAll(async () => {
  panes = await startPaneBrowser();
});

afterAll(async () => {
  await panes?.close();
});

const openPane = (locale: string) => panes.open(locale);

const IMAGES = path.join(ROOT, "docs", "images");

async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.UPDATE_DOCS !== "1") return;
  fs.mkdirSync(IMAGES, { recursive: true });
  await page.screenshot({ path: path.join(IMAGES, `${name}.png`), fullPage: true });
}

/** Moves the focus with Tab only, as a keyboard user would, until it is inside `selector`. */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press("Tab");
    const inside = await page.evaluate((s) => {
      let element: Element | null = document.activeElement;
      // the focus may sit in a component's shadow root
      while (element && element.shadowRoot && element.shadowRoot.activeElement)
        element = element.shadowRoot.activeElement;
      return Boolean(document.activeElement && document.activeElement.closest(s));
    }, selector);
    if (inside) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await tabTo(page, selector);
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Backspace");
  if (text) await page.keyboard.type(text);
}

describe("task pane in a browser (preview mode)", () => {
  it("says it is not running in Excel, with no console errors and no request off this machine", async () => {
    const { page, consoleErrors, offMachine, officeFiles } = await openPane("en-US");
    await expect(page.textContent("#status")).resolves.toMatch(/not running in Excel/);
    await expect(page.textContent("#version")).resolves.toMatch(/^\d+\.\d+\.\d+ \(data \d{4}-\d{2}\)$/);
    expect(officeFiles).toContain("office.js");
    // the scenario form starts on a real preset, with each parameter's preset value and source
    await expect(page.textContent("#preset")).resolves.toMatch(/Licensing 2025/);
    await expect(page.getAttribute("#param-stockpile_days", "placeholder")).resolves.toBe("60");
    await expect(page.textContent("[data-field=stockpile_days] .hint")).resolves.toMatch(/source: jp-/);
    await screenshot(page, "pane-start");
    expect(consoleErrors).toEqual([]);
    expect(offMachine).toEqual([]);
    await page.context().close();
  });

  it("selects a preset, changes a parameter and runs, keyboard only, and shows the results in the page", async () => {
    const { page, consoleErrors } = await openPane("en-US");
    // choose "Embargo on Japan" in the preset dropdown with the arrow keys
    await tabTo(page, "#preset");
    await page.keyboard.press("Enter");
    let chosen = "";
    for (let i = 0; i < 10 && !/Embargo/i.test(chosen); i++) {
      await page.keyboard.press("ArrowDown");
      chosen = await page.evaluate(() => {
        const active = document.querySelector(
          "#preset fluent-option[active-descendant], #preset fluent-option:state(active)",
        );
        return active ? (active.textContent ?? "") : "";
      });
    }
    await page.keyboard.press("Enter");
    await expect(
      page.evaluate(() => (document.getElementById("preset") as unknown as { value: string }).value),
    ).resolves.toBe("embargo-jp");
    // the parameter fields now show that preset's values
    await typeInto(page, "#param-stockpile_days", "30");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#results table");
    await expect(page.textContent("#results .formula")).resolves.toBe(
      '=REE.SHOCK("JP","Dy","embargo-jp",12,"ALL","stockpile_days=30")',
    );
    const rows = await page.$$eval("#results tbody tr", (trs) =>
      trs.map((tr) => Array.from((tr as HTMLTableRowElement).cells).map((c) => c.textContent)),
    );
    expect(rows.map((r) => r[0])).toContain("SHORTFALL_PCT");
    const shortfall = Number(rows.find((r) => r[0] === "SHORTFALL_PCT")![1]);
    expect(shortfall).toBeGreaterThan(0);
    expect(shortfall).toBeLessThanOrEqual(1);
    // the monthly path chart has its three series
    await expect(page.$$eval("#results svg polyline", (lines) => lines.length)).resolves.toBe(3);
    // the pane fits a 320 px task pane without horizontal scrolling
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await screenshot(page, "pane-results");
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it("shows an inline message for invalid input and runs nothing", async () => {
    const { page, consoleErrors } = await openPane("en-US");
    await typeInto(page, "#param-severity", "1.5");
    await typeInto(page, "#element-list", "Dy, Kryptonite");
    await page.keyboard.press("Enter");
    await page.waitForSelector("[data-field=severity] .field-error");
    await expect(page.textContent("[data-field=severity] .field-error")).resolves.toMatch(/severity.*1/);
    await expect(page.textContent("[data-field=elements] .field-error")).resolves.toMatch(/Kryptonite/);
    await expect(page.textContent("#message")).resolves.toMatch(/Fix the fields/);
    await expect(page.isHidden("#results-section")).resolves.toBe(true);
    await screenshot(page, "pane-invalid");
    // correcting the field clears its message on the next run
    await typeInto(page, "#param-severity", "0.5");
    await typeInto(page, "#element-list", "Dy");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#results table");
    await expect(page.$$eval(".field-error", (e) => e.length)).resolves.toBe(0);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it("runs Monte Carlo with a result table and chart, and Cancel stops a run", async () => {
    const { page, consoleErrors } = await openPane("en-US");
    await page.click("#simulate");
    await page.waitForSelector("#results table", { timeout: 60000 });
    const rows = await page.$$eval("#results tbody tr", (trs) =>
      trs.map((tr) => Array.from((tr as HTMLTableRowElement).cells).map((c) => c.textContent ?? "")),
    );
    expect(rows.map((r) => r[0])).toEqual(["P5", "P25", "P50", "P75", "P95"]);
    // percentiles are shares of demand, in order
    const values = rows.map((r) => Number(r[1].replace("%", "")));
    expect(values.every((v, i) => v >= 0 && v <= 100 && (i === 0 || v >= values[i - 1]))).toBe(true);
    // the histogram: 20 bars, whose tooltips count all 5,000 draws
    const counts = await page.$$eval("#results svg rect title", (titles) =>
      titles.map((t) => Number(/: ([\d,]+) draws/.exec(t.textContent ?? "")![1].replace(/,/g, ""))),
    );
    expect(counts).toHaveLength(20);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(5000);
    await expect(page.isHidden("#cancel")).resolves.toBe(true);
    await screenshot(page, "pane-monte-carlo");
    // Cancel: stop the simulation between two slices
    await page.evaluate(() => {
      document.getElementById("simulate")!.click();
      document.getElementById("cancel")!.click();
    });
    await page.waitForFunction(() => /Cancelled/.test(document.getElementById("message")!.textContent ?? ""));
    await expect(page.isHidden("#progress")).resolves.toBe(true);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it("compares scenarios side by side in one table and one chart", async () => {
    const { page, consoleErrors } = await openPane("en-US");
    await page.click("#compare-run");
    await expect(page.textContent("#compare-result")).resolves.toMatch(/at least two/);
    await page.click("#compare-add");
    await typeInto(page, "#param-stockpile_days", "180");
    await page.click("#compare-add");
    await expect(page.textContent("#compare-count")).resolves.toMatch(/^2 /);
    await page.click("#compare-run");
    await page.waitForSelector("#compare-result table");
    const header = await page.$$eval("#compare-result thead th", (ths) => ths.map((th) => th.textContent));
    expect(header).toEqual(["metric", "Dy licensing-2025", "Dy licensing-2025 (stockpile_days=180)"]);
    await expect(page.$$eval("#compare-result svg polyline", (lines) => lines.length)).resolves.toBe(2);
    // at 320 px numbers stay whole and right-aligned; ids break only after an underscore
    const layout = await page.$$eval("#compare-result tbody tr", (trs) =>
      trs.map((tr) => {
        const [id, value] = Array.from((tr as HTMLTableRowElement).cells);
        return { id: id.innerHTML, numeric: value.classList.contains("number") || value.textContent === "none" };
      }),
    );
    expect(layout[0].id).toBe("SHORTFALL_<wbr>PCT");
    expect(layout.every((row) => row.numeric)).toBe(true);
    await screenshot(page, "pane-compare");
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it("speaks Japanese to a Japanese browser and switches language by hand", async () => {
    const { page, consoleErrors } = await openPane("ja-JP");
    await expect(page.textContent("#status")).resolves.toMatch(/プレビュー モード/);
    await expect(page.getAttribute("html", "lang")).resolves.toBe("ja");
    await expect(page.textContent("#scenario-heading")).resolves.toBe("シナリオ");
    // Japanese text in the Fluent components uses Office's Japanese UI font, after Segoe UI
    const fonts = await page.evaluate(() => ({
      components: getComputedStyle(document.documentElement).getPropertyValue("--fontFamilyBase"),
      body: getComputedStyle(document.body).fontFamily,
    }));
    expect(fonts.components).toMatch(/^'Segoe UI'.*'Yu Gothic UI'/);
    expect(fonts.body).toMatch(/^"Segoe UI".*"Yu Gothic UI"/);
    await expect(page.textContent("#importer")).resolves.toMatch(/日本/);
    await expect(page.textContent("#preset")).resolves.toMatch(/2025/);
    await expect(page.textContent("#preset-description")).resolves.toMatch(/輸出許可制/);
    // inline messages are in Japanese too
    await typeInto(page, "#param-severity", "2");
    await page.keyboard.press("Enter");
    await expect(page.textContent("[data-field=severity] .field-error")).resolves.toBe(
      "severity は 0〜1 の数値にしてください（入力：2）",
    );
    await typeInto(page, "#param-severity", "");
    await tabTo(page, "#run");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#results table");
    await expect(page.textContent("#results figcaption")).resolves.toBe("月次の推移");
    // the metrics table: Japanese headers and units, the API's metric ids, Japanese tooltips
    await expect(page.$$eval("#results thead th", (ths) => ths.map((th) => th.textContent))).resolves.toEqual([
      "指標",
      "値",
      "単位",
    ]);
    const shortfall = await page.$eval("#results tbody tr:first-child", (row) => {
      const tr = row as HTMLTableRowElement;
      return {
        id: tr.cells[0].textContent,
        title: tr.cells[0].title,
        unit: tr.cells[2].textContent,
      };
    });
    expect(shortfall).toEqual({ id: "SHORTFALL_PCT", title: "期間中の累積不足量 ÷ 平常時の累積需要", unit: "割合" });
    await expect(page.getAttribute("#param-severity-label", "title")).resolves.toMatch(/止まる割合/);
    await screenshot(page, "pane-japanese");
    await page.click("#language");
    await expect(page.textContent("#scenario-heading")).resolves.toBe("Scenario");
    await expect(page.getAttribute("html", "lang")).resolves.toBe("en");
    await expect(page.textContent("#importer")).resolves.toMatch(/Japan/);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});
