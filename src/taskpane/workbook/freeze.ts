/**
 * "Freeze for sharing", "Restore" and "Repair formulas" (SPEC section 9). Freezing replaces every
 * formula that calls REE in the chosen sheets with its current value and keeps the original
 * formulas in a very hidden sheet of the workbook, so that a colleague without the add-in sees
 * values instead of #NAME?; restoring puts them back exactly. A formula whose result spills
 * (REE.PATH, REE.SHOCK(..."ALL")) is frozen with its whole spilled range, and restoring clears
 * that range before re-entering the formula, so it spills again. Freezing takes three
 * `context.sync()` calls (read, find spills, write); restoring and repairing take two.
 */
import { callsRee, cellAddress, normaliseReeFormula } from "./formulas";

/** The very hidden sheet that keeps frozen formulas: one row per cell (sheet, address, formula). */
export const STORE_SHEET = "REE_FROZEN_FORMULAS";

export interface FrozenCell {
  readonly sheet: string;
  readonly address: string;
  readonly formula: string;
  /** The range the formula's result spilled into (A1 notation, without sheet), or "" for one cell. */
  readonly spill: string;
}

/** Cells of one sheet's used range that call REE, with the value to leave in their place. */
export function planFreeze(
  sheet: string,
  origin: { row: number; column: number },
  formulas: unknown[][],
  values: unknown[][],
): Array<Omit<FrozenCell, "spill"> & { value: unknown }> {
  const cells: Array<Omit<FrozenCell, "spill"> & { value: unknown }> = [];
  formulas.forEach((row, r) =>
    row.forEach((formula, c) => {
      if (callsRee(formula)) {
        cells.push({ sheet, address: cellAddress(origin.row + r, origin.column + c), formula, value: values[r][c] });
      }
    }),
  );
  return cells;
}

/** The frozen cells of the store's rows, skipping its header; malformed rows are reported, not dropped. */
export function readStore(rows: unknown[][]): { cells: FrozenCell[]; problems: string[] } {
  const cells: FrozenCell[] = [];
  const problems: string[] = [];
  rows.slice(1).forEach((row, i) => {
    const [sheet, address, formula, spill] = row;
    if (row.every((v) => v === "" || v === null)) return;
    const spillOk =
      spill === undefined || spill === "" || (typeof spill === "string" && /^[A-Z]+\d+(:[A-Z]+\d+)?$/.test(spill));
    if (
      typeof sheet === "string" &&
      typeof address === "string" &&
      /^[A-Z]+\d+$/.test(address) &&
      typeof formula === "string" &&
      formula.startsWith("=") &&
      spillOk
    ) {
      cells.push({ sheet, address, formula, spill: typeof spill === "string" ? spill : "" });
    } else {
      problems.push(`row ${i + 2} of ${STORE_SHEET} is not a frozen formula and was left as it is`);
    }
  });
  return { cells, problems };
}

interface UsedRange {
  sheet: Excel.Worksheet;
  range: Excel.Range;
}

