import type {Indicator} from "./indicator.js";

/** Words saying an employer no longer knows where a worker is. */
export const WHEREABOUTS_UNKNOWN = "unaccounted|whereabouts|abscond|runaway|run away|missing|ran away|went missing";

/** Workers a press item counts by whether their employer knows where they are, not by a permit decision. */
export const LABOUR_STOCKS: Indicator[] = [
  {
    id: "workers_employed_abroad",
    family: "work_permits",
    label: "Nationals employed abroad",
    unit: "persons",
    // How many are employed abroad under a scheme is counted on a day, not over a period.
    stock: true,
    definition:
      "A sending state's workers employed abroad on a day, under a labour scheme or seasonal work programme or otherwise, by destination.",
    breakdowns: ["sex", "age_group", "citizenship", "country", "category"],
    vocabulary: {
      counts: ["migrant"],
      terms: [
        "employed overseas|employed abroad|working overseas|working abroad|work overseas|work abroad|seasonal work|labour scheme|labor scheme|workers programme|workers program|worker programme|worker program|employment scheme"
      ]
    }
  },
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
