/**
 * The argument layer's messages in Japanese, beside the English catalogue (`messages.ts`): one
 * message per kind of argument, naming what it accepts.
 */
import { YEAR_RANGE } from "./coerce";
import type { ParamSpec } from "./params";

/**
 * The Japanese wording of an argument error, for the task pane (cells show the English catalogue
 * in `messages.ts`, as Excel shows an add-in's error text as given). Whether a value is valid is
 * always the argument layer's decision; this only says, in Japanese, what the argument accepts.
 *
 * @example argumentMessageJa({ kind: "number", name: "severity", min: 0, max: 1 }, "1.5"); // => "severity は 0〜1 の数値にしてください（入力：1.5）"
 */
export function argumentMessageJa(spec: ParamSpec, text: string): string {
  const got = `（入力：${text}）`;
  switch (spec.kind) {
    case "country":
      return `不明な国「${text}」：REE.COUNTRIES() の国コードを使ってください`;
    case "material":
      return `不明な元素またはグループ「${text}」：REE.ELEMENTS() の元素、または NDPR、LREE、HREE、REE、MAGNET を使ってください`;
    case "shock":
      return `不明なシナリオ「${text}」：REE.SCENARIOS() の ID か 0〜1 の深刻度を使ってください`;
    case "year":
      return `年は ${YEAR_RANGE.min}〜${YEAR_RANGE.max} の西暦にしてください${got}`;
    case "number": {
      const range = spec.min !== undefined && spec.max !== undefined ? `${spec.min}〜${spec.max} の` : "";
      return `${spec.name} は ${range}${spec.integer ? "整数" : "数値"}にしてください${got}`;
    }
    default:
      return `${spec.name} の値が正しくありません${got}`;
  }
}
