import type {Indicator} from "./indicator.js";

const TOPIC = ["traffick", "exploitation", "forced labo"];
const breakdowns = ["sex", "age_group", "citizenship", "category"] as const;

export const TRAFFICKING: Indicator[] = [
  {
    id: "trafficking_victims_identified",
    family: "trafficking",
    label: "Trafficking victims identified",
    unit: "persons",
    definition: "Persons officially identified as victims of trafficking in the period.",
    breakdowns: [...breakdowns],
    vocabulary: {counts: ["victim", "person"], events: ["identify"], topic: TOPIC}
  },
  {
    id: "trafficking_victims_assisted",
    family: "trafficking",
    label: "Trafficking victims assisted",
    unit: "persons",
    definition: "Victims of trafficking who received shelter, care, rehabilitation or other assistance.",
    breakdowns: [...breakdowns],
    vocabulary: {counts: ["victim", "person"], events: ["assist"], topic: TOPIC}
  },
  {
    id: "trafficking_victims_repatriated",
    family: "trafficking",
    label: "Trafficking victims repatriated",
    unit: "persons",
    definition: "Victims of trafficking returned to their country of origin.",
    breakdowns: [...breakdowns],
    vocabulary: {counts: ["victim", "person"], events: ["repatriate"], topic: TOPIC}
  },
  {
    id: "trafficking_potential_victims_screened",
    family: "trafficking",
    label: "Potential trafficking victims screened",
    unit: "persons",
    definition:
      "Persons screened or interviewed for signs of trafficking in the period; not victims identified, whom screening may find among them.",
    breakdowns: [...breakdowns],
    vocabulary: {counts: ["victim", "person", "migrant", "foreigner"], events: ["screen"], topic: TOPIC}
  },
  {
    id: "trafficking_victims_registered",
    family: "trafficking",
    label: "Trafficking victims registered",
    unit: "persons",
    definition: "Victims of trafficking registered or reported to the authorities in the period.",
    breakdowns: [...breakdowns],
    // "No foreign victim was recorded" speaks of victims identified, not of a register of reports.
    vocabulary: {counts: ["victim"], events: ["register", "report"], excludes: ["recorded"], topic: TOPIC}
  },
  {
    id: "trafficking_victims",
    family: "trafficking",
    label: "Trafficking victims",
    unit: "persons",
    definition: "Victims of trafficking counted in the period, where the statement names no narrower event.",
    breakdowns: [...breakdowns],
    // "420 women were trafficked to the U.A.E.": people trafficked are its victims.
    vocabulary: {
      counts: ["victim", "person"],
      terms: ["victim|suffered from|fell prey|affected by|trafficked"],
      topic: TOPIC
    }
  },
  {
    id: "trafficking_cases_reported",
    family: "trafficking",
    label: "Trafficking cases reported",
    unit: "cases",
    definition: "Cases of trafficking reported to the authorities in the period.",
    breakdowns: ["category"],
    vocabulary: {counts: ["case"], events: ["report"], topic: TOPIC}
  },
  {
    id: "trafficking_complaints",
    family: "trafficking",
    label: "Trafficking complaints received",
    unit: "applications",
    definition: "Complaints or reports of trafficking crimes received by the authorities in the period.",
    breakdowns: ["category"],
    // "received 97 signals for victims of trafficking": a tip-off or alert is a report reaching the authority.
    vocabulary: {counts: ["application"], terms: ["complaint|signal|tip-off|tip off|alert"], topic: TOPIC}
  },
  {
    id: "trafficking_complaints_addressed",
    family: "trafficking",
    label: "Trafficking complaints addressed",
    unit: "applications",
    definition: "Complaints of trafficking crimes the authorities acted on in the period.",
    breakdowns: ["category"],
    vocabulary: {counts: ["application"], events: ["address"], terms: ["complaint"], topic: TOPIC}
  },
  {
    id: "trafficking_perpetrators_sanctioned",
    family: "trafficking",
    label: "Traffickers sanctioned",
    unit: "persons",
    definition: "Perpetrators of trafficking against whom legal or administrative measures were taken in the period.",
    breakdowns: ["sex", "category"],
    vocabulary: {counts: ["trafficker", "suspect", "person"], events: ["penalise"], topic: TOPIC}
  },
  {
    id: "trafficking_cases_pending",
    family: "trafficking",
    label: "Trafficking cases pending",
    unit: "cases",
    definition:
      "Trafficking cases, investigations or prosecutions still open (pending, ongoing, awaiting trial) in or at the end of the period.",
    breakdowns: ["category"],
    vocabulary: {
      counts: ["case", "investigation", "prosecution"],
      terms: [
        "pending|ongoing|remained open|remain open|still open|awaiting trial|awaiting a verdict|before the courts"
      ],
      topic: TOPIC
    }
  },
  {
    id: "trafficking_investigations",
    family: "trafficking",
    label: "Trafficking investigations",
    unit: "cases",
    definition: "Investigations of trafficking offences opened in the period.",
    breakdowns: ["sex", "citizenship", "category"],
    vocabulary: {
      counts: ["case", "investigation", "person", "suspect", "trafficker"],
      events: ["investigate"],
      topic: TOPIC
    }
  },
  {
    id: "trafficking_criminal_cases",
    family: "trafficking",
    label: "Trafficking criminal cases initiated",
    unit: "cases",
    definition: "Criminal cases on trafficking initiated or registered in the period.",
    breakdowns: ["category"],
    vocabulary: {counts: ["case"], events: ["initiate", "register", "identify"], topic: TOPIC}
  },
  {
    id: "trafficking_prosecutions",
    family: "trafficking",
    label: "Trafficking prosecutions",
    unit: "persons",
    definition: "Persons (or cases) prosecuted or charged for trafficking in the period.",
    breakdowns: ["sex", "citizenship", "category"],
    vocabulary: {
      counts: ["prosecution", "person", "suspect", "trafficker", "case"],
      events: ["prosecute"],
      topic: TOPIC
    }
  },
  {
    id: "trafficking_convictions",
    family: "trafficking",
    label: "Traffickers convicted",
    unit: "persons",
    definition: "Persons convicted of trafficking in the period.",
    // "two were female Chinese nationals": chapters state convicted traffickers' citizenship.
    breakdowns: ["sex", "citizenship", "category"],
    vocabulary: {counts: ["conviction", "person", "suspect", "trafficker", "case"], events: ["convict"], topic: TOPIC}
  },
  {
    id: "trafficking_acquittals",
    family: "trafficking",
    label: "Trafficking acquittals",
    unit: "persons",
    definition: "Persons acquitted of trafficking charges in the period.",
    breakdowns: ["sex"],
    vocabulary: {counts: ["person", "suspect", "trafficker", "case"], events: ["acquit"], topic: TOPIC}
  },
  {
    id: "trafficking_suspects_identified",
    family: "trafficking",
    label: "Trafficking suspects identified",
    unit: "persons",
    definition: "Suspected traffickers identified in the period, before or without an arrest.",
    breakdowns: ["sex", "citizenship"],
    vocabulary: {counts: ["suspect", "trafficker"], events: ["identify"], topic: TOPIC}
  },
  {
    id: "trafficking_arrests",
    family: "trafficking",
    label: "Trafficking suspects arrested",
    unit: "persons",
    definition: "Suspected traffickers arrested or detained in the period.",
    breakdowns: ["sex", "citizenship", "category"],
    vocabulary: {counts: ["person", "suspect", "trafficker"], events: ["arrest"], topic: TOPIC}
  },
  {
    id: "trafficking_victim_funding",
    family: "ngo_funding",
    label: "Funding for victim protection",
    unit: "currency",
    definition: "Money allocated or spent on the protection and assistance of trafficking victims.",
    breakdowns: ["category"],
    vocabulary: {money: true, events: ["fund"], topic: ["victim", "traffick", "shelter"]}
  },
  {
    id: "trafficking_officials_trained",
    family: "trafficking",
    label: "Officials trained on trafficking",
    unit: "persons",
    definition: "Officials, police, judges and others trained on trafficking in the period.",
    breakdowns: [],
    vocabulary: {counts: ["official", "person"], events: ["train"], topic: TOPIC}
  },
  {
    id: "trafficking_trainings",
    family: "trafficking",
    label: "Trainings on trafficking",
    unit: "events",
    definition: "Trainings, seminars and awareness events on trafficking held in the period.",
    breakdowns: [],
    vocabulary: {counts: ["training"], topic: TOPIC}
  },
  {
    id: "trafficking_shelters",
    family: "trafficking",
    label: "Shelters for victims",
    unit: "facilities",
    definition: "Shelters or centres operating for trafficking victims.",
    breakdowns: [],
    vocabulary: {counts: ["shelter"], topic: TOPIC}
  },
  {
    id: "trafficking_operations",
    family: "trafficking",
    label: "Anti-trafficking operations",
    unit: "operations",
    definition: "Police or joint operations and raids against trafficking conducted in the period.",
    breakdowns: [],
    vocabulary: {counts: ["operation"], terms: ["operation|raid"], topic: TOPIC}
  },
  {
    id: "hotline_calls",
    family: "call_centre",
    label: "Hotline calls",
    unit: "calls",
    definition: "Calls received by a hotline or call centre in the period.",
    breakdowns: ["category"],
    vocabulary: {counts: ["call"]}
  },
  {
    id: "trafficking_cases",
    family: "trafficking",
    label: "Trafficking cases",
    unit: "cases",
    definition: "Cases of trafficking counted in the period, by whatever body, where no stage of the case is named.",
    breakdowns: ["country", "category"],
    // "There were 85 cases of forced marriage": a case whose own clause names trafficking or a form of it.
    vocabulary: {
      counts: ["case"],
      terms: ["traffick|forced labo|forced marriage|sexual exploitation|prostitution|servitude|slavery|debt bondage"],
      topic: TOPIC
    }
  }
];
