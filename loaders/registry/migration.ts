import type {Indicator} from "./indicator.js";
import {WHEREABOUTS_UNKNOWN} from "./labour-stocks.js";
import {CHANGE_VERBS} from "../vocabulary/quantities.js";
import {BALANCE_NOUNS} from "../vocabulary/nouns.js";

const persons = ["sex", "age_group", "citizenship", "country"] as const;
// "migrants had not left the country after their stay expired": overstayers, not departures.
const NOT_LEFT = "not left|not leave|not depart|failed to leave|overst";
// "there were 167,000 …", "dropped to 624,046", "has now reached 50,227": the level a count of people stood at, not
// what befell them; every verb of change with "to" names a level.
export const STOCK_LEVEL = [
  "there were|there are|there was|there is|number of|stood at|stands at|standing at|amounted to|amounts to|amount to|totalled|totaled|reached|reaches",
  // "24,966 foreign workers were working legally": people at work on a day, in the progressive.
  "are working|were working|is working|was working|are currently working|were currently working",
  ...CHANGE_VERBS.map((verb) => `${verb} to`)
].join("|");
// "176,666 non-resident workers were employed … as at the end of September": workers in jobs on a day.
const EMPLOYED_ON_A_DAY = "were employed|are employed|was employed|is employed|employed by|employed in|in employment";
// Workers counted by what happened to them (left, arrived, deported, granted permits) are a flow.
const EVENT_OF_WORKERS =
  "left|departed|arrived|entered|deported|returned|repatriat|rescued|expelled|detained|arrested|recruited|hired|granted|issued|registered|trained|deployed|dispatched|sent abroad|placed";

/** Wording of people held on a day rather than detained in a period ("904 migrants remain in detention"). */
const HELD_ON_A_DAY = "remain in detention|remained in detention|held in detention|currently in detention";
/** Wording of a return still to come ("registered online to return", "wishing to return"). */
const RETURN_INTENT =
  "registered to return|registered online to return|registered for return|wishing to return|wish to return|wishes to return|want to return|wanting to return|registered to go home";

// Living or working away from one's country, in any wording of the two: "living abroad", "residing outside the country".
const LIVING_FORMS = [
  "live",
  "lives",
  "lived",
  "living",
  "reside",
  "resides",
  "resided",
  "residing",
  "work",
  "works",
  "worked",
  "working",
  "employed",
  "settled"
];
const AWAY_FORMS = [
  "abroad",
  "overseas",
  "outside the country",
  "outside their country",
  "outside of the country",
  "outside the national territory",
  "in other countries",
  "in foreign countries"
];
const LIVING_AWAY = LIVING_FORMS.flatMap((v) => AWAY_FORMS.map((a) => `${v} ${a}`)).join("|");

