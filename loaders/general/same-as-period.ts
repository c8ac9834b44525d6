/**
 * "Fifteen of the victims were children (the same number as in 2019)", "identified 57 victims, the same as in 2016":
 * a count said to equal another period's is that period's figure too.
 */
import type {FoundPeriod} from "../periods/parse-period.js";
import type {Period} from "../types.js";

const SAME_AS =
  /^[^.;\d]{0,60}?\bthe\s+same\s+(?:(?:number|figure|amount|level|total)\s+)?as\s+(?:in|for|during)\s+(?:the\s+)?$/i;

/** The period a count is said to equal, named after it (up to the next figure), or null. */
export function sameAsPeriod(text: string, countEnd: number, periods: FoundPeriod[]): Period | null {
  // The count's own year may stand between ("15 victims in 2020 (the same number as in 2019)"); no other figure may.
  const p = periods.find(
    (f) => f.start >= countEnd && SAME_AS.test(text.slice(countEnd, f.start).replace(/\b(?:19|20)\d\d\b/g, "year"))
  );
  return p?.period ?? null;
}
