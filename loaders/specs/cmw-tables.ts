/**
 * Tables of the periodic reports to the Committee on Migrant Workers, described declaratively.
 * Captions and row labels follow the wording of the report series; years, countries and values
 * are read from the text.
 */
import type {TableSpec} from "../tables/table-spec.js";

export const CMW_TABLES: TableSpec[] = [
  {
    id: "stays-and-residence",
    title: "Foreigners and stateless persons staying and residing in the country",
    caption: /Data on foreigners and stateless persons staying and residing within the territory/i,
    family: "residence",
    unit: "persons",
    columns: "header_periods",
    rows: {
      label: "text",
      map: [
        {label: /arriving in the country/i, dims: {family: "border", indicator: "foreigners_arrived"}},
        {label: /who left the country/i, dims: {family: "border", indicator: "foreigners_departed"}},
        {label: /registered upon place of stay/i, dims: {indicator: "registered_place_of_stay"}},
        {label: /extension of temporary stay/i, dims: {indicator: "temporary_stay_extensions", unit: "extensions"}},
        {label: /permits for temporary residence/i, dims: {indicator: "temporary_residence_permits", unit: "permits"}},
        {label: /permits for permanent residence/i, dims: {indicator: "permanent_residence_permits", unit: "permits"}},
        {
          label: /refugee status/i,
          dims: {family: "other", indicator: "refugee_status_granted"},
          cell: {
            template: "{value} \\(with family members {family}\\)",
            slots: {family: {indicator: "refugee_status_granted_incl_family_members"}}
          }
        }
      ]
    }
  },
  {
    id: "detention-placements",
    title: "Foreigners and stateless persons placed in detention centres for illegal migrants",
    caption: /placed at the SMS detention cent(?:re|er)s for illegal migrants/i,
    family: "detention",
    indicator: "detention_placements",
    unit: "persons",
    header: /^(?:Years?|Age group\b.*|\d{1,2}\s*[–-]\s*\d{1,2}\s+\d.*(?:Female|Male).*)$/i,
    columns: [
      {dims: {age_group: "0-14"}},
      {dims: {age_group: "15-29"}},
      {dims: {age_group: "30-59"}},
      {dims: {age_group: "60-64"}},
      {dims: {age_group: "65+"}},
      {dims: {sex: "female"}},
      {dims: {sex: "male"}}
    ],
    rows: {label: "period"},
    constraints: [{kind: "row_equal_sums", a: [0, 1, 2, 3, 4], b: [5, 6], label: "age groups vs sexes"}]
  },
  {
    id: "remittances-by-country",
    title: "Remittances received from foreign countries",
    caption: /Remittances received from foreign countries/i,
    family: "remittances",
    indicator: "remittances_received",
    unit: "thousand USD",
    columns: "header_periods",
    rows: {label: "text", as: "country", total: /^total$/i},
    // Six rows rounded to the thousand may each be off by half a unit.
    constraints: [{kind: "column_total", tolerance: 3}]
  },
  {
    id: "border-violations",
    title: "Foreigners detained for violating the state border or crossing with forged documents",
    caption: /foreigners detained while violating the state border/i,
    family: "border",
    unit: "persons",
    columns: "header_periods",
    rows: {
      label: "text",
      map: [
        {label: /violation of state border/i, dims: {indicator: "border_violators_detained"}},
        {label: /falsified or forged/i, dims: {indicator: "forged_document_crossings_detained"}}
      ]
    }
  },
  {
    id: "call-centre-calls",
    title: "Calls received by the 919 Call Center",
    caption: /Calls received by 919 Call Cent(?:er|re)/i,
    family: "call_centre",
    indicator: "calls_received",
    unit: "calls",
    columns: "header_periods",
    rows: {label: "text", map: [{label: /^$/, dims: {}}]}
  },
  {
    id: "consular-services",
    title: "Services rendered by diplomatic representations to citizens abroad",
    caption: /information on services rendered by the diplomatic\s+representation/i,
    family: "consular",
    unit: "documents",
    columns: "header_periods",
    rows: {
      label: "text",
      map: [
        {label: /police clearance/i, dims: {indicator: "police_clearance_certificates_issued", unit: "certificates"}},
        {label: /legal assistance/i, dims: {indicator: "legal_assistance_rendered", unit: "cases"}},
        {label: /pension/i, dims: {indicator: "pension_requests_considered", unit: "requests"}},
        {label: /return certificates/i, dims: {indicator: "return_certificates_issued", unit: "certificates"}},
        {label: /national passports/i, dims: {indicator: "national_passports_issued", unit: "passports"}}
      ]
    }
  },
  {
    id: "foreign-pupils-by-document",
    title: "Foreign and stateless pupils in secondary schools, by document held",
    caption: /foreign and stateless students studying in secondary schools/i,
    family: "other",
    indicator: "foreign_pupils_secondary_schools",
    unit: "persons",
    columns: "header_periods",
    rows: {label: "text", as: "category", total: /^total$/i},
    constraints: [{kind: "column_total"}]
  }
];