export const WORK_PERMITS: Indicator[] = [
  {
    id: "work_permit_extensions",
    family: "work_permits",
    label: "Work permits extended",
    unit: "permits",
    definition: "Work permits whose term was extended in the period.",
    breakdowns: [...persons],
    vocabulary: {
      counts: ["person", "foreigner", "migrant", "permit", "national"],
      events: ["extend"],
      terms: ["work permit"]
    }
  },
  {
    id: "work_permits_issued",
    family: "work_permits",
    label: "Work permits issued",
    unit: "permits",
    definition: "Work permits granted or issued to foreigners in the period.",
    breakdowns: [...persons],
    vocabulary: {
      counts: ["person", "foreigner", "migrant", "permit", "national"],
      events: ["grant"],
      terms: ["work permit|labour permit|labor permit|permission to work|work authori"]
    }
  },
  {
    id: "work_permit_refusals",
    family: "work_permits",
    label: "Work permits refused",
    unit: "applications",
    definition: "Applications for work permits refused or rejected in the period.",
    breakdowns: [...persons],
    vocabulary: {
      counts: ["application", "person", "foreigner", "migrant", "permit", "national"],
      events: ["refuse"],
      terms: ["work permit|labour permit|labor permit|permission to work|work authori"]
    }
  },
  {
    id: "work_patents_issued",
    family: "work_permits",
    label: "Work patents issued",
    unit: "permits",
    definition: "Patents (work authorisations bought by visa-free foreigners) issued or received in the period.",
    breakdowns: [...persons],
    vocabulary: {
      counts: ["person", "foreigner", "migrant", "permit", "national"],
      events: ["grant", "assist"],
      terms: ["patent"]
    }
  },
  {
    id: "work_permit_applications",
    family: "work_permits",
    label: "Work permit applications",
    unit: "applications",
    definition: "Applications for work permits received in the period.",
    breakdowns: [...persons],
    vocabulary: {counts: ["application"], terms: ["work permit"]}
  },
  {
    id: "labour_quotas_used",
    family: "work_permits",
    label: "Labour quotas used",
    unit: "quotas",
    definition: "Places of the quota for foreign workers that were used (filled by permits) in the period.",
    breakdowns: [...persons],
    vocabulary: {counts: ["quota"], events: ["use"]}
  },
  {
    id: "labour_quotas",
    family: "work_permits",
    label: "Labour quotas for foreign workers",
    unit: "quotas",
    definition: "Places the quota for foreign workers set for the period, the whole the used places are part of.",
    breakdowns: [...persons],
    vocabulary: {counts: ["quota"]}
  },
  {
    id: "work_permits_valid",
    family: "work_permits",
    label: "Valid work permits",
    unit: "permits",
    definition: "Work permits in force on a date: the foreigners holding a valid permit then.",
    breakdowns: [...persons],
    stock: true,
    vocabulary: {
      counts: ["person", "foreigner", "migrant", "permit", "national"],
      events: ["hold"],
      terms: ["work permit|labour permit|labor permit|permission to work|work authori"]
    }
  },
  {
    id: "work_permits",
    family: "work_permits",
    label: "Work permits",
    unit: "permits",
    definition: "Work permits counted in the period where no narrower event is named.",
    breakdowns: [...persons],
    vocabulary: {counts: ["permit"], terms: ["work permit"]}
  },
  {
    id: "workers_departed_abroad",
    family: "work_permits",
    label: "Workers departed for employment abroad",
    unit: "persons",
    definition:
      "Citizens who left (or were cleared to leave) for work abroad in the period, as a country sending labour migrants counts them, by destination country.",
    breakdowns: [...persons],
    vocabulary: {
      counts: ["person", "migrant", "national"],
      events: ["leave"],
      topic: [
        "employment",
        "destination",
        "for work",
        "to work",
        "jobs abroad",
        "for jobs",
        "labour migra",
        "labor migra",
        // "workers deployed abroad" says what they left for.
        "deployed abroad",
        "deployed overseas",
        "workers were deployed",
        "workers deployed to",
        "deployment"
      ],
      excludes: [NOT_LEFT]
    }
  },
  {
    id: "employment_contracts",
    family: "work_permits",
    label: "Employment contracts of foreigners",
    unit: "contracts",
    definition: "Employment contracts with foreigners registered in the period.",
    breakdowns: [...persons],
    vocabulary: {counts: ["contract"]}
  },
  {
    id: "employment_contract_notifications",
    family: "work_permits",
    label: "Notifications of employment contracts with foreigners",
    unit: "notifications",
    definition:
      "Notifications employers filed in the period on concluding (or ending) employment contracts with foreigners.",
    breakdowns: [...persons],
    vocabulary: {counts: ["notification"], terms: ["contract|employ|hire|hiring|labour|labor|work"]}
  },
  {
    id: "illegal_employment_penalties",
    family: "work_permits",
    label: "Foreigners penalised for illegal work",
    unit: "persons",
    definition: "Foreigners or employers penalised for work without a permit.",
    breakdowns: [...persons],
    vocabulary: {
      counts: ["person", "foreigner", "migrant", "organisation", "case"],
      events: ["penalise"],
      terms: ["work|employ"]
    }
  },
  {
    id: "foreign_workers_present",
    family: "work_permits",
    label: "Foreign workers in the country",
    unit: "persons",
    definition: "Foreign (expatriate, migrant) workers in the country on a date: a stock, not a flow.",
    breakdowns: [...persons],
    stock: true,
    vocabulary: {
      counts: ["migrant", "foreigner"],
      terms: [
        "foreign worker|expatriate worker|expat worker|migrant worker|migrants worker|migrant domestic worker|migrant farm worker|migrant agricultural worker|migrant construction worker|workers from abroad|overseas worker|guest worker|non-resident worker|nonresident worker|non-resident workforce|imported worker|imported labo|domestic helper|foreign domestic worker|foreigners working|foreign nationals working|non-nationals working|expatriates working|foreigners employed|foreign nationals employed",
        `${STOCK_LEVEL}|${EMPLOYED_ON_A_DAY}`
      ],
      // Workers whose whereabouts are unknown are counted apart (`missing_migrant_workers`).
      excludes: [EVENT_OF_WORKERS, WHEREABOUTS_UNKNOWN]
    }
  }
];

