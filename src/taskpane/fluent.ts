/**
 * Registers the Fluent UI web components the pane uses (only those, to keep the bundle small) and
 * applies Fluent's light or dark theme to match Office. Fluent UI web components 3 need the
 * Popover API for dropdowns (Chromium 114+, Safari 17+): Excel's WebView2 and current Excel on
 * the web and on Mac have it.
 */
// Each import defines one element (fluent-button, ...) and nothing else is bundled.
import "@fluentui/web-components/button.js";
import "@fluentui/web-components/checkbox.js";
import "@fluentui/web-components/dropdown.js";
import "@fluentui/web-components/listbox.js";
import "@fluentui/web-components/option.js";
import "@fluentui/web-components/progress-bar.js";
import "@fluentui/web-components/text-input.js";
import { setTheme } from "@fluentui/web-components";
import { webDarkTheme, webLightTheme } from "@fluentui/tokens";

/**
 * Fluent's font stack with the Japanese UI fonts Office uses (Yu Gothic UI on Windows, Hiragino
 * on the Mac) after Segoe UI, so the components' Japanese text matches Office's own in Japanese;
 * Latin text still comes from Segoe UI. The pane's stylesheet uses the same order.
 */
const FONT_FAMILY_BASE =
  "'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, 'Yu Gothic UI', 'Hiragino Sans', Meiryo, Roboto, 'Helvetica Neue', sans-serif";

export function applyTheme(dark: boolean): void {
  setTheme({ ...(dark ? webDarkTheme : webLightTheme), fontFamilyBase: FONT_FAMILY_BASE });
}
