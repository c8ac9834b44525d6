import {FAMILY_REGISTRY} from "./registry/families.js";

/** The families every statistic is filed under (loaders/registry/families.ts); the database rejects anything else. */
export const FAMILIES = FAMILY_REGISTRY.map((f) => f.id);
export type Family = (typeof FAMILY_REGISTRY)[number]["id"];

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
  label: string; // "2017", "2019H1", "2013-2018+2019H1", "2019-06-30"
  start: string; // ISO date
  end: string; // ISO date
  partial: boolean; // shorter than a calendar year
  stock: boolean; // a date ("as of June 30, 2019"), not a flow over a period
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
  /** How it was read: a spec's or table's id, or "general:<rule>" for the general statement reader. */
  spec_id: string;
  /** 1 for spec and table readings; the general reader's confidence otherwise. */
  confidence: number;
}

export type CheckStatus = "pass" | "warn" | "fail";

export interface Check {
  check_id: string;
  doc_id: string;
  kind: string; // "sum", "equal_marginals", "subset", "split"
  description: string;
  locator: string;
  expected: number | null;
  actual: number | null;
  tolerance: number;
  status: CheckStatus;
  obs_ids: string[];
  detail: string;
}

/** A statement the general reader saw but could not read with confidence: kept for review, never charted. */
export interface CandidateRow extends Required<Breakdown> {
  candidate_id: string;
  doc_id: string;
  family: Family;
  indicator: string;
  period_label: string | null;
  period_start: string | null;
  period_end: string | null;
  value: number;
  unit: string;
  approx: string | null;
  locator: string;
  char_start: number;
  char_end: number;
  value_start: number;
  value_end: number;
  quote: string;
  rule: string;
  confidence: number;
  reason: string;
}

/** What became of every number a document states. */
export interface Coverage {
  /** Numbers the text states, in digits or words. */
  seen: number;
  /** Read by a table or sentence spec. */
  by_spec: number;
  /** Read by the general statement reader. */
  by_general: number;
  candidates: number;
  /** Not statistics, per rule ("year", "date", "reference, age or rank", ...). */
  excluded: Record<string, number>;
  unextracted: number;
}
