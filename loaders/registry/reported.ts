/**
 * Indicators the table and sentence specs (loaders/specs/) emit by name. They carry no vocabulary: the
 * general reader never maps a statement to them, but pages, exports and the database label and define
 * them from here like every other indicator.
 */
import type {Indicator} from "./indicator.js";

type Reported = Omit<Indicator, "vocabulary">;
const entry = (
  family: Indicator["family"],
  id: string,
  label: string,
  unit: string,
  definition: string,
  breakdowns: Indicator["breakdowns"] = []
): Reported => ({id, family, label, unit, definition, breakdowns});

export const REPORTED_WORK_PERMITS: Reported[] = [
  entry(
    "work_permits",
    "work_permits_granted",
    "Work permits granted",
    "persons",
    "Foreigners granted a work permit, as a total over the years the report names.",
    ["sex", "citizenship", "country", "category"]
  ),
  entry(
    "work_permits",
    "leaflets_distributed",
    "Leaflets distributed",
    "items",
    "Information leaflets on legal work and stay handed out to migrants."
  )
];

export const REPORTED_RESIDENCE: Reported[] = [
  entry(
    "residence",
    "temporary_residence_permits",
    "Temporary residence permits",
    "permits",
    "Permits for temporary residence issued to foreigners and stateless persons."
  ),
  entry(
    "residence",
    "permanent_residence_permits",
    "Permanent residence permits",
    "permits",
    "Permits for permanent residence issued to foreigners and stateless persons."
  ),
  entry(
    "residence",
    "temporary_stay_extensions",
    "Temporary stay extensions",
    "extensions",
    "Extensions of a foreigner's period of temporary stay."
  ),
  entry(
    "residence",
    "registered_place_of_stay",
    "Registered at place of stay",
    "persons",
    "Foreigners and stateless persons registered at their place of stay."
  ),
  entry(
    "residence",
    "residence_permits_religious_activity",
    "Residence permits for religious activity",
    "permits",
    "Residence permits issued to foreigners for religious activity."
  ),
  entry(
    "residence",
    "temporary_residence_permits_family_members",
    "Temporary residence permits for family members",
    "persons",
    "Family members of migrants issued a temporary residence permit in the period."
  ),
  entry(
    "residence",
    "leaflets_registered",
    "Leaflets registered",
    "items",
    "Information leaflets entered in the register of the migration service."
  )
];

export const REPORTED_BORDER: Reported[] = [
  entry(
    "border",
    "foreigners_arrived",
    "Foreigners arrived",
    "persons",
    "Foreigners and stateless persons who entered the country."
  ),
  entry(
    "border",
    "foreigners_departed",
    "Foreigners departed",
    "persons",
    "Foreigners and stateless persons who left the country."
  ),
  entry(
    "border",
    "border_violators_detained",
    "State border violators detained",
    "persons",
    "Persons detained for crossing the state border unlawfully."
  ),
  entry(
    "border",
    "forged_document_crossings_detained",
    "Detained crossing with forged documents",
    "persons",
    "Persons detained while crossing the border with forged documents."
  ),
  entry(
    "border",
    "illegal_migration_channels_revealed",
    "Illegal migration channels revealed",
    "channels",
    "Channels of illegal migration uncovered by the border service."
  ),
  entry(
    "border",
    "illegal_migration_channel_organisers",
    "Organisers of illegal migration channels",
    "persons",
    "Persons found to organise channels of illegal migration."
  ),
  entry(
    "border",
    "illegal_migration_channel_users",
    "Users of illegal migration channels",
    "persons",
    "Persons found to have used channels of illegal migration."
  ),
  entry(
    "border",
    "illegal_arrivals_organised",
    "Illegal arrivals organised",
    "persons",
    "Foreigners whose illegal arrival was organised, by their citizenship.",
    ["citizenship"]
  ),
  entry(
    "border",
    "illegal_migrants_estimated",
    "Illegal migrants (estimate)",
    "persons",
    "The number of migrants staying illegally, as the report estimates it, by their citizenship and the country they stay in.",
    ["citizenship", "country"]
  ),
  entry(
    "border",
    "illegal_migration_organisers_investigated",
    "Organisers investigated",
    "persons",
    "Organisers of illegal migration under criminal investigation.",
    ["citizenship"]
  ),
  entry(
    "border",
    "illegal_migration_organisers_charged",
    "Organisers charged",
    "persons",
    "Organisers of illegal migration charged with a crime.",
    ["citizenship"]
  ),
  entry(
    "border",
    "illegal_migration_organisers_sentenced",
    "Organisers sentenced",
    "persons",
    "Organisers of illegal migration sentenced by a court.",
    ["citizenship", "category"]
  )
];

