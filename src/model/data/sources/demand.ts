/**
 * Sources for demand by application and element: end-use splits (USGS for the United States, a
 * Reuters trading-house estimate for Japan, world estimates), the element content of applications
 * (NdFeB magnet recipes, mischmetal) and world supply by element. Ids start with `demand-` so they
 * cannot collide with ids chosen in the other topic files; the USGS editions already in core.ts
 * (`usgs-mcs-2016`, `usgs-mcs-2019`, `usgs-mcs-2025`, `usgs-mcs-2026-yttrium`) are cited from there.
 */
import type { Source } from "../types";

export const DEMAND_SOURCES: readonly Source[] = [
  {
    id: "demand-usgs-mcs-2018",
    citation: "U.S. Geological Survey, Mineral Commodity Summaries 2018: Rare Earths",
    publisher: "U.S. Geological Survey",
    year: 2018,
    url: "https://minerals.usgs.gov/minerals/pubs/commodity/rare_earths/mcs-2018-raree.pdf",
    via: "http://218.28.6.71:81/Qikan/Article/Detail?id=676516322",
  },
  {
    id: "demand-nkiawete-2023",
    citation:
      'M. Nkiawete and R. Vander Wal (Pennsylvania State University), "Global and U.S. Rare Earth Element End Use Allocations Balanced by Production", TechConnect World 2023 (abstract)',
    publisher: "TechConnect",
    year: 2023,
    url: "https://www.techconnectworld.com/World2023/a.php?i=590",
  },
  {
    id: "demand-reuters-2010-12-factbox",
    citation: 'Reuters, "Factbox: How various industries use rare earth elements", 29 December 2010',
    publisher: "Reuters",
    year: 2010,
    url: "https://www.reuters.com/article/us-china-rareearth-industry-factbox1/factbox-how-various-industries-use-rare-earth-elements-idUSTRE6BR3C920101229",
  },
  {
    id: "demand-goonan-2011",
    citation:
      "T.G. Goonan, Rare earth elements—End use and recyclability, U.S. Geological Survey Scientific Investigations Report 2011-5094",
    publisher: "U.S. Geological Survey",
    year: 2011,
    url: "https://pubs.usgs.gov/sir/2011/5094",
  },
  {
    id: "demand-magnet-composition-wungiel",
    citation: "Compilation of sintered NdFeB magnet composition ranges (Fe, Nd, Pr, Dy, B, Al, Co, wt%)",
    publisher: "wungiel.pl",
    year: 2012,
    url: "https://wungiel.pl/08_Jul_2012_8536.html",
  },
  {
    id: "demand-magnet-composition-sdm",
    citation: "SDM Magnetics, neodymium magnet price trend (total rare-earth content 29.0-32.5 wt%)",
    publisher: "SDM Magnetics",
    year: 2025,
    url: "https://www.sdmmagnetic.com/neodymium-magnets-price-trend",
  },
  {
    id: "demand-jrc-rmis-dysprosium",
    citation: "European Commission Joint Research Centre, Raw Materials Information System: Dysprosium profile",
    publisher: "European Commission (JRC)",
    year: null,
    url: "https://rmis.jrc.ec.europa.eu/rmp/Dysprosium",
    via: "https://dmv.community/@akuchling/114288515858309223",
  },
];
