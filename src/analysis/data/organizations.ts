/** Hand-maintained international organisations, bodies and armed groups, with the names news uses for them. */

/** An organisation: id, display name, type, names (case-sensitive), CAMEO actor code where one exists. */
export interface OrganizationEntry {
  id: string;
  name: string;
  type: "organization" | "group";
  names: string[];
  cameo?: string;
  /** Parent organisation id, e.g. the Security Council belongs to the UN. */
  parent?: string;
  /** Country (ISO3) for national bodies. */
  country?: string;
}

/** The organisations Attaché knows by name. */
export const ORGANIZATIONS: OrganizationEntry[] = [
  { id: "un", name: "United Nations", type: "organization", names: ["United Nations", "UN", "U.N."], cameo: "IGOUNO" },
  {
    id: "unsc",
    name: "U.N. Security Council",
    type: "organization",
    names: ["U.N. Security Council", "UN Security Council", "United Nations Security Council", "UNSC", "Security Council"],
    cameo: "IGOUNO",
    parent: "un",
  },
  {
    id: "unga",
    name: "U.N. General Assembly",
    type: "organization",
    names: ["U.N. General Assembly", "UN General Assembly", "United Nations General Assembly", "UNGA", "General Assembly"],
    cameo: "IGOUNO",
    parent: "un",
  },
  { id: "unhrc", name: "U.N. Human Rights Council", type: "organization", names: ["U.N. Human Rights Council", "UN Human Rights Council", "Human Rights Council", "UNHRC"], cameo: "IGOUNO", parent: "un" },
  { id: "unhcr", name: "UNHCR", type: "organization", names: ["UNHCR", "U.N. refugee agency", "UN refugee agency", "United Nations High Commissioner for Refugees"], cameo: "IGOUNOREF", parent: "un" },
  { id: "unicef", name: "UNICEF", type: "organization", names: ["UNICEF"], cameo: "IGOUNO", parent: "un" },
  { id: "wfp", name: "World Food Programme", type: "organization", names: ["World Food Programme", "World Food Program", "WFP"], cameo: "IGOUNO", parent: "un" },
  { id: "iaea", name: "International Atomic Energy Agency", type: "organization", names: ["International Atomic Energy Agency", "IAEA"], cameo: "IGOUNO" },
  { id: "who", name: "World Health Organization", type: "organization", names: ["World Health Organization", "World Health Organisation", "WHO"], cameo: "IGOUNOHLH" },
  { id: "icc", name: "International Criminal Court", type: "organization", names: ["International Criminal Court", "ICC"], cameo: "IGOJUD" },
  { id: "icj", name: "International Court of Justice", type: "organization", names: ["International Court of Justice", "ICJ", "World Court"], cameo: "IGOUNOJUD", parent: "un" },
  { id: "nato", name: "NATO", type: "organization", names: ["NATO", "North Atlantic Treaty Organization", "North Atlantic Alliance"], cameo: "IGOWSTNAT" },
  { id: "eu", name: "European Union", type: "organization", names: ["European Union", "EU", "E.U."], cameo: "IGOEEC" },
  { id: "ec", name: "European Commission", type: "organization", names: ["European Commission"], cameo: "IGOEEC", parent: "eu" },
  { id: "ep", name: "European Parliament", type: "organization", names: ["European Parliament"], cameo: "IGOEEC", parent: "eu" },
  { id: "asean", name: "ASEAN", type: "organization", names: ["ASEAN", "Association of Southeast Asian Nations"], cameo: "IGOSEAASN" },
  { id: "au", name: "African Union", type: "organization", names: ["African Union", "AU"], cameo: "IGOAFRAFU" },
  { id: "arab-league", name: "Arab League", type: "organization", names: ["Arab League", "League of Arab States"], cameo: "IGOARBALL" },
  { id: "oas", name: "Organization of American States", type: "organization", names: ["Organization of American States", "OAS"], cameo: "IGOWSTOAS" },
  { id: "osce", name: "OSCE", type: "organization", names: ["OSCE", "Organization for Security and Co-operation in Europe"], cameo: "IGOEUROSC" },
  { id: "opec", name: "OPEC", type: "organization", names: ["OPEC"], cameo: "IGOOPC" },
  { id: "imf", name: "International Monetary Fund", type: "organization", names: ["International Monetary Fund", "IMF"], cameo: "IGOIMF" },
  { id: "world-bank", name: "World Bank", type: "organization", names: ["World Bank"], cameo: "IGOWBK" },
  { id: "wto", name: "World Trade Organization", type: "organization", names: ["World Trade Organization", "WTO"], cameo: "IGOWTO" },
  { id: "g7", name: "G7", type: "organization", names: ["G7", "G-7", "Group of Seven"], cameo: "IGO" },
  { id: "g20", name: "G20", type: "organization", names: ["G20", "G-20", "Group of 20"], cameo: "IGO" },
  { id: "brics", name: "BRICS", type: "organization", names: ["BRICS"], cameo: "IGO" },
  { id: "gcc", name: "Gulf Cooperation Council", type: "organization", names: ["Gulf Cooperation Council", "GCC"], cameo: "IGOGCC" },
  { id: "sco", name: "Shanghai Cooperation Organisation", type: "organization", names: ["Shanghai Cooperation Organisation", "Shanghai Cooperation Organization", "SCO"], cameo: "IGO" },
  { id: "interpol", name: "Interpol", type: "organization", names: ["Interpol", "INTERPOL", "International Criminal Police Organization"], cameo: "IGOCOPITP" },
  { id: "icrc", name: "International Committee of the Red Cross", type: "organization", names: ["International Committee of the Red Cross", "ICRC", "Red Cross"], cameo: "NGO" },
  { id: "amnesty", name: "Amnesty International", type: "organization", names: ["Amnesty International"], cameo: "NGOHRI" },
  { id: "hrw", name: "Human Rights Watch", type: "organization", names: ["Human Rights Watch"], cameo: "NGOHRI" },
  { id: "msf", name: "Doctors Without Borders", type: "organization", names: ["Doctors Without Borders", "Medecins Sans Frontieres", "Médecins Sans Frontières", "MSF"], cameo: "NGO" },
  { id: "hamas", name: "Hamas", type: "group", names: ["Hamas"], cameo: "PSEREB" },
  { id: "hezbollah", name: "Hezbollah", type: "group", names: ["Hezbollah", "Hizbollah", "Hizballah"], cameo: "LBNREB" },
  { id: "taliban", name: "Taliban", type: "group", names: ["Taliban"], cameo: "AFGREB" },
  { id: "isis", name: "Islamic State", type: "group", names: ["Islamic State", "ISIS", "ISIL", "Daesh", "IS"], cameo: "IMGSEPMUS" },
  { id: "al-qaeda", name: "al-Qaeda", type: "group", names: ["al-Qaeda", "al Qaeda", "Al-Qaeda", "Al Qaeda", "al-Qaida"], cameo: "IMGSEPMUS" },
  { id: "hts", name: "Hayat Tahrir al-Sham", type: "group", names: ["Hayat Tahrir al-Sham", "HTS"], cameo: "SYRREB" },
  { id: "houthis", name: "Houthis", type: "group", names: ["Houthis", "Houthi rebels", "Ansar Allah"], cameo: "YEMREB" },
  { id: "ansar-al-sharia", name: "Ansar al-Sharia", type: "group", names: ["Ansar al-Sharia", "Ansar al-Shariah"], cameo: "IMGSEPMUS" },
  { id: "muslim-brotherhood", name: "Muslim Brotherhood", type: "group", names: ["Muslim Brotherhood"], cameo: "IMGMOSMUS" },
  { id: "boko-haram", name: "Boko Haram", type: "group", names: ["Boko Haram"], cameo: "NGAREB" },
  { id: "al-shabaab", name: "al-Shabaab", type: "group", names: ["al-Shabaab", "Al-Shabaab", "al-Shabab", "Al-Shabab"], cameo: "SOMREB" },
  { id: "pkk", name: "PKK", type: "group", names: ["PKK", "Kurdistan Workers' Party"], cameo: "TURREB" },
  { id: "wagner", name: "Wagner Group", type: "group", names: ["Wagner Group", "Wagner"], cameo: "RUSMIL" },
  { id: "kcna", name: "KCNA", type: "organization", names: ["KCNA", "Korean Central News Agency"], cameo: "PRKMED", country: "PRK" },
  { id: "yonhap", name: "Yonhap", type: "organization", names: ["Yonhap", "Yonhap News Agency"], cameo: "KORMED", country: "KOR" },
  { id: "xinhua", name: "Xinhua", type: "organization", names: ["Xinhua", "Xinhua News Agency"], cameo: "CHNMED", country: "CHN" },
  { id: "tass", name: "TASS", type: "organization", names: ["TASS", "Tass"], cameo: "RUSMED", country: "RUS" },
  { id: "reuters", name: "Reuters", type: "organization", names: ["Reuters"], cameo: "MED" },
  { id: "afp", name: "AFP", type: "organization", names: ["AFP", "Agence France-Presse"], cameo: "MED" },
  { id: "ap", name: "Associated Press", type: "organization", names: ["Associated Press", "AP"], cameo: "MED" },
];
