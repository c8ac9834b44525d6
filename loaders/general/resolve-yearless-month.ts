/**
 * A month named without a year ("In July alone, almost 83,000 persons arrived", "During March, 40 victims were
 * identified"): the month of the one year the report covers it in, else of the item's own year (the year before
 * when the month is later than the item's).
 */
import type {Period} from "../types.js";
import {MONTHS, monthIndex, monthPeriod, type FoundPeriod} from "../periods/parse-period.js";

// The month after a preposition of time, with no day, year or second month after it.
const YEARLESS_MONTH = new RegExp(
  String.raw`\b(?:in|during|throughout|over|for)\s+(?:the\s+month\s+of\s+)?(${MONTHS.join("|")})\b(?!\s*(?:\d|,\s*(?:19|20)\d\d|of\s+\d|[-–—]|to\b|through\b|until\b|and\b|or\b|(?:this|last|next|of\s+(?:this|last|the))\b))`,
  "gi"
);

/** The year a yearless month is of: the one year of the reporting period holding it, else by the item's date. */
function yearOf(month: number, reporting: Period | null, documentDate: string | undefined): number | null {
  if (reporting) {
    const [from, to] = [Number(reporting.start.slice(0, 4)), Number(reporting.end.slice(0, 4))];
    const years: number[] = [];
    for (let y = from; y <= to; y++) {
      const key = `${y}-${String(month).padStart(2, "0")}`;
      if (key >= reporting.start.slice(0, 7) && key <= reporting.end.slice(0, 7)) years.push(y);
    }
    if (years.length === 1) return years[0];
    if (years.length > 1) return null;
  }
  if (!documentDate || !/^\d{4}-\d\d/.test(documentDate)) return null;
  const [y, m] = documentDate.split("-").map(Number);
  return month > m ? y - 1 : y;
}

/** The months a sentence names without a year, each with its offsets. */
export function yearlessMonths(
  text: string,
  reporting: Period | null,
  documentDate: string | undefined
): FoundPeriod[] {
  const out: FoundPeriod[] = [];
  for (const m of text.matchAll(YEARLESS_MONTH)) {
    // "in May" opening a clause is the month; a capital is needed, as "may" is also a verb.
    if (!/^[A-Z]/.test(m[1])) continue;
    const month = monthIndex(m[1]);
    const year = month ? yearOf(month, reporting, documentDate) : null;
    const period = year ? monthPeriod(year, month) : null;
    if (period) out.push({period, start: m.index, end: m.index + m[0].length, pattern: "month_yearless"});
  }
  return out;
}