export const RESIDENCE: Indicator[] = [
  {
    id: "temporary_residence_permit_extensions",
    family: "residence",
    label: "Temporary residence permits extended",
    unit: "permits",
    definition: "Temporary residence permits extended in the period.",
    breakdowns: [...persons],
    vocabulary: {
      counts: ["person", "foreigner", "migrant", "permit", "national"],
      events: ["extend"],
      terms: ["temporary residence|temporary stay"]
    }
  },
  {
    id: "residence_permit_extensions",
    family: "residence",
    label: "Residence permits extended",
    unit: "permits",
    definition: "Residence permits of any kind whose term was extended in the period.",
    breakdowns: [...persons],
    vocabulary: {
      counts: ["person", "foreigner", "migrant", "permit", "national", "family"],
      events: ["extend"],
      terms: ["residence permit|residence card|permit to reside|term of residence|terms of residence"]
    }
  },
  {
    id: "temporary_residence_permits_issued",
    family: "residence",
    label: "Temporary residence permits issued",
    unit: "permits",
    definition: "Temporary residence permits granted in the period.",
    breakdowns: [...persons],
    vocabulary: {
      counts: ["person", "foreigner", "migrant", "permit", "national", "family", "application"],
      events: ["grant"],
      terms: ["temporary residence|temporary stay"]
    }
  },
  {
    id: "permanent_residence_permits_issued",
    family: "residence",
    label: "Permanent residence permits issued",
    unit: "permits",
    definition: "Permanent residence permits granted in the period.",
    breakdowns: [...persons],
    vocabulary: {
      counts: ["person", "foreigner", "migrant", "permit", "national", "family", "application"],
      events: ["grant", "settle"],
      terms: [
        "permanent residence|became permanent resident|become permanent resident|admitted as permanent resident|permanent residents were admitted|permanent residents admitted|permanent resident admission|admissions of permanent resident"
      ]
    }
  },
  {
    id: "residence_permits_issued",
    family: "residence",
    label: "Residence permits issued",
    unit: "permits",
    definition: "Residence permits of any kind granted in the period.",
    breakdowns: [...persons],
    vocabulary: {
      counts: ["person", "foreigner", "migrant", "permit", "national", "family", "application"],
      events: ["grant"],
      terms: ["residence permit|residence card|right of residence|permit to reside|permits for residence"]
    }
  },
  {
    id: "temporary_residence_permits_valid",
    family: "residence",
    label: "Valid temporary residence permits",
    unit: "permits",
    definition: "Temporary residence permits in force on a date: the foreigners holding one then.",
    breakdowns: [...persons],
    stock: true,
    vocabulary: {
      counts: ["person", "foreigner", "migrant", "permit", "national", "family"],
      events: ["hold"],
      terms: ["temporary residence"]
    }
  },
  {
    id: "permanent_residence_permits_valid",
    family: "residence",
    label: "Valid permanent residence permits",
    unit: "permits",
    definition: "Permanent residence permits in force on a date: the foreigners holding one then.",
    breakdowns: [...persons],
    stock: true,
    vocabulary: {
      counts: ["person", "foreigner", "migrant", "permit", "national", "family"],
      events: ["hold"],
      terms: ["permanent residence"]
    }
  },
  {
    id: "family_reunification",
    family: "residence",
    label: "Family members joining migrants",
    unit: "persons",
    definition:
      "Family members who came, applied or were admitted to join a migrant or refugee already in the country (family reunion) in the period.",
    breakdowns: [...persons],
    vocabulary: {
      counts: ["family", "person", "foreigner", "application", "permit"],
      terms: ["family reunion|family reunification|following family|reunite|reunification with"]
    }
  },
  {
    id: "residence_permits_valid",
    family: "residence",
    label: "Valid residence permits",
    unit: "permits",
    definition: "Residence permits in force on a date: the foreigners holding a valid permit then.",
    breakdowns: [...persons],
    stock: true,
    vocabulary: {
      counts: ["person", "foreigner", "migrant", "permit", "national", "family"],
      events: ["hold"],
      terms: ["residence permit|residence card|permit to reside|permits for residence"]
    }
  },
  {
    id: "residence_permits",
    family: "residence",
    label: "Residence permits",
    unit: "permits",
    definition: "Residence permits counted in the period where no narrower event is named.",
    breakdowns: [...persons],
    vocabulary: {counts: ["permit"], terms: ["residence"]}
  },
  {
    id: "residence_permit_applications",
    family: "residence",
    label: "Residence permit applications",
    unit: "applications",
    definition: "Applications for residence permits of any kind received in the period.",
    breakdowns: [...persons],
    vocabulary: {
      counts: ["application"],
      events: ["apply"],
      terms: ["residence permit|temporary residence|permanent residence|permit to reside"]
    }
  },
  {
    id: "non_citizens_registered",
    family: "residence",
    label: "Non-citizens registered",
    unit: "persons",
    definition:
      "Residents who hold no citizenship of the country nor of any other (non-citizens, persons of undetermined citizenship) registered on a date: a stock.",
    breakdowns: [...persons],
    stock: true,
    vocabulary: {
      counts: ["foreigner", "person", "national"],
      terms: ["non-citizen|undetermined citizenship|non-citizens' passport"]
    }
  },
  {
    id: "residence_registrations",
    family: "residence",
    label: "Foreigners registered at place of stay",
    unit: "persons",
    definition: "Foreigners registered at their place of stay or residence in the period.",
    breakdowns: [...persons],
    vocabulary: {
      counts: ["person", "foreigner", "migrant", "national"],
      events: ["register"],
      terms: ["place of stay|place of residence|migration registration|registered"],
      // "registered as illegal migrants" enters a status, not a place of stay.
      excludes: ["non-citizen|undetermined citizenship|as illegal|as irregular|as undocumented", RETURN_INTENT]
    }
  },
  {
    id: "return_registrations",
    family: "other",
    label: "Migrants registered or wishing to return",
    unit: "persons",
    definition:
      "Citizens abroad who registered to return home, or who wish to, counted on a date (a stock): returns still to come.",
    breakdowns: [...persons, "category"],
    stock: true,
    vocabulary: {
      counts: ["person", "migrant", "worker", "national"],
      terms: [RETURN_INTENT]
    }
  },
  {
    id: "citizenship_applications",
    family: "residence",
    label: "Citizenship applications",
    unit: "applications",
    definition: "Applications for citizenship received in the period.",
    breakdowns: [...persons],
    vocabulary: {
      counts: ["application", "person", "foreigner", "migrant", "national", "refugee"],
      events: ["apply"],
      terms: ["citizenship|naturali"]
    }
  },
  {
    id: "nationals_abroad",
    family: "other",
    label: "Citizens living or working abroad",
    unit: "persons",
    definition: "The country's own citizens living or working in other countries on a date: a stock of its emigrants.",
    breakdowns: [...persons],
    stock: true,
    vocabulary: {
      counts: ["national", "person", "migrant"],
      terms: [LIVING_AWAY],
      excludes: [RETURN_INTENT]
    }
  },
  {
    id: "foreigners_resident",
    family: "residence",
    label: "Foreigners resident",
    unit: "persons",
    definition: "Foreigners living in the country on a date: a stock, not a flow.",
    breakdowns: [...persons],
    stock: true,
    vocabulary: {counts: ["foreigner", "national", "person", "migrant"], events: ["reside"]}
  },
  {
    id: "citizenship_granted",
    family: "residence",
    label: "Persons granted citizenship",
    unit: "persons",
    definition: "Persons admitted to citizenship (or applications for it granted) in the period.",
    breakdowns: [...persons],
    vocabulary: {
      counts: ["person", "foreigner", "migrant", "national", "refugee", "application"],
      events: ["grant", "naturalise"],
      terms: [
        "citizenship|naturali|became citizens|become citizens|became a citizen|became permanent citizens|became new citizens"
      ]
    }
  },
  {
    id: "visas_issued",
    family: "border",
    label: "Visas issued",
    unit: "permits",
    definition: "Visas issued in the period.",
    breakdowns: [...persons],
    vocabulary: {counts: ["permit", "person", "foreigner"], events: ["grant"], terms: ["visa"]}
  }
];

