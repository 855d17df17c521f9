/**
 * docs/DATA.md's coverage table and scope catalogue are generated from the bundled dataset and
 * must stay in step with it.
 */
import * as path from "path";
import { DATASET } from "../../src/model/data/index";
import { FIELDS } from "../../src/model/data/fields";
import { SCOPES } from "../../src/model/data/scopes";
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

/** One line per scope: its terms, its description, and the records that name it. */
function scopeList(): string {
  return SCOPES.map((scope) => {
    const records = DATASET.records.filter((record) => record.scope === scope.id);
    const terms = [
      scope.basis,
      scope.reporter ? `${scope.reporter}-reported` : undefined,
      scope.hs.length > 0 ? `HS ${scope.hs.join(", ")}` : "HS lines not stated",
      scope.weight ? `${scope.weight} weight` : undefined,
      scope.partYear ? `${scope.partYear} only` : undefined,
    ].filter(Boolean);
    const fields = [...new Set(records.map((r) => r.field))].sort().join(", ");
    const countries = [...new Set(records.map((r) => r.country))].sort().join(", ");
    return `- \`${scope.id}\` (${terms.join("; ")}): ${scope.description} Records: ${records.length} (${fields}; ${countries}; ${yearRanges(
      records.map((r) => r.year),
    )}).`;
  }).join("\n");
}

describe("docs/DATA.md", () => {
  it("lists every scope with its terms and the records that name it", () => {
    expectDocBlock(path.join(__dirname, "..", "..", "docs", "DATA.md"), "scopes", scopeList());
  });

  it("shows the coverage of the bundled dataset as it is", () => {
    expectDocBlock(path.join(__dirname, "..", "..", "docs", "DATA.md"), "coverage", coverageTable());
  });
});
