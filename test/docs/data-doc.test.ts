/** docs/DATA.md's coverage table is generated from the bundled dataset and must stay in step with it. */
import * as path from "path";
import { DATASET } from "../../src/model/data/index";
import { FIELDS } from "../../src/model/data/fields";
import { SOURCES } from "../../src/model/data/sources";
import { yearRanges } from "../../src/model/data/year-ranges";
import { expectDocBlock } from "../helpers/doc-blocks";

function coverageTable(): string {
  const rows = FIELDS.map((field) => {
    const records = DATASET.records.filter((record) => record.field === field.id);
    const list = (values: string[]) => [...new Set(values)].sort().join(", ");
    const grades = ["A", "B", "C", "D"]
      .map((grade) => [grade, records.filter((record) => record.grade === grade).length] as const)
      .filter(([, count]) => count > 0)
      .map(([grade, count]) => `${grade} ${count}`)
      .join(", ");
    return `| ${field.id} | ${field.unit} | ${records.length} | ${list(records.map((r) => r.element))} | ${list(
      records.map((r) => (r.partner ? `${r.country}/${r.partner}` : r.country)),
    )} | ${records.length ? yearRanges(records.map((r) => r.year)) : ""} | ${grades} |`;
  });
  return [
    "| field | unit | records | elements | country or country/partner | years | grades |",
    "|---|---|---|---|---|---|---|",
    ...rows,
    "",
    `${DATASET.records.length} records from ${SOURCES.length} sources; ${DATASET.projects.length} supply projects.`,
  ].join("\n");
}

describe("docs/DATA.md", () => {
  it("shows the coverage of the bundled dataset as it is", () => {
    expectDocBlock(path.join(__dirname, "..", "..", "docs", "DATA.md"), "coverage", coverageTable());
  });
});
