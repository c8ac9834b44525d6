/**
 * Reads gold files (JSON Lines, see shared/notes/gold-format.md): parses and validates each line, and
 * names every problem as file:line so the statistician who wrote the file can fix it.
 */
import {readdirSync, readFileSync, statSync} from "node:fs";
import {join} from "node:path";
import {FAMILIES, type Breakdown, type Family} from "../types.js";
import {BREAKDOWN_KEYS, normaliseSex} from "./match-gold.js";

export const TIERS = ["core", "secondary", "marginal"] as const;
export type Tier = (typeof TIERS)[number];

export interface GoldRecord {
  id: string;
  doc: string;
  paragraph?: string;
  family: Family;
  indicator: string;
  /** null only when the text states no period (then period_start and period_end are null too). */
  period: string | null;
  period_start: string | null;
  period_end: string | null;
  partial?: boolean;
  breakdown: Breakdown;
  value: number;
  unit: string;
  approx?: boolean;
  quote: string;
  value_text?: string;
  tier: Tier;
  note?: string;
  /** Where the record was read, for messages. */
  file: string;
  line: number;
}

export interface GoldParse {
  records: GoldRecord[];
  /** Each error reads "file:line: message". */
  errors: string[];
}

const REQUIRED = [
  "id",
  "doc",
  "family",
  "indicator",
  "period",
  "period_start",
  "period_end",
  "value",
  "unit",
  "quote",
  "tier"
] as const;
const ISO_DATE = /^\d{4}-\d\d-\d\d$/;

/** Parses one gold file's text; pure, so the tests need no files. */
export function parseGold(text: string, file: string): GoldParse {
  const records: GoldRecord[] = [];
  const errors: string[] = [];
  const seen = new Map<string, number>();
  const lines = text.replace(/^\ufeff/, "").split(/\r?\n/);
  for (const [i, raw] of lines.entries()) {
    const line = i + 1;
    if (raw.trim() === "") continue;
    const fail = (message: string) => errors.push(`${file}:${line}: ${message}`);
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (e) {
      fail(`malformed JSON: ${(e as Error).message}`);
      continue;
    }
    const problems = validate(json);
    if (problems.length > 0) {
      for (const p of problems) fail(p);
      continue;
    }
    const record = toRecord(json as Record<string, unknown>, file, line);
    const earlier = seen.get(record.id);
    if (earlier !== undefined) {
      fail(`id "${record.id}" is already used on line ${earlier}; ids must be unique within a file`);
      continue;
    }
    seen.set(record.id, line);
    records.push(record);
  }
  return {records, errors};
}

/** Every problem of one line, so a single run reports them all. */
function validate(json: unknown): string[] {
  if (json === null || typeof json !== "object" || Array.isArray(json)) return ["a gold record must be a JSON object"];
  const r = json as Record<string, unknown>;
  const missing = REQUIRED.filter((k) => r[k] === undefined);
  if (missing.length > 0)
    return [`missing required field${missing.length > 1 ? "s" : ""} ${missing.map((k) => `"${k}"`).join(", ")}`];
  const problems: string[] = [];
  for (const k of ["id", "doc", "indicator", "unit", "quote"] as const) {
    if (typeof r[k] !== "string" || (r[k] as string).trim() === "") problems.push(`"${k}" must be a non-empty string`);
  }
  // A statement with no period at all has a null period, like its start and end.
  if (!(r.period === null && r.period_start === null) && (typeof r.period !== "string" || r.period.trim() === ""))
    problems.push(`"period" must be a non-empty string, or null when the text states no period`);
  if (!(FAMILIES as readonly unknown[]).includes(r.family))
    problems.push(`"family" is ${JSON.stringify(r.family)}, not one of ${FAMILIES.join(", ")}`);
  if (!(TIERS as readonly unknown[]).includes(r.tier))
    problems.push(`"tier" is ${JSON.stringify(r.tier)}, not one of ${TIERS.join(", ")}`);
  if (typeof r.value !== "number" || !Number.isFinite(r.value))
    problems.push(`"value" must be a number (resolved, e.g. 1079629), not ${JSON.stringify(r.value)}`);
  for (const k of ["period_start", "period_end"] as const) {
    const v = r[k];
    if (v !== null && (typeof v !== "string" || !ISO_DATE.test(v) || Number.isNaN(Date.parse(v))))
      problems.push(`"${k}" must be an ISO date (YYYY-MM-DD) or null, not ${JSON.stringify(v)}`);
  }
  if ((r.period_start === null) !== (r.period_end === null))
    problems.push(`"period_start" and "period_end" must both be dates or both be null`);
  else if (typeof r.period_start === "string" && typeof r.period_end === "string" && r.period_start > r.period_end)
    problems.push(`"period_start" ${r.period_start} is after "period_end" ${r.period_end}`);
  for (const k of ["partial", "approx"] as const)
    if (r[k] !== undefined && typeof r[k] !== "boolean") problems.push(`"${k}" must be true or false`);
  for (const k of ["paragraph", "value_text", "note"] as const)
    if (r[k] !== undefined && r[k] !== null && typeof r[k] !== "string") problems.push(`"${k}" must be a string`);
  problems.push(...validateBreakdown(r.breakdown));
  return problems;
}

/** Unknown keys are errors because a misspelt key ("gender") would silently turn a part into a total. */
function validateBreakdown(b: unknown): string[] {
  if (b === undefined || b === null) return [];
  if (typeof b !== "object" || Array.isArray(b)) return [`"breakdown" must be an object`];
  const problems: string[] = [];
  for (const [k, v] of Object.entries(b)) {
    if (!(BREAKDOWN_KEYS as readonly string[]).includes(k))
      problems.push(`breakdown key "${k}" is not one of ${BREAKDOWN_KEYS.join(", ")}`);
    else if (v !== null && typeof v !== "string") problems.push(`breakdown "${k}" must be a string or null`);
    else if (k === "sex" && typeof v === "string" && normaliseSex(v) === null)
      problems.push(`breakdown "sex" is "${v}", which is neither female nor male`);
  }
  return problems;
}

function toRecord(r: Record<string, unknown>, file: string, line: number): GoldRecord {
  const breakdown: Breakdown = {};
  for (const [k, v] of Object.entries((r.breakdown ?? {}) as Record<string, string | null>))
    breakdown[k as keyof Breakdown] = v;
  return {...(r as unknown as GoldRecord), breakdown, file, line};
}

/** The gold files a --gold argument names: the file itself, or every *.gold.jsonl of a folder. */
export function listGoldFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((f) => f.endsWith(".gold.jsonl"))
    .sort()
    .map((f) => join(path, f));
}

/** Reads and parses several gold files, collecting every error instead of stopping at the first. */
export function readGoldFiles(paths: string[]): GoldParse & {files: string[]} {
  const files = paths.flatMap(listGoldFiles);
  const parsed = files.map((f) => parseGold(readFileSync(f, "utf8"), f));
  return {files, records: parsed.flatMap((p) => p.records), errors: parsed.flatMap((p) => p.errors)};
}