export const REPORTED_READMISSION: Reported[] = [
  entry(
    "readmission",
    "persons_readmitted",
    "Persons readmitted",
    "persons",
    "Persons taken back under readmission agreements, by the country that returned them.",
    ["country"]
  ),
  entry(
    "readmission",
    "readmitted_persons_assisted",
    "Readmitted persons assisted",
    "persons",
    "Readmitted persons given help with housing, work, documents or other needs.",
    ["category"]
  )
];

export const REPORTED_REMITTANCES: Reported[] = [
  entry(
    "remittances",
    "remittances_received",
    "Remittances received",
    "thousand USD",
    "Money transferred into the country by individuals abroad, by sending country.",
    ["country"]
  )
];

export const REPORTED_TRAFFICKING: Reported[] = [
  entry(
    "trafficking",
    "crimes_detected",
    "Crimes detected",
    "crimes",
    "Trafficking-related crimes detected by investigations, by form of crime.",
    ["category"]
  ),
  entry(
    "trafficking",
    "criminal_cases",
    "Criminal cases",
    "cases",
    "Criminal cases opened on trafficking-related crimes, by form of crime.",
    ["category"]
  ),
  entry(
    "trafficking",
    "criminal_groups_identified",
    "Criminal groups identified",
    "groups",
    "Criminal groups engaged in trafficking that were identified."
  ),
  entry(
    "trafficking",
    "organised_gangs_identified",
    "Organised gangs identified",
    "groups",
    "Organised gangs engaged in trafficking that were identified."
  ),
  entry(
    "trafficking",
    "persons_criminally_liable",
    "Persons held criminally liable",
    "persons",
    "Persons held criminally liable for trafficking-related crimes.",
    ["sex"]
  ),
  entry(
    "trafficking",
    "persons_prosecuted",
    "Persons prosecuted",
    "persons",
    "Persons prosecuted for trafficking-related crimes."
  ),
  entry(
    "trafficking",
    "criminal_cases_persons_liable",
    "Criminal cases, persons held liable",
    "cases",
    "Criminal cases in which persons were held criminally liable.",
    ["category"]
  ),
  entry(
    "trafficking",
    "criminal_cases_persons_prosecuted",
    "Criminal cases, persons prosecuted",
    "cases",
    "Criminal cases in which persons were prosecuted.",
    ["category"]
  ),
  entry(
    "trafficking",
    "potential_victims_reported",
    "Potential victims reported",
    "persons",
    "Possible victims of trafficking reported to the police for investigation.",
    ["citizenship"]
  )
];

export const REPORTED_CONSULAR: Reported[] = [
  entry(
    "consular",
    "national_passports_issued",
    "National passports issued",
    "passports",
    "National passports issued to citizens abroad by consulates."
  ),
  entry(
    "consular",
    "return_certificates_issued",
    "Certificates of return issued",
    "certificates",
    "Certificates for return to the country issued to citizens abroad."
  ),
  entry(
    "consular",
    "police_clearance_certificates_issued",
    "Police clearance certificates issued",
    "certificates",
    "Certificates of no criminal record issued to citizens abroad."
  ),
  entry(
    "consular",
    "pension_requests_considered",
    "Pension requests considered",
    "requests",
    "Requests on pensions from citizens abroad that consulates considered."
  ),
  entry(
    "consular",
    "legal_assistance_rendered",
    "Legal assistance rendered",
    "cases",
    "Cases in which consulates gave citizens abroad legal assistance."
  ),
  entry(
    "consular",
    "citizens_registered_consular_abroad",
    "Citizens on consular registers abroad",
    "persons",
    "Citizens entered on the consular registers of missions abroad."
  )
];

export const REPORTED_CALL_CENTRE: Reported[] = [
  entry(
    "call_centre",
    "calls_received",
    "Calls received",
    "calls",
    "Calls received by the migration service's call centre."
  )
];

export const REPORTED_NGO_FUNDING: Reported[] = [
  entry(
    "ngo_funding",
    "ngo_funding_migration",
    "NGO funding: migration projects",
    "manats",
    "State funding granted to NGO projects on migration."
  ),
  entry(
    "ngo_funding",
    "ngo_funding_trafficking",
    "NGO funding: trafficking projects",
    "manats",
    "State funding granted to NGO projects against trafficking."
  ),
  entry(
    "ngo_funding",
    "ngo_projects_funded_migration",
    "NGO projects funded: migration",
    "projects",
    "NGO projects on migration that received state funding."
  ),
  entry(
    "ngo_funding",
    "ngo_projects_funded_trafficking",
    "NGO projects funded: trafficking",
    "projects",
    "NGO projects against trafficking that received state funding."
  )
];

