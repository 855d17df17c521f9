/**
 * An importer's demand by element (docs/METHODS.md, "Element demand"), derived so that it adds up:
 *
 *   total T            the importer's reported rare-earth demand (DEMAND, element REE), latest year
 *                      at or before the year asked
 *   published e        the importer's own figure for e (JSNM's Ce, NdPr, La, Y, Eu): as published in
 *                      T's year, or, from an earlier year, as the same share of T
 *   derived e          Σ_a share(a) × T × content(a, e) over the applications a of the importer's
 *                      latest end-use split (END_USE_SHARE) whose content of e is sourced
 *                      (APPLICATION_CONTENT: the magnet recipe, mischmetal)
 *   materials e        published e where there is one, else derived e × f, with
 *                      f = min(1, (T − Σ published) ÷ Σ derived) so that Σ_e materials e ≤ T
 *   in magnets e       finished magnets imported from China (China's customs, EXPORTS of MAGNET to
 *                      the importer, in T's year or the latest before it) × the magnet recipe by mass
 *                      (NdPr 30, Dy 3, Tb 1 wt%; 34 wt% rare earths)
 *   demand e           materials e + in magnets e; the all-rare-earth demand is T + 0.34 × magnets
 *
 * so every element demand is at most its group's and the group's at most the all-rare-earth
 * demand, by construction. Dy and Tb that arrive inside alloys (NdFeB strip, Dy-Fe) for the
 * importer's own magnet makers are in T (JSNM and USGS count materials in any form) and reach the
 * element through the magnet share and recipe; Dy and Tb inside finished magnets are the second
 * term, and count on the supply side the same way (China's exports of Dy in all forms).
 *
 * An element gets no figure when neither term has a basis: then `NoDataError` says what is
 * missing (never a group's tonnage). Pr and Nd are not split: the sources give NdPr only. Uses of
 * an element whose content is not sourced (Ce in polishing, La in catalysts, Tb in phosphors) are
 * named in the explanation as not counted: a derived figure is then a lower estimate.
 */
import { NoDataError, InvalidInputError } from "../errors";
import { latestYearAtOrBefore, recordsOf } from "../data/select";
import type { DataRecord, Grade } from "../data/types";
import { MAGNET_COMPOSITION } from "../dependency/materials";
import { APPLICATIONS } from "../vocabulary/applications";
import { ELEMENTS, elementsOf, findMaterial } from "../vocabulary/elements";

/** One element's (or NdPr's) part of the importer's material demand. */
export interface DemandPart {
  readonly code: string;
  /** t/yr */
  readonly tonnes: number;
  readonly how: "published" | "published, share held" | "derived";
  /** The computation, in words and numbers. */
  readonly text: string;
  readonly records: readonly DataRecord[];
}

/** Everything known about one importer's demand in one year, computed once. */
export interface DemandTable {
  readonly importer: string;
  /** The year of the total used (latest at or before the year asked). */
  readonly year: number;
  readonly total: DataRecord;
  /** Material demand by element and NDPR, within the total. */
  readonly parts: ReadonlyMap<string, DemandPart>;
  /** For each element, the applications of the split that use it but whose content is not sourced. */
  readonly notCounted: ReadonlyMap<string, readonly string[]>;
  /** Whether the importer has an end-use split in or before the year. */
  readonly hasSplit: boolean;
  /** Finished magnets imported from China, tonnes of magnet, and the record; null where none is sourced. */
  readonly magnets: { readonly tonnes: number; readonly record: DataRecord } | null;
  /** The table-wide steps: total, split, scaling. */
  readonly steps: readonly string[];
}

export interface ElementDemand {
  readonly importer: string;
  readonly material: string;
  readonly year: number;
  /** Rare-earth materials consumed by the importer's industry (within its reported total), t/yr. */
  readonly materials: number;
  /** Contained in finished magnets imported from China, t/yr. */
  readonly inMagnets: number;
  /** materials + inMagnets, t/yr. */
  readonly total: number;
  /** False where known uses of the material are not counted (the figure is a lower estimate). */
  readonly complete: boolean;
  /** The lowest grade of the inputs. */
  readonly grade: Grade;
  readonly steps: readonly string[];
  readonly records: readonly DataRecord[];
}