export const BORDER: Indicator[] = [
  {
    id: "entry_refusals",
    family: "border",
    label: "Foreigners refused entry",
    unit: "persons",
    definition: "Foreigners refused entry at the border in the period.",
    breakdowns: [...persons],
    vocabulary: {
      counts: ["person", "foreigner", "migrant", "national", "decision"],
      events: ["refuse"],
      terms: ["entry|enter|border"]
    }
  },
  {
    id: "irregular_migrants_detected",
    family: "border",
    label: "Irregular migrants detected",
    unit: "persons",
    definition: "Persons detected entering, staying or working irregularly in the period.",
    breakdowns: [...persons],
    vocabulary: {
      counts: ["person", "foreigner", "migrant", "national"],
      events: ["identify", "arrest"],
      terms: ["illegal|irregular|undocumented|without permission|without a permit|violat|overstay"],
      // "placed in the detention centre for illegal migrants" names the centre, not a detection; "904 migrants remain
      // in detention" counts those held on a day.
      excludes: ["detention cent|detention facilit|placed in detention|placed in the detention", HELD_ON_A_DAY]
    }
  },
  {
    id: "migrants_intercepted",
    family: "border",
    label: "Migrants intercepted",
    unit: "persons",
    definition:
      "Persons intercepted or interdicted at sea or at the border while trying to cross irregularly, in the period.",
    breakdowns: [...persons],
    vocabulary: {
      // "2,115 interceptions at sea": each act stops one person.
      counts: ["person", "foreigner", "migrant", "national", "refugee", "child", "woman", "man", "arrest"],
      events: ["intercept"]
    }
  },
  {
    id: "migrants_rescued",
    family: "border",
    label: "Migrants rescued",
    unit: "persons",
    definition: "Migrants and refugees rescued or saved at sea, in the desert or on the way, in the period.",
    breakdowns: [...persons],
    vocabulary: {
      counts: ["person", "foreigner", "migrant", "national", "refugee", "child", "woman", "man"],
      events: ["rescue"],
      // "released" and "freed" are rescues too in the vocabulary; people let out of detention or custody are not saved.
      terms: ["rescu|saved|saving"],
      // People rescued from traffickers or exploiters are victims, counted by the trafficking indicators.
      excludes: ["traffick", "exploit", "brothel", "forced labo", "victim", "life-sav"]
    }
  },

  {
    id: "border_violations",
    family: "border",
    label: "Border violations",
    unit: "cases",
    definition: "Violations of the state border detected in the period.",
    breakdowns: [...persons],
    vocabulary: {counts: ["case", "person", "foreigner"], terms: ["border"], events: ["identify", "arrest", "register"]}
  },
  {
    id: "irregular_border_crossings",
    family: "border",
    label: "Irregular border crossings",
    unit: "crossings",
    definition:
      "Crossings of a border outside the law (illegal or irregular crossings, entries or exits) detected or recorded in the period.",
    breakdowns: [...persons],
    vocabulary: {counts: ["crossing"], terms: ["illegal|irregular|unauthori|unlawful"]}
  },
  {
    id: "border_crossings",
    family: "border",
    label: "Border crossings",
    unit: "crossings",
    definition: "Entries to or exits from the country in the period.",
    breakdowns: [...persons],
    vocabulary: {
      counts: ["crossing", "person", "foreigner", "national"],
      events: ["enter", "leave"],
      terms: [
        "border|entered|arrived|visited|entries|entry of|arrivals|arrival of|crossed|crossings|movements|came to|moved to|immigrations|emigrations|landed|landings|disembark"
      ],
      // Crossings outside the law are counted by their own indicator.
      excludes: [
        "illegal cross|irregular cross|unlawful cross|illegal entr|irregular entr|unlawful entr|illegal border cross|irregular border cross|unlawful border cross|unauthorised border cross|unauthorized border cross"
      ]
    }
  },
  {
    id: "net_migration",
    family: "other",
    label: "Net migration",
    unit: "persons",
    definition:
      "People who moved into the country less those who moved out of it, in the period; negative when more left, as a population release counts them.",
    breakdowns: [...persons],
    vocabulary: {
      counts: ["person", "foreigner", "national", "migrant", "net migration"],
      terms: [
        [
          ...BALANCE_NOUNS,
          "emigrated net",
          "immigrated net",
          "net outflow",
          "net migrants",
          "net loss",
          "net gain"
        ].join("|")
      ]
    }
  },
  {
    id: "immigrants",
    family: "border",
    label: "Immigrants",
    unit: "persons",
    definition:
      "People who moved into the country to live in the period, as a population or migration release counts them, where no narrower indicator (arrivals at a border, workers, asylum, enforcement) names them.",
    breakdowns: [...persons],
    vocabulary: {
      counts: ["person", "migrant", "national", "foreigner"],
      // Not "immigrations": statistics offices count those as moves across the border (`border_crossings`); "an inflow of
      // foreign nationals" names people coming to live.
      terms: ["immigrant|immigrated|inflow of|inflows of"],
      // Immigrants an enforcement or protection measure acts on, and those living in the country on a day ("now make up
      // the largest group"), are counted by their own indicators; a net figure is its own indicator.
      excludes: [
        "illegal|irregular|undocumented|unauthori|clandestine|detain|detention|deport|remov|arrest|apprehen|expel|expul|smuggl|traffick|asylum|refugee",
        "resident|living in|live in|lives in|population|now make up|now makes up|largest|biggest|stock",
        BALANCE_NOUNS.join("|")
      ]
    }
  },
  {
    id: "emigrants",
    family: "border",
    label: "Emigrants",
    unit: "persons",
    definition:
      "People who left the country, or moved out of it, in the period, where no narrower indicator (workers leaving for jobs abroad, returns, deportations) names them.",
    breakdowns: [...persons],
    vocabulary: {
      counts: ["person", "migrant", "national", "foreigner"],
      events: ["leave"],
      // "left voluntarily" or "spontaneously" is a return; a net figure is its own indicator, whatever verbs of leaving
      // stand beside it.
      excludes: [NOT_LEFT, "voluntar|spontaneous", BALANCE_NOUNS.join("|")]
    }
  },
  {
    id: "migrant_deaths",
    family: "border",
    label: "Migrants dead or missing",
    unit: "persons",
    definition: "Migrants and refugees who died or went missing on their way, at sea or at a border, in the period.",
    breakdowns: [...persons],
    vocabulary: {
      counts: ["migrant", "person", "refugee", "foreigner", "death"],
      events: ["die"]
    }
  },
  {
    id: "people_fled",
    family: "border",
    label: "People who fled abroad",
    unit: "persons",
    definition:
      "People who fled their country for safety, or sought refuge in another, in the period (a refugee outflow, by where they went).",
    breakdowns: [...persons],
    vocabulary: {
      counts: ["person", "refugee", "national", "migrant", "child", "woman", "man"],
      events: ["flee"]
    }
  },
  {
    id: "smuggling_cases",
    family: "border",
    label: "Migrant smuggling cases",
    unit: "cases",
    definition: "Cases of migrant smuggling or illegal migration channels revealed in the period.",
    breakdowns: [],
    vocabulary: {counts: ["case", "organisation", "person", "suspect"], terms: ["smuggl|illegal migration channel"]}
  }
];

