/**
 * Vocabulary by which the general reader recognises statements of indicators first named by specs
 * (reported.ts), so a report's sentence needs no spec of its own. Each entry is as specific as the
 * indicator: it must outscore the broader indicator of migration.ts or trafficking.ts it narrows.
 */
import type {Indicator} from "./indicator.js";

type Vocabulary = NonNullable<Indicator["vocabulary"]>;
const people = ["person", "foreigner", "migrant", "national"];
// Where a count of voters or polling stations abroad says it is abroad.
const ABROAD =
  "abroad|outside the country|residing outside|living outside|foreign countr|foreign trip|embass|consul|diplomatic mission";
// A vote cast rather than a voter listed.
const VOTED =
  "voted|expressed their will|cast their vote|cast a vote|cast ballots|cast their ballot|took part in the vote|turned out";
// A rule's threshold ("provided that the number of voters registered is more than 50") counts nobody.
const CONDITION =
  "provided that|on condition that|if the number|where the number|when the number|at least|no fewer than|not less than";

export const REPORTED_VOCABULARY: Record<string, Vocabulary> = {
  // "N foreigners were registered in the electronic health card system": registration with health care, not with the migration service.
  foreigners_registered_health_system: {
    counts: people,
    events: ["register"],
    terms: ["health", "registered in|registered with|registered at"]
  },
  // "return of N migrants was ensured at the request of IOM": returns another body asked for.
  returns_at_request_of_iom_mia: {
    counts: people,
    events: ["return"],
    terms: ["at the request of|upon the request of|on the request of|application of|at the application"]
  },
  // "N non-governmental organisations were founded by foreigners".
  ngos_founded_by_foreigners: {
    counts: ["organisation"],
    terms: ["founded by|established by|set up by|created by", "foreign|stateless|migrant"]
  },
  // "There are N diaspora organisations operating in <country>", "a database of N diaspora organisations".
  diaspora_organisations: {counts: ["organisation"], terms: ["diaspora"]},
  // "a database of N diaspora organisations from M countries".
  diaspora_countries: {counts: ["place"], terms: ["diaspora"]},
  // "N projects in the amount of X manats were funded": projects of non-governmental organisations a state body funds …
  ngo_projects_funded_migration: {counts: ["project"], topic: ["non-governmental", "ngo"]},
  ngo_funding_migration: {money: true, terms: ["project"], topic: ["non-governmental", "ngo"]},
  // … and those on trafficking, which outscore them where the paragraph speaks of trafficking.
  ngo_projects_funded_trafficking: {counts: ["project"], terms: ["project"], topic: ["traffick"]},
  ngo_funding_trafficking: {money: true, events: ["fund"], terms: ["non-governmental|ngo"], topic: ["traffick"]},
  // "a criminal case was filed against N citizens with the charges of organising illegal migration".
  illegal_migration_organisers_charged: {
    counts: [...people, "suspect"],
    terms: ["filed against|charged with|charges of|indicted"],
    topic: ["illegal migration", "migrant smuggling", "smuggling of migrants"]
  },
  // "N family members of migrants were issued temporary residence permits": narrower than temporary residence permits issued.
  temporary_residence_permits_family_members: {
    counts: ["family"],
    events: ["grant"],
    terms: ["temporary residence|temporary stay", "family"]
  },
  // "N foreigners were given inpatient treatment", "the number of migrants hospitalised was N".
  foreigners_inpatient_treatment: {
    counts: people,
    terms: ["inpatient|in-patient|hospitalised|hospitalized|hospitalisation|hospitalization"]
  },
  // "the number of illegal migrants in the country is around N", "an estimated N irregular migrants live in the country": a stock, not a detection.
  illegal_migrants_estimated: {
    counts: ["migrant", "foreigner", "person"],
    terms: [
      // "undocumented foreigners living in the country": the stock however its people are named.
      "illegal migrant|irregular migrant|undocumented migrant|illegally staying|staying illegally|undocumented foreign|illegal foreign|irregular foreign|illegal alien|undocumented alien|illegal resident|illegally resident|undocumented resident|illegal entrant|unauthori",
      "in the territory|in the country|live in|living in|reside|staying in|estimat"
    ],
    excludes: ["detect|detain|apprehend|identif|reveal|deport|expel|return|readmit|placed|arrest"]
  },
  // "N citizens were registered at consular offices abroad": consular registers, not registration of foreigners' stay.
  citizens_registered_consular_abroad: {
    counts: people,
    events: ["register"],
    terms: ["consul|embass", "abroad|outside the country|foreign countries"]
  },
  // "38 election precincts were established in embassies and consulates", "polling stations opened abroad".
  election_precincts_abroad: {counts: ["precinct"], terms: [ABROAD], excludes: [CONDITION]},
  // "polling stations abroad for 14138 voters": voters a station abroad was opened for, not those who voted.
  voters_registered_abroad: {counts: ["voter"], terms: [ABROAD], excludes: [VOTED, CONDITION]},
  // "9271 voters residing abroad expressed their will", "N citizens abroad cast their votes".
  voters_abroad_voted: {counts: ["voter"], terms: [ABROAD, VOTED], excludes: [CONDITION]},
  // "Letters on potential victims of trafficking were sent to the police (related to 1 Pakistani citizen in 2012, …)":
  // people another body was told of as possible victims, not victims identified.
  potential_victims_reported: {
    counts: [...people, "victim"],
    terms: ["potential victim|possible victim|presumed victim|suspected victim", "letter|notif|informed"]
  },
  // "measures were taken to address medical needs of 120 people" in a paragraph on readmitted persons' reintegration.
  readmitted_persons_assisted: {counts: people, terms: ["needs of|needs for"], topic: ["readmi", "reintegrat"]}
};
