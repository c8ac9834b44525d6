/**
 * Elections a count of voters or polling stations is stated for ("14138 voters … in Presidential elections 2013",
 * "polling stations abroad for the 2020 parliamentary election"): the kind of election names the count's category.
 */
export const ELECTION_KINDS = [
  "presidential",
  "parliamentary",
  "legislative",
  "municipal",
  "local",
  "regional",
  "general",
  "national",
  "european parliament"
];

/** What a bracket after the election may add to its name ("national elections (referendum)"). */
export const ELECTION_GLOSSES = ["referendum", "plebiscite"];

/** Nouns counted per election, whose indicator the whole sentence names (abroad, voted). */
export const COUNTED_PER_ELECTION = ["voter", "precinct"];
