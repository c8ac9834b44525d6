// Human names for the database's families, indicators, units and breakdown values.
// Pure data and functions: used by the chart specs in Node as well as by the pages.
import {periodText} from "./periods.js";

/** @typedef {Record<string, any>} Row */

/** @type {{id: string, name: string, page: string}[]} */
export const FAMILIES = [
  {id: "work_permits", name: "Work permits", page: "/work-permits-residence"},
  {id: "residence", name: "Residence", page: "/work-permits-residence"},
  {id: "border", name: "Border", page: "/border"},
  {id: "detention", name: "Detention", page: "/detention"},
  {id: "remittances", name: "Remittances", page: "/remittances"},
  {id: "trafficking", name: "Trafficking", page: "/trafficking"},
  {id: "readmission", name: "Readmission", page: "/other-families#readmission"},
  {id: "consular", name: "Consular services", page: "/other-families#consular-services"},
  {id: "call_centre", name: "Call centre", page: "/other-families#call-centre"},
  {id: "marriages", name: "Marriages", page: "/other-families#marriages"},
  {id: "ngo_funding", name: "NGO funding", page: "/other-families#ngo-funding"},
  {id: "other", name: "Other", page: "/other-families#other-figures"}
];

/** @param {string} id */
export function familyName(id) {
  return FAMILIES.find((f) => f.id === id)?.name ?? humanise(id);
}

/** @type {Record<string, string>} */
const INDICATORS = {
  border_violators_detained: "State border violators detained",
  foreigners_arrived: "Foreigners arrived",
  foreigners_departed: "Foreigners departed",
  forged_document_crossings_detained: "Detained crossing with forged documents",
  illegal_arrivals_organised: "Illegal arrivals organised",
  illegal_migrants_estimated: "Illegal migrants (estimate)",
  illegal_migration_channel_organisers: "Organisers of illegal migration channels",
  illegal_migration_channel_users: "Users of illegal migration channels",
  illegal_migration_channels_revealed: "Illegal migration channels revealed",
  illegal_migration_organisers_charged: "Organisers charged",
  illegal_migration_organisers_investigated: "Organisers investigated",
  illegal_migration_organisers_sentenced: "Organisers sentenced",
  calls_received: "Calls received",
  citizens_registered_consular_abroad: "Citizens on consular registers abroad",
  legal_assistance_rendered: "Legal assistance rendered",
  national_passports_issued: "National passports issued",
  pension_requests_considered: "Pension requests considered",
  police_clearance_certificates_issued: "Police clearance certificates issued",
  return_certificates_issued: "Certificates of return issued",
  detention_placements: "Placements in detention centres",
  marriages_with_foreigners: "Marriages with foreigners",
  ngo_funding_migration: "NGO funding: migration projects",
  ngo_funding_trafficking: "NGO funding: trafficking projects",
  ngo_projects_funded_migration: "NGO projects funded: migration",
  ngo_projects_funded_trafficking: "NGO projects funded: trafficking",
  assisted_voluntary_returns: "Assisted voluntary returns",
  births_registered_foreign_parents: "Births registered to foreign parents",
  diaspora_countries: "Countries with diaspora organisations",
  diaspora_organisations: "Diaspora organisations",
  election_precincts_abroad: "Election precincts abroad",
  events_attended: "Events attended",
  events_held: "Events held",
  foreign_pupils_secondary_schools: "Foreign pupils in secondary schools",
  foreign_students_by_basis: "Foreign students by basis of study",
  foreign_students_countries_of_origin: "Foreign students' countries of origin",
  foreign_students_higher_secondary: "Foreign students (higher and secondary specialised)",
  foreigners_attended_free_classes: "Foreigners in free language classes",
  foreigners_inpatient_treatment: "Foreigners given inpatient treatment",
  foreigners_registered_health_system: "Foreigners registered with the health system",
  labour_complaints_to_courts: "Labour complaints to courts",
  labour_inspectorate_applications: "Applications to the labour inspectorate",
  ngos_founded_by_foreigners: "NGOs founded by foreigners",
  refugee_status_granted: "Refugee status granted",
  refugee_status_granted_incl_family_members: "Refugee status granted, with family members",
  returns_at_request_of_iom_mia: "Returns at the request of IOM and the MIA",
  staff_trained: "Staff trained",
  staff_trainings_held: "Staff trainings held",
  unaccompanied_children_refugee_applications: "Refugee applications by unaccompanied children",
  voters_abroad_voted: "Voters abroad who voted",
  voters_registered_abroad: "Voters registered abroad",
  persons_readmitted: "Persons readmitted",
  readmitted_persons_assisted: "Readmitted persons assisted",
  remittances_received: "Remittances received",
  permanent_residence_permits: "Permanent residence permits",
  registered_place_of_stay: "Registered at place of stay",
  residence_permits_religious_activity: "Residence permits for religious activity",
  temporary_residence_permits: "Temporary residence permits",
  temporary_residence_permits_family_members: "Temporary residence permits for family members",
  temporary_stay_extensions: "Temporary stay extensions",
  convictions: "Convictions",
  crimes_detected: "Crimes detected",
  criminal_cases: "Criminal cases",
  criminal_cases_persons_liable: "Criminal cases, persons held liable",
  criminal_cases_persons_prosecuted: "Criminal cases, persons prosecuted",
  criminal_groups_identified: "Criminal groups identified",
  organised_gangs_identified: "Organised gangs identified",
  persons_criminally_liable: "Persons held criminally liable",
  persons_prosecuted: "Persons prosecuted",
  potential_victims_reported: "Potential victims reported",
  traffickers_sentenced: "Traffickers sentenced",
  trafficking_victims: "Trafficking victims",
  employment_contracts_registered: "Employment contracts registered",
  foreigners_penalised_work_without_permit: "Foreigners penalised for working without a permit",
  work_permits_granted: "Work permits granted"
};

