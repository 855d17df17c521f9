/**
 * The shape of the bundled data (SPEC section 4): every number is a record with its value, unit,
 * year (and month for monthly series), source, reliability grade and note.
 *
 * The data is written with its text (`AuthoredRecord`, `AuthoredProject`, the `Source` catalogue)
 * and shipped in two parts (`pack.ts`): the numbers (`DataRecord`, `SupplyProject`), which every
 * computation uses and which load with the functions, and the text (notes, citations and the
 * descriptions of fields, scenarios and metrics), which only REE.SOURCE, REE.PARAMS and the
 * catalogue lists show and which loads on first use (`text.ts`). The types keep
 * the two apart, so code that computes a number cannot depend on text that may not be loaded.
 */

/**
 * Reliability grades:
 * - A: official statistics or the primary text (USGS, customs, ministries, company filings, WGI);
 * - B: a reputable relay of official data (Reuters, Argus, IEA as quoted by the press, industry associations);
 * - C: an aggregator, blog or translated relay; needs a cross-check;
 * - D: derived here from cited inputs; the note gives the formula and the inputs.
 */
export type Grade = "A" | "B" | "C" | "D";

export interface Source {
  /** Short stable id, e.g. `usgs-mcs-2026`. */
  readonly id: string;
  /** Full citation: author or agency, title, date. */
  readonly citation: string;
  readonly publisher: string;
  /** Publication year; null where the source gives none. */
  readonly year: number | null;
  /** The original publisher's URL. */
  readonly url: string;
  /** The public copy actually read, where it differs from `url`. */
  readonly via?: string;
}

export interface DataRecord {
  /** A field id from `FIELDS`. */
  readonly field: string;
  /** An element symbol, a group code (`REE` for all rare earths, `NDPR`, `HREE`, `LREE`) or `MAGNET`. */
  readonly element: string;
  /** Country code from the vocabulary (`JP`, `CN`, `EU`, `WORLD`, ...). */
  readonly country: string;
  /** The partner (supplier) country for import-share fields. */
  readonly partner?: string;
  /**
   * The end use (application id from `vocabulary/applications.ts`) for fields keyed by application
   * (`END_USE_SHARE`, `APPLICATION_CONTENT`); absent for every other field.
   */
  readonly application?: string;
  /**
   * The end-use sector (id from `vocabulary/sectors.ts`) for fields keyed by sector
   * (`SECTOR_OUTPUT`, `SECTOR_VA_RATIO`); absent for every other field.
   */
  readonly sector?: string;
  readonly year: number;
  /** 1–12 for monthly series. */
  readonly month?: number;
  readonly value: number;
  /** Must equal the field's unit. */
  readonly unit: string;
  /**
   * The edition of a revised series (e.g. `MCS 2025`, `MCS 2026`). Where two editions disagree
   * both records are kept; exactly one of them is marked `preferred`.
   */
  readonly edition?: string;
  readonly preferred?: boolean;
  /** Source id from the catalogue. */
  readonly source: string;
  readonly grade: Grade;
  /** `estimate` (e.g. USGS "e") or `projection` (a forecast). */
  readonly status?: "estimate" | "projection";
  /**
   * What the value measures, as the id of a `Scope` in the scope catalogue (`scopes/`): a share or
   * quantity belongs to one series with every record of the same scope, and to no other. Values of
   * different scopes are never carried forward into, or compared with, one another.
   */
  readonly scope?: string;
}

/**
 * What kind of measurement a series is (the issue of scope: Japan's "China share" is 0.58 of
 * customs tonnage, 0.30 of HS 2805 import value and "about 100%" of Dy, and these are different
 * series, not revisions of one):
 * - `customs-volume`: customs imports (or a partner's exports to the importer) by weight;
 * - `customs-value`: the same by value;
 * - `whole-chain`: a statement about supply along the chain (mine to magnet), not a trade flow;
 * - `production`: shares or tonnages of output (mine, separation, magnets);
 * - `consumption`: demand or apparent consumption of the importer's industry.
 */
export type ScopeBasis = "customs-volume" | "customs-value" | "whole-chain" | "production" | "consumption";

/** One scope: a definition every record of a series shares. */
export interface Scope {
  /** Stable id, e.g. `jp-mof-volume-2846-2805`. */
  readonly id: string;
  readonly basis: ScopeBasis;
  /** The reporting country's customs (`importer`), its partners' exports (`exporter`, mirror data), or neither. */
  readonly reporter?: "importer" | "exporter";
  /** HS codes covered (2805.30, 2846.10, 2846.90, 8505.11, ...); empty where the source does not state them. */
  readonly hs: readonly string[];
  /** What a tonne is: gross product weight, oxide equivalent (REO), metal content; absent for values and shares of value. */
  readonly weight?: "gross" | "REO" | "metal";
  /**
   * The months covered where a scope counts only part of each year (e.g. `January-June`): its
   * values are not annual totals, so they never stand for a year (the default dependency skips them).
   */
  readonly partYear?: string;
  /** One sentence a user reads in REE.SOURCE: what is counted and what is not. */
  readonly description: string;
}