/** Whom detention centres hold: people of any age and sex. */
const detainees = ["person", "foreigner", "migrant", "national", "child", "woman", "man"];

export const DETENTION: Indicator[] = [
  {
    id: "detention_placements",
    family: "detention",
    label: "Placements in detention centres",
    unit: "persons",
    definition: "Foreigners placed in detention centres for irregular migrants in the period.",
    breakdowns: [...persons],
    vocabulary: {
      counts: detainees,
      events: ["assist", "arrest"],
      terms: [
        "detention cent|detention facilit|detention center|immigration detention|accommodated in the cent|holding cent|entering detention|entered detention|placed in detention|placed in the cent"
      ]
    }
  },
  {
    id: "detained_migrants",
    family: "detention",
    label: "Migrants detained",
    unit: "persons",
    definition: "Foreigners detained for migration offences in the period.",
    breakdowns: [...persons],
    vocabulary: {
      counts: ["person", "foreigner", "migrant", "national"],
      events: ["arrest"],
      terms: ["immigra|migra|illegal|irregular"],
      excludes: [HELD_ON_A_DAY]
    }
  },
  {
    id: "detention_releases",
    family: "detention",
    label: "Releases from detention centres",
    unit: "persons",
    definition: "Foreigners released from detention centres for irregular migrants in the period.",
    breakdowns: [...persons],
    vocabulary: {
      counts: detainees,
      events: ["rescue"],
      terms: ["detention"]
    }
  }
];