/** @param {string} id */
export function indicatorLabel(id) {
  return INDICATORS[id] ?? humanise(id);
}

// Axis titles name the unit in full.
/** @type {Record<string, string>} */
const UNITS = {
  "thousand USD": "Thousand US dollars",
  manats: "Manats (AZN)"
};

/** @param {string | null | undefined} unit */
export function unitTitle(unit) {
  if (!unit) return "Value";
  return UNITS[unit] ?? capitalise(unit);
}

/** @type {Record<string, string>} */
const SEX = {female: "Women", male: "Men"};
/** @type {Record<string, string>} */
const AGE = {adult: "adults", child: "children"};
/** @type {Record<string, string>} */
const CITIZENSHIP = {foreign: "Foreign citizens"};

/** @param {string} sex */
export function sexLabel(sex) {
  return SEX[sex] ?? capitalise(sex);
}

/** @param {string} age */
export function ageLabel(age) {
  if (AGE[age]) return capitalise(AGE[age]);
  return /^\d/.test(age) ? `Aged ${String(age).replace("-", "–")}` : capitalise(age);
}

// The breakdown of a row in words ("Women, adults", "Germany", "Aged 15–29"), or "Total".
/** @param {Row} row */
export function breakdownLabel(row) {
  const parts = [];
  if (row.country) parts.push(row.country);
  if (row.citizenship) parts.push(CITIZENSHIP[row.citizenship] ?? `${row.citizenship} citizens`);
  if (row.sex && row.age_group && AGE[row.age_group]) parts.push(`${SEX[row.sex] ?? row.sex} (${AGE[row.age_group]})`);
  else {
    if (row.sex) parts.push(sexLabel(row.sex));
    if (row.age_group) parts.push(ageLabel(row.age_group));
  }
  if (row.category) parts.push(capitalise(row.category));
  return parts.length ? parts.join(", ") : "Total";
}

// A check's description as the extraction wrote it begins, for sums and subsets, with the indicator's internal
// name and the period label ("detention_placements 2013-2018+2019H1: voluntary 4491, …"): those become the
// indicator's label and the period in words ("Placements in detention centres, 2013–2018 + 2019 H1: …").
/** @param {unknown} description */
export function checkTitle(description) {
  const text = String(description ?? "");
  const match = /^([a-z][a-z0-9]*(?:_[a-z0-9]+)+) (\S+): /.exec(text);
  if (!match) return text;
  return `${indicatorLabel(match[1])}, ${periodText(match[2])}: ${text.slice(match[0].length)}`;
}

/** @param {unknown} id */
export function humanise(id) {
  return capitalise(String(id ?? "").replaceAll("_", " "));
}

/** @param {unknown} text */
export function capitalise(text) {
  const s = String(text ?? "");
  return s.charAt(0).toUpperCase() + s.slice(1);
}
