/**
 * Services people receive and the providers that deliver them: "two victims received health care",
 * "the NGO-run shelter assisted 19 victims". A count of people who received a service is a count of
 * people assisted, set apart by the service's label. Forms are lower-case; the longest form wins.
 */
export const SERVICES: {label: string; forms: string[]}[] = [
  {
    label: "health care",
    forms: [
      "health care",
      "healthcare",
      "medical care",
      "medical assistance",
      "medical aid",
      "medical services",
      "medical treatment",
      "health services"
    ]
  },
  {
    label: "legal assistance",
    forms: [
      "legal assistance",
      "legal aid",
      "legal services",
      "legal counselling",
      "legal counseling",
      "legal consultations",
      "legal representation"
    ]
  },
  {
    label: "psychological support",
    forms: [
      "psychological support",
      "psychological assistance",
      "psychological counselling",
      "psychological counseling",
      "psychosocial support",
      "psycho-social support",
      "counselling",
      "counseling"
    ]
  },
  {label: "shelter", forms: ["shelter", "accommodation", "temporary accommodation", "housing", "safe housing"]},
  {
    label: "vocational training",
    forms: ["vocational training", "job training", "professional training", "employment assistance", "job placement"]
  },
  {
    label: "financial assistance",
    forms: ["financial assistance", "financial aid", "cash assistance", "monetary assistance", "monetary compensation"]
  },
  {label: "social assistance", forms: ["social assistance", "social services", "social support"]},
  {
    label: "reintegration assistance",
    forms: ["reintegration assistance", "reintegration support", "reintegration services"]
  }
];

/** How a count of people is said to have received a service: "received", "were provided with", "benefited from". */
export const RECEIVE_VERBS = [
  "received",
  "receive",
  "were provided with",
  "were provided",
  "was provided with",
  "were given",
  "were offered",
  "benefited from",
  "benefitted from",
  "obtained",
  "accessed",
  "got"
];

/** Providers that, as the subject of an assisting verb, name the service their people received. */
export const PROVIDERS: {label: string; forms: string[]}[] = [
  {label: "shelter", forms: ["shelter", "shelters", "safe house", "safe houses", "crisis centre", "crisis center"]}
];

/** Verbs a provider assists people with: "the shelter assisted 19 victims", "the shelters accommodated 40 women". */
export const PROVIDE_VERBS = ["assisted", "accommodated", "sheltered", "housed", "hosted", "served", "supported"];

/** Participles before the noun that say which newly reached part a provider's count is ("19 newly-identified victims"). */
export const NEWLY = [{label: "newly identified", forms: ["newly-identified", "newly identified"]}];
