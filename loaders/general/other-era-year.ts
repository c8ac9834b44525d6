/**
 * "the year 2070 B.S (2013/14)", "1440 AH": years of another calendar are no Gregorian year and no count; a year of
 * Nepal's Bikram Sambat is its span of Gregorian days.
 */
import {periodFromBounds, type FoundPeriod} from "../periods/parse-period.js";
import {BIKRAM_SAMBAT, OTHER_ERAS} from "../vocabulary/period-words.js";
import {alternation} from "./alternation.js";

const OTHER_ERA_AFTER = new RegExp(String.raw`^\s+(?:${alternation(OTHER_ERAS)})(?![\p{L}])`, "u");
const BS_YEAR = new RegExp(String.raw`\b(\d{4})\s+(?:${alternation(BIKRAM_SAMBAT.marks)})(?![\p{L}])`, "gu");

/** Whether the words after a year mark it as a year of another calendar. */
export const followsOtherEra = (after: string): boolean => OTHER_ERA_AFTER.test(after);

/** Years of Nepal's Bikram Sambat, each as its span of Gregorian days. */
export function bikramSambatYears(text: string): FoundPeriod[] {
  return [...text.matchAll(BS_YEAR)].map((m) => {
    const first = Number(m[1]) - BIKRAM_SAMBAT.yearsAhead;
    const start = `${first}-${BIKRAM_SAMBAT.opens}`;
    const end = new Date(`${first + 1}-${BIKRAM_SAMBAT.opens}T00:00:00Z`);
    end.setUTCDate(end.getUTCDate() - 1);
    const period = periodFromBounds(start, end.toISOString().slice(0, 10));
    return {period, start: m.index!, end: m.index! + m[0].length, pattern: "other_era_year"};
  });
}
