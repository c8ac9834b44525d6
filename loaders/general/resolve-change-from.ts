/**
 * "the number of permits increased from 165,000 to 197,500": the figure after "from" is the earlier period's,
 * the same months a year before when the period lies within one year, else the period as long before it.
 */
import type {Period} from "../types.js";
import {periodFromBounds} from "../periods/parse-period.js";
import {precedingPeriod} from "./preceding-period.js";
import {alternation} from "./alternation.js";
import {CHANGE_VERBS, SCALES} from "../vocabulary/quantities.js";
import {NUMBER_WORD_SOURCE} from "../numbers/parse-number.js";

// The verbs of a change, in the past and the perfect ("rose", "has risen"), and one that went on ("continued to rise").
// No other phrase: "went down from 642 to 453" may be said of anything, not only a count.
const VERB = `(?:${alternation(CHANGE_VERBS.filter((verb) => !verb.includes(" ") || /^continue[sd] to /.test(verb)))})`;
// "increased by 4.6% from 1,777,295 to 1,859,697": the change's size may stand between the verb and "from".
const BY = String.raw`(?:\s+by\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+)?[\d.,]+\s*(?:%|per\s*cent|percent)?)?`;
// "increased for a third year in a row from 7,900 to 11,600", "over the same 12 month period", "on the previous
// year": a phrase of time or comparison, with no count of its own (a number only of months or years, or a year).
const TIME_WORD = String.raw`(?:[a-z]+(?:-[a-z]+)*|\d+(?=[- ]months?\b|[- ]years?\b)|(?:19|20)\d\d)`;
const TIME_PHRASE = String.raw`(?:,?\s+(?:for|over|on|in|during|against|compared\s+(?:to|with)|year[- ]on[- ]year)(?:[\s-]+${TIME_WORD}){0,7})`;
// "rose slightly from 13,400 to 14,100", "also declined, from 14,100 to 10,300": an adverb or a comma may come between.
const FROM = new RegExp(
  String.raw`(?<![a-z])(?:${VERB}(?:\s+[a-z]+ly)?|(?:were|was|are|is)\s+(?:also\s+)?(?:up|down))${BY}${TIME_PHRASE}{0,2},?\s+from\s+$`,
  "i"
);
const TO = /^\s+to\s+\d/;
// "…increased from 27 to 88, and of Iranians from 34 to 84": a second change sharing the first's verb.
const ELLIPTIC_FROM = new RegExp(
  String.raw`(?<![a-z])${VERB}\s+from\s+[\d.,]+\s+to\s+[\d.,]+\s*,?\s+and\s+(?:that\s+)?of\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s+from\s+$`,
  "iu"
);

const yearBefore = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  const last = new Date(Date.UTC(y - 1, m, 0)).getUTCDate();
  return `${y - 1}-${String(m).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
};

// "nearly 7,000, up from 5,700 in half a year": the figure a stock stood at that long before.
const UP_FROM = /(?<![a-z])(?:up|down)\s+from\s+$/i;
const SPAN_AFTER = /^\s+(?:in|over|within)\s+(?:(half)\s+a\s+year|(?:a|one)\s+(year)|(six|three)\s+months)\b/i;

const monthsBefore = (iso: string, n: number) => {
  const [y, m, d] = iso.split("-").map(Number);
  const at = new Date(Date.UTC(y, m - 1 - n, 1));
  const last = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 0)).getUTCDate();
  return `${at.toISOString().slice(0, 8)}${String(Math.min(d, last)).padStart(2, "0")}`;
};

/** The day a stock's "up from" figure stood on, the span it names before the stock's own day, or null. */
export function upFromStock(text: string, start: number, end: number, period: Period): Period | null {
  if (!period.stock || !UP_FROM.test(text.slice(Math.max(0, start - 20), start))) return null;
  const span = SPAN_AFTER.exec(text.slice(end, end + 30));
  if (!span) return null;
  const months = span[1] ? 6 : span[2] ? 12 : span[3].toLowerCase() === "six" ? 6 : 3;
  const day = monthsBefore(period.end, months);
  return {...periodFromBounds(day, day), stock: true};
}

// "grew by 3.4 percent … to reach US$2.75 billion from US$2.66 billion": the change's figures the other way round.
const REVERSED_FROM = new RegExp(
  String.raw`(?<![a-z])${VERB}\b(?:[^.;()]|\.(?=\d)){0,80}?\bto\s+(?:reach\s+)?(?:[A-Z]{0,3}\$\s?|€\s?)?[\d.,]+(?:\s+(?:thousand|million|billion))?\s+from\s+(?:[A-Z]{0,3}\$\s?|€\s?)?$`,
  "i"
);

const OWN_TIME_AFTER =
  /^\s*(?:[a-z]+\s+)?(?:in|during|for|on|at|by|since|last|this|the\s+(?:previous|preceding|prior|same)|a\s+year|(?:19|20)\d\d)\b/i;

/** The earlier period of a change's "from" figure at [start, end) of a sentence, or null when it is none. */
export function changeFromPeriod(text: string, start: number, end: number, period: Period): Period | null {
  const lead = text.slice(Math.max(0, start - 120), start);
  const forward = TO.test(text.slice(end, end + 12)) && (FROM.test(lead) || ELLIPTIC_FROM.test(lead));
  // A "from" figure with a time of its own ("from 17,636 in 2015", "from $2.38 billion last year") is dated by it.
  const reversed =
    !forward &&
    REVERSED_FROM.test(text.slice(Math.max(0, start - 160), start)) &&
    !OWN_TIME_AFTER.test(text.slice(end, end + 30));
  if (!forward && !reversed) return null;
  if (period.stock || !/^\d{4}-\d\d-\d\d$/.test(period.start) || !/^\d{4}-\d\d-\d\d$/.test(period.end)) return null;
  if (period.start.slice(0, 4) === period.end.slice(0, 4))
    return periodFromBounds(yearBefore(period.start), yearBefore(period.end));
  return precedingPeriod(period);
}

// "increased from 25 in 2016 to 111": the year after "from" is the earlier figure's, never the one after "to".
// The figure after "from" may be a number word ("from two in 2017"), carry a currency ("from $25 million in 2016",
// "from Nu 1.2bn") and a scale written out or glued to it.
const FROM_FIGURE = String.raw`(?:[A-Z]{0,3}\$\s?|€\s?|£\s?|[A-Z][a-z]{0,2}\.?\s)?(?:[\d.,]+(?:m|bn|k)?|${NUMBER_WORD_SOURCE})(?:\s+(?:${Object.keys(SCALES).join("|")}))?`;
const DATED_FROM_TO = new RegExp(
  String.raw`(?<![a-z])from\s+(?:about\s+|some\s+|around\s+)?${FROM_FIGURE}(?:\s+[a-z]+){0,2}?\s+(?:in|during)\s+((?:19|20)\d\d)\s+to\s+(?:about\s+|some\s+|around\s+|over\s+|nearly\s+)?(?:[A-Z]{0,3}\$\s?|€\s?|£\s?|[A-Z][a-z]{0,2}\.?\s)?$`,
  "i"
);

/** The year a change's "from" figure is dated to, when the figure at the end of `lead` is the one it changed to. */
export function datedFromYear(lead: string): string | null {
  return DATED_FROM_TO.exec(lead)?.[1] ?? null;
}
