import type {Check, Family, Period} from "./types.js";

/** An observation before ids and quotes are attached: what an extractor found and where. */
export interface Extracted {
  spec_id: string;
  family: Family;
  indicator: string;
  unit: string;
  period: Period;
  country: string | null;
  citizenship: string | null;
  sex: string | null;
  age_group: string | null;
  category: string | null;
  value: number;
  approx: string | null;
  locator: string;
  quote_start: number;
  quote_end: number;
  value_start: number;
  value_end: number;
  /** The general reader's confidence; spec and table readings leave it out (1). */
  confidence?: number;
}

/** A consistency test over extracted observations, resolved to obs_ids when the database is written. */
export interface PendingCheck extends Omit<Check, "check_id" | "doc_id" | "obs_ids"> {
  members: Extracted[];
}

export function sumCheck(
  kind: string,
  description: string,
  locator: string,
  total: Extracted | number,
  parts: Extracted[],
  tolerance: number,
  detail = ""
): PendingCheck {
  const expected = typeof total === "number" ? total : total.value;
  const actual = parts.reduce((a, p) => a + p.value, 0);
  const diff = Math.abs(expected - actual);
  return {
    kind,
    description,
    locator,
    expected,
    actual,
    tolerance,
    status: diff === 0 ? "pass" : diff <= tolerance ? "pass" : "fail",
    members: typeof total === "number" ? parts : [total, ...parts],
    detail: detail || `${parts.map((p) => p.value).join(" + ")} = ${actual}; stated ${expected}`
  };
}

/** Input an extractor cannot read; `offset` points at it in the seed so the error can name the line. */
export class ExtractionError extends Error {
  constructor(
    message: string,
    public offset: number
  ) {
    super(message);
  }
}
