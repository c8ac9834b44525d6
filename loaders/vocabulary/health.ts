/**
 * Predicates of health, not of migration: "340 migrants tested positive", "56 asylum seekers were infected". The
 * people counted are migrants, but what happened to them is no event a migration statistic counts. Teach the reader
 * a new wording by adding it here.
 */
export const HEALTH_OUTCOMES: string[] = [
  "tested positive",
  "tested negative",
  "test positive",
  "tests positive",
  "were infected",
  "was infected",
  "have been infected",
  "had been infected",
  "been infected",
  "been diagnosed",
  "got infected",
  "became infected",
  "were diagnosed",
  "was diagnosed",
  "have been diagnosed",
  "contracted",
  "have contracted",
  "were vaccinated",
  "was vaccinated",
  "have been vaccinated",
  "had been vaccinated",
  "been vaccinated",
  "received vaccines",
  "received a vaccine",
  "received the vaccine",
  "were inoculated",
  "have recovered",
  "recovered from",
  "showed symptoms",
  "developed symptoms"
];
