/**
 * "In 2015, Nu 860 M was remitted. The following year, it more than doubled": "the following year", "the next
 * year" and "a year later" name the year after the last one the text named before them, "the same year" and
 * "that year" that year itself.
 */
import {yearPeriod, type FoundPeriod} from "../periods/parse-period.js";
import {YEAR_ANAPHORS} from "../vocabulary/period-words.js";
import {alternation} from "./alternation.js";

// One group per offset, each longest wording first; "that year's" is a possessive, no period.
const ANAPHOR = new RegExp(
  `\\b(?:${YEAR_ANAPHORS.map(({words}) => `(${alternation(words)})`).join("|")})\\b(?!\\s*['’]s\\b)`,
  "gi"
);

/** The year a sentence's periods name last, when it is one whole calendar year. */
export function lastYearOf(periods: FoundPeriod[]): number | null {
  const last = [...periods].reverse().find((p) => /^\d{4}$/.test(p.period.label));
  return last ? Number(last.period.label) : null;
}

/** The sentence's periods with each "following year" or "same year" read from the last year named before it. */
export function withFollowingYears(text: string, periods: FoundPeriod[], lastYear: number | null): FoundPeriod[] {
  if (!/year/i.test(text)) return periods;
  const out = [...periods];
  for (const m of text.matchAll(ANAPHOR)) {
    const [start, end] = [m.index, m.index + m[0].length];
    if (out.some((p) => p.start < end && start < p.end)) continue;
    const {offset} = YEAR_ANAPHORS[m.slice(1).findIndex((g) => g !== undefined)];
    // A year named earlier in the same sentence is the one it follows.
    const base = lastYearOf(out.filter((p) => p.end <= start)) ?? lastYear;
    if (base !== null) out.push({period: yearPeriod(base + offset), start, end, pattern: "year_following"});
  }
  return out.sort((a, b) => a.start - b.start);
}
