/**
 * The pane's text in English and Japanese, chosen from Office's display language (or the
 * browser's in preview mode). Both tables have the same keys; a test checks it.
 */
export const STRINGS = {
  en: {
    title: "REE Supply Risk",
    loading: "Loading…",
    inExcel: "Connected to Excel. Results are written to the selected cell.",
    preview:
      "Preview mode: not running in Excel. Results are shown here instead of being written to a workbook. Open the add-in in Excel to use the REE functions in cells.",
    tryHeading: "Try a function",
    tryLabel: "Elements in group",
    run: "Run",
    insert: "Insert in sheet",
    inserted: (address: string) => `Inserted in ${address}.`,
    help: "Help",
  },
  ja: {
    title: "レアアース供給リスク",
    loading: "読み込み中…",
    inExcel: "Excel に接続しました。結果は選択したセルに書き込まれます。",
    preview:
      "プレビュー モード：Excel で実行されていません。結果はブックに書き込まれず、ここに表示されます。セルで REE 関数を使うには Excel でアドインを開いてください。",
    tryHeading: "関数を試す",
    tryLabel: "グループの元素",
    run: "実行",
    insert: "シートに挿入",
    inserted: (address: string) => `${address} に挿入しました。`,
    help: "ヘルプ",
  },
} as const;

export type Language = keyof typeof STRINGS;
export type Strings = (typeof STRINGS)[Language];

/**
 * Picks the pane language from a BCP 47 tag such as Office's `displayLanguage`.
 *
 * @example languageFor("ja-JP"); // => "ja"
 * @example languageFor("en-GB"); // => "en"
 */
export function languageFor(tag: string | null | undefined): Language {
  return tag && tag.toLowerCase().startsWith("ja") ? "ja" : "en";
}
