/**
 * The families every statistic is filed under, in the order pages and the overview show them: the one list
 * the database schema, the loaders, the pages' labels and the family pages are built from.
 * `page` is the site path that shows the family (a fragment when several families share a page).
 */
export const FAMILY_REGISTRY = [
  {
    id: "work_permits",
    name: "Work permits",
    order: 1,
    description: "Work permits issued, extended and applied for, and the employment of foreigners.",
    page: "/work-permits-residence"
  },
  {
    id: "residence",
    name: "Residence",
    order: 2,
    description: "Residence permits, extensions of stay and registrations of foreigners and stateless persons.",
    page: "/work-permits-residence"
  },
  {
    id: "border",
    name: "Border",
    order: 3,
    description: "Crossings of the state border, detentions at it and illegal migration channels.",
    page: "/border"
  },
  {
    id: "detention",
    name: "Detention",
    order: 4,
    description: "Placements of foreigners in detention centres for illegal migrants.",
    page: "/detention"
  },
  {
    id: "readmission",
    name: "Readmission",
    order: 5,
    description: "Persons readmitted under readmission agreements, and the help they were given.",
    page: "/other-families#readmission"
  },
  {
    id: "remittances",
    name: "Remittances",
    order: 6,
    description: "Money transferred by migrants, by sending country.",
    page: "/remittances"
  },
  {
    id: "trafficking",
    name: "Trafficking",
    order: 7,
    description: "Crimes, prosecutions, convictions and victims of trafficking in human beings.",
    page: "/trafficking"
  },
  {
    id: "consular",
    name: "Consular services",
    order: 8,
    description: "Services of consulates to citizens abroad: passports, certificates, registrations and assistance.",
    page: "/other-families#consular-services"
  },
  {
    id: "call_centre",
    name: "Call centre",
    order: 9,
    description: "Calls received by the migration service's call centre.",
    page: "/other-families#call-centre"
  },
  {
    id: "marriages",
    name: "Marriages",
    order: 10,
    description: "Marriages registered between citizens and foreigners.",
    page: "/other-families#marriages"
  },
  {
    id: "ngo_funding",
    name: "NGO funding",
    order: 11,
    description: "State funding of projects of non-governmental organisations on migration and trafficking.",
    page: "/other-families#ngo-funding"
  },
  {
    id: "other",
    name: "Other",
    order: 12,
    description: "Figures on migrants' education, health, voting abroad, refugees and training of staff.",
    page: "/other-families#other-figures"
  }
] as const satisfies readonly {id: string; name: string; order: number; description: string; page: string}[];

export type FamilyEntry = (typeof FAMILY_REGISTRY)[number];
