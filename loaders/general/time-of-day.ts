/**
 * Numbers of a dateline rather than counts: a time of day ("20:46hrs", "17:15", "07:37:59") and a day before an
 * abbreviated or foreign month name ("28 Dec 2013", "31 Desember 2016", "Aug 05").
 */

const MONTH_ABBREVIATION = "(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)";
const CLOCK_AFTER = /^[:.]\d{2}(?!\d)(?::\d{2})?\s*(?:hrs|hr|h|am|pm|a\.m\.|p\.m\.|[A-Z]{2,4}\b|[\s|,;)]|$)/;
const CLOCK_BEFORE = /(?:^|[^\d.,])\d{1,2}:(?:\d{2}:)?$/;
const ABBREVIATED_AFTER = new RegExp(`^\\s+${MONTH_ABBREVIATION}\\.?(?=[\\s,]|$)`);
const ABBREVIATED_BEFORE = new RegExp(`\\b${MONTH_ABBREVIATION}\\.?\\s+$`);
// "31 Desember 2016": a day, a capitalised word that is no plural people, and a year.
const FOREIGN_MONTH_AFTER = /^\s+[A-Z][a-zé]{2,9}(?<!s)\.?\s+(?:19|20)\d\d\b/;

/** Why the number `text`, between `before` and `after`, is part of a date or a time of day; null when it is not. */
export function timeOfDay(text: string, before: string, after: string): string | null {
  if (!/^\d{1,2}$/.test(text)) return null;
  if (CLOCK_AFTER.test(after) || (text.length === 2 && CLOCK_BEFORE.test(before))) return "time of day";
  if (Number(text) < 1 || Number(text) > 31) return null;
  if (ABBREVIATED_AFTER.test(after) || ABBREVIATED_BEFORE.test(before) || FOREIGN_MONTH_AFTER.test(after))
    return "date";
  return null;
}
