/**
 * Groups of peoples larger than one state ("South Americans", "Asians", "third-country nationals"): a part counted
 * for such a group is a category, never the citizenship of a state one of its words also names ("Americans").
 */
export const GROUP_WORDS: string[] = [
  "South Americans",
  "Central Americans",
  "North Americans",
  "Latin Americans",
  "Asians",
  "South Asians",
  "Southeast Asians",
  "Central Asians",
  "Africans",
  "Sub-Saharan Africans",
  "West Africans",
  "East Africans",
  "North Africans",
  "Europeans",
  "Eastern Europeans",
  "Antilleans",
  "Caribbeans",
  "Arabs",
  "Middle Easterners",
  "EU nationals",
  "EU citizens",
  "non-EU nationals",
  "non-EU citizens",
  "third-country nationals",
  "third country nationals",
  "extra-continental migrants",
  "extracontinental migrants"
];
