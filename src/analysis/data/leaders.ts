/**
 * Hand-maintained facts: heads of state and government, foreign ministers and UN chiefs who news names without a title
 * ("Putin said"). Each row: full name, other names news uses, role, ISO3 country (or organisation id), years in office.
 */
export interface LeaderEntry {
  name: string;
  aliases: string[];
  role: string;
  /** ISO3 country, or an organisation id ("un"). */
  affiliation: string;
  from: number;
  to?: number;
}

/** Well-known office-holders (a compact table, not exhaustive). */
export const LEADERS: LeaderEntry[] = [
  { name: "Vladimir Putin", aliases: ["Putin"], role: "President", affiliation: "RUS", from: 2000 },
  { name: "Dmitry Medvedev", aliases: ["Medvedev"], role: "President", affiliation: "RUS", from: 2008, to: 2012 },
  { name: "Sergey Lavrov", aliases: ["Sergei Lavrov", "Lavrov"], role: "Foreign Minister", affiliation: "RUS", from: 2004 },
  { name: "Xi Jinping", aliases: ["Xi"], role: "President", affiliation: "CHN", from: 2013 },
  { name: "Li Keqiang", aliases: [], role: "Premier", affiliation: "CHN", from: 2013, to: 2023 },
  { name: "Wang Yi", aliases: [], role: "Foreign Minister", affiliation: "CHN", from: 2013 },
  { name: "Kim Jong Un", aliases: ["Kim Jong-un", "Kim Jong-Un"], role: "Leader", affiliation: "PRK", from: 2011 },
  { name: "Kim Jong Il", aliases: ["Kim Jong-il"], role: "Leader", affiliation: "PRK", from: 1994, to: 2011 },
  { name: "Park Geun-hye", aliases: [], role: "President", affiliation: "KOR", from: 2013, to: 2017 },
  { name: "Moon Jae-in", aliases: [], role: "President", affiliation: "KOR", from: 2017, to: 2022 },
  { name: "Yoon Suk Yeol", aliases: ["Yoon Suk-yeol"], role: "President", affiliation: "KOR", from: 2022, to: 2025 },
  { name: "Lee Jae-myung", aliases: [], role: "President", affiliation: "KOR", from: 2025 },
  { name: "Yun Byung-se", aliases: [], role: "Foreign Minister", affiliation: "KOR", from: 2013, to: 2017 },
  { name: "Shinzo Abe", aliases: ["Abe"], role: "Prime Minister", affiliation: "JPN", from: 2012, to: 2020 },
  { name: "Fumio Kishida", aliases: ["Kishida"], role: "Prime Minister", affiliation: "JPN", from: 2021, to: 2024 },
  { name: "Joe Biden", aliases: ["Biden"], role: "President", affiliation: "USA", from: 2021, to: 2025 },
  { name: "Donald Trump", aliases: ["Trump"], role: "President", affiliation: "USA", from: 2017 },
  { name: "Barack Obama", aliases: ["Obama"], role: "President", affiliation: "USA", from: 2009, to: 2017 },
  { name: "George W. Bush", aliases: [], role: "President", affiliation: "USA", from: 2001, to: 2009 },
  { name: "Antony Blinken", aliases: ["Blinken"], role: "Secretary of State", affiliation: "USA", from: 2021, to: 2025 },
  { name: "Marco Rubio", aliases: ["Rubio"], role: "Secretary of State", affiliation: "USA", from: 2025 },
  { name: "John Kerry", aliases: ["Kerry"], role: "Secretary of State", affiliation: "USA", from: 2013, to: 2017 },
  { name: "Hillary Clinton", aliases: [], role: "Secretary of State", affiliation: "USA", from: 2009, to: 2013 },
  { name: "Rex Tillerson", aliases: ["Tillerson"], role: "Secretary of State", affiliation: "USA", from: 2017, to: 2018 },
  { name: "Mike Pompeo", aliases: ["Pompeo"], role: "Secretary of State", affiliation: "USA", from: 2018, to: 2021 },
  { name: "Recep Tayyip Erdogan", aliases: ["Erdogan", "Erdoğan", "Tayyip Erdogan"], role: "President", affiliation: "TUR", from: 2014 },
  { name: "Emmanuel Macron", aliases: ["Macron"], role: "President", affiliation: "FRA", from: 2017 },
  { name: "Angela Merkel", aliases: ["Merkel"], role: "Chancellor", affiliation: "DEU", from: 2005, to: 2021 },
  { name: "Olaf Scholz", aliases: ["Scholz"], role: "Chancellor", affiliation: "DEU", from: 2021, to: 2025 },
  { name: "Friedrich Merz", aliases: ["Merz"], role: "Chancellor", affiliation: "DEU", from: 2025 },
  { name: "Volodymyr Zelensky", aliases: ["Zelensky", "Zelenskyy", "Volodymyr Zelenskyy"], role: "President", affiliation: "UKR", from: 2019 },
  { name: "Benjamin Netanyahu", aliases: ["Netanyahu"], role: "Prime Minister", affiliation: "ISR", from: 2022 },
  { name: "Narendra Modi", aliases: ["Modi"], role: "Prime Minister", affiliation: "IND", from: 2014 },
  { name: "Ali Khamenei", aliases: ["Khamenei"], role: "Supreme Leader", affiliation: "IRN", from: 1989 },
  { name: "Hassan Rouhani", aliases: ["Rouhani"], role: "President", affiliation: "IRN", from: 2013, to: 2021 },
  { name: "Mohammad Javad Zarif", aliases: ["Zarif"], role: "Foreign Minister", affiliation: "IRN", from: 2013, to: 2021 },
  { name: "Bashar al-Assad", aliases: ["Assad", "al-Assad"], role: "President", affiliation: "SYR", from: 2000, to: 2024 },
  { name: "Boris Johnson", aliases: [], role: "Prime Minister", affiliation: "GBR", from: 2019, to: 2022 },
  { name: "Rishi Sunak", aliases: ["Sunak"], role: "Prime Minister", affiliation: "GBR", from: 2022, to: 2024 },
  { name: "Keir Starmer", aliases: ["Starmer"], role: "Prime Minister", affiliation: "GBR", from: 2024 },
  { name: "Theresa May", aliases: [], role: "Prime Minister", affiliation: "GBR", from: 2016, to: 2019 },
  { name: "Justin Trudeau", aliases: ["Trudeau"], role: "Prime Minister", affiliation: "CAN", from: 2015, to: 2025 },
  { name: "Luiz Inacio Lula da Silva", aliases: ["Lula", "Luiz Inácio Lula da Silva"], role: "President", affiliation: "BRA", from: 2023 },
  { name: "Mohammed bin Salman", aliases: ["MBS"], role: "Crown Prince", affiliation: "SAU", from: 2017 },
  { name: "Abdel Fattah el-Sisi", aliases: ["Sisi", "el-Sisi", "al-Sisi"], role: "President", affiliation: "EGY", from: 2014 },
  { name: "Mahmoud Abbas", aliases: ["Abbas"], role: "President", affiliation: "PSE", from: 2005 },
  { name: "Antonio Guterres", aliases: ["Guterres", "António Guterres"], role: "Secretary-General", affiliation: "un", from: 2017 },
  { name: "Ban Ki-moon", aliases: [], role: "Secretary-General", affiliation: "un", from: 2007, to: 2016 },
  { name: "Tedros Adhanom Ghebreyesus", aliases: ["Tedros"], role: "Director-General", affiliation: "who", from: 2017 },
  { name: "Jens Stoltenberg", aliases: ["Stoltenberg"], role: "Secretary-General", affiliation: "nato", from: 2014, to: 2024 },
  { name: "Mark Rutte", aliases: ["Rutte"], role: "Secretary-General", affiliation: "nato", from: 2024 },
  { name: "Rafael Grossi", aliases: ["Grossi", "Rafael Mariano Grossi"], role: "Director-General", affiliation: "iaea", from: 2019 },
];
