/**
 * What reports count: the head nouns a number can stand before ("57 victims", "412 permits"), each
 * with the lemma indicators are written against and the breakdown the noun itself implies
 * ("girls" are female children). Forms are lower-case; the longest form at a position wins.
 */
import type {Breakdown} from "../types.js";
import {MARGIN_VERBS} from "./quantities.js";

export interface CountedNoun {
  lemma: string;
  forms: string[];
  /** persons, or the unit the thing is counted in. */
  unit: string;
  implies?: Breakdown;
  /** True for nouns that name people generically, so any indicator about people accepts them. */
  person?: boolean;
}

/** Balances that name more people leaving than coming: "a migration loss of 4 343", "net outward migration". */
export const OUTWARD_BALANCE_NOUNS = ["migration loss", "net outward migration", "net outflow"];

/** Figures of people moving in less those moving out, each a count of persons by itself. */
export const BALANCE_NOUNS = [
  "net migration",
  // "an international net-migration gain of 40 613 people", "a migration gain of 44 956 foreign citizens".
  "net-migration",
  "migration gain",
  "net inward migration",
  ...OUTWARD_BALANCE_NOUNS,
  "net immigration",
  "net emigration",
  "migration balance",
  "migratory balance",
  // "a net flow of 153,000 migrants to the UK": the balance named as a flow.
  "net flow",
  "net inflow"
];

/** Nouns that name a figure by themselves, so a number they are said to be is a count ("The number … was 23,075"). */
export const FIGURE_NOUNS = ["number", "total", "amount", "count", "figure", "sum", "population", ...BALANCE_NOUNS];

