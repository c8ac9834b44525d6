/**
 * "As of the end of December 2016, the Immigration Service … arrested 120 persons": a day that closes a count of
 * what someone did (a verb in the simple past before the number) ends a flow over the year up to it, not a stock
 * held on that day; "16,324 have registered as of 28 April" (a perfect) and "as of today, … granted 867" stay stocks.
 */
import type {Period} from "../types.js";
import {findDates, periodFromBounds} from "../periods/parse-period.js";
import {eventsIn} from "./resolve-indicator.js";

// "As of the end of December 2016", "by the end of June": the close of a span; "as of today" counts what stands.
const AS_OF = /\b(?:as\s+(?:of|at)|by)\s+the\s+end\s+of\s+/i;

// "47,680 work permits were granted by 31 October 2025": a day a count ran up to, said after the count.
const UP_TO_DAY = /\b(?:by|as\s+(?:of|at)|up\s+to|until)\s+(?:the\s+end\s+of\s+)?(?:the\s+)?$/i;

// "By October 31, 2025, 47,680 …": before the count only "by" says so; "as of" a day may open a stock.
const BY_DAY = /\bby\s+(?:the\s+)?$/i;
// "have been brought", "having been deported": a perfect, which counts up to now rather than over a span.
const PERFECT = /\b(?:have|has|had|having)\b/i;

/** Whether the sentence names the period's day as the one the count at `start` ran up to ("by 31 October 2025"). */
function ranUpTo(text: string, start: number, period: Period): boolean {
  return findDates(text).some(
    (d) =>
      d.period.end === period.end &&
      (d.start > start
        ? UP_TO_DAY.test(text.slice(Math.max(0, d.start - 30), d.start))
        : // "By 31 December 2021, 403 cases had been brought to court, of which 30 …": a total since some other start.
          BY_DAY.test(text.slice(Math.max(0, d.start - 30), d.start)) && !PERFECT.test(text.slice(d.end, start)))
  );
}

/** An active verb in the simple past just before the number, with the quantifiers that may stand between. */
const PAST_VERB_BEFORE =
  /(?:^|[^a-z])((?:have|has|had|having)\s+(?:also\s+)?(?:been\s+)?)?([a-z]+ed)\s+(?:a\s+total\s+of\s+|some\s+|about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+|at\s+least\s+)?$/i;

/** Verbs of a status that lasts, which "as of" counts on its day whatever the tense. */
const STATUS = /^(?:registered|recorded|resided|remained|stayed|lived|housed|accommodated|hosted|held|detained)$/i;

/** The flow up to an "as of" day that a simple-past count in the sentence reports, or null. */
export function flowToDate(text: string, start: number, period: Period): Period | null {
  if (!period.stock || period.start !== period.end || !/^\d{4}-\d\d-\d\d$/.test(period.end)) return null;
  const before = text.slice(0, start);
  if (!AS_OF.test(before) && !ranUpTo(text, start, period)) return null;
  const verb = PAST_VERB_BEFORE.exec(before);
  // "the number of refugees resettled reached 1,250": a verb of level before the number leaves the subject to say.
  const acted = verb
    ? !verb[1] && ((!STATUS.test(verb[2]) && eventsIn(verb[2].toLowerCase()).length > 0) || numberOfEvents(before))
    : pastEventAfter(text.slice(start)) || numberOfEvents(before);
  if (!acted) return null;
  return {...periodFromBounds(`${period.end.slice(0, 4)}-01-01`, period.end), stock: false};
}

// "By the end of June, 2,718 migrants were deported", "… 2,718 illegal migrants expressed the intention to ask for
// asylum": the count's own predicate after it, in the simple past, up to the clause's end.
const PREDICATE_AFTER = /^[\d.,\s]*[^,;.()]{0,80}/;
const PAST_AFTER = /\b(?:(?:were|was)\s+(?:[a-z]+ly\s+)?)?([a-z]+ed)\b/i;

// "the number of non-refoulement claims referred from control points was 228": a subject counting what was done.
const NUMBER_OF_DONE =
  /\bnumber\s+of\s+[^.;()]{0,80}?\b([a-z]+ed)\b[^.;()]{0,60}?\b(?:was|were|stood\s+at|reached|totalled|totaled|amounted\s+to)\s+(?:about\s+|some\s+|over\s+)?$/i;

/** Whether "the number of X <participle> …" before a number counts events that befell or were done to X. */
function numberOfEvents(before: string): boolean {
  const m = NUMBER_OF_DONE.exec(before);
  return Boolean(m && !STATUS.test(m[1]) && eventsIn(m[1].toLowerCase()).length > 0);
}

/** Whether the words after a number say, in the simple past, that an event befell or was done by what it counts. */
function pastEventAfter(after: string): boolean {
  const predicate = PREDICATE_AFTER.exec(after)![0];
  if (PERFECT.test(predicate)) return false;
  const verb = PAST_AFTER.exec(predicate);
  return Boolean(verb && !STATUS.test(verb[1]) && eventsIn(predicate.toLowerCase()).length > 0);
}
