/**
 * Verbs that report what someone said: "He said of the total, …" relays a statement whose words are the text's own,
 * and a weekday next to them dates the saying, not the event.
 */
export const SAYING_VERBS: string[] = [
  "said",
  "says",
  "say",
  "told",
  "indicated",
  "announced",
  "reported",
  "stated",
  "noted",
  "revealed",
  "confirmed",
  "disclosed",
  "published",
  "distributed",
  "released",
  "added",
  "explained",
  "declared",
  "informed",
  "presented"
];

/** What an office publishes: "estimates released by the Central Statistics Office" are put out, nobody is freed. */
export const PUBLICATION_NOUNS = [
  "estimates",
  "figures",
  "data",
  "statistics",
  "report",
  "reports",
  "results",
  "numbers",
  "survey",
  "findings",
  "bulletin",
  "study"
];

/** Words before a quoted name of a report, a law or a plan ("a report titled ‘Deportations 2016 to 2019’"). */
export const NAMING_WORDS = ["titled", "entitled", "called", "named", "dubbed", "headlined"];
