/**
 * What reports count: the head nouns a number can stand before ("57 victims", "412 permits"), each
 * with the lemma indicators are written against and the breakdown the noun itself implies
 * ("girls" are female children). Forms are lower-case; the longest form at a position wins.
 */
import type {Breakdown} from "../types.js";

export interface CountedNoun {
  lemma: string;
  forms: string[];
  /** persons, or the unit the thing is counted in. */
  unit: string;
  implies?: Breakdown;
  /** True for nouns that name people generically, so any indicator about people accepts them. */
  person?: boolean;
}

export const COUNTED_NOUNS: CountedNoun[] = [
  {lemma: "victim", forms: ["victims", "victim", "survivors", "survivor"], unit: "persons", person: true},
  {
    lemma: "person",
    forms: [
      "persons",
      "person",
      "people",
      "individuals",
      "individual",
      "cases of persons",
      "passengers",
      "travellers",
      "travelers",
      "visitors",
      "tourists",
      "students",
      "applicants",
      "beneficiaries",
      "detainees",
      "returnees",
      "deportees",
      "inmates",
      "prisoners"
    ],
    unit: "persons",
    person: true
  },
  {
    lemma: "foreigner",
    forms: [
      "foreigners and stateless persons",
      "foreign nationals",
      "foreign citizens",
      "foreign workers",
      "foreigners",
      "foreigner",
      "non-citizens",
      "aliens",
      "expatriates"
    ],
    unit: "persons",
    person: true
  },
  {
    lemma: "migrant",
    forms: [
      "migrant workers",
      "migrants",
      "migrant",
      "immigrants",
      "immigrant",
      "emigrants",
      "illegal immigrants",
      "irregular migrants",
      "labour migrants",
      "labor migrants",
      "workers",
      "worker",
      "employees",
      "domestic workers"
    ],
    unit: "persons",
    person: true
  },
  {
    lemma: "national",
    forms: ["nationals", "citizens", "citizen", "residents", "stateless persons"],
    unit: "persons",
    person: true
  },
  {
    lemma: "refugee",
    forms: ["refugees", "refugee", "asylum seekers", "asylum-seekers", "asylum seeker"],
    unit: "persons",
    person: true
  },
  {
    lemma: "woman",
    forms: ["women", "woman", "females"],
    unit: "persons",
    person: true,
    implies: {sex: "female", age_group: "adult"}
  },
  {
    lemma: "man",
    forms: ["men", "man", "males"],
    unit: "persons",
    person: true,
    implies: {sex: "male", age_group: "adult"}
  },
  {
    lemma: "girl",
    forms: ["girls", "girl"],
    unit: "persons",
    person: true,
    implies: {sex: "female", age_group: "child"}
  },
  {lemma: "boy", forms: ["boys", "boy"], unit: "persons", person: true, implies: {sex: "male", age_group: "child"}},
  {
    lemma: "child",
    forms: ["children", "child", "minors", "minor", "juveniles", "unaccompanied minors"],
    unit: "persons",
    person: true,
    implies: {age_group: "child"}
  },
  {lemma: "adult", forms: ["adults", "adult"], unit: "persons", person: true, implies: {age_group: "adult"}},
  {lemma: "family", forms: ["families", "family members", "households"], unit: "persons", person: true},
  {
    lemma: "trafficker",
    forms: ["traffickers", "trafficker", "perpetrators", "offenders", "criminals", "alleged traffickers"],
    unit: "persons",
    person: true
  },
  {
    lemma: "suspect",
    forms: ["suspects", "suspect", "accused", "defendants", "defendant"],
    unit: "persons",
    person: true
  },
  {
    lemma: "official",
    forms: [
      "officials",
      "official",
      "officers",
      "officer",
      "staff",
      "police officers",
      "inspectors",
      "judges",
      "prosecutors",
      "investigators",
      "diplomats",
      "civil servants",
      "participants",
      "trainees",
      "specialists"
    ],
    unit: "persons",
    person: true
  },
  {
    lemma: "case",
    forms: [
      "criminal cases",
      "cases",
      "case",
      "incidents",
      "crimes",
      "offences",
      "offenses",
      "facts",
      "episodes",
      "violations"
    ],
    unit: "cases"
  },
  {
    lemma: "investigation",
    forms: ["investigations", "investigation", "inquiries", "pre-trial investigations"],
    unit: "cases"
  },
  {lemma: "prosecution", forms: ["prosecutions", "prosecution", "indictments", "charges"], unit: "cases"},
  {lemma: "conviction", forms: ["convictions", "conviction", "verdicts", "judgments", "sentences"], unit: "cases"},
  {
    lemma: "permit",
    forms: [
      "work permits",
      "work permit",
      "patents on work",
      "work patents",
      "patents",
      "patent",
      "residence permits",
      "residence permit",
      "permits",
      "permit",
      "licences",
      "licenses",
      "visas",
      "visa",
      "approvals",
      "authorizations",
      "authorisations",
      "quotas",
      "certificates",
      "cards",
      "documents",
      "passports",
      "identity cards",
      "extensions"
    ],
    unit: "permits"
  },
  {
    lemma: "application",
    forms: [
      "applications",
      "application",
      "requests",
      "request",
      "appeals",
      "appeal",
      "petitions",
      "complaints",
      "complaint",
      "claims",
      "inquiries",
      "enquiries",
      "submissions"
    ],
    unit: "applications"
  },
  {lemma: "decision", forms: ["decisions", "decision", "orders", "order", "rulings"], unit: "decisions"},
  {lemma: "call", forms: ["calls", "call", "phone calls", "telephone calls"], unit: "calls"},
  {
    lemma: "contract",
    forms: ["employment contracts", "labour contracts", "labor contracts", "contracts", "contract"],
    unit: "contracts"
  },
  {lemma: "marriage", forms: ["marriages", "marriage"], unit: "marriages"},
  {
    lemma: "training",
    forms: [
      "trainings",
      "training sessions",
      "training courses",
      "seminars",
      "workshops",
      "courses",
      "events",
      "campaigns",
      "conferences",
      "round tables",
      "roundtables",
      "meetings",
      "lectures"
    ],
    unit: "events"
  },
  {
    lemma: "shelter",
    forms: ["shelters", "shelter", "centres", "centers", "centre", "center", "facilities", "institutions"],
    unit: "facilities"
  },
  {
    lemma: "organisation",
    forms: [
      "organisations",
      "organizations",
      "ngos",
      "ngo",
      "groups",
      "networks",
      "companies",
      "employers",
      "enterprises",
      "agencies",
      "channels"
    ],
    unit: "organisations"
  },
  {
    lemma: "crossing",
    forms: [
      "crossings",
      "border crossings",
      "entries",
      "exits",
      "arrivals",
      "departures",
      "trips",
      "visits",
      "flights"
    ],
    unit: "crossings"
  },
  {
    lemma: "place",
    forms: [
      "locations",
      "sites",
      "cities",
      "regions",
      "districts",
      "provinces",
      "municipalities",
      "villages",
      "countries"
    ],
    unit: "places"
  },
  {
    lemma: "operation",
    forms: ["raids", "operations", "inspections", "checks", "searches", "special operations"],
    unit: "operations"
  },
  {lemma: "transfer", forms: ["transfers", "remittances", "transactions"], unit: "transactions"},
  {
    lemma: "return",
    forms: ["returns", "deportations", "expulsions", "removals", "readmissions", "repatriations"],
    unit: "persons"
  },
  {lemma: "project", forms: ["projects", "programmes", "programs", "grants", "agreements", "memoranda"], unit: "items"},
  {
    lemma: "publication",
    forms: ["leaflets", "brochures", "flyers", "posters", "booklets", "copies", "publications", "videos", "articles"],
    unit: "items"
  }
];

