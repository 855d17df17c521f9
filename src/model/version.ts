/**
 * Model and data versions, reported by `REE.VERSION()` and written into every workbook the task
 * pane produces, so that a colleague's copy can tell which model computed a frozen value.
 *
 * `MODEL_VERSION` follows semantic versioning and must equal `version` in package.json (a test
 * checks it). `DATA_VINTAGE` is the year-month in which the bundled dataset was last compiled.
 */
export const MODEL_VERSION = "0.1.0";
export const DATA_VINTAGE = "2026-11";

/**
 * The version string shown in cells.
 *
 * @example versionLabel(); // => "0.1.0 (data 2026-11)"
 */
export function versionLabel(): string {
  return `${MODEL_VERSION} (data ${DATA_VINTAGE})`;
}
