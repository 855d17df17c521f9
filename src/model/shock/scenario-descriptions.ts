/**
 * What each preset scenario of `scenarios.ts` means, in English and Japanese: the text REE.SCENARIOS shows and the task pane under the preset. Ids must match
 * those of the catalogue (a test checks both ways). The text ships apart from the functions
 * script, with the notes and citations, and loads on first use (src/model/data/pack.ts): the
 * functions script needs the ids to compute, not the prose.
 */
import type { Descriptions } from "../data/types";

export const SCENARIO_DESCRIPTIONS: Descriptions = {
  baseline: {
    description: "Supply continues as in the base year.",
    descriptionJa: "基準年と同じ供給が続く。",
  },
  "senkaku-2010": {
    description:
      "China's de-facto halt of rare-earth customs clearance to Japan from late September to late November 2010, after a trawler collision near the Senkaku islands. Japan's imports from China fell from 2,246 t (September) to 1,278 t and 634 t, then rebounded to 4,081 t in December.",
    descriptionJa:
      "2010年9月下旬から11月下旬まで、尖閣諸島沖の漁船衝突事件の後に中国が事実上レアアースの対日通関を停止した事例。日本の中国からの輸入は2,246 t（9月）から1,278 t、634 tに減り、12月に4,081 tに回復した。",
  },
  "licensing-2025": {
    description:
      "China's licence requirement of 4 April 2025 on Sm, Gd, Tb, Dy, Lu, Sc, Y and magnets containing them. Magnet exports fell 74% year on year in May 2025 and were back above the prior year by July; licences took about 45 working days.",
    descriptionJa:
      "2025年4月4日に中国が Sm、Gd、Tb、Dy、Lu、Sc、Y とそれらを含む磁石に導入した輸出許可制。2025年5月の磁石輸出は前年同月比74%減、7月には前年を上回る水準に戻った。許可には約45営業日を要した。",
  },
  "controls-oct-2025": {
    description:
      "The October 2025 expansion (Ho, Er, Tm, Eu, Yb, and a 0.1% extraterritorial rule), suspended until 10 November 2026, taken as re-imposed, with licensing as in April 2025.",
    descriptionJa:
      "2025年10月の規制拡大（Ho、Er、Tm、Eu、Yb と0.1%域外適用ルール。2026年11月10日まで停止中）が再発動され、許可手続きは2025年4月と同様とする想定。",
  },
  "dual-use-jp-2026": {
    description:
      "China's ban of 6 January 2026 on dual-use exports to Japanese military end users and anything enhancing Japan's military capability; about half of Japan-bound licence applications for high-performance (Dy-bearing) items were approved, and Japanese firms reported receiving about a third of previous volumes.",
    descriptionJa:
      "2026年1月6日に中国が発表した、日本の軍事エンドユーザー向けおよび日本の軍事力強化につながるデュアルユース品目の輸出禁止。高性能（Dy含有）品目の対日許可申請の約半数が承認され、日本企業は従来の約3分の1の数量しか受け取れなかったと報告した。",
  },
  "embargo-jp": {
    description:
      "A complete halt of China's rare-earth exports to Japan for 12 months, as in an escalation over Taiwan.",
    descriptionJa: "台湾をめぐる緊張の激化などにより、中国のレアアース対日輸出が12か月間完全に停止する想定。",
  },
  "taiwan-blockade": {
    description:
      "A blockade around Taiwan: China's exports to Japan stop and other East Asian sea routes are delayed. No sourced data exists for the route parameters; they are judgements with wide ranges.",
    descriptionJa:
      "台湾周辺の封鎖：中国の対日輸出が止まり、東アジアの他の海上輸送路も遅延する想定。航路パラメーターには出典のあるデータがなく、幅の広い判断値である。",
  },
};
