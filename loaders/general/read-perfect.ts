/**
 * Whether a number's clause tells what has been done, in the present perfect ("Regional committees have
 * placed 312 women in jobs"): a periodic report states its achievements so, with no date, and a year an
 * earlier block of text opened with is no date of theirs.
 */
import type {Period} from "../types.js";

// Participles the "-ed", "-en" and "-t" endings miss.
const IRREGULAR =
  "heard|held|made|found|paid|brought|built|won|met|done|set|put|told|sold|led|fled|spent|run|become|begun|got";
const PERFECT = new RegExp(
  `\\b(?:has|have)\\s+(?:(?:also|already|now|so\\s+far|since\\s+then|thus|jointly)\\s+)?(?:been\\s+)?(?:\\w+(?:ed|en|t)|${IRREGULAR})\\b`,
  "i"
);
const CLAUSE_END = /;|\.\s+(?=[A-Z])/g;

/** True when the clause before offset `at` in `text` holds a verb in the present perfect. */
export function isPresentPerfect(text: string, at: number): boolean {
  return PERFECT.test(clauseBefore(text, at));
}

/** The part of the clause holding offset `at` that comes before it. */
function clauseBefore(text: string, at: number): string {
  let start = 0;
  CLAUSE_END.lastIndex = 0;
  for (let m = CLAUSE_END.exec(text); m && m.index < at; m = CLAUSE_END.exec(text)) start = m.index + m[0].length;
  return text.slice(start, at);
}

/** A verb of an event in the present perfect: "been" alone ("has been primarily Ethiopian") is a copula. */
function perfectEvent(clause: string): boolean {
  const m = PERFECT.exec(clause);
  return m !== null && !/\bbeen$/i.test(m[0]);
}

/** True when a blank line separates two raw offsets: a new block of text in a report with no numbered paragraphs. */
export function blockBetween(raw: string, from: number, to: number): boolean {
  return /\n[ \t]*\n/.test(raw.slice(from, to));
}

// Kinds of document whose figures in the present perfect add up what has happened so far: operational updates.
const RUNNING_TOTAL_KINDS = ["agency_release"];

/**
 * "More than 650,000 Venezuelans have arrived in Peru" in an update of one month: what has happened by the time
 * a release of a month or less speaks is a running total standing on its last day (the document's own day when
 * it falls inside the month), not a flow of that month.
 */
export function perfectStock(
  text: string,
  at: number,
  reporting: Period | null,
  {kind, documentDate}: {kind?: string; documentDate?: string}
): Period | null {
  if (!kind || !RUNNING_TOTAL_KINDS.includes(kind)) return null;
  if (!reporting || reporting.stock || !(perfectEvent(clauseBefore(text, at)) || perfectAfter(text, at))) return null;
  if (daysBetween(reporting.start, reporting.end) > 31) return null;
  if (OWN_SPAN.test(text)) return null;
  const day =
    documentDate && documentDate >= reporting.start && documentDate < reporting.end ? documentDate : reporting.end;
  return {label: day, start: day, end: day, partial: true, stock: true};
}

/** True when the verb after the number at `at`, before another number or the clause's end, is in the present perfect. */
function perfectAfter(text: string, at: number): boolean {
  const rest = text.slice(at).replace(/^[\d.,\s]+/, "");
  const clause = rest.slice(0, rest.search(/[;.]\s|\d|$/));
  return perfectEvent(clause);
}

// "this month", "over the past 10 days", "daily": the sentence counts over a span of its own, not up to a day.
const OWN_SPAN =
  /\b(?:(?:this|last|past|previous|the\s+same)\s+(?:\d+\s+|\w+\s+)?(?:days?|weeks?|months?|period)|daily|weekly|monthly|every\s+day|per\s+(?:day|week|month)|each\s+(?:day|week|month)|alone)\b/i;

const daysBetween = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;
