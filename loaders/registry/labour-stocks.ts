import type {Indicator} from "./indicator.js";

/** Words saying an employer no longer knows where a worker is. */
export const WHEREABOUTS_UNKNOWN = "unaccounted|whereabouts|abscond|runaway|run away|missing|ran away|went missing";

/** Workers a press item counts by whether their employer knows where they are, not by a permit decision. */
export const LABOUR_STOCKS: Indicator[] = [
  {
    id: "missing_migrant_workers",
    family: "work_permits",
    label: "Migrant workers unaccounted for",
    unit: "persons",
    // How many are missing is counted on a day, not over a period.
    stock: true,
    definition:
      "Migrant workers who left their registered employer and whose whereabouts are unknown (absconded, missing, unaccounted for).",
    breakdowns: ["sex", "age_group", "citizenship", "country"],
    vocabulary: {
      counts: ["migrant", "foreigner"],
      terms: ["worker", WHEREABOUTS_UNKNOWN]
    }
  }
];