/** Rare-earth content of a magnet by mass, from the recipe: NdPr 30, Dy 3, Tb 1 wt% = 0.34. */
export const MAGNET_RARE_EARTH_SHARE = MAGNET_COMPOSITION.reduce((sum, part) => sum + part.weight, 0) / 100;

const round = (value: number) => Math.round(value);
const fmt = (value: number) => String(Math.round(value * 10000) / 10000);
const t = (value: number) => `${round(value).toLocaleString("en-US")} t`;

function importersWithTotals(): string[] {
  return [...new Set(recordsOf("DEMAND", (r) => r.element === "REE").map((r) => r.country))].sort();
}

function totalRecord(importer: string, year: number): DataRecord {
  const totals = recordsOf("DEMAND", (r) => r.country === importer && r.element === "REE");
  const at = latestYearAtOrBefore(totals, year);
  if (at === undefined) {
    if (totals.length > 0) {
      const first = Math.min(...totals.map((r) => r.year));
      throw new NoDataError(`No rare-earth demand total for ${importer} in or before ${year}; the first is ${first}`);
    }
    throw new NoDataError(
      `No rare-earth demand total for ${importer}: element demand is derived from an importer's total consumption, which is sourced for ${importersWithTotals().join(", ")} only`,
    );
  }
  return totals.find((r) => r.year === at) as DataRecord;
}

/** The records of the latest year at or before `year`, from the source with the most records that year. */
function latestSet(records: readonly DataRecord[], year: number): DataRecord[] {
  const at = latestYearAtOrBefore(records, year);
  if (at === undefined) return [];
  const bySource = new Map<string, DataRecord[]>();
  for (const r of records.filter((r) => r.year === at)) bySource.set(r.source, [...(bySource.get(r.source) ?? []), r]);
  return [...bySource.values()].sort((a, b) => b.length - a.length)[0];
}

/** The content record of an application and element: latest at or before the year, else the earliest (a recipe). */
function contentRecord(application: string, element: string, year: number): DataRecord | undefined {
  const records = recordsOf(
    "APPLICATION_CONTENT",
    (r) => r.application === application && r.element === element && r.country === "WORLD",
  );
  const at = latestYearAtOrBefore(records, year) ?? Math.min(...records.map((r) => r.year));
  return records.find((r) => r.year === at);
}

function published(importer: string, total: DataRecord): DemandPart[] {
  const records = recordsOf("DEMAND", (r) => r.country === importer && r.element !== "REE");
  const parts: DemandPart[] = [];
  for (const code of [...new Set(records.map((r) => r.element))]) {
    const own = records.filter((r) => r.element === code);
    const at = latestYearAtOrBefore(own, total.year);
    if (at === undefined) continue;
    const record = own.find((r) => r.year === at) as DataRecord;
    if (record.year === total.year) {
      parts.push({
        code,
        tonnes: record.value,
        how: "published",
        text: `${code} ${t(record.value)} (${record.year}, grade ${record.grade}, as published)`,
        records: [record],
      });
      continue;
    }
    const then = recordsOf("DEMAND", (r) => r.country === importer && r.element === "REE" && r.year === record.year)[0];
    if (!then) continue;
    const share = record.value / then.value;
    parts.push({
      code,
      tonnes: share * total.value,
      how: "published, share held",
      text: `${code}: ${t(record.value)} of ${t(then.value)} in ${record.year} = ${fmt(share)} of the total, held: ${fmt(share)} x ${t(total.value)} = ${t(share * total.value)}`,
      records: [record, then],
    });
  }
  return parts;
}

const cache = new Map<string, DemandTable>();

/**
 * The demand table of an importer for the latest total at or before `year`.
 *
 * @example Math.round(demandTable("JP", 2024).parts.get("Dy")!.tonnes); // => 550
 */
