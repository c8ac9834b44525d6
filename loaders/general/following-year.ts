/**
 * "In 2015, Nu 860 M was remitted. The following year, it more than doubled": "the following year", "the next
 * year" and "a year later" name the year after the last one the text named before them.
 */
import {yearPeriod, type FoundPeriod} from "../periods/parse-period.js";

const FOLLOWING = /\b(?:the\s+(?:following|next|subsequent)\s+year|a\s+year\s+later)\b/gi;

/** The year a sentence's periods name last, when it is one whole calendar year. */
export function lastYearOf(periods: FoundPeriod[]): number | null {
  const last = [...periods].reverse().find((p) => /^\d{4}$/.test(p.period.label));
  return last ? Number(last.period.label) : null;
}

/** The sentence's periods with each "following year" read as the year after the last one named before it. */
export function withFollowingYears(text: string, periods: FoundPeriod[], lastYear: number | null): FoundPeriod[] {
  if (!/year/i.test(text)) return periods;
  const out = [...periods];
  for (const m of text.matchAll(FOLLOWING)) {
    const [start, end] = [m.index, m.index + m[0].length];
    if (out.some((p) => p.start < end && start < p.end)) continue;
    // A year named earlier in the same sentence is the one it follows.
    const base = lastYearOf(out.filter((p) => p.end <= start)) ?? lastYear;
    if (base !== null) out.push({period: yearPeriod(base + 1), start, end, pattern: "year_following"});
  }
  return out.sort((a, b) => a.start - b.start);
}
