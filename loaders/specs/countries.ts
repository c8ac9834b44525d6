/**
 * Country names, abbreviations and demonyms as reports write them, mapped to one English name.
 * Extend this list when a report names a country it does not know.
 */
const COUNTRIES: Record<string, string[]> = {
  "Azerbaijan": ["Republic of Azerbaijan", "the Republic of Azerbaijan", "Azerbaijani", "Azerbaijanian"],
  "Russian Federation": ["Russia", "the Russian Federation", "Russian"],
  "Turkey": ["Türkiye", "Turkish"],
  "United States": ["U.S.A", "U.S.A.", "USA", "United States of America", "the United States", "American"],
  "Kazakhstan": ["Republic of Kazakhstan", "the Republic of Kazakhstan", "Kazakh"],
  "United Kingdom": ["U.K", "U.K.", "UK", "the United Kingdom", "British"],
  "Ukraine": ["Ukrainian"],
  "Tajikistan": ["Tajik", "Tajikistani"],
  "Uzbekistan": ["Uzbek"],
  "Georgia": ["Georgian"],
  "Iran": ["Islamic Republic of Iran", "Iranian"],
  "Turkmenistan": ["Turkmen"],
  "Pakistan": ["Pakistani"],
  "India": ["Indian"],
  "China": ["People’s Republic of China", "the People’s Republic of China", "Chinese"],
  "Philippines": ["Republic of Philippines", "the Republic of Philippines", "Philippine", "Filipino"],
  "Sweden": ["Swedish"],
  "Belgium": ["Belgian"],
  "Poland": ["Polish"],
  "Netherlands": ["the Netherlands", "Dutch"],
  "Finland": ["Finnish"],
  "France": ["French"],
  "Germany": ["German"],
  "Austria": ["Austrian"],
  "Lithuania": ["Lithuanian"],
  "Latvia": ["Latvian"],
  "Luxembourg": [],
  "Bulgaria": ["Bulgarian"],
  "Norway": ["Norwegian"],
  "Czech Republic": ["Czechia", "Czech"],
  "Switzerland": ["Swiss Confederation", "Swiss"],
  "Belarus": ["the Belarus", "Belarusian"],
  "Moldova": ["Moldovan"],
  "Kyrgyzstan": ["Kyrgyz"],
  "Afghanistan": ["Afghan"],
  "Italy": ["Italian"],
  "Spain": ["Spanish"],
  "Israel": ["Israeli"],
  "Iraq": ["Iraqi"],
  "Syria": ["Syrian"],
  "Egypt": ["Egyptian"],
  "Nepal": ["Nepalese"],
  "Bangladesh": ["Bangladeshi"],
  "Korea": ["Republic of Korea", "Korean"],
  "Japan": ["Japanese"],
  "Armenia": ["Armenian"],
};

const LOOKUP = new Map<string, string>();
for (const [name, aliases] of Object.entries(COUNTRIES)) for (const a of [name, ...aliases]) LOOKUP.set(a.toLowerCase(), name);

/** Canonical name of a country written as a name, abbreviation or demonym; null if unknown. */
export function canonicalCountry(text: string): string | null {
  return LOOKUP.get(text.trim().replace(/\s+/g, " ").toLowerCase()) ?? null;
}

/** Regex source matching any known country form, longest first. */
export const COUNTRY_SOURCE = [...LOOKUP.keys()].sort((a, b) => b.length - a.length)
  .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+")).join("|");
