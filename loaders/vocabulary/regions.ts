/** Regions releases name as the source of money sent home ("inflows from Europe", "from the Gulf countries"). */
export const SOURCE_REGIONS = [
  "North America",
  "Latin America",
  "South America",
  "Central America",
  "Europe",
  "the European Union",
  "Asia",
  "Africa",
  "Oceania",
  "the Middle East",
  "Middle East",
  "the Gulf",
  "Gulf countries",
  "the Gulf countries",
  "the GCC countries",
  "the rest of the world",
  "rest of the world"
];
