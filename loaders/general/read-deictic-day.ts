/**
 * "Yesterday, 59 refugees were resettled", "Authorities today began returning the 87 survivors", "arrived last
 * night": press items date events by the day they were written, which only the item's own date resolves.
 */
import {oneDay} from "./resolve-event-day.js";
import {saidOn} from "./read-weekday.js";
import {addDays, type FoundPeriod} from "../periods/parse-period.js";

// Days back from the item's date each word names; "tonight" and "this morning" are the item's own day.
const DAYS_BACK: Record<string, number> = {
  today: 0,
  tonight: 0,
  "this morning": 0,
  "this afternoon": 0,
  "this evening": 0,
  "earlier today": 0,
  yesterday: 1,
  "last night": 1,
  "the day before yesterday": 2
};
const WORDS = Object.keys(DAYS_BACK)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/ /g, "\\s+"));
const DEICTIC_DAY = new RegExp(String.raw`(?<![\p{L}-])(?:${WORDS.join("|")})(?![\p{L}-])`, "giu");
// "as of today", "up to yesterday", "until today": a stock's day or a running total's end, read with stock dates;
// "today's figures", "the migrants of today": no day an event happened on.
const NOT_AN_EVENT_BEFORE = /(?:as\s+(?:of|at)|until|till|up\s+to|to|of|from|since|by)\s+$/i;
const NOT_AN_EVENT_AFTER = /^['’]s\b/;

/** The days events are dated to by "today", "yesterday" or "last night", in an item dated to the day. */
export function deicticDays(text: string, documentDate: string | undefined): FoundPeriod[] {
  if (
    !documentDate ||
    !/^\d{4}-\d\d-\d\d$/.test(documentDate) ||
    !/(?:day|night|morning|afternoon|evening)\b/i.test(text)
  )
    return [];
  const out: FoundPeriod[] = [];
  for (const m of text.matchAll(DEICTIC_DAY)) {
    const end = m.index + m[0].length;
    if (NOT_AN_EVENT_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (NOT_AN_EVENT_AFTER.test(text.slice(end, end + 3)) || saidOn(text, m.index, end)) continue;
    const back = DAYS_BACK[m[0].toLowerCase().replace(/\s+/g, " ")];
    const day = addDays(documentDate, -back);
    out.push({period: oneDay(day), start: m.index, end, pattern: "deictic_day"});
  }
  return out;
}