/**
 * A scope as it ships with the numbers: everything the model reasons with. The description is
 * text that only REE.SOURCE shows, so it ships with the notes and loads on first use (`pack.ts`).
 */
export type ScopeTerms = Omit<Scope, "description">;

/** A record as written in the topic files (`records/`): the numbers and the note. */
export interface AuthoredRecord extends DataRecord {
  /** What the number is and is not; for grade D the formula and its inputs. */
  readonly note?: string;
}

/** The provenance part of a record, shared by the helpers that build records in the topic files. */
export type RecordMeta = Pick<DataRecord, "source" | "grade" | "edition" | "preferred" | "status"> & {
  readonly note: string;
};

/** How a field is keyed and what its values mean. */
/** What a catalogue entry means, in English and Japanese (`field-descriptions.ts` and the like). */
export interface Described {
  readonly description: string;
  readonly descriptionJa: string;
}

/**
 * The descriptions of a catalogue's entries (fields, scenarios, metrics) by id. They ship with the
 * notes and citations (`pack.ts`): only the functions that list a catalogue and the task pane show them.
 */
export type Descriptions = Readonly<Record<string, Described>>;

/** The catalogues whose descriptions ship with the text: REE.FIELDS, REE.SCENARIOS, REE.METRICS. */
export type CatalogueName = "fields" | "scenarios" | "metrics";

export type Catalogues = Readonly<Record<CatalogueName, Descriptions>>;

/** What a field means is in `field-descriptions.ts` (`Described`), which ships with the text. */
export interface FieldDefinition {
  readonly id: string;
  readonly unit: string;
  /**
   * `element`: records are per element or group and the element argument selects them;
   * `none`: the field does not depend on the element (e.g. governance), which is ignored.
   */
  readonly elementScope: "element" | "none";
  /** Country used when the argument is omitted; null if the country must be given. */
  readonly defaultCountry: string | null;
  /**
   * For trade fields, the partner country used when the argument is omitted (`WORLD` = all
   * partners, `CN` = China); null for fields without a partner.
   */
  readonly defaultPartner: string | null;
  /** Annual values, or one value per month of a year (the function then spills the months). */
  readonly periodicity: "annual" | "monthly";
  /**
   * `application` for fields whose records are keyed by an end use as well (one value per
   * application; `REE.DATA` spills the applications), `sector` for those keyed by an end-use
   * sector of the input-output tables (one value per sector); absent for the others.
   */
  readonly keyedBy?: "application" | "sector";
  /** Allowed value range, checked for every record. */
  readonly min: number;
  readonly max: number;
}

/** A dated non-China supply project (the diversification pipeline). */
export interface SupplyProject {
  /** Stable id, e.g. `lynas-malaysia-hre`. */
  readonly id: string;
  readonly name: string;
  readonly company: string;
  /** Country code of the plant. */
  readonly country: string;
  readonly stage: "MINE" | "SEPARATION" | "METAL" | "MAGNET";
  /** Element, group or MAGNET the capacity is expressed in (e.g. NDPR, Dy, MAGNET). */
  readonly element: string;
  /** Nameplate capacity per year in `unit`; null where no figure is published. */
  readonly capacity: number | null;
  readonly unit: "t/yr" | "t REO/yr" | "t magnet/yr";
  /**
   * First year of (planned) output. For plants already operating when their source was written
   * and whose start is not in the research, the source's year (they count as existing supply);
   * null where no start is known for a plant not yet operating (the note says what is known).
   */
  readonly startYear: number | null;
  readonly status: "operating" | "ramping" | "construction" | "planned";
  /** Share of output contracted or allocated to Japan, 0-1; null if none or unknown (the note says which). */
  readonly japanShare: number | null;
  /**
   * Where a source states the project's expected contribution as a share of Japan's demand of some
   * elements (rather than as a tonnage): those elements, the share once ramped, and its source.
   */
  readonly japanDemandCover?: {
    readonly elements: readonly string[];
    readonly share: number;
    readonly source: string;
    readonly grade: Grade;
  };
  readonly source: string;
  readonly grade: Grade;
}

/** A project as written in `projects.ts`: the numbers and the note. */
export interface AuthoredProject extends SupplyProject {
  /** What the figures are, where they come from and what is not known. */
  readonly note: string;
}
