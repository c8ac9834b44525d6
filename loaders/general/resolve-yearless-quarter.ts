/**
 * A quarter named with no year ("in the second quarter", "at the end of the third quarter", "during Q4"): of the
 * year the sentence names, else the one year of the report, else of a release's own year, or of the year before
 * when that quarter has not yet begun by the release's date.
 */
import {QUARTER_ORDINALS, quarterNumber, quarterPeriod, type FoundPeriod} from "../periods/parse-period.js";
import type {Period} from "../types.js";
import {isCompared} from "./compared-period.js";
import {releaseYearOf} from "./resolve-yearless-month.js";

// "in the second quarter", "by the end of the 3rd quarter", "during Q4"; the quarter after a preposition, as a time.
const YEARLESS_QUARTER = new RegExp(
  String.raw`\b(?:in|during|throughout|for|over|(?:at|by|as\s+(?:at|of))\s+the\s+end\s+of)\s+(?:the\s+(${QUARTER_ORDINALS.join("|")})\s+quarter|(Q[1-4]))\b`,
  "gi"
);
// A year after the quarter makes another phrase, read elsewhere; so does a year named relative to it.
const YEAR_AFTER =
  /^(?:\s*,?\s*(?:of\s+)?(?:the\s+(?:year|fiscal\s+year|financial\s+year)\s+)?(?:19|20)\d\d|\s*(?:[/-]\s*)?(?:19|20)\d\d|\s+of\s+(?:this|last|the|next|fiscal|financial|FY)\b)/i;

/** The one year a reporting period lies in, or null when it spans several. */
function reportingYear(reporting: Period | null): number | null {
  if (!reporting) return null;
  const [from, to] = [reporting.start.slice(0, 4), reporting.end.slice(0, 4)];
  return from === to ? Number(from) : null;
}

/** The quarters a sentence names without a year, each with its offsets. */
export function yearlessQuarters(
  text: string,
  found: FoundPeriod[],
  reporting: Period | null,
  documentDate: string | undefined
): FoundPeriod[] {
  const out: FoundPeriod[] = [];
  const ownYear = found.find((p) => p.pattern === "year" && !isCompared(text, p.start));
  for (const m of text.matchAll(YEARLESS_QUARTER)) {
    const word = m[1] ?? m[2];
    const end = m.index + m[0].length;
    // The phrase starts at its last "the" (after any "the end of"), however many spaces the text puts between words.
    const start = m.index + (m[1] ? m[0].toLowerCase().lastIndexOf("the") : m[0].length - m[2].length);
    if (YEAR_AFTER.test(text.slice(end)) || found.some((p) => p.start < end && m.index < p.end)) continue;
    const quarter = quarterNumber(word);
    const year = ownYear
      ? Number(ownYear.period.start.slice(0, 4))
      : (reportingYear(reporting) ?? releaseYearOf(quarter * 3 - 2, documentDate));
    const period = year ? quarterPeriod(year, quarter) : null;
    if (period) out.push({period, start, end, pattern: "quarter_yearless"});
  }
  return out;
}
