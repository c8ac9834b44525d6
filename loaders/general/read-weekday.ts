/**
 * "Until six in the morning this Wednesday", "as of last Monday", "up to Friday": press items date a count by a
 * weekday, which names the latest such day on or before the item's own date ("last" the one before it).
 */

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
// A time of day may stand between the lead and the weekday: "until six in the morning this Wednesday", "as of 8 a.m. Monday".
const TIME_OF_DAY = String.raw`(?:(?:[a-z]+|\d{1,2}(?:[:.]\d\d)?)\s+(?:o'clock\s+)?(?:in\s+the\s+)?(?:morning|afternoon|evening|night)|midnight|noon|\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?|hours|hrs|h))\s+(?:on\s+|of\s+)?`;
const WEEKDAY_DATE = new RegExp(
  String.raw`(?<![a-z])(as\s+(?:of|at)|until|till|up\s+to|by)\s+(?:${TIME_OF_DAY})?(?:(this|last|past)\s+|on\s+)?(${WEEKDAYS.join("|")})(?![a-z])`,
  "gi"
);

export interface WeekdayDate {
  /** The lead ("as of", "until", …), which says whether the count stands on the day or runs up to it. */
  lead: string;
  /** The day, as YYYY-MM-DD. */
  day: string;
  start: number;
  end: number;
}

/** The days a sentence names by weekday, in an item dated to the day; none in an item dated only by month or year. */
export function weekdayDates(text: string, documentDate: string | undefined): WeekdayDate[] {
  if (!documentDate || !/^\d{4}-\d\d-\d\d$/.test(documentDate) || !/day\b/i.test(text)) return [];
  const published = new Date(`${documentDate}T00:00:00Z`);
  const out: WeekdayDate[] = [];
  for (const m of text.matchAll(WEEKDAY_DATE)) {
    const back = (published.getUTCDay() - WEEKDAYS.indexOf(m[3].toLowerCase()) + 7) % 7;
    // "last Monday" in an item of a Monday is the Monday a week before.
    const days = back === 0 && /^(?:last|past)$/i.test(m[2] ?? "") ? 7 : back;
    const day = new Date(published.getTime() - days * 86400000).toISOString().slice(0, 10);
    out.push({lead: m[1], day, start: m.index, end: m.index + m[0].length});
  }
  return out;
}
