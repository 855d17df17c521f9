/**
 * Finds out where the pane runs, from what `Office.onReady` reports and nothing else: inside Excel
 * it resolves with `host: "Excel"`; in a plain browser office.js resolves at once with a null host;
 * when office.js is missing altogether (no network to its CDN) there is nobody to ask.
 * https://learn.microsoft.com/javascript/api/office#office-office-onready-function(1)
 *
 * A slow Excel start can keep `onReady` waiting for many seconds. The pane does not wait blind:
 * after a short grace it shows itself in preview mode, marked as not settled, and switches to
 * Excel mode when `onReady` answers Excel later. No timer ever decides "preview" for good, because
 * in a shared runtime the page stays loaded until Excel closes, so a wrong guess would last as
 * long as the session.
 */
export type HostMode = "excel" | "preview";

export interface HostInfo {
  readonly mode: HostMode;
  /** Office's display language inside Excel, the browser's otherwise. */
  readonly language: string;
  /**
   * Whether Office has answered (or cannot: office.js is missing). A preview that is not settled
   * may still become Excel.
   */
  readonly settled: boolean;
}

/** The part of the `Office` global the detection reads; tests pass a stand-in. */
export interface OfficeLike {
  onReady?: () => Promise<{ host?: unknown } | null | undefined>;
  HostType?: { Excel?: unknown };
  context?: { displayLanguage?: string };
}

/**
 * How long the pane shows "Loading…" before it starts in preview mode. Outside Office,
 * office.js's onReady answers within milliseconds of loading, so a plain browser never sees the
 * unsettled state; inside a slow Excel the user sees a working pane after this wait instead of a
 * blank one.
 */
export const PREVIEW_AFTER_MS = 1500;

/**
 * Reports the host to `onHost`: once when known, and again each time the answer changes (an
 * unsettled preview followed by Excel, or by a settled preview). Returns a function that stops
 * the watch (clears the timer and ignores a later answer).
 *
 * - office.js missing, or without `onReady`: a settled preview, reported synchronously.
 * - `onReady` answers within `previewAfterMs`: that answer only.
 * - `onReady` answers later: an unsettled preview after `previewAfterMs`, then the answer.
 * - `onReady` never answers: the unsettled preview, and nothing more.
 * - `onReady` fails: a settled preview.
 */
export function watchHost(
  office: OfficeLike | undefined,
  browserLanguage: string,
  onHost: (info: HostInfo) => void,
  previewAfterMs: number = PREVIEW_AFTER_MS,
): () => void {
  const preview = (settled: boolean): HostInfo => ({ mode: "preview", language: browserLanguage, settled });
  if (!office || typeof office.onReady !== "function") {
    onHost(preview(true));
    return () => undefined;
  }
  let answered = false;
  let stopped = false;
  const timer = setTimeout(() => {
    if (!answered && !stopped) onHost(preview(false));
  }, previewAfterMs);
  const answer = (info: HostInfo) => {
    answered = true;
    clearTimeout(timer);
    if (!stopped) onHost(info);
  };
  const excel = office.HostType?.Excel ?? "Excel";
  office.onReady().then(
    (info) =>
      answer(
        info && info.host === excel
          ? { mode: "excel", language: office.context?.displayLanguage || browserLanguage, settled: true }
          : preview(true),
      ),
    () => answer(preview(true)),
  );
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}

/** The `Office` global, or undefined where office.js did not load. */
export function officeGlobal(): OfficeLike | undefined {
  return typeof Office === "undefined" ? undefined : (Office as unknown as OfficeLike);
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
