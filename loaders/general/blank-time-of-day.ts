/**
 * "On the night of April 11", "in the early hours of 3 May", "on the morning of Thursday": the part of a day before a
 * date is blanked behind "on", so the date reads as the day its sentence speaks of.
 */
import {MONTHS} from "../periods/parse-period.js";
import {TIMES_OF_DAY, WEEKDAYS} from "../vocabulary/period-words.js";
import {alternation} from "./alternation.js";
import type {FlatText} from "../text/flatten.js";

const DAY_NAMES = alternation([...MONTHS, ...WEEKDAYS]);
// "on the night of" right before a month, a weekday, or a day of the month written before its month.
const TIME_OF_DAY = new RegExp(
  String.raw`\b(?:on|in|during)\s+the\s+(?:${alternation(TIMES_OF_DAY)})\s+of\s+(?=(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:${DAY_NAMES})\b)`,
  "gi"
);

/** The flat text with each part of a day before a date read as "on", the same length so every offset holds. */
export function blankTimeOfDay(flat: FlatText): FlatText {
  TIME_OF_DAY.lastIndex = 0;
  if (!TIME_OF_DAY.test(flat.text)) return flat;
  return {
    text: flat.text.replace(TIME_OF_DAY, (m) => (m[0] === m[0].toUpperCase() ? "On" : "on").padEnd(m.length)),
    offsets: flat.offsets
  };
}