/** Words before a head noun that set a breakdown ("female", "child", "Uzbek" via the gazetteer). */
export const QUALIFIERS: {forms: string[]; set: Breakdown}[] = [
  {forms: ["female", "women", "woman", "girl"], set: {sex: "female"}},
  {forms: ["male", "men", "man", "boy"], set: {sex: "male"}},
  {forms: ["child", "children", "minor", "underage", "juvenile"], set: {age_group: "child"}},
  {forms: ["adult"], set: {age_group: "adult"}},
  {forms: ["foreign"], set: {citizenship: "foreign"}}
];

/** Forms of exploitation and other categories a count is broken down by; the label stored comes first. */
export const CATEGORIES: {label: string; forms: string[]}[] = [
  {
    label: "sex trafficking",
    forms: [
      "sex trafficking",
      "sex-trafficking",
      "sexual exploitation",
      "commercial sexual exploitation",
      "forced prostitution",
      "sex"
    ]
  },
  {
    label: "labor trafficking",
    forms: [
      "labor trafficking",
      "labour trafficking",
      "labor-trafficking",
      "labour exploitation",
      "labor exploitation",
      "labor",
      "labour"
    ]
  },
  {label: "forced labor", forms: ["forced labor", "forced labour"]},
  {label: "forced begging", forms: ["forced begging", "beggary", "forced to beg"]},
  {label: "domestic servitude", forms: ["domestic servitude"]},
  {label: "forced criminality", forms: ["forced criminality"]},
  {label: "organ removal", forms: ["organ removal", "removal of organs"]},
  {label: "mixed exploitation", forms: ["mixed exploitation", "mixed forms of exploitation"]},
  {label: "domestic", forms: ["domestic", "internal"]},
  {label: "potential", forms: ["potential", "possible", "presumed", "suspected"]},
  {
    label: "from previous years",
    forms: ["previous years", "prior years", "previous reporting periods", "earlier years"]
  },
  // Release statistics split people by whether they hold an EU citizenship ("non-EU nationals entering detention").
  {label: "non-EU nationals", forms: ["non-eu", "non-european union"]},
  {label: "EU nationals", forms: ["eu", "eea", "eu/eea"]}
];

/**
 * Participles that, right after a counted noun, say which part of people it counts ("four Ukrainians
 * incarcerated abroad", "159 foreigners convicted of crime"); each takes "abroad" or a short "of"/"with" phrase.
 */
export const PART_PARTICIPLES = [
  "convicted",
  "accused",
  "suspected",
  "charged",
  "incarcerated",
  "imprisoned",
  "detained",
  "exploited",
  "employed",
  "stranded"
];

/** Words that stand for "these people" in a part of a total ("of whom 5 were women"). */
export const PART_MARKERS = [
  "including",
  "of whom",
  "of which",
  "of them",
  "out of them",
  "out of which",
  "among them",
  "among whom",
  "among which",
  "in particular",
  "namely",
  "incl."
];

/** Words that open a comparison: a number after them belongs to the period named after it. */
export const COMPARISON_MARKERS = [
  "compared to",
  "compared with",
  "in comparison with",
  "in comparison to",
  "up from",
  "down from",
  "an increase from",
  "a decrease from",
  "a decline from",
  "as against",
  "versus",
  "vs.",
  "against",
  "relative to",
  "than",
  "from"
];
