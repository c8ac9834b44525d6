import type {Indicator} from "./indicator.js";

const persons = ["sex", "age_group", "citizenship", "country"] as const;
/** Words that make a crossing, stay or departure one without leave. */
const IRREGULAR = "illegal|irregular|undocumented|clandestine|unauthori|without permission|without documents";

/** What immigration enforcement did to the foreigners it found in breach, as press items count it. */
export const ENFORCEMENT: Indicator[] = [
  {
    id: "immigration_offenders_penalised",
    family: "border",
    label: "Foreigners penalised for immigration offences",
    unit: "persons",
    definition:
      "Foreigners fined, punished or otherwise penalised for illegal entry, stay or employment, or other immigration offences, in the period.",
    breakdowns: [...persons],
    vocabulary: {
      counts: ["foreigner", "migrant", "person"],
      events: ["penalise"],
      terms: ["illegal|immigration|irregular|overstay|violat"]
    }
  },
  {
    id: "irregular_migration_attempts_prevented",
    family: "border",
    label: "Irregular migration attempts prevented",
    unit: "attempts",
    definition:
      "Attempts to enter, cross or leave a country without leave that the authorities foiled or prevented in the period, or the people stopped in them.",
    breakdowns: [...persons],
    vocabulary: {
      counts: ["attempt", "person", "migrant", "foreigner", "national"],
      events: ["prevent"],
      terms: [`${IRREGULAR}|enter|entry|depart|leav|cross|migra`],
      excludes: ["traffick"]
    }
  },
  {
    id: "migrant_smugglers_arrested",
    family: "border",
    label: "Migrant smugglers arrested",
    unit: "persons",
    definition: "Smugglers and organisers of irregular migration arrested, captured or apprehended in the period.",
    breakdowns: [...persons],
    vocabulary: {
      counts: ["smuggler", "trafficker", "suspect", "person"],
      events: ["arrest"],
      terms: [
        "smuggl|coyote|organi|facilitat|illegal migration|irregular migration|undocumented migration|clandestine migration|illegal crossing"
      ]
    }
  },
  {
    id: "immigration_enforcement_operations",
    family: "border",
    label: "Operations against irregular migration",
    unit: "operations",
    definition: "Raids, sweeps and other operations against irregular migration, stay or employment in the period.",
    breakdowns: ["country"],
    vocabulary: {
      counts: ["operation"],
      terms: ["operation|raid|sweep|crackdown", `${IRREGULAR}|immigra|migra|overstay|smuggl`],
      excludes: ["traffick"]
    }
  },
  {
    id: "persons_in_detention",
    family: "detention",
    label: "Persons held in detention or prison",
    unit: "persons",
    definition: "Foreigners held in detention, custody or prison on a day, whatever the stage of their case.",
    breakdowns: [...persons],
    stock: true,
    vocabulary: {
      counts: ["person", "foreigner", "migrant", "national"],
      events: ["imprison"],
      excludes: ["traffick|sentenc|convict|released"]
    }
  },
  {
    id: "travel_document_referrals",
    family: "readmission",
    label: "Persons referred for travel documents",
    unit: "persons",
    definition:
      "Foreigners awaiting removal referred to their diplomatic missions or authorities to obtain travel documents, on a day.",
    breakdowns: [...persons],
    stock: true,
    vocabulary: {
      counts: ["person", "foreigner", "migrant", "national"],
      events: ["assist"],
      terms: ["travel document"]
    }
  },
  {
    id: "removal_travel_bookings",
    family: "readmission",
    label: "Persons awaiting travel bookings for removal",
    unit: "persons",
    definition: "Foreigners awaiting removal whose travel (tickets, reservations) was being arranged, on a day.",
    breakdowns: [...persons],
    stock: true,
    vocabulary: {
      counts: ["person", "foreigner", "migrant", "national"],
      events: ["book"],
      terms: ["travel|flight|ticket"]
    }
  }
];
