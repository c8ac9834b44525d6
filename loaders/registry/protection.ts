import type {Indicator} from "./indicator.js";

const persons = ["sex", "age_group", "citizenship", "country"] as const;
/** Paragraph words that put a count of cases or applications in an asylum procedure. */
const ASYLUM_TOPIC = ["asylum", "protection", "refugee"];

/** What asylum and protection procedures did, beyond grants and refusals: resettlement, decisions, withdrawals. */
export const PROTECTION: Indicator[] = [
  {
    id: "refugees_resettled",
    family: "other",
    label: "Refugees resettled",
    unit: "persons",
    definition: "Refugees and others in need of protection resettled or relocated into the country in the period.",
    breakdowns: [...persons],
    vocabulary: {counts: ["person", "refugee", "foreigner", "national", "family"], events: ["resettle"]}
  },
  {
    id: "asylum_cases_decided",
    family: "other",
    label: "Asylum cases decided",
    unit: "cases",
    definition: "Asylum applications or cases concluded, decided or processed in the period, whatever the outcome.",
    breakdowns: [...persons],
    vocabulary: {
      counts: ["case", "application", "person", "refugee"],
      events: ["decide"],
      // "processed 5,000 residency applications" decided on permits, not on protection.
      excludes: ["residen|work permit|visa|citizenship"],
      topic: ASYLUM_TOPIC
    }
  },
  {
    id: "asylum_applications_withdrawn",
    family: "other",
    label: "Asylum applications withdrawn",
    unit: "applications",
    definition: "Asylum applications withdrawn or abandoned by the applicants in the period.",
    breakdowns: [...persons],
    vocabulary: {
      counts: ["application", "case", "person", "refugee"],
      events: ["withdraw"],
      topic: ASYLUM_TOPIC
    }
  },
  {
    id: "refugees_hosted",
    family: "other",
    label: "Refugees hosted",
    unit: "persons",
    definition: "Refugees and asylum seekers living in a country, camp or settlement on a day.",
    breakdowns: [...persons],
    stock: true,
    vocabulary: {counts: ["refugee"], events: ["reside"]}
  },
  {
    id: "refugees_registered_present",
    family: "other",
    label: "Refugees and asylum seekers registered",
    unit: "persons",
    definition:
      "Refugees and asylum seekers on the register of UNHCR or a national authority on a day: a stock, not the registrations of a period.",
    breakdowns: [...persons],
    stock: true,
    vocabulary: {
      counts: ["refugee", "person"],
      events: ["register"],
      terms: [
        "registered with unhcr|registered with the unhcr|registered by unhcr|unhcr-registered|registered refugees|registered with the organization|registered with the organisation|registered with the agency"
      ],
      // "35,557 that have been registered in 2023", "were registered in August": registrations of a period.
      excludes: [
        "have been registered|has been registered|were registered|was registered|newly registered|new registrations"
      ]
    }
  },
  {
    id: "idps_present",
    family: "other",
    label: "Internally displaced persons",
    unit: "persons",
    definition: "People displaced inside their own country and still displaced on a day: a stock, not a flow.",
    breakdowns: [...persons],
    stock: true,
    vocabulary: {counts: ["idp"], events: ["reside"]}
  },
  {
    id: "status_regularised",
    family: "residence",
    label: "Irregular migrants regularised",
    unit: "persons",
    definition: "Foreigners whose irregular stay or work was regularised or legalised in the period.",
    breakdowns: [...persons],
    vocabulary: {counts: ["person", "foreigner", "migrant", "national", "family"], events: ["regularise"]}
  },
  // "30,499 transactions in Abu Dhabi" after applications to recruit domestic workers: services, not money sent.
  {
    id: "recruitment_transactions",
    family: "work_permits",
    label: "Recruitment and permit transactions",
    unit: "transactions",
    definition:
      "Transactions (applications handled) for recruiting foreign workers or issuing their permits in the period.",
    breakdowns: ["country", "category"],
    vocabulary: {
      counts: ["transfer"],
      excludes: ["remit|money|bank|payment|transfer"],
      topic: ["recruit", "work permit", "domestic worker"]
    }
  },
  // "requests for profession modification reached 13,787": a change to a foreign worker's permitted job or sponsor.
  {
    id: "work_status_change_requests",
    family: "work_permits",
    label: "Requests to change a worker's profession or employer",
    unit: "applications",
    definition:
      "Requests to change the profession, employer or sponsor entered on a foreign worker's permit, received in the period.",
    breakdowns: ["country", "category"],
    vocabulary: {
      counts: ["application"],
      terms: [
        "profession|occupation|change of employer|change employer|transfer of sponsorship|sponsorship transfer|job title"
      ]
    }
  },
  {
    id: "emigration_clearances_issued",
    family: "work_permits",
    label: "Emigration clearances issued",
    unit: "permits",
    definition: "Clearances to leave for work abroad issued to a country's own workers in the period.",
    breakdowns: [...persons],
    vocabulary: {
      counts: ["permit", "person", "migrant", "national"],
      events: ["grant"],
      terms: ["emigration clearance"]
    }
  }
];
