/** Hand-maintained country names that news uses beyond the world-countries package: short forms, seats of power. */

/** Short forms and other names, by ISO3 ("the U.S.", "Britain", "S. Korea"). */
export const COUNTRY_ALIASES: Record<string, string[]> = {
  USA: ["U.S.", "US", "U.S.A.", "America", "United States"],
  GBR: ["Britain", "UK", "U.K.", "Great Britain"],
  KOR: ["S. Korea", "ROK", "Republic of Korea"],
  PRK: ["N. Korea", "D.P.R.K.", "Democratic People's Republic of Korea"],
  RUS: ["Russian Federation"],
  CHN: ["PRC", "People's Republic of China", "mainland China"],
  IRN: ["Islamic Republic of Iran"],
  SYR: ["Syrian Arab Republic"],
  ARE: ["UAE", "U.A.E.", "Emirates"],
  COD: ["DRC", "Democratic Republic of Congo", "DR Congo", "Congo-Kinshasa"],
  PSE: ["Palestinian territories", "State of Palestine", "Gaza Strip", "Gaza", "West Bank"],
  TUR: ["Turkey", "Turkiye", "Türkiye"],
  CZE: ["Czech Republic"],
  NLD: ["Holland"],
  VAT: ["Holy See", "Vatican"],
  MMR: ["Burma"],
  SWZ: ["Swaziland"],
  MKD: ["Macedonia"],
  CPV: ["Cape Verde"],
  TLS: ["East Timor"],
};

/** Seats of power that stand for a government ("the Kremlin said"). */
export const SEATS_OF_POWER: Record<string, string[]> = {
  RUS: ["Kremlin"],
  USA: ["White House", "Pentagon", "State Department", "Foggy Bottom", "Capitol Hill"],
  GBR: ["Downing Street", "Whitehall", "Foreign Office"],
  FRA: ["Elysee", "Élysée", "Quai d'Orsay"],
  KOR: ["Blue House", "Cheong Wa Dae"],
  CHN: ["Zhongnanhai"],
  ISR: ["Knesset"],
  JPN: ["Kantei"],
};

/** Demonyms the package lacks or spells differently ("U.S." as an adjective, "Emirati"). */
export const EXTRA_DEMONYMS: Record<string, string[]> = {
  USA: ["U.S.", "American", "US"],
  GBR: ["UK", "U.K.", "British"],
  FRA: ["French"],
  CHN: ["Chinese"],
  IND: ["Indian"],
  ARE: ["Emirati"],
  KOR: ["S. Korean"],
  PRK: ["N. Korean"],
  PHL: ["Philippine"],
  NLD: ["Dutch"],
};

/**
 * Contextual names: "the North" is North Korea only in a story that speaks of Korea.
 * Each row: phrase → [country it stands for, a country that must be mentioned for the reading to hold].
 */
export const CONTEXTUAL_NAMES: [phrase: string, iso3: string, context: string[]][] = [
  ["the North", "PRK", ["PRK", "KOR"]],
  ["the South", "KOR", ["PRK", "KOR"]],
  ["the island", "TWN", ["TWN"]],
  ["the Islamic Republic", "IRN", ["IRN"]],
  ["the kingdom", "SAU", ["SAU"]],
];
