/**
 * Finds out where the pane runs. Inside Excel, `Office.onReady` reports the host; in a plain
 * browser office.js reports no host (or is missing altogether when the CDN is unreachable), and the
 * pane runs in preview mode.
 */
export type HostMode = "excel" | "preview";

export interface HostInfo {
  readonly mode: HostMode;
  /** Office's display language inside Excel, the browser's otherwise. */
  readonly language: string;
}

const ON_READY_TIMEOUT_MS = 5000;

export async function detectHost(): Promise<HostInfo> {
  const browserLanguage = typeof navigator !== "undefined" ? navigator.language : "en-US";
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    return { mode: "preview", language: browserLanguage };
  }
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), ON_READY_TIMEOUT_MS));
  const info = await Promise.race([Office.onReady(), timeout]);
  if (info && info.host === Office.HostType.Excel) {
    return { mode: "excel", language: Office.context.displayLanguage || browserLanguage };
  }
  return { mode: "preview", language: browserLanguage };
}

/** Whether Office reports a dark theme (Office.context.officeTheme, where available). */
export function prefersDarkTheme(mode: HostMode): boolean {
  if (mode === "excel") {
    const theme = Office.context.officeTheme;
    if (theme && theme.bodyBackgroundColor) return isDark(theme.bodyBackgroundColor);
  }
  return typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches;
}

/** Relative luminance below one half counts as dark. `#1f1f1f` is dark, `#ffffff` is not. */
export function isDark(hexColor: string): boolean {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hexColor.trim());
  if (!match) return false;
  const [r, g, b] = match.slice(1).map((part) => parseInt(part, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}