export const REPORTED_OTHER: Reported[] = [
  entry(
    "other",
    "refugee_status_granted_incl_family_members",
    "Refugee status granted, with family members",
    "persons",
    "Persons granted refugee status, counting their family members."
  ),
  entry(
    "other",
    "unaccompanied_children_refugee_applications",
    "Refugee applications by unaccompanied children",
    "persons",
    "Applications for refugee status made by unaccompanied children."
  ),
  entry(
    "other",
    "assisted_voluntary_returns",
    "Assisted voluntary returns",
    "persons",
    "Migrants returned home with assistance at their own request."
  ),
  entry(
    "other",
    "returns_at_request_of_iom_mia",
    "Returns at the request of IOM and the MIA",
    "persons",
    "Migrants returned at the request of IOM and the Ministry of Internal Affairs."
  ),
  entry(
    "other",
    "births_registered_foreign_parents",
    "Births registered to foreign parents",
    "births",
    "Births registered where a parent is a foreigner."
  ),
  entry(
    "other",
    "diaspora_organisations",
    "Diaspora organisations",
    "organisations",
    "Organisations of the diaspora abroad, by country.",
    ["country"]
  ),
  entry(
    "other",
    "diaspora_countries",
    "Countries with diaspora organisations",
    "countries",
    "Countries in which diaspora organisations work."
  ),
  entry(
    "other",
    "election_precincts_abroad",
    "Election precincts abroad",
    "precincts",
    "Polling stations opened abroad for an election.",
    ["category"]
  ),
  entry(
    "other",
    "voters_registered_abroad",
    "Voters registered abroad",
    "persons",
    "Citizens abroad on the voters' lists of an election.",
    ["category"]
  ),
  entry(
    "other",
    "voters_abroad_voted",
    "Voters abroad who voted",
    "persons",
    "Citizens abroad who cast a vote in an election.",
    ["category"]
  ),
  entry("other", "events_held", "Events held", "events", "Awareness and information events held.", ["category"]),
  entry("other", "events_attended", "Events attended", "events", "Events attended by the authorities' staff.", [
    "category"
  ]),
  entry("other", "staff_trained", "Staff trained", "persons", "Officials who took part in training.", ["category"]),
  entry("other", "staff_trainings_held", "Staff trainings held", "trainings", "Training sessions held for officials.", [
    "category"
  ]),
  entry(
    "other",
    "foreign_pupils_secondary_schools",
    "Foreign pupils in secondary schools",
    "persons",
    "Foreign pupils in general secondary schools, by the identity document they hold.",
    ["category"]
  ),
  entry(
    "other",
    "foreign_students_higher_secondary",
    "Foreign students (higher and secondary specialised)",
    "persons",
    "Foreign students in higher and secondary specialised education."
  ),
  entry(
    "other",
    "foreign_students_by_basis",
    "Foreign students by basis of study",
    "persons",
    "Foreign students by the basis on which they study (paid, state-funded, agreements).",
    ["category"]
  ),
  entry(
    "other",
    "foreign_students_countries_of_origin",
    "Foreign students' countries of origin",
    "countries",
    "Countries the foreign students come from."
  ),
  entry(
    "other",
    "foreigners_attended_free_classes",
    "Foreigners in free language classes",
    "persons",
    "Foreigners who attended free language classes."
  ),
  entry(
    "other",
    "foreigners_inpatient_treatment",
    "Foreigners given inpatient treatment",
    "persons",
    "Foreigners treated as inpatients in health facilities."
  ),
  entry(
    "other",
    "foreigners_registered_health_system",
    "Foreigners registered with the health system",
    "persons",
    "Foreigners registered with the public health system."
  ),
  entry(
    "other",
    "labour_complaints_to_courts",
    "Labour complaints to courts",
    "complaints",
    "Complaints on labour rights taken to the courts."
  ),
  entry(
    "other",
    "labour_inspectorate_applications",
    "Applications to the labour inspectorate",
    "applications",
    "Applications to the labour inspectorate, by subject.",
    ["category"]
  ),
  entry(
    "other",
    "ngos_founded_by_foreigners",
    "NGOs founded by foreigners",
    "organisations",
    "Non-governmental organisations founded by foreigners."
  )
];