/** Freezes the REE formulas of the named sheets; returns how many cells were frozen. */
export async function freezeSheets(sheetNames: readonly string[]): Promise<number> {
  return Excel.run(async (context) => {
    const used: UsedRange[] = sheetNames.map((name) => {
      const sheet = context.workbook.worksheets.getItem(name);
      const range = sheet.getUsedRangeOrNullObject();
      range.load(["formulas", "values", "rowIndex", "columnIndex", "isNullObject"]);
      return { sheet, range };
    });
    const store = context.workbook.worksheets.getItemOrNullObject(STORE_SHEET);
    const storeRange = store.getUsedRangeOrNullObject(true);
    storeRange.load(["values", "isNullObject"]);
    store.load("isNullObject");
    await context.sync();

    const planned = used.map(({ sheet, range }, i) =>
      range.isNullObject
        ? []
        : planFreeze(
            sheetNames[i],
            { row: range.rowIndex, column: range.columnIndex },
            range.formulas,
            range.values,
          ).map((cell) => {
            const spill = sheet.getRange(cell.address).getSpillingToRangeOrNullObject();
            spill.load(["address", "values", "isNullObject"]);
            return { sheet, cell, spill };
          }),
    );
    await context.sync();

    const frozen: FrozenCell[] = [];
    for (const { sheet, cell, spill } of planned.reduce((all, list) => all.concat(list), [])) {
      if (spill.isNullObject) {
        sheet.getRange(cell.address).values = [[cell.value as never]];
        frozen.push({ ...cell, spill: "" });
      } else {
        const local = spill.address.replace(/^.*!/, "").replace(/\$/g, "");
        sheet.getRange(local).values = spill.values as never;
        frozen.push({ ...cell, spill: local });
      }
    }
    if (frozen.length === 0) return 0;
    const existing = store.isNullObject || storeRange.isNullObject ? [] : storeRange.values;
    const target = store.isNullObject ? context.workbook.worksheets.add(STORE_SHEET) : store;
    target.visibility = Excel.SheetVisibility.veryHidden;
    const rows = [
      ["sheet", "address", "formula", "spill"],
      ...existing.slice(1),
      ...frozen.map((c) => [c.sheet, c.address, c.formula, c.spill]),
    ];
    // Formulas are kept as text: a leading apostrophe stops Excel evaluating them in the store.
    target.getRange(`A1:D${rows.length}`).values = rows.map((row, r) =>
      r === 0 ? row : [row[0], row[1], `'${String(row[2]).replace(/^'/, "")}`, row[3] ?? ""],
    ) as never;
    await context.sync();
    return frozen.length;
  });
}

/** Puts frozen formulas back exactly and empties the store; returns the number restored and any problems. */
export async function restoreFormulas(): Promise<{ restored: number; problems: string[] }> {
  return Excel.run(async (context) => {
    const store = context.workbook.worksheets.getItemOrNullObject(STORE_SHEET);
    const storeRange = store.getUsedRangeOrNullObject(true);
    storeRange.load(["values", "isNullObject"]);
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    if (storeRange.isNullObject) return { restored: 0, problems: [] };
    const { cells, problems } = readStore(
      storeRange.values.map((row) => row.map((v) => (typeof v === "string" ? v.replace(/^'/, "") : v))),
    );
    const names = new Set(sheets.items.map((s) => s.name));
    const kept: FrozenCell[] = [];
    for (const cell of cells) {
      if (!names.has(cell.sheet)) {
        problems.push(`sheet "${cell.sheet}" no longer exists: ${cell.address} kept in ${STORE_SHEET}`);
        kept.push(cell);
        continue;
      }
      const sheet = sheets.getItem(cell.sheet);
      // The frozen values of a spilled result would block the spill (#SPILL!): clear them first.
      if (cell.spill) sheet.getRange(cell.spill).clear(Excel.ClearApplyTo.contents);
      sheet.getRange(cell.address).formulas = [[cell.formula]];
    }
    storeRange.clear();
    if (kept.length > 0) {
      const rows = [
        ["sheet", "address", "formula", "spill"],
        ...kept.map((c) => [c.sheet, c.address, `'${c.formula}`, c.spill]),
      ];
      store.getRange(`A1:D${rows.length}`).values = rows as never;
    }
    await context.sync();
    return { restored: cells.length - kept.length, problems };
  });
}

/** Re-enters REE formulas that show #NAME? (Excel had not loaded the functions); returns how many. */
export async function repairFormulas(sheetNames: readonly string[]): Promise<number> {
  return Excel.run(async (context) => {
    const used = sheetNames.map((name) => {
      const range = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject();
      range.load(["formulas", "values", "rowIndex", "columnIndex", "isNullObject"]);
      return { name, range };
    });
    await context.sync();
    let repaired = 0;
    for (const { name, range } of used) {
      if (range.isNullObject) continue;
      range.formulas.forEach((row, r) =>
        row.forEach((formula, c) => {
          if (callsRee(formula) && range.values[r][c] === "#NAME?") {
            const address = cellAddress(range.rowIndex + r, range.columnIndex + c);
            context.workbook.worksheets.getItem(name).getRange(address).formulas = [[normaliseReeFormula(formula)]];
            repaired++;
          }
        }),
      );
    }
    await context.sync();
    return repaired;
  });
}
