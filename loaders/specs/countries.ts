/**
 * Country names, abbreviations and demonyms as reports write them, mapped to one English name.
 * Extend this list when a report names a country it does not know.
 */
const COUNTRIES: Record<string, string[]> = {
  Azerbaijan: ["Republic of Azerbaijan", "the Republic of Azerbaijan", "Azerbaijani", "Azerbaijanian"],
  "Russian Federation": ["Russia", "the Russian Federation", "Russian"],
  Turkey: ["Türkiye", "Turkish", "Turk"],
  "United States": ["U.S.A", "U.S.A.", "USA", "United States of America", "the United States", "American"],
  Kazakhstan: ["Republic of Kazakhstan", "the Republic of Kazakhstan", "Kazakhstani", "Kazakh"],
  "United Kingdom": ["U.K", "U.K.", "UK", "the United Kingdom", "British"],
  Ukraine: ["Ukrainian"],
  Tajikistan: ["Tajik", "Tajikistani"],
  Uzbekistan: ["Uzbek"],
  Georgia: ["Georgian"],
  Iran: ["Islamic Republic of Iran", "Iranian"],
  Turkmenistan: ["Turkmen"],
  Pakistan: ["Pakistani"],
  India: ["Indian"],
  China: ["People’s Republic of China", "the People’s Republic of China", "Chinese"],
  Philippines: ["Republic of Philippines", "the Republic of Philippines", "Philippine", "Filipino"],
  Sweden: ["Swedish"],
  Belgium: ["Belgian"],
  Poland: ["Polish"],
  Netherlands: ["the Netherlands", "Dutch"],
  Finland: ["Finnish"],
  France: ["French"],
  Germany: ["German"],
  Austria: ["Austrian"],
  Lithuania: ["Lithuanian"],
  Latvia: ["Latvian"],
  Luxembourg: [],
  Bulgaria: ["Bulgarian"],
  Norway: ["Norwegian"],
  "Czech Republic": ["Czechia", "Czech"],
  Switzerland: ["Swiss Confederation", "Swiss"],
  Belarus: ["the Belarus", "Belarusian"],
  Moldova: ["Moldovan"],
  Kyrgyzstan: ["Kyrgyz"],
  Afghanistan: ["Afghan"],
  Italy: ["Italian"],
  Spain: ["Spanish"],
  Israel: ["Israeli"],
  Iraq: ["Iraqi"],
  Syria: ["Syrian"],
  Egypt: ["Egyptian"],
  Nepal: ["Nepalese", "Nepali"],
  Mauritius: ["Mauritian"],
  Bangladesh: ["Bangladeshi"],
  Korea: ["Republic of Korea", "South Korea", "Korean"],
  Japan: ["Japanese"],
  Armenia: ["Armenian"],
  Singapore: ["Singaporean"],
  Malaysia: ["Malaysian"],
  Thailand: ["Thai"],
  Vietnam: ["Viet Nam", "Vietnamese"],
  Cambodia: ["Cambodian"],
  Indonesia: ["Indonesian"],
  Burma: ["Myanmar", "Burmese"],
  Laos: ["Lao PDR", "Laotian"],
  Mongolia: ["Mongolian"],
  "Sri Lanka": ["Sri Lankan"],
  Nigeria: ["Nigerian"],
  Ghana: ["Ghanaian"],
  Kenya: ["Kenyan"],
  Uganda: ["Ugandan"],
  Ethiopia: ["Ethiopian"],
  Eritrea: ["Eritrean"],
  Somalia: ["Somali"],
  Sudan: ["Sudanese"],
  "South Sudan": ["Republic of South Sudan", "South Sudanese"],
  Morocco: ["Moroccan"],
  Algeria: ["Algerian"],
  Tunisia: ["Tunisian"],
  Libya: ["Libyan"],
  Lebanon: ["Lebanese"],
  Jordan: ["Jordanian"],
  Qatar: ["Qatari"],
  "Saudi Arabia": ["Saudi"],
  "United Arab Emirates": ["UAE", "the United Arab Emirates", "Emirati"],
  Kuwait: ["Kuwaiti"],
  Bahrain: ["Bahraini"],
  Oman: ["Omani"],
  Yemen: ["Yemeni"],
  Romania: ["Romanian"],
  Hungary: ["Hungarian"],
  Greece: ["Greek"],
  Albania: ["Albanian"],
  Serbia: ["Serbian"],
  "North Macedonia": ["Macedonia", "Macedonian"],
  Montenegro: ["Montenegrin"],
  Kosovo: ["Kosovar", "Kosovan"],
  "Bosnia and Herzegovina": ["Bosnia", "Bosnian"],
  Croatia: ["Croatian"],
  Slovakia: ["Slovak"],
  Slovenia: ["Slovenian"],
  Estonia: ["Estonian"],
  Portugal: ["Portuguese"],
  Ireland: ["Irish"],
  Canada: ["Canadian"],
  Australia: ["Australian"],
  Mexico: ["Mexican"],
  Guatemala: ["Guatemalan"],
  Honduras: ["Honduran"],
  "El Salvador": ["Salvadoran"],
  Nicaragua: ["Nicaraguan"],
  Colombia: ["Colombian"],
  Venezuela: ["Venezuelan"],
  Peru: ["Peruvian"],
  Bolivia: ["Bolivian"],
  Ecuador: ["Ecuadorian"],
  Brazil: ["Brazilian"],
  Argentina: ["Argentine", "Argentinian"],
  Chile: ["Chilean"],
  Paraguay: ["Paraguayan"],
  "Dominican Republic": ["the Dominican Republic", "Dominican"],
  Haiti: ["Haitian"],
  Cuba: ["Cuban"],
  Cameroon: ["Cameroonian"],
  Senegal: ["Senegalese"],
  Mali: ["Malian"],
  Niger: ["Nigerien"],
  Benin: ["Beninese"],
  Togo: ["Togolese"],
  "Sierra Leone": ["Sierra Leonean"],
  Liberia: ["Liberian"],
  Guinea: ["Guinean"],
  "Cote d'Ivoire": ["Côte d’Ivoire", "Côte d'Ivoire", "Ivorian"],
  "Democratic Republic of the Congo": ["DRC", "Congolese"],
  Zimbabwe: ["Zimbabwean"],
  "South Africa": ["South African"],
  Madagascar: ["Malagasy"],
  Mozambique: ["Mozambican"],
  Tanzania: ["Tanzanian"],
  Rwanda: ["Rwandan"],
  Burundi: ["Burundian"],
  Palestine: ["Palestinian"],
  Cyprus: ["Cypriot"],
  Denmark: ["Danish"],
  Taiwan: ["Taiwanese"],
  "Hong Kong": [],
  Macau: [],
  Fiji: ["Fijian"],
  "Timor-Leste": ["East Timor", "Timorese"],
  Maldives: ["Maldivian"],
  Bhutan: ["Bhutanese"],
  Malta: ["Maltese"]
};

