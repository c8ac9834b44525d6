/** Words that head the name of a public body ("Ministry of …", "Office for …"), capitalised as in the name. */
export const BODY_HEADS = [
  "Ministry",
  "Ministries",
  "Department",
  "Office",
  "Agency",
  "Directorate",
  "Directorate-General",
  "Bureau",
  "Commission",
  "Committee",
  "Council",
  "Secretariat",
  "Authority",
  "Board",
  "Institute",
  "Centre",
  "Center",
  "Division",
  "Unit",
  "Service",
  "Association",
  "Federation",
  "Society",
  "Foundation",
  "Embassy",
  "Consulate"
];

/**
 * Bodies named by a common noun that act on the people or cases a report counts ("the police identified 56
 * victims", "an NGO assisted 415"); the last word heads the body's name.
 */
export const ACTING_BODIES = [
  "police",
  "gendarmerie",
  "NGO",
  "NGOs",
  "law enforcement",
  "prosecutor",
  "prosecutors",
  "court",
  "courts",
  "judiciary",
  "inspectors",
  "inspectorate",
  "border guards",
  "border guard",
  "coast guard",
  "navy",
  "army",
  "military",
  "hotline",
  "task force",
  "task forces",
  "unit",
  "units",
  "squad",
  "brigade",
  "embassy",
  "embassies",
  "international organization",
  "international organizations",
  "international organisation",
  "international organisations",
  "civil society",
  "civil society organizations",
  "civil society organisations",
  "non-governmental organizations",
  "non-governmental organisations"
];

/** Actors that stand for the state as a whole: counts they give are the state's own and need no name of a body. */
export const WHOLE_STATE_ACTORS = ["government", "authorities", "officials", "state", "country", "administration"];