export function demandTable(importer: string, year: number): DemandTable {
  const total = totalRecord(importer, year);
  const key = `${importer}|${total.year}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const T = total.value;
  const steps = [`total ${t(T)} (${importer} ${total.year}, grade ${total.grade})`];

  // Published element figures win.
  const parts = new Map<string, DemandPart>();
  const own = published(importer, total);
  const ownSum = own.reduce((sum, p) => sum + p.tonnes, 0);
  const ownScale = ownSum > T ? T / ownSum : 1;
  for (const p of own) parts.set(p.code, ownScale < 1 ? { ...p, tonnes: p.tonnes * ownScale } : p);
  if (ownScale < 1) steps.push(`published figures add up to ${t(ownSum)}, above the total: scaled by ${fmt(ownScale)}`);

  // Derived from the end-use split and the recipes.
  const split = latestSet(
    recordsOf("END_USE_SHARE", (r) => r.country === importer),
    total.year,
  );
  const derived = new Map<string, { tonnes: number; texts: string[]; records: DataRecord[] }>();
  const notCounted = new Map<string, string[]>();
  if (split.length === 0) {
    steps.push(`no end-use split for ${importer}: no element is derived from applications`);
  } else {
    const shares = split.map((r) => `${r.application} ${fmt(r.value)}`).join(", ");
    const rest = 1 - split.reduce((sum, r) => sum + r.value, 0);
    steps.push(
      `end-use split ${split[0].year} (grade ${split[0].grade}): ${shares}${rest > 0.005 ? `; not attributed ${fmt(rest)}` : ""}`,
    );
    for (const share of split) {
      const application = APPLICATIONS.find((a) => a.id === share.application);
      const contents = recordsOf("APPLICATION_CONTENT", (r) => r.application === share.application)
        .map((r) => r.element)
        .filter((code, i, all) => all.indexOf(code) === i)
        .map((code) => contentRecord(share.application as string, code, total.year) as DataRecord);
      for (const c of contents) {
        const tonnes = share.value * T * c.value;
        const entry = derived.get(c.element) ?? { tonnes: 0, texts: [], records: [] };
        entry.tonnes += tonnes;
        entry.texts.push(`${share.application} ${fmt(share.value)} x ${t(T)} x ${c.element} content ${fmt(c.value)}`);
        entry.records.push(share, c);
        derived.set(c.element, entry);
      }
      const covered = new Set(contents.map((c) => c.element));
      if (covered.has("NDPR")) covered.add("Nd").add("Pr");
      for (const element of application?.uses ?? []) {
        if (covered.has(element) || share.value <= 0) continue;
        notCounted.set(element, [...(notCounted.get(element) ?? []), `${share.application} (${fmt(share.value)})`]);
      }
    }
  }
  const remaining = Math.max(0, T - [...parts.values()].reduce((sum, p) => sum + p.tonnes, 0));
  const toDerive = [...derived].filter(([code]) => !parts.has(code));
  const derivedSum = toDerive.reduce((sum, [, d]) => sum + d.tonnes, 0);
  const scale = derivedSum > remaining ? remaining / derivedSum : 1;
  if (scale < 1) {
    steps.push(
      `derived elements add up to ${t(derivedSum)}, more than the ${t(remaining)} the total leaves after published figures: scaled by ${fmt(scale)}`,
    );
  }
  for (const [code, d] of toDerive) {
    const tonnes = d.tonnes * scale;
    parts.set(code, {
      code,
      tonnes,
      how: "derived",
      text: `${code} = ${d.texts.join(" + ")}${scale < 1 ? ` x ${fmt(scale)}` : ""} = ${t(tonnes)}`,
      records: d.records,
    });
  }
  for (const [code, d] of derived) {
    const p = parts.get(code);
    if (p && p.how !== "derived") {
      const note = `; the split would give ${t(d.tonnes)}, the published figure wins`;
      parts.set(code, { ...p, text: p.text + note });
    }
  }

  const magnetRecords = recordsOf(
    "EXPORTS",
    (r) => r.element === "MAGNET" && r.country === "CN" && r.partner === importer,
  );
  // The magnets of the total's year (or the latest before it), so one table describes one year.
  const magnetYear = latestYearAtOrBefore(magnetRecords, total.year);
  const magnetRecord = magnetRecords.find((r) => r.year === magnetYear);
  const table: DemandTable = {
    importer,
    year: total.year,
    total,
    parts,
    notCounted,
    hasSplit: split.length > 0,
    magnets: magnetRecord ? { tonnes: magnetRecord.value, record: magnetRecord } : null,
    steps,
  };
  if (cache.size > 200) cache.clear();
  cache.set(key, table);
  return table;
}

/** The magnet recipe's share of a magnet's mass for a code (NDPR, Dy, Tb), 0 for others. */
function magnetWeight(code: string): number {
  const part = MAGNET_COMPOSITION.find((p) => p.material === code);
  return part ? part.weight / 100 : 0;
}

function magnetStep(table: DemandTable, code: string, tonnes: number): string {
  const m = table.magnets;
  if (code !== "REE" && magnetWeight(code) === 0 && ["LREE", "HREE"].indexOf(code) < 0) {
    return `${code} is not in the magnet recipe: none counted in imported magnets`;
  }
  if (!m) return `no sourced imports of finished magnets from China for ${table.importer}: none counted`;
  const weight = code === "REE" ? MAGNET_RARE_EARTH_SHARE : magnetWeight(code);
  return `in finished magnets imported from China: ${t(m.tonnes)} of magnet (${m.record.year}, grade ${m.record.grade}) x ${code} ${fmt(weight)} = ${t(tonnes)}`;
}

function lowestGrade(records: readonly DataRecord[]): Grade {
  return records.reduce<Grade>((worst, r) => (r.grade > worst ? r.grade : worst), "A");
}

/** Why there is no figure: what is missing for the element. */
function missing(table: DemandTable, code: string): NoDataError {
  const uses = APPLICATIONS.filter((a) => (a.uses as readonly string[]).indexOf(code) >= 0).map((a) => a.id);
  const counted = table.notCounted.get(code);
  const usedIn = uses.length > 0 ? uses.join(", ") : "minor uses not in the vocabulary";
  const where = !table.hasSplit
    ? `no end-use split for ${table.importer} in or before ${table.year} (${code} is used in ${usedIn})`
    : counted
      ? `its uses in ${table.importer}'s split (${counted.join(", ")}) have no sourced ${code} content`
      : `no application in ${table.importer}'s end-use split has a sourced ${code} content (${code} is used in ${usedIn})`;
  return new NoDataError(
    `No ${code} demand for ${table.importer} in ${table.year}: no published ${code} figure, ${where}, and no ${code} arrives in the magnets counted`,
  );
}