export const READMISSION: Indicator[] = [
  {
    id: "deportations",
    family: "readmission",
    label: "Foreigners deported or removed",
    unit: "persons",
    definition: "Foreigners deported, expelled or ordered to leave the territory in the period.",
    breakdowns: [...persons],
    vocabulary: {
      counts: ["person", "foreigner", "migrant", "national", "decision", "return", "child", "woman", "man"],
      events: ["deport"]
    }
  },
  {
    id: "readmissions",
    family: "readmission",
    label: "Persons readmitted",
    unit: "persons",
    definition: "Persons returned or received under readmission agreements in the period.",
    breakdowns: [...persons],
    vocabulary: {
      counts: ["person", "foreigner", "migrant", "national", "application", "return"],
      events: ["readmit"],
      terms: ["readmission|readmitted"]
    }
  },
  {
    id: "voluntary_returns",
    family: "readmission",
    label: "Assisted voluntary returns",
    unit: "persons",
    definition: "Migrants returned with assistance to their country of origin in the period.",
    breakdowns: [...persons],
    vocabulary: {counts: ["person", "foreigner", "migrant", "national", "return"], terms: ["voluntar"]}
  },
  {
    id: "repatriations",
    family: "readmission",
    label: "Persons repatriated",
    unit: "persons",
    definition:
      "Persons brought back or sent back to the country of their citizenship in the period, nationals brought home from abroad as well as foreigners sent home.",
    breakdowns: [...persons],
    vocabulary: {
      counts: ["person", "foreigner", "migrant", "national", "refugee", "return", "child", "woman", "man"],
      events: ["repatriate"]
    }
  },
  {
    id: "returns",
    family: "readmission",
    label: "Foreigners returned",
    unit: "persons",
    definition:
      "Foreigners returned to their country of origin or another country in the period, where the statement does not say whether the return was voluntary.",
    breakdowns: [...persons],
    vocabulary: {
      counts: ["person", "foreigner", "migrant", "national", "return", "child", "woman", "man"],
      events: ["return"]
    }
  }
];

