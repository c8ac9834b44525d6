import type {Indicator} from "./indicator.js";

/** What immigration enforcement did to the foreigners it found in breach, as press items count it. */
export const ENFORCEMENT: Indicator[] = [
  {
    id: "immigration_offenders_penalised",
    family: "border",
    label: "Foreigners penalised for immigration offences",
    unit: "persons",
    definition:
      "Foreigners fined, punished or otherwise penalised for illegal entry, stay or employment, or other immigration offences, in the period.",
    breakdowns: ["sex", "age_group", "citizenship", "country"],
    vocabulary: {
      counts: ["foreigner", "migrant", "person"],
      events: ["penalise"],
      terms: ["illegal|immigration|irregular|overstay|violat"]
    }
  }
];
