/**
 * Months counted back from the day an item is dated: "over the course of the past month", "in the past three
 * months", "during the last 6 months", "in the previous 12 months". A wire item counts them back from its dateline ("ADDIS ABABA, June 30
 * (Xinhua) --"), else from its date; an item dated only by its month counts the whole months before it.
 */
import type {Period} from "../types.js";
import {monthOfWord, periodFromBounds, type FoundPeriod, pad} from "../periods/parse-period.js";

/** Number words from two to twelve, by which a count of months, weeks or days back is written. */
export const COUNTS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
const PAST_MONTHS = new RegExp(
  String.raw`\b(?:(?:over|in|during|within|for|throughout)\s+)?(?:the\s+course\s+of\s+)?the\s+(?:(?:past|last|previous|preceding)\s+(${COUNTS.join("|")}|[2-9]|1\d|2[0-4])\s+months|(?:past|last)\s+(month))\b(?!\s+(?:of|before|after|since|ago|alone)\b)(?!['’]s)`,
  "gi"
);
// "ADDIS ABABA, June 30 (Xinhua) --", "GENEVA, 4 March (IOM) –": a place in capitals, then the day the item was filed.
const CAPITAL_MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const DATELINE = new RegExp(
  String.raw`(?<![\p{L}])(\p{Lu}[\p{Lu}'-]{2,}(?:\s+\p{Lu}[\p{Lu}'-]+){0,3}),\s+(?:(${CAPITAL_MONTH})\s+(\d{1,2})|(\d{1,2})\s+(${CAPITAL_MONTH}))(?:,?\s+((?:19|20)\d\d))?\s*(?:\(|--|–|—|:)`,
  "u"
);

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The day a wire item's dateline names, in the year of its date (the year before when the month is later); null when it has none. */
export function datelineDay(text: string, documentDate: string | undefined): string | null {
  if (!documentDate) return null;
  const m = DATELINE.exec(text.slice(0, 600));
  if (!m) return null;
  const month = monthOfWord(m[2] ?? m[5]);
  const day = Number(m[3] ?? m[4]);
  const [y, dm] = documentDate.split("-").map(Number);
  const year = m[6] ? Number(m[6]) : dm && month > dm ? y - 1 : y;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  return month &&
    day >= 1 &&
    !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) &&
    iso(new Date(`${date}T00:00:00Z`)) === date
    ? date
    : null;
}

/** The span the past `n` months name, counted back from a day (that day to the same day `n` months before) or a month. */
function monthsBefore(asOf: string, n: number): Period {
  const [y, m, d] = asOf.split("-").map(Number);
  if (!d) return periodFromBounds(iso(new Date(Date.UTC(y, m - 1 - n, 1))), iso(new Date(Date.UTC(y, m - 1, 0))));
  const back = new Date(Date.UTC(y, m - 1 - n, 1));
  const last = new Date(Date.UTC(back.getUTCFullYear(), back.getUTCMonth() + 1, 0)).getUTCDate();
  return periodFromBounds(iso(new Date(Date.UTC(back.getUTCFullYear(), back.getUTCMonth(), Math.min(d, last)))), asOf);
}

/** The spans "the past three months" and "the past month" name in a sentence of an item read on `asOf`. */
export function pastMonths(text: string, asOf: string | undefined): FoundPeriod[] {
  if (!asOf || !/^\d{4}-\d\d/.test(asOf) || !/\bmonths?\b/i.test(text)) return [];
  return [...text.matchAll(PAST_MONTHS)].map((m) => {
    const n = m[2] ? 1 : /\d/.test(m[1]) ? Number(m[1]) : COUNTS.indexOf(m[1].toLowerCase()) + 2;
    return {period: monthsBefore(asOf, n), start: m.index, end: m.index + m[0].length, pattern: "past_months"};
  });
}

// "Held at the Palais Wilson, Geneva, on Monday, 3 June 2024, at 3 p.m.": the day a summary record's meeting sat.
const MEETING_HELD = new RegExp(
  String.raw`\bHeld\s+at\s+[^\n]{1,80}?,\s+on\s+(?:[A-Z][a-z]+day,?\s+)?(\d{1,2})\s+(${CAPITAL_MONTH}),?\s+((?:19|20)\d\d)`,
  "u"
);

/** The day a meeting's summary record says it was held, where what was said there stands; null when it names none. */
export function meetingDay(text: string): string | null {
  const m = MEETING_HELD.exec(text.slice(0, 1500));
  if (!m) return null;
  const date = `${m[3]}-${pad(monthOfWord(m[2]))}-${pad(Number(m[1]))}`;
  return iso(new Date(`${date}T00:00:00Z`)) === date ? date : null;
}