/**
 * Names that lists, tables and hand-written records use for a whole value but that running text would misread
 * ("US" and "America" in "the Americas", "Britain" in "Great Britain"): matched only as the whole of a value.
 */
const WHOLE_NAMES: Record<string, string[]> = {
  "Russian Federation": ["RF"],
  "United States": ["US", "U.S.", "America"],
  "United Kingdom": ["Great Britain", "Britain", "United Kingdom of Great Britain and Northern Ireland"],
  Turkey: ["Turkiye", "Republic of Turkey"],
  Iran: ["Iran (Islamic Republic of)"],
  Moldova: ["Republic of Moldova"],
  Syria: ["Syrian Arab Republic"],
  Kyrgyzstan: ["Kyrgyz Republic"],
  Netherlands: ["Holland", "Kingdom of the Netherlands"],
  China: ["People's Republic of China", "PRC"],
  "United Arab Emirates": ["U.A.E."],
  Belarus: ["Republic of Belarus"]
};

const LOOKUP = new Map<string, string>();
for (const [name, aliases] of Object.entries(COUNTRIES))
  for (const a of [name, ...aliases]) LOOKUP.set(a.toLowerCase(), name);
const WHOLE_LOOKUP = new Map<string, string>(LOOKUP);
for (const [name, aliases] of Object.entries(WHOLE_NAMES))
  for (const a of aliases) WHOLE_LOOKUP.set(a.toLowerCase(), name);

/** Canonical name of a whole value naming a country ("Republic of Moldova", "US" in a column of names); null if unknown. */
export function countryOfName(text: string): string | null {
  const key = text.normalize("NFKC").replace(/[’‘`]/g, "'").trim().replace(/\s+/g, " ").toLowerCase();
  return WHOLE_LOOKUP.get(key) ?? WHOLE_LOOKUP.get(key.replace(/^the /, "")) ?? null;
}

/** Canonical name of a country written as a name, abbreviation or demonym; null if unknown. */
export function canonicalCountry(text: string): string | null {
  return LOOKUP.get(text.trim().replace(/\s+/g, " ").toLowerCase()) ?? null;
}

/** Regex source matching any known country form, longest first. */
export const COUNTRY_SOURCE = [...LOOKUP.keys()]
  .sort((a, b) => b.length - a.length)
  .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"))
  .join("|");