export const COUNTED_NOUNS: CountedNoun[] = [
  {lemma: "victim", forms: ["victims", "victim", "survivors", "survivor"], unit: "persons", person: true},
  // "compared with 105 referrals in 2018", "155 referrals came from NGOs": people referred for help, each a referral.
  {lemma: "referral", forms: ["referrals", "referral"], unit: "persons", person: true},
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
      "violators",
      "returnees",
      "deportees",
      "evacuees",
      "stowaways",
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
      // "the principality's foreign population … stands at 24,992": the foreigners living there, counted as one.
      "foreign population",
      "foreign-born population",
      // "foreign national residents": "national" qualifies the residents here, it heads no noun of its own.
      "foreign national residents",
      "foreign resident population",
      "foreign nationals",
      "foreign citizens",
      "foreign workers",
      "foreigners",
      "foreigner",
      "non-citizens",
      "aliens",
      "expatriates",
      "expats",
      "expat"
    ],
    unit: "persons",
    person: true
  },
  {
    lemma: "migrant",
    forms: [
      "migrant workers",
      "expatriate workers",
      "expat workers",
      "non-resident workers",
      "non-resident worker",
      "nonresident workers",
      "imported workers",
      "migrants",
      "migrant",
      "immigrants",
      "immigrant",
      "emigrants",
      "illegal immigrants",
      "irregular migrants",
      // "9,281 illegals were deported": the adjective as a noun, as some ministries and papers write it.
      "illegals",
      "overstayers",
      "overstayer",
      "illegal workers",
      "labour migrants",
      "labor migrants",
      "labourers",
      "labourer",
      "laborers",
      "laborer",
      "workers",
      "worker",
      "employees",
      "domestic workers",
      "would-be migrants",
      "illegal entrants",
      "entrants",
      // "34,000 infiltrators": people who crossed a border irregularly, as some states name them.
      "infiltrators",
      // Those who come back to settle in their own or their forebears' country: "89 repatriates moved to Latvia".
      "repatriates"
    ],
    unit: "persons",
    person: true
  },
  // Kinds of migrant work a release counts its workers by ("the number of domestic helpers amounted to 29,217").
  {
    lemma: "migrant",
    forms: ["foreign domestic helpers", "domestic helpers", "domestic helper", "foreign domestic workers"],
    unit: "persons",
    person: true,
    implies: {category: "domestic helpers"}
  },
  {
    lemma: "migrant",
    forms: ["seasonal workers", "seasonal worker"],
    unit: "persons",
    person: true,
    implies: {category: "seasonal workers"}
  },
  // People displaced inside their own country, whom agencies count apart from refugees ("6.3 million IDPs").
  {
    lemma: "idp",
    forms: [
      "internally displaced persons",
      "internally displaced person",
      "internally displaced people",
      "internally displaced",
      "idps",
      "idp"
    ],
    unit: "persons",
    person: true,
    implies: {category: "internally displaced persons"}
  },
  {
    lemma: "national",
    forms: ["nationals", "citizens", "citizen", "residents", "stateless persons"],
    unit: "persons",
    person: true
  },
  {
    lemma: "refugee",
    // Defectors are people who fled their state and sought protection in another ("1,047 defectors arrived in the South").
    forms: [
      "refugees",
      "refugee population",
      "refugee",
      "asylum seekers",
      "asylum-seekers",
      "asylum seeker",
      "protection seekers",
      "protection seeker",
      "claimants",
      "claimant",
      "defectors",
      "defector"
    ],
    unit: "persons",
    person: true
  },
  {
    lemma: "woman",
    forms: ["women", "woman"],
    unit: "persons",
    person: true,
    implies: {sex: "female", age_group: "adult"}
  },
  // "163 females" says the sex only: girls are females too, so no age group is implied.
  {lemma: "woman", forms: ["females"], unit: "persons", person: true, implies: {sex: "female"}},
  {
    lemma: "man",
    forms: ["men", "man"],
    unit: "persons",
    person: true,
    implies: {sex: "male", age_group: "adult"}
  },
  {lemma: "man", forms: ["males"], unit: "persons", person: true, implies: {sex: "male"}},
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
    forms: ["children", "child", "minors", "minor", "juveniles"],
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
  // Those who move others across a border for gain: "505 organizers of undocumented migration", "coyotes".
  {
    lemma: "smuggler",
    forms: [
      "smugglers",
      "smuggler",
      "human smugglers",
      "people smugglers",
      "migrant smugglers",
      "coyotes",
      "organizers",
      "organisers",
      "facilitators",
      "middlemen"
    ],
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
    forms: ["investigations", "investigation", "inquiries", "pre-trial investigations", "probes", "probe"],
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
      "certificates",
      "cards",
      "documents",
      "passports",
      "identity cards",
      "extensions",
      "emigration clearances",
      "clearances"
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
      "submissions",
      "signals",
      "tip-offs",
      "alerts"
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
  // "543,277 notifications on work contracts": notices employers file when they hire or dismiss a foreigner.
  {lemma: "notification", forms: ["notifications", "notification", "notices of employment"], unit: "notifications"},
  {lemma: "marriage", forms: ["marriages", "marriage"], unit: "marriages"},
  // Elections abroad: "38 election precincts for 14138 voters"; voters are counted only by indicators that name them.
  {
    lemma: "precinct",
    forms: [
      "election precincts",
      "election precinct",
      "polling stations",
      "polling station",
      "polling places",
      "polling precincts",
      "precincts"
    ],
    unit: "precincts"
  },
  {lemma: "voter", forms: ["voters", "voter", "electors"], unit: "persons"},
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
    lemma: "quota",
    forms: [
      "labour quotas",
      "labor quotas",
      "labour quota",
      "labor quota",
      "work quotas",
      "employment quotas",
      "quotas",
      "quota"
    ],
    unit: "quotas"
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
      // "39 000 immigrations from other countries": a statistics office's count of moves into or out of the country.
      "immigrations",
      "emigrations",
      "trips",
      "visits",
      "flights",
      // A boat reaching shore with migrants aboard: "16 boat landings were recorded".
      "boat landings",
      "landings",
      "boat arrivals",
      "disembarkations",
      // "14,195 movements were observed at flow monitoring points": a flow monitor counts people passing it.
      "movements"
    ],
    unit: "crossings"
  },
  {
    lemma: "place",
    forms: ["locations", "sites", "cities", "regions", "districts", "provinces", "municipalities", "villages"],
    unit: "places"
  },
  {lemma: "place", forms: ["countries"], unit: "countries"},
  // "Net migration stood at 2.7 thousand": the balance of people moving in and out, a figure of persons by itself.
  {lemma: "net migration", forms: BALANCE_NOUNS, unit: "persons"},
  // "an excess of births of 105", "a natural increase of 320": the population's own change, no one moving ("births"
  // alone is left out: "11 more live births" is a change of the natural balance, no count of its own).
  {
    lemma: "birth",
    forms: ["excess of births", "birth surplus", "surplus of births", "natural increase", "natural growth"],
    unit: "births"
  },
  // "23 migrant deaths": each death is a person's.
  {lemma: "death", forms: ["deaths", "fatalities"], unit: "persons"},
  {
    lemma: "operation",
    forms: ["raids", "operations", "inspections", "checks", "searches", "special operations"],
    unit: "operations"
  },
  // "73,973 irregular migration attempts": a try at crossing or leaving, counted whether or not it succeeded.
  {
    lemma: "attempt",
    forms: ["attempts", "attempt", "attempted crossings", "crossing attempts", "attempts to cross"],
    unit: "attempts"
  },
  {lemma: "transfer", forms: ["transfers", "remittances", "transactions"], unit: "transactions"},
  {
    lemma: "return",
    forms: ["returns", "deportations", "expulsions", "removals", "readmissions", "repatriations"],
    unit: "persons"
  },
  // "181,566 arrests of Nicaraguan migrants", "2,115 interceptions at sea": each act stops one person.
  {
    lemma: "arrest",
    forms: ["arrests", "apprehensions", "encounters", "interceptions", "interdictions"],
    unit: "persons"
  },
  {lemma: "project", forms: ["projects", "project"], unit: "projects"},
  {lemma: "project", forms: ["programmes", "programs", "grants", "agreements", "memoranda"], unit: "items"},
  {
    lemma: "publication",
    forms: ["leaflets", "brochures", "flyers", "posters", "booklets", "copies", "publications", "videos", "articles"],
    unit: "items"
  }
];

