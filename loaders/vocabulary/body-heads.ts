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
  "Service"
];
