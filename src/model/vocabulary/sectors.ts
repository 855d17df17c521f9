/**
 * End-use sectors: the industries, in the input–output tables' classification, whose products
 * contain rare earths through one of the applications (`vocabulary/applications.ts`). They are the
 * rows of REE.IMPACT and the key of `SECTOR_OUTPUT` and `SECTOR_VA_RATIO` (docs/METHODS.md,
 * "Economic loss by sector"). Ids, English and Japanese names are accepted in any case and width.
 *
 * A sector counts the output of the products that contain the application's rare earths, at the
 * level of the input–output tables' basic sectors (passenger cars, not all transport equipment;
 * rotating electrical machines and air conditioners, not all electrical machinery): the records'
 * notes list the basic sectors summed. Which applications a sector embodies is qualitative and
 * sourced in `applications`' notes below:
 * - magnets: hard disk drives and consumer electronics (the biggest users in Japan in 2011),
 *   hybrid cars and the small motors of every car (wipers, power windows), per Reuters' 2011
 *   survey of Japan's market (`jp-reuters-2011-market`); motors for factory automation and
 *   industrial equipment per JSNM's market reports (`jp-jm-jsnm-2020`);
 * - auto catalysts: every petrol car's exhaust catalyst (cerium; Adamas, `jp-adamas-2017-demand`);
 * - polishing and glass additives: glass substrates for displays and hard disks, optical lenses
 *   (cerium polishing; lanthanum in optical glass, JSNM via Japan Metal Daily);
 * - phosphors: lamps and lighting (yttrium, europium, terbium phosphors; JSNM, Adamas);
 * - ceramics: electronic components such as ceramic capacitors (Nd, Pr, La, Y; m-ac.jp's use table).
 *
 * Fluid cracking catalysts have no sector: a refinery without fresh rare-earth catalyst keeps
 * running at a lower gasoline yield, and no source quantifies that loss; the uses of metallurgy
 * (steel additives, NiMH battery alloys) have none either, as no importer's split quantifies them
 * in a way a sector could carry. Their tonnes stay unattributed (REE.IMPACT says so).
 */
import type { ApplicationId } from "./applications";
import { buildIndex, lookupKey } from "./lookup-key";

export type SectorId = "MOTOR_VEHICLES" | "MOTORS_APPLIANCES" | "ELECTRONICS" | "ROBOTS" | "GLASS_OPTICS" | "LIGHTING";

export interface Sector {
  readonly id: SectorId;
  readonly name: string;
  readonly nameJa: string;
  /** The applications whose rare earths the sector's products contain. */
  readonly applications: readonly ApplicationId[];
  readonly aliases: readonly string[];
}

export const SECTORS: readonly Sector[] = [
  {
    id: "MOTOR_VEHICLES",
    name: "Motor vehicles",
    nameJa: "自動車",
    applications: ["MAGNETS", "AUTO_CATALYSTS"],
    aliases: ["vehicles", "cars", "automobiles", "自動車", "乗用車"],
  },
  {
    id: "MOTORS_APPLIANCES",
    name: "Electric motors, generators and household appliances",
    nameJa: "回転電気機械・民生用電気機器",
    applications: ["MAGNETS"],
    aliases: ["motors", "appliances", "electrical machinery", "モーター", "電気機械", "家電"],
  },
  {
    id: "ELECTRONICS",
    name: "Computer storage, audio equipment and electronic components",
    nameJa: "電子計算機附属装置・電気音響機器・電子部品",
    applications: ["MAGNETS", "CERAMICS"],
    aliases: ["electronics", "electronic components", "電子部品", "電子機器"],
  },
  {
    id: "ROBOTS",
    name: "Industrial robots",
    nameJa: "ロボット",
    applications: ["MAGNETS"],
    aliases: ["robots", "industrial robots", "ロボット", "産業用ロボット"],
  },
  {
    id: "GLASS_OPTICS",
    name: "Glass products and optical lenses",
    nameJa: "ガラス製品・光学機械・レンズ",
    applications: ["POLISHING", "GLASS"],
    aliases: ["glass", "optics", "glass and optics", "ガラス", "光学機械", "レンズ"],
  },
  {
    id: "LIGHTING",
    name: "Lamps and lighting fixtures",
    nameJa: "電球類・電気照明器具",
    applications: ["PHOSPHORS"],
    aliases: ["lighting", "lamps", "照明", "電球"],
  },
];

const index = buildIndex(SECTORS, (s) => [s.id, s.name, s.nameJa, ...s.aliases]);

/**
 * The sector with this id or name, in English or Japanese; undefined if there is none.
 *
 * @example findSector("自動車")?.id; // => "MOTOR_VEHICLES"
 */
export function findSector(text: string): Sector | undefined {
  return index.get(lookupKey(text));
}

/**
 * The sectors whose products contain an application's rare earths (an application reported with
 * its parts, such as `CERAMICS_GLASS`, reaches the sectors of each part).
 *
 * @example sectorsOf("POLISHING").map((s) => s.id); // => ["GLASS_OPTICS"]
 */
export function sectorsOf(application: ApplicationId, parts: readonly ApplicationId[] = [application]): Sector[] {
  return SECTORS.filter((s) => s.applications.some((a) => parts.indexOf(a) >= 0));
}