/** Words before a head noun that set a breakdown ("female", "child", "Uzbek" via the gazetteer). */
export const QUALIFIERS: {forms: string[]; set: Breakdown}[] = [
  {forms: ["female", "women", "woman", "girl", "girls"], set: {sex: "female"}},
  {forms: ["male", "men", "man", "boy", "boys"], set: {sex: "male"}},
  {forms: ["child", "children", "minor", "minors", "underage", "juvenile"], set: {age_group: "child"}},
  {forms: ["adult", "adults"], set: {age_group: "adult"}},
  {forms: ["foreign"], set: {citizenship: "foreign"}}
];

/**
 * Forms of exploitation and other categories a count is broken down by; the label stored comes first.
 * A `status` category says how sure the identification is ("potential", "confirmed"): a form of
 * exploitation named after the noun ("potential victims of illegal recruitment") outranks it.
 */
export const CATEGORIES: {label: string; forms: string[]; status?: boolean}[] = [
  {
    label: "sex trafficking",
    forms: [
      "sex trafficking",
      "sex-trafficking",
      "sexual exploitation",
      "commercial sexual exploitation",
      "forced prostitution",
      "sexually exploited",
      "sexually abused",
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
      // "5 were exploited in terms of labor": the participle is read with the copula, the phrase after it names the form.
      "in terms of labor",
      "in terms of labour",
      "labor",
      "labour"
    ]
  },
  {label: "forced labor", forms: ["forced labor", "forced labour", "forced child labor", "forced child labour"]},
  {label: "forced begging", forms: ["forced begging", "beggary", "forced to beg"]},
  {label: "domestic servitude", forms: ["domestic servitude"]},
  {label: "forced criminality", forms: ["forced criminality"]},
  {label: "organ removal", forms: ["organ removal", "removal of organs"]},
  {
    label: "mixed exploitation",
    forms: [
      "mixed exploitation",
      "mixed forms of exploitation",
      // "eleven of multiple types of exploitation": victims exploited in more than one way.
      "multiple types of exploitation",
      "multiple forms of exploitation",
      "more than one form of exploitation",
      "more than one type of exploitation"
    ]
  },
  {label: "illegal recruitment", forms: ["illegal recruitment", "unlawful recruitment"]},
  {label: "forced captivity", forms: ["forced captivity"]},
  {label: "child soldiering", forms: ["child soldiering", "child soldiers", "recruitment of child soldiers"]},
  {label: "forced marriage", forms: ["forced marriage", "forced marriages"]},
  // Practices akin to slavery that chapters list beside the forms of trafficking.
  {label: "servile marriage", forms: ["servile marriage", "servile marriages"]},
  {label: "indentured servitude", forms: ["indentured servitude"]},
  {label: "debt bondage", forms: ["debt bondage", "bonded labor", "bonded labour"]},
  {label: "slavery and servitude", forms: ["slavery and servitude", "slavery or servitude", "slavery"]},
  // "42 victims of attempted trafficking": people a trafficker tried to exploit, counted apart by some states.
  {
    label: "attempted trafficking",
    forms: ["attempted trafficking", "attempted human trafficking", "trafficking attempts"]
  },
  {label: "domestic", forms: ["domestic", "internal"]},
  // Children who arrive or apply without a parent or guardian: a part of children apart.
  {label: "unaccompanied", forms: ["unaccompanied"]},
  // Why migrant workers went home, as releases list them ("1,444 returning due to the factories shutting down").
  {
    label: "factory closure",
    forms: ["factory closure", "factory closures", "factories shutting down", "factories closing", "factories closed"]
  },
  {label: "unpaid", forms: ["unpaid", "did not receive payment", "did not receive their wages", "were not paid"]},
  // "412 external trafficking cases": trafficking across the border, the counterpart of internal trafficking.
  {
    label: "transnational",
    forms: [
      "transnational trafficking",
      "transnational",
      "cross-border trafficking",
      "external",
      "cross-border",
      "cross border"
    ]
  },
  // "10 of an unspecified form of trafficking": a part whose form the report does not give.
  {
    label: "unspecified trafficking",
    forms: [
      "unspecified form of trafficking",
      "unspecified forms of trafficking",
      "unspecified form of exploitation",
      "unspecified forms of exploitation",
      "unspecified trafficking",
      "unspecified exploitation"
    ]
  },
  {label: "potential", forms: ["potential", "possible", "presumed", "suspected"], status: true},
  // "two as official victims": victims the authorities formally recognised, set against potential ones.
  {label: "confirmed", forms: ["confirmed", "official"], status: true},
  // How a request or complaint reached an office ("216 oral requests and 750 written requests").
  {label: "oral", forms: ["oral", "verbal"]},
  {label: "written", forms: ["written"]},
  {
    label: "from previous years",
    forms: ["previous years", "prior years", "previous reporting periods", "earlier years"]
  },
  // Kinds of removal a release counts apart ("decisions on 1,402 foreigners to leave the territory and on 251 to be
  // removed in administrative order").
  {
    label: "ordered to leave",
    forms: [
      "to leave the territory",
      "to leave the country",
      "leave the territory",
      "leave the country",
      "ordered to leave",
      "obliged to leave",
      "obligation to leave"
    ]
  },
  {
    label: "administrative removal",
    forms: [
      "removed in administrative order",
      "expelled in administrative order",
      "removal in administrative order",
      "expulsion in administrative order",
      "administratively expelled",
      "administratively removed",
      "expelled administratively",
      "administrative expulsion",
      "administrative removal",
      // "1,427 illegal aliens were repatriated by administrative decision".
      "by administrative decision",
      "by an administrative decision",
      "by administrative order",
      "by an administrative order"
    ]
  },
  {
    label: "by court decision",
    forms: [
      "by court decision",
      "by a court decision",
      "by court decisions",
      "by decision of the court",
      "by decision of a court",
      "by court order",
      "by a court order",
      "court-ordered expulsion",
      "judicial expulsion",
      // "… and three by judicial decision".
      "by judicial decision",
      "by a judicial decision",
      "by judicial order",
      "by a judicial order"
    ]
  },
  // "There were no persons with disabilities among those placed in the centres".
  {
    label: "persons with disabilities",
    forms: ["with disabilities", "with a disability", "with disability", "disabled"]
  },
  // Release statistics split people by whether they hold an EU citizenship ("non-EU nationals entering detention").
  {label: "non-EU nationals", forms: ["non-eu", "non-european union"]},
  {label: "EU nationals", forms: ["eu", "eea", "eu/eea"]},
  // Citizens of the member states of a regional community ("133 CARICOM nationals were not allowed to enter"): a group
  // larger than one state, so a category as EU nationals are.
  {label: "CARICOM nationals", forms: ["caricom", "caribbean community"]},
  {label: "ECOWAS citizens", forms: ["ecowas"]},
  {label: "SADC citizens", forms: ["sadc"]},
  {label: "EAC citizens", forms: ["eac", "east african community"]},
  {label: "ASEAN nationals", forms: ["asean"]},
  {label: "GCC nationals", forms: ["gcc"]},
  {label: "CIS citizens", forms: ["cis"]},
  {label: "Mercosur nationals", forms: ["mercosur"]},
  // "14 of those people were deported together with their family": returned with their family, not alone.
  {
    label: "with family",
    forms: [
      "together with their family",
      "together with their families",
      "together with their parents",
      "accompanied by their parents",
      "accompanied by their family",
      "with their family",
      "with their families",
      "with their parents"
    ]
  }
];

