/**
 * "from 2014, when 93 people applied in the first eight months of the year": a part of "the year" in a sentence
 * that named a year before it is that year's part, not the part of the year the item is dated in.
 */
import type {FoundPeriod} from "../periods/parse-period.js";
import {periodFromBounds, lastDay} from "../periods/parse-period.js";

const OF_THE_YEAR = /\bof\s+the\s+year$/i;

/** The same months of another year (the last day of February follows the year). */
function inYear(start: string, end: string, year: number): [string, string] {
  const [ms, me] = [Number(start.slice(5, 7)), Number(end.slice(5, 7))];
  const d = end.slice(8) === String(lastDay(Number(end.slice(0, 4)), me)) ? lastDay(year, me) : Number(end.slice(8));
  return [`${year}${start.slice(4)}`, `${year}-${String(me).padStart(2, "0")}-${String(d).padStart(2, "0")}`];
}

/** Relative spans of "the year" moved into the year the sentence named before them. */
export function spansOfNamedYear(text: string, spans: FoundPeriod[], named: FoundPeriod[]): FoundPeriod[] {
  return spans.map((s) => {
    const year = named.filter((p) => p.pattern === "year" && p.end <= s.start).at(-1);
    if (
      !year ||
      !OF_THE_YEAR.test(text.slice(s.start, s.end)) ||
      s.period.start.slice(0, 4) !== s.period.end.slice(0, 4)
    )
      return s;
    return {...s, period: periodFromBounds(...inYear(s.period.start, s.period.end, Number(year.period.label)))};
  });
}