export const STATELESSNESS: Indicator[] = [
  {
    id: "stateless_persons_recognized",
    family: "residence",
    label: "Stateless persons recognised",
    unit: "persons",
    definition: "Persons recognised or registered as stateless, or granted stateless status, in the period.",
    breakdowns: [...persons],
    vocabulary: {
      counts: ["person", "national", "foreigner", "migrant", "refugee", "child"],
      events: ["identify", "grant", "register"],
      terms: ["stateless"]
    }
  }
];

export const REMITTANCES: Indicator[] = [
  {
    id: "remittances",
    family: "remittances",
    label: "Remittances",
    unit: "currency",
    definition: "Money transferred by migrants across borders in the period.",
    breakdowns: ["country"],
    vocabulary: {
      money: true,
      // "emigrants have sent home $1.7 billion", "expatriates sent out $2.03 billion", "received $283 million in money sent
      // from abroad": money migrants send is remittances.
      terms: [
        "remittance|money transfer|transfers|remitted|transferred|sent home|send home|sending home|sent back home|sent from abroad|money from abroad|expatriates sent|emigrants sent|migrants sent|workers sent|diaspora sent|expatriates have sent|emigrants have sent|migrants have sent|workers have sent|diaspora has sent"
      ]
    }
  },
  {
    id: "remittance_transactions",
    family: "remittances",
    label: "Remittance transactions",
    unit: "transactions",
    definition: "Money transfers made by migrants in the period.",
    breakdowns: ["country"],
    vocabulary: {counts: ["transfer"], terms: ["remittance|transfer"]}
  }
];

