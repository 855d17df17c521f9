/**
 * The end uses (applications) of rare earths: the key of the `END_USE_SHARE` and
 * `APPLICATION_CONTENT` records, from which an importer's demand by element is derived
 * (docs/METHODS.md, "Element demand"). Ids, English and Japanese names are accepted in any case and
 * width (`magnets`, `永久磁石`, `ＰＯＬＩＳＨＩＮＧ`).
 *
 * The list follows the categories the sources use: USGS Mineral Commodity Summaries (catalysts;
 * ceramics and glass; metallurgical applications and alloys; polishing; other), the Japan Society
 * of Newer Metals (magnets, polishing, auto catalysts, batteries, phosphors, ceramics, glass) and
 * the Reuters factbox of December 2010 (catalysts, glass, polishing, metal alloys incl. NiMH
 * batteries, magnets, phosphors, ceramics). Where a source reports two categories together, a
 * combined application stands for them (`CERAMICS_GLASS`, as USGS reports it); where it reports
 * a part, the part has its own id (`AUTO_CATALYSTS` within `CATALYSTS`). A share of one whole never
 * counts an application and one of its parts together (validate.ts checks it).
 *
 * `uses` lists the elements an application is known to use (Reuters factbox; the element use
 * table of the Materials Analysis Center, http://m-ac.jp/engineering/rare_metal/_material/REE/material_flow/index_j.phtml),
 * without quantities: the derivation names these applications when an element's content in them
 * is not sourced, so a reader sees what the derived figure leaves out.
 */
import type { ElementSymbol } from "./elements";
import { buildIndex, lookupKey } from "./lookup-key";

export type ApplicationId =
  | "MAGNETS"
  | "CATALYSTS"
  | "FCC_CATALYSTS"
  | "AUTO_CATALYSTS"
  | "POLISHING"
  | "GLASS"
  | "PHOSPHORS"
  | "METALLURGY"
  | "CERAMICS"
  | "CERAMICS_GLASS"
  | "OTHER";

export interface Application {
  readonly id: ApplicationId;
  readonly name: string;
  readonly nameJa: string;
  /** The applications this one is made of, where a source reports them together; empty for a single one. */
  readonly parts: readonly ApplicationId[];
  /** Elements the application is known to use (qualitative; see the module comment). */
  readonly uses: readonly ElementSymbol[];
  readonly aliases: readonly string[];
}

export const APPLICATIONS: readonly Application[] = [
  {
    id: "MAGNETS",
    name: "Permanent magnets (NdFeB, SmCo)",
    nameJa: "永久磁石（ネオジム磁石・サマリウムコバルト磁石）",
    parts: [],
    uses: ["Nd", "Pr", "Dy", "Tb", "Gd", "Sm"],
    aliases: ["permanent magnets", "magnet", "磁石", "永久磁石"],
  },
  {
    id: "CATALYSTS",
    name: "Catalysts (fluid cracking and auto)",
    nameJa: "触媒（FCC 触媒・自動車排ガス触媒）",
    parts: ["FCC_CATALYSTS", "AUTO_CATALYSTS"],
    uses: ["La", "Ce", "Nd", "Pr"],
    aliases: ["catalyst", "触媒"],
  },
  {
    id: "FCC_CATALYSTS",
    name: "Fluid cracking catalysts (oil refining)",
    nameJa: "FCC 触媒（石油精製）",
    parts: [],
    uses: ["La", "Ce", "Nd"],
    aliases: ["FCC", "fluid cracking catalysts", "FCC触媒"],
  },
  {
    id: "AUTO_CATALYSTS",
    name: "Auto catalysts",
    nameJa: "自動車排ガス触媒",
    parts: [],
    uses: ["Ce", "La", "Nd", "Pr"],
    aliases: ["auto catalyst", "autocatalysts", "自動車触媒", "排ガス触媒"],
  },
  {
    id: "POLISHING",
    name: "Polishing powders",
    nameJa: "研磨材",
    parts: [],
    uses: ["Ce", "La", "Pr"],
    aliases: ["polishing powders", "glass polishing", "研磨剤", "研磨材"],
  },
  {
    id: "GLASS",
    name: "Glass additives",
    nameJa: "ガラス添加剤",
    parts: [],
    uses: ["Ce", "La", "Nd", "Pr", "Er", "Gd", "Y"],
    aliases: ["glass additives", "ガラス"],
  },
  {
    id: "PHOSPHORS",
    name: "Phosphors",
    nameJa: "蛍光体",
    parts: [],
    uses: ["Y", "Eu", "Tb", "Ce", "La", "Gd"],
    aliases: ["phosphor", "蛍光体"],
  },
  {
    id: "METALLURGY",
    name: "Metallurgy and alloys (incl. NiMH batteries)",
    nameJa: "冶金・合金（ニッケル水素電池を含む）",
    parts: [],
    uses: ["Ce", "La", "Nd", "Pr"],
    aliases: ["metallurgical applications and alloys", "alloys", "batteries", "NiMH", "冶金", "合金", "電池"],
  },
  {
    id: "CERAMICS",
    name: "Ceramics",
    nameJa: "セラミックス",
    parts: [],
    uses: ["Y", "La", "Nd", "Pr", "Ce"],
    aliases: ["ceramic", "セラミックス", "セラミック"],
  },
  {
    id: "CERAMICS_GLASS",
    name: "Ceramics and glass (reported together)",
    nameJa: "セラミックス・ガラス（合算）",
    parts: ["CERAMICS", "GLASS"],
    uses: ["Y", "La", "Nd", "Pr", "Ce", "Er", "Gd"],
    aliases: ["ceramics and glass", "セラミックス・ガラス"],
  },
  {
    id: "OTHER",
    name: "Other uses",
    nameJa: "その他",
    parts: [],
    uses: [],
    aliases: ["others", "その他"],
  },
];

const index = buildIndex(APPLICATIONS, (a) => [a.id, a.name, a.nameJa, ...a.aliases]);

/**
 * The application with this id or name, in English or Japanese; undefined if there is none.
 *
 * @example findApplication("研磨材")?.id; // => "POLISHING"
 */
export function findApplication(text: string): Application | undefined {
  return index.get(lookupKey(text));
}

/**
 * The single applications an application stands for: itself, or its parts.
 *
 * @example leaves("CERAMICS_GLASS"); // => ["CERAMICS", "GLASS"]
 */
export function leaves(id: ApplicationId): ApplicationId[] {
  const application = APPLICATIONS.find((a) => a.id === id);
  if (!application || application.parts.length === 0) return [id];
  return application.parts.reduce<ApplicationId[]>((all, part) => all.concat(leaves(part)), []);
}
