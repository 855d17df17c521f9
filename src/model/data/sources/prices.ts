/**
 * Sources of the price records that are not USGS publications (those live in `core.ts`): the
 * 2011 and 2022 peaks and the 2025 European spot quotes. Ids carry the `price-` prefix.
 */
import type { Source } from "../types";

export const PRICE_SOURCES: readonly Source[] = [
  {
    id: "price-adamas-mining-com-2025",
    citation:
      'Adamas Intelligence, "CHARTS: Rare earth export restrictions, price spikes and the risks of demand destruction", MINING.COM featured article, 2025',
    publisher: "Adamas Intelligence",
    year: 2025,
    url: "https://www.mining.com/featured-article/charts-rare-earth-export-restrictions-price-spikes-and-the-risks-of-demand-destruction/",
  },
  {
    id: "price-cato-tupy-relay",
    citation:
      "Cato Institute (M. Tupy) on the 2010-11 rare-earth price spike, as relayed by the Free Market Alternative blog, May 2025",
    publisher: "Cato Institute",
    year: 2025,
    url: "https://freemarketalternative.blogspot.com/2025/05/chinas-rare-earths-arent-as-rare-as-you.html",
  },
  {
    id: "price-chinatungsten-2022-02-18",
    citation: "Chinatungsten Online, China rare earth price report for the week ended 18 February 2022",
    publisher: "Chinatungsten Online",
    year: 2022,
    url: "http://news.chinatungsten.com/en/tungsten-product-news/146380-tpn-11097.html",
  },
  {
    id: "price-argus-europe-2025-05",
    citation:
      'Argus Media, European dysprosium and terbium oxide assessments of 6 May 2025, as reported by GMT Eight ("The contradiction between supply and demand has intensified, causing overseas rare earth prices to soar by more than double", 9 May 2025)',
    publisher: "Argus Media",
    year: 2025,
    url: "https://gmteight.com/latest/detail/282683",
  },
];