/**
 * An importer's demand for an element, NdPr, a group, all rare earths or the magnet product, in
 * the latest year at or before `year` with a total.
 *
 * @example Math.round(elementDemand("JP", "Dy", 2024).materials); // => 550
 */
export function elementDemand(importer: string, material: string, year: number): ElementDemand {
  const resolved = findMaterial(material);
  if (!resolved) throw new InvalidInputError(`Unknown element or group "${material}"`);
  // The data never change: each answer is computed once (REE.SHOCK asks on every call).
  const key = `${importer}|${resolved.code}|${year}`;
  let answer = demandCache.get(key);
  if (!answer) {
    answer = deriveElementDemand(importer, resolved.code, year);
    demandCache.set(key, answer);
  }
  return answer;
}

const demandCache = new Map<string, ElementDemand>();

function deriveElementDemand(importer: string, material: string, year: number): ElementDemand {
  const resolved = findMaterial(material);
  if (!resolved) throw new InvalidInputError(`Unknown element or group "${material}"`);
  const code = resolved.code;
  const table = demandTable(importer, year);
  const M = table.magnets?.tonnes ?? 0;
  const magnetRecords = table.magnets ? [table.magnets.record] : [];
  const base = { importer, material: code, year: table.year };

  if (code === "REE") {
    const inMagnets = M * MAGNET_RARE_EARTH_SHARE;
    const records = [table.total, ...magnetRecords];
    return {
      ...base,
      materials: table.total.value,
      inMagnets,
      total: table.total.value + inMagnets,
      complete: true,
      grade: lowestGrade(records),
      steps: [table.steps[0], magnetStep(table, "REE", inMagnets)],
      records,
    };
  }

  if (code === "MAGNET") {
    const parts = MAGNET_COMPOSITION.map((p) => elementDemand(importer, p.material, year));
    const records = parts.reduce<DataRecord[]>((all, p) => all.concat(p.records), []);
    return {
      ...base,
      materials: parts.reduce((sum, p) => sum + p.materials, 0),
      inMagnets: parts.reduce((sum, p) => sum + p.inMagnets, 0),
      total: parts.reduce((sum, p) => sum + p.total, 0),
      complete: parts.every((p) => p.complete),
      grade: lowestGrade(records),
      steps: [
        "MAGNET = the rare earths of a sintered NdFeB magnet: NdPr + Dy + Tb",
        ...parts.map((p) => `${p.material} ${t(p.total)}`),
      ],
      records,
    };
  }

  if (code === "Nd" || code === "Pr") {
    const ndpr = table.parts.get("NDPR");
    const inMagnets = M * magnetWeight("NDPR");
    if (ndpr || inMagnets > 0) {
      throw new NoDataError(
        `No ${code} demand for ${importer}: the sources give Pr and Nd together as NdPr (${t((ndpr?.tonnes ?? 0) + inMagnets)} in ${table.year}) and no Nd:Pr split; use NDPR`,
      );
    }
    throw missing(table, code);
  }

  const members =
    resolved.kind === "element"
      ? [code]
      : code === "NDPR"
        ? ["NDPR"]
        : elementsOf(resolved).map((e) => e.symbol as string);
  if (resolved.kind === "group" && code !== "NDPR") {
    // A group is the sum of its members that have a basis (NdPr once, for Nd and Pr).
    const codes = members.filter((m) => m !== "Nd" && m !== "Pr");
    if (members.indexOf("Nd") >= 0) codes.push("NDPR");
    const known = codes.filter((c) => table.parts.has(c) || M * magnetWeight(c) > 0);
    if (known.length === 0) {
      throw new NoDataError(
        `No ${code} demand for ${importer} in ${table.year}: none of its elements (${members.join(", ")}) has a published figure, a sourced content in ${importer}'s end-use split or a magnet content`,
      );
    }
    const materials = known.reduce((sum, c) => sum + (table.parts.get(c)?.tonnes ?? 0), 0);
    const inMagnets = known.reduce((sum, c) => sum + M * magnetWeight(c), 0);
    const records = [
      table.total,
      ...known.reduce<DataRecord[]>((all, c) => all.concat(table.parts.get(c)?.records ?? []), []),
      ...magnetRecords,
    ];
    const absent = codes.filter((c) => known.indexOf(c) < 0);
    return {
      ...base,
      materials,
      inMagnets,
      total: materials + inMagnets,
      complete: false,
      grade: lowestGrade(records),
      steps: [
        ...table.steps,
        `${code} = the sum of its elements with a basis: ${known.map((c) => `${c} ${t((table.parts.get(c)?.tonnes ?? 0) + M * magnetWeight(c))}`).join(", ")}`,
        `not counted (no basis): ${absent.join(", ")}: a lower estimate`,
        magnetStep(table, code, inMagnets),
      ],
      records,
    };
  }

  const part = table.parts.get(code);
  const inMagnets = M * magnetWeight(code);
  if (!part && inMagnets === 0) throw missing(table, code);
  const notCounted = table.notCounted.get(code) ?? [];
  const countedBySplit = part?.how === "derived";
  const records = [table.total, ...(part?.records ?? []), ...magnetRecords];
  const steps = [...table.steps];
  steps.push(part ? part.text : `no ${code} in the materials counted (no published figure, no sourced content)`);
  if (countedBySplit && notCounted.length > 0) {
    steps.push(`not counted: ${code} in ${notCounted.join(", ")} (content not sourced): a lower estimate`);
  }
  steps.push(magnetStep(table, code, inMagnets));
  return {
    ...base,
    materials: part?.tonnes ?? 0,
    inMagnets,
    total: (part?.tonnes ?? 0) + inMagnets,
    complete: !(countedBySplit && notCounted.length > 0) && part !== undefined,
    grade: lowestGrade(records),
    steps,
    records,
  };
}

/** Every code the demand of an importer can be asked for: the elements, NDPR, the groups and MAGNET. */
export const DEMAND_CODES: readonly string[] = [
  ...ELEMENTS.map((e) => e.symbol as string),
  "NDPR",
  "LREE",
  "HREE",
  "REE",
  "MAGNET",
];