export const OTHER: Indicator[] = [
  {
    id: "asylum_decisions",
    family: "other",
    label: "Asylum decisions taken",
    unit: "decisions",
    definition:
      "Decisions or rulings taken on applications for asylum or protection in the period, positive and negative together unless a part is named.",
    breakdowns: [...persons, "category"],
    vocabulary: {
      counts: ["decision"],
      topic: ["asylum"]
    }
  },
  {
    id: "asylum_applications_rejected",
    family: "other",
    label: "Asylum applications rejected",
    unit: "applications",
    definition: "Applications for asylum or refugee status rejected or refused in the period.",
    breakdowns: [...persons],
    vocabulary: {
      counts: ["application", "person", "refugee", "foreigner", "case"],
      events: ["refuse"],
      terms: ["asylum|refugee status|refugee application|international protection|protection seeker"]
    }
  },
  {
    id: "asylum_applications",
    family: "other",
    label: "Asylum applications",
    unit: "persons",
    definition: "Applications for asylum or refugee status lodged in the period.",
    breakdowns: [...persons],
    vocabulary: {
      counts: ["application", "person", "refugee", "foreigner"],
      events: ["apply"],
      terms: ["asylum|refugee status|refugee application|international protection|protection seeker"]
    }
  },
  {
    id: "temporary_protection_granted",
    family: "other",
    label: "Temporary protection granted",
    unit: "persons",
    definition: "Persons granted temporary protection (a group status, not refugee status) in the period.",
    breakdowns: [...persons],
    vocabulary: {
      counts: ["person", "refugee", "foreigner", "national"],
      events: ["grant"],
      terms: ["temporary protection"]
    }
  },
  {
    id: "subsidiary_protection_granted",
    family: "other",
    label: "Subsidiary protection granted",
    unit: "persons",
    definition:
      "Persons granted subsidiary, complementary or additional protection (a status short of refugee status) in the period.",
    breakdowns: [...persons],
    vocabulary: {
      counts: ["person", "refugee", "foreigner", "national"],
      events: ["grant"],
      terms: ["subsidiary protection|complementary protection|additional protection"]
    }
  },
  {
    id: "protection_claimants_remaining",
    family: "residence",
    label: "Protection claimants remaining",
    unit: "persons",
    definition:
      "Asylum, non-refoulement or other protection claimants still in the country on a date, whatever the stage of their claims: a stock, not a flow.",
    breakdowns: [...persons, "category"],
    stock: true,
    vocabulary: {
      counts: ["refugee"],
      terms: [
        "claimant|asylum seeker|asylum-seeker|protection seeker",
        "remaining|remain in|remained in|still in|stranded|there were|there are|number of|stood at|stands at|seekers present"
      ],
      excludes: ["arrived|entered|deported|removed|returned|granted|rejected|lodged|submitted|registered|left"]
    }
  },
  {
    id: "protection_holders",
    family: "other",
    label: "Holders of temporary or international protection",
    unit: "persons",
    definition: "Persons under temporary or international protection on a date: a stock, not a flow.",
    breakdowns: [...persons],
    stock: true,
    vocabulary: {
      counts: ["person", "refugee", "foreigner", "national"],
      // "66,189 people from Ukraine had S protection status at the end of June": those holding a status on a day.
      terms: [
        "under temporary protection|international protection to|under international protection|had protection status|have protection status|had s protection status|have s protection status|held protection status|hold protection status|protection status holders|holders of temporary protection|holders of international protection"
      ],
      excludes: ["granted|terminated|revoked|withdrawn|ended|lost|applied|applications|lodged"]
    }
  },
  {
    id: "refugee_status_granted",
    family: "other",
    label: "Refugee status granted",
    unit: "persons",
    definition: "Persons granted refugee status or asylum in the period.",
    breakdowns: [...persons],
    vocabulary: {
      counts: ["person", "refugee", "foreigner", "application"],
      events: ["grant"],
      terms: ["asylum|refugee"]
    }
  },
  {
    id: "marriages_with_foreigners",
    family: "marriages",
    label: "Marriages with foreigners",
    unit: "marriages",
    definition: "Marriages registered between citizens and foreigners in the period.",
    breakdowns: ["citizenship"],
    vocabulary: {counts: ["marriage"]}
  },
  {
    id: "consular_applications",
    family: "consular",
    label: "Applications to consulates",
    unit: "applications",
    definition: "Applications received by consular offices in the period.",
    breakdowns: ["country"],
    vocabulary: {counts: ["application"], terms: ["consul|embass"]}
  }
];
