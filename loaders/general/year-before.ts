/**
 * "compared to almost 3,000 the year before", "a year earlier, … had reached 400,000": the same span one year
 * before the one the sentence named before it, else before the year the report covers.
 */
import type {Period} from "../types.js";
import {YEAR_BEFORE_PHRASES} from "../vocabulary/period-words.js";
import {alternation} from "./alternation.js";
import {periodFromBounds, type FoundPeriod} from "../periods/parse-period.js";

// "one year earlier", "a year previously", "the year earlier": this reader's own ways of saying it.
const PHRASES = [
  ...YEAR_BEFORE_PHRASES,
  "one year earlier",
  "one year before",
  "a year previously",
  "one year previously",
  "the year earlier"
];
const YEAR_BEFORE = new RegExp(
  String.raw`\b(?:${alternation(PHRASES)})\b(?!\s+(?:the|that|this|its|his|her|their|last|than|it|he|she|they|we|a|an)\b)`,
  "gi"
);

/** A date one year before an ISO date (29 February falls back to the 28th). */
function yearBack(date: string): string {
  const y = Number(date.slice(0, 4)) - 1;
  const md = date.slice(5) === "02-29" ? "02-28" : date.slice(5);
  return `${y}-${md}`;
}

/** The same span one year before a period. */
export function sameSpanYearBefore(p: Period): Period {
  const end =
    p.end.slice(5) === "02-29" || p.end.slice(5) === "02-28"
      ? `${Number(p.end.slice(0, 4)) - 1}-02-${new Date(Date.UTC(Number(p.end.slice(0, 4)) - 1, 2, 0)).getUTCDate()}`
      : yearBack(p.end);
  const span = periodFromBounds(yearBack(p.start), end);
  return p.stock ? {...span, stock: true} : span;
}

/** The periods "the year before" and "a year earlier" name in a sentence, given the periods it named and the report's. */
export function yearBefore(text: string, found: FoundPeriod[], reporting: Period | null): FoundPeriod[] {
  if (!/year/i.test(text)) return [];
  const out: FoundPeriod[] = [];
  for (const m of text.matchAll(YEAR_BEFORE)) {
    const base = found.filter((p) => p.end <= m.index).at(-1)?.period ?? reporting;
    if (base && /^\d{4}-\d\d-\d\d$/.test(base.start))
      out.push({period: sameSpanYearBefore(base), start: m.index, end: m.index + m[0].length, pattern: "year_before"});
  }
  return out;
}
