/**
 * Sentence patterns of the periodic reports to the Committee on Migrant Workers. Each names the
 * words around the numbers, never the numbers, years or countries themselves; see
 * sentences/sentence-spec.ts for the placeholder syntax.
 */
import type {SentenceSpec} from "../sentences/sentence-spec.js";

const persons = "persons";

export const CMW_SENTENCES: SentenceSpec[] = [
  // Work permits and legal employment
  {
    id: "labour-inspectorate-applications",
    family: "other",
    pattern:
      "{total} applications were received by the State Labou?r Inspectorate Service from foreigners and stateless persons\\. {a} out of them were about (?<a_what>[^,]+?), {b} about (?<b_what>[^,]+?), {c} about (?<c_what>.+?) and {d} about (?<d_what>[^.]+?)\\.",
    emit: [
      {slot: "total", indicator: "labour_inspectorate_applications", unit: "applications"},
      {slot: "a", indicator: "labour_inspectorate_applications", unit: "applications", dims: {category: "$a_what"}},
      {slot: "b", indicator: "labour_inspectorate_applications", unit: "applications", dims: {category: "$b_what"}},
      {slot: "c", indicator: "labour_inspectorate_applications", unit: "applications", dims: {category: "$c_what"}},
      {slot: "d", indicator: "labour_inspectorate_applications", unit: "applications", dims: {category: "$d_what"}}
    ]
  },
  {
    id: "court-complaints",
    family: "other",
    pattern: "{n} complaints were lodged to the courts",
    emit: [{slot: "n", indicator: "labour_complaints_to_courts", unit: "complaints"}]
  },

  // Residence
  {
    id: "religious-residence-permits",
    family: "residence",
    pattern: "{n} foreigners and stateless persons were issued relevant permits for residence",
    emit: [{slot: "n", indicator: "residence_permits_religious_activity", unit: "permits"}]
  },

  // Border and illegal migration channels
  {
    id: "illegal-migration-channels",
    family: "border",
    within: /illegal migration channels/i,
    pattern: "in {p:period},? (?:SMS revealed )?{n} cases(?=,| of illegal migration channels)",
    emit: [{slot: "n", indicator: "illegal_migration_channels_revealed", unit: "channels"}]
  },
  {
    id: "illegal-migration-channel-people",
    family: "border",
    pattern: "illegal migration channels \\({o} organizers and {u} users of channels\\)",
    emit: [
      {slot: "o", indicator: "illegal_migration_channel_organisers", unit: persons, period: "sentence_span"},
      {slot: "u", indicator: "illegal_migration_channel_users", unit: persons, period: "sentence_span"}
    ]
  },

  {
    id: "illegal-migration-organisers",
    family: "border",
    pattern:
      "investigated illegal activities of {a} {ca:country} and {b} {cb:country} citizens? who organi[sz]ed arrivals of {n} {cn:country} citizens",
    emit: [
      {slot: "a", indicator: "illegal_migration_organisers_investigated", unit: persons, dims: {citizenship: "$ca"}},
      {slot: "b", indicator: "illegal_migration_organisers_investigated", unit: persons, dims: {citizenship: "$cb"}},
      {slot: "n", indicator: "illegal_arrivals_organised", unit: persons, dims: {citizenship: "$cn"}}
    ]
  },

  {
    id: "illegal-migration-sentences",
    family: "border",
    pattern: "{a} {ca:country} citizens? was sentenced to (?<ya>\\d+ years)",
    emit: [
      {
        slot: "a",
        indicator: "illegal_migration_organisers_sentenced",
        unit: persons,
        dims: {citizenship: "$ca", category: "$ya"}
      }
    ],
    items: {
      pattern: "{n} {c:country} citizens? to (?<y>\\d+ years)",
      emit: [
        {
          slot: "n",
          indicator: "illegal_migration_organisers_sentenced",
          unit: persons,
          dims: {citizenship: "$c", category: "$y"}
        }
      ]
    }
  },

  // Detention
  {
    id: "detention-placements-total",
    family: "detention",
    pattern:
      "A total of {total} foreigners and stateless persons were placed in the State Migration Service.s Detention Cent(?:er|re) for Illegal Migrants in {p:period}\\. Of these, {v} were placed in the Detention Cent(?:er|re)s voluntarily and {m} mandatorily",
    emit: [
      {slot: "total", indicator: "detention_placements", unit: persons},
      {slot: "v", indicator: "detention_placements", unit: persons, dims: {category: "voluntary"}},
      {slot: "m", indicator: "detention_placements", unit: persons, dims: {category: "mandatory"}}
    ]
  },

  // Readmission and return
  {
    id: "readmission-by-country",
    family: "readmission",
    pattern: "{total} persons were readmitted to the country during the period from the date of [^.]*?\\d{4}\\. ",
    emit: [{slot: "total", indicator: "persons_readmitted", unit: persons, period: "sentence_span"}],
    items: {
      pattern: "{n} (?:persons were readmitted )?from {c:country}",
      emit: [
        {slot: "n", indicator: "persons_readmitted", unit: persons, dims: {country: "$c"}, period: "paragraph_span"}
      ]
    }
  },
  {
    id: "voluntary-return",
    family: "other",
    pattern: "voluntary return of {n} persons to the countries of origin",
    emit: [{slot: "n", indicator: "assisted_voluntary_returns", unit: persons, period: "paragraph_span"}]
  },

  // Refugee status, unaccompanied children
  {
    id: "unaccompanied-children-applications",
    family: "other",
    within: /unaccompanied (?:child|minor)/i,
    // A bare "children" counts only after "unaccompanied" in its own sentence ("30 adults and 16 children" are others).
    pattern:
      "{n} (?:\\(\\w+\\) )?(?:unaccompanied (?:child|children|minors?) |(?<=unaccompanied [^.;]*)(?:child|children|minors?) )?(?:applied [^.]*? )?(?:in|during) {p:period}",
    emit: [{slot: "n", indicator: "unaccompanied_children_refugee_applications", unit: persons}]
  },

  // Trafficking: crimes, cases, persons, sentences, victims
  {
    id: "trafficking-crimes",
    family: "trafficking",
    pattern:
      "crimes related to {ht} human trafficking \\({htc} criminal cases\\), {fl} forced labou?r \\({flc} criminal cases\\),? (?:and )?{doc} illegal actions with documents",
    emit: [
      {slot: "ht", indicator: "crimes_detected", unit: "crimes", dims: {category: "human trafficking"}},
      {slot: "htc", indicator: "criminal_cases", unit: "cases", dims: {category: "human trafficking"}},
      {slot: "fl", indicator: "crimes_detected", unit: "crimes", dims: {category: "forced labour"}},
      {slot: "flc", indicator: "criminal_cases", unit: "cases", dims: {category: "forced labour"}},
      {slot: "doc", indicator: "crimes_detected", unit: "crimes", dims: {category: "illegal actions with documents"}}
    ]
  },
  {
    id: "trafficking-persons-liable",
    family: "trafficking",
    pattern:
      "{n} persons \\({men} men, {women} women\\) \\((?:in )?{cases} (?:in )?criminal cases, {prev} from previous years\\) were involved in criminal liability",
    emit: [
      {slot: "n", indicator: "persons_criminally_liable", unit: persons},
      {slot: "men", indicator: "persons_criminally_liable", unit: persons, dims: {sex: "male"}},
      {slot: "women", indicator: "persons_criminally_liable", unit: persons, dims: {sex: "female"}},
      {slot: "cases", indicator: "criminal_cases_persons_liable", unit: "cases"},
      {slot: "prev", indicator: "criminal_cases_persons_liable", unit: "cases", dims: {category: "from previous years"}}
    ]
  },
  {
    id: "trafficking-persons-prosecuted",
    family: "trafficking",
    pattern: "{n} were prosecuted \\((?:in )?{cases} (?:in )?criminal cases, {prev} (?:cases )?from previous years\\)",
    emit: [
      {slot: "n", indicator: "persons_prosecuted", unit: persons},
      {slot: "cases", indicator: "criminal_cases_persons_prosecuted", unit: "cases"},
      {
        slot: "prev",
        indicator: "criminal_cases_persons_prosecuted",
        unit: "cases",
        dims: {category: "from previous years"}
      }
    ]
  },
  {
    id: "sentence-outcomes",
    family: "trafficking",
    pattern:
      "{cond} (?:(?:of these )?persons )?were conditionally sentenced, (?:sentence of )?{post} (?:person )?was postponed [^,]*?, and {imp} were imprisoned",
    emit: [
      {slot: "cond", indicator: "trafficking_convictions", unit: persons, dims: {category: "conditional sentence"}},
      {slot: "post", indicator: "trafficking_convictions", unit: persons, dims: {category: "sentence postponed"}},
      {slot: "imp", indicator: "trafficking_convictions", unit: persons, dims: {category: "imprisoned"}}
    ]
  },
  {
    id: "criminal-groups",
    family: "trafficking",
    within: /criminal groups/i,
    pattern: "in {p:period},? {n} criminal groups(?: and {g} organi[sz]ed gangs?)?",
    emit: [
      {slot: "n", indicator: "criminal_groups_identified", unit: "groups"},
      {slot: "g", indicator: "organised_gangs_identified", unit: "groups"}
    ]
  },

  // Consular

  // Health, civil registration, associations, education of foreigners
  {
    id: "births-to-foreigners",
    family: "other",
    pattern: "the number of children born [^.]*?stateless persons was {n}",
    emit: [{slot: "n", indicator: "births_registered_foreign_parents", unit: "births"}]
  },
  {
    id: "foreign-students-quota",
    family: "other",
    pattern:
      "{q} persons received education in the framework of quota set by the state, {g} persons . in the framework of educational grant\\. Furthermore, {d} persons received education on the basis of direct agreements",
    emit: [
      {slot: "q", indicator: "foreign_students_by_basis", unit: persons, dims: {category: "state quota"}},
      {slot: "g", indicator: "foreign_students_by_basis", unit: persons, dims: {category: "educational grant"}},
      {slot: "d", indicator: "foreign_students_by_basis", unit: persons, dims: {category: "direct agreements"}}
    ]
  },

  // Diaspora
  // Voters abroad
  // Trainings and events on migration and trafficking
  {
    id: "statistics-trainings",
    family: "other",
    pattern: "Training Cent(?:er|re) held {n} trainings",
    emit: [{slot: "n", indicator: "staff_trainings_held", unit: "trainings", dims: {category: "statistical data"}}]
  },
  {
    id: "statistics-experts-events",
    family: "other",
    pattern: "{e} experts of the State Statistical Committee participated in {k} events on migration",
    emit: [
      {slot: "e", indicator: "staff_trained", unit: persons, dims: {category: "State Statistical Committee"}},
      {slot: "k", indicator: "events_attended", unit: "events", dims: {category: "State Statistical Committee"}}
    ]
  },
  {
    id: "sms-trainings-labour-migrants",
    family: "other",
    pattern:
      "involved in {a} trainings on protection of the rights of labou?r migrants [^.]*?, as well as {b} trainings and study visits organized by the international partners\\. During the reporting period {c} international events",
    emit: [
      {slot: "a", indicator: "staff_trainings_held", unit: "trainings", dims: {category: "SMS training centre"}},
      {slot: "b", indicator: "staff_trainings_held", unit: "trainings", dims: {category: "international partners"}},
      {slot: "c", indicator: "events_held", unit: "events", dims: {category: "international"}}
    ]
  },
  {
    id: "judges-advocates-trained-migration-law",
    family: "other",
    pattern: "{j} judges and {a} advocates participated in these trainings",
    emit: [
      {slot: "j", indicator: "staff_trained", unit: persons, dims: {category: "judges (migration law)"}},
      {slot: "a", indicator: "staff_trained", unit: persons, dims: {category: "advocates (migration law)"}}
    ]
  },
  {
    id: "judges-attorneys-trained-trafficking",
    family: "other",
    pattern: "{j} judges and {a} attorneys were involved in trainings on combatt?ing human trafficking",
    emit: [
      {slot: "j", indicator: "staff_trained", unit: persons, dims: {category: "judges (trafficking)"}},
      {slot: "a", indicator: "staff_trained", unit: persons, dims: {category: "attorneys (trafficking)"}}
    ]
  },
  {
    id: "mia-conferences",
    family: "other",
    pattern: "took part in {nat} national and {for} foreign conferences",
    emit: [
      {slot: "nat", indicator: "events_attended", unit: "events", dims: {category: "national conferences"}},
      {slot: "for", indicator: "events_attended", unit: "events", dims: {category: "foreign conferences"}}
    ]
  },
  {
    id: "sms-staff-trained",
    family: "other",
    pattern: "a total of {s} SMS staff participated in {k} ",
    emit: [
      {slot: "s", indicator: "staff_trained", unit: persons, dims: {category: "SMS"}},
      {slot: "k", indicator: "events_attended", unit: "events", dims: {category: "SMS"}}
    ]
  },
  {
    id: "sms-employees-trainings",
    family: "other",
    pattern: "involved {e} employees including service personnel in {k} trainings",
    emit: [
      {slot: "e", indicator: "staff_trained", unit: persons, dims: {category: "SMS training centre"}},
      {
        slot: "k",
        indicator: "staff_trainings_held",
        unit: "trainings",
        dims: {category: "SMS training centre (trafficking)"}
      }
    ]
  }
];
