/**
 * The text `REE.SOURCE` shows for an answer: grade, citation, URL, edition (and what the other
 * editions say), status, the scope (what the series measures) and the record's note. Citations and notes come from the dataset's text
 * (`text.ts`), which the caller loads.
 */
import type { DataAnswer } from "./query";
import type { DataText } from "./text";
import type { DataRecord, Grade } from "./types";

const GRADE_MEANING: Record<Grade, string> = {
  A: "official statistics or primary text",
  B: "reputable relay of official data",
  C: "aggregator or relay, needs a cross-check",
  D: "derived from cited inputs",
};

/** Formats a number the way the sources print it: 390000 -> "390,000", 0.92 -> "0.92". */
export function formatValue(value: number): string {
  const [whole, fraction] = String(value).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction ? `${grouped}.${fraction}` : grouped;
}

function citeRecord(record: DataRecord, text: DataText): string {
  const source = text.sources.get(record.source);
  if (!source) throw new Error(`source ${record.source} is not in the catalogue`);
  const year = source.year ? `, ${source.year}` : "";
  const via = source.via ? ` (read via ${source.via})` : "";
  return `${source.citation}${year}. ${source.url}${via}.`;
}

/**
 * One line of provenance for the answer.
 *
 * @example citeAnswer(answerFor("MINE_PRODUCTION", "REE", "CN", 2024), text); // => "Grade A (official statistics or primary text). U.S. Geological Survey, Mineral Commodity Summaries 2026: Rare Earths, 2026. https://... Edition MCS 2026 (preferred; MCS 2025: 270,000). Scope usgs-mine-production: Mine production of rare earths by country, tonnes of rare-earth oxide equivalent, ...."
 */
export function citeAnswer(answer: DataAnswer, text: DataText): string {
  const [first] = answer.records;
  const grades = [...new Set(answer.records.map((record) => record.grade))].sort();
  const grade =
    grades.length === 1 ? `Grade ${grades[0]} (${GRADE_MEANING[grades[0]]}).` : `Grades ${grades.join(", ")}.`;
  const citations = [...new Set(answer.records.map((record) => citeRecord(record, text)))].join(" ");
  const parts = [grade, citations];
  if (first.edition) {
    const others = answer.alternatives.map(
      (other) =>
        `${other.edition}${other.scope && other.scope !== first.scope ? ` (scope ${other.scope})` : ""}: ${formatValue(other.value)}`,
    );
    parts.push(`Edition ${first.edition}${others.length > 0 ? ` (preferred; ${others.join("; ")})` : ""}.`);
  }
  if (first.status) parts.push(first.status === "estimate" ? "Estimate." : "Projection.");
  if (first.scope) {
    const description = text.scopeDescription(first.scope);
    parts.push(`Scope ${first.scope}${description ? `: ${description.replace(/\.$/, "")}` : ""}.`);
  }
  const notes = [
    ...new Set(answer.records.map((record) => text.noteOf(record)).filter((note): note is string => !!note)),
  ];
  if (notes.length > 0) parts.push(`Note: ${notes.join(" ")}`);
  return parts.join(" ");
}