/**
 * What "victims of …" may name without saying which part they are: the crime itself. Any other short
 * wording after "victims of" is read as the part's category as printed ("victims of bonded servitude").
 */
export const GENERIC_OF = [
  "trafficking",
  "human trafficking",
  "trafficking in persons",
  "trafficking in human beings",
  "crime",
  "crimes",
  "the crime",
  "exploitation",
  "abuse",
  "violence",
  "this crime",
  "such crimes",
  "these crimes"
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
  "incl.",
  "of this number",
  "of that number",
  "of this total",
  "of these",
  "of those",
  "among these"
];

/** Verbs whose object lists a whole's parts ("They included 128 carpenters", "comprising 40 women"). */
export const PART_VERBS = [
  "includes",
  "included",
  "include",
  "comprises",
  "comprised",
  "comprising",
  "comprise",
  "consists of",
  "consisted of",
  "consisting of"
];

/** Words before a number that make it the total of the counts before it ("…, for a total of 966"). */
export const TOTAL_MARKERS = ["for a total of", "a total of", "in total", "totalling", "totaling", "altogether"];

/** Words before a bare number that make it more of what was counted before ("NGOs identified an additional 13"). */
export const MORE_MARKERS = ["an additional", "a further", "another"];

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
  // "3,228 migrants entering Yemen, similar to 5,212 in April 2022": a likeness sets the figures side by side too.
  "similar to",
  "comparable to",
  // "five investigations, the same number as in 2016": an equal figure of another period.
  "the same number as",
  "the same level as",
  // "144 people, which exceeds June 2018 by 46": what a count exceeds is another period's figure.
  ...MARGIN_VERBS.filter((verb) => !verb.endsWith("ing")),
  // "twice as many as the 21.8 thousand registered in 2014"; a bare "as many as 300" is a hedge, not a comparison.
  "twice as many as",
  "times as many as",
  "half as many as",
  "twice as much as",
  "times as much as",
  "than",
  "from",
  // ", falling 21% between 2017 and 2018": a participle of change opens the comparison the periods after it belong to.
  "falling",
  "rising",
  "decreasing",
  "increasing",
  "declining",
  "dropping",
  "growing"
];

/** Words naming where people are, not what they work in or what a count was about ("employed in the country"). */
export const WHERE_NOT_TOPIC = [
  "country",
  "territory",
  "state",
  "kingdom",
  "region",
  "city",
  "island",
  "islands",
  "nation"
];

/**
 * Words after a count that say what the counted things were about ("312 of which concerned trafficking in
 * persons", "215 calls related to labour migration"): what follows them names the part's category.
 */
export const CONCERNING_MARKERS = [
  "concerned",
  "concerning",
  "were concerning",
  "related to",
  "were related to",
  "was related to",
  "relating to",
  "dealt with",
  "were about",
  "regarded",
  "regarding",
  "were on",
  "pertained to",
  "pertaining to",
  "on issues of",
  "on matters of",
  "on questions of",
  // The sector people work in: "2,315 of whom were employed in construction".
  "employed in",
  "were employed in",
  "working in",
  "were working in",
  "engaged in",
  "were engaged in"
];
