/** The families every statistic is filed under; the database rejects anything else. */
export const FAMILIES = [
  "work_permits", "residence", "border", "detention", "readmission", "remittances",
  "trafficking", "consular", "call_centre", "marriages", "ngo_funding", "other",
] as const;
export type Family = (typeof FAMILIES)[number];

export interface DocumentMeta {
  doc_id: string;
  file: string;
  title: string;
  un_symbol: string | null;
  publisher: string;
  date: string;
  language: string;
  kind: string;
  reporting_period?: string;
  sha256: string;
  size_bytes: number;
  /** The state the document is about, ISO 3166-1 alpha-3 ("AZE"). */
  state?: string;
  source_url?: string;
  /** When source_url was accessed, YYYY-MM-DD. */
  accessed?: string;
  licence?: string;
  producer?: string;
}

export interface Period {
  label: string;       // "2017", "2019H1", "2013-2018+2019H1", "2019-06-30"
  start: string;       // ISO date
  end: string;         // ISO date
  partial: boolean;    // shorter than a calendar year
  stock: boolean;      // a date ("as of June 30, 2019"), not a flow over a period
}

export interface Breakdown {
  country?: string | null;
  citizenship?: string | null;
  sex?: string | null;
  age_group?: string | null;
  category?: string | null;
}

/** One stated number with its provenance; char offsets index the seed text as a JS string. */
export interface Observation extends Required<Breakdown> {
  obs_id: string;
  doc_id: string;
  family: Family;
  indicator: string;
  period_label: string;
  period_start: string;
  period_end: string;
  partial: boolean;
  value: number;
  unit: string;
  approx: string | null;
  locator: string;
  /** Page of the source PDF; null for text seeds. */
  page: number | null;
  char_start: number;
  char_end: number;
  quote: string;
  /** Where the number itself sits inside the quote's span. */
  value_start: number;
  value_end: number;
  spec_id: string;
}

export type CheckStatus = "pass" | "warn" | "fail";

export interface Check {
  check_id: string;
  doc_id: string;
  kind: string;          // "sum", "equal_marginals", "subset", "split"
  description: string;
  locator: string;
  expected: number | null;
  actual: number | null;
  tolerance: number;
  status: CheckStatus;
  obs_ids: string[];
  detail: string;
}
