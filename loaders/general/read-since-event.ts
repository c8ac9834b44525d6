/**
 * A count "since" an event the text does not date ("Since the state of alarm was declared, the coasts have
 * received 745 immigrants"), whose span the next sentence states ("Official statistics show that between
 * March 15th and April 15th, …"): the count is of that span, when it runs up to shortly before the item's date.
 */
import type {Period} from "../types.js";
import {frameSentence} from "./resolve-period.js";

const EVENT_VERBS =
  "was|were|has\\s+been|have\\s+been|had\\s+been|began|begun|started|broke\\s+out|came\\s+into\\s+force|entered\\s+into\\s+force|took\\s+effect|took\\s+office|opened|closed";
const EVENT_NOUNS = "start|beginning|outbreak|onset|declaration|introduction|launch|imposition|lifting|end";
// The event clause opening the sentence: no number and no word of a calendar span ("since the beginning of the year").
const SINCE_EVENT = new RegExp(
  String.raw`^\s*since\s+(?:the\s+)?(?:(?:${EVENT_NOUNS})\s+of\s+[^,\d]{3,60}|[^,\d]{3,80}?\b(?:${EVENT_VERBS})\b[^,\d]{0,40})\s*,`,
  "i"
);
const CALENDAR =
  /\b(?:year|month|week|quarter|january|february|march|april|may|june|july|august|september|october|november|december)\b/i;
// Days between the end of the span and the item's date that still make it the span "since" runs over.
const LAG_DAYS = 31;

/** Whether a sentence opens on "since" an undated event. */
export function opensSinceEvent(sentence: string): boolean {
  const m = SINCE_EVENT.exec(sentence);
  return Boolean(m) && !CALENDAR.test(m![0]);
}

/**
 * The span a sentence opening "since" an undated event counts over: the first span the next sentence names,
 * when it is not a year and ends at most a month before the document's date.
 */
export function sinceEventSpan(
  sentence: string,
  next: string | undefined,
  documentDate: string | undefined,
  reporting: Period | null
): Period | null {
  if (!next || !documentDate || !/^\d{4}-\d\d-\d\d$/.test(documentDate) || !opensSinceEvent(sentence)) return null;
  const first = frameSentence(next, documentDate, reporting).periods[0];
  if (!first || first.period.stock || /^(?:year|year_relative|reporting_period)$/.test(first.pattern)) return null;
  const {start, end} = first.period;
  const lag = (Date.parse(`${documentDate}T00:00:00Z`) - Date.parse(`${end}T00:00:00Z`)) / 86400000;
  return start < end && lag >= 0 && lag <= LAG_DAYS ? first.period : null;
}

/** The sentence that follows an offset of a text, on one line, up to its closing stop. */
export function sentenceAfter(text: string, at: number): string {
  const rest = text
    .slice(at, at + 600)
    .replace(/\s+/g, " ")
    .trimStart();
  const stop = /[.!?](?=["”]?\s|$)/.exec(rest);
  return stop ? rest.slice(0, stop.index + 1) : rest;
}
