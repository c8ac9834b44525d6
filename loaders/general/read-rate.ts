/**
 * Whether a number is an average or a rate over time ("the average number of victims a year was around
 * 100", "decreases by about 10,000 persons a year"), which counts no one period of its own.
 */
import {
  AVERAGE_MARKERS,
  AVERAGE_OPENINGS,
  AVERAGE_WORDS,
  PER_TIME_MARKERS,
  PUBLICATION_NOUNS
} from "../vocabulary/rates.js";
import {alternation} from "./alternation.js";
import {numberClause} from "./number-clause.js";

const AVERAGE = new RegExp(`(?<![a-z])(?:${alternation(AVERAGE_MARKERS)})(?![a-z])`, "i");
// "a year", "per month" and the like, within the clause of the number; "in half a year", "within a month", "a year earlier" measure a span, not a rate.
// "monthly statistical data" is how often a source is published.
const PER_TIME = new RegExp(
  `(?<![a-z])(?<!\\b(?:half|in|within|over|for|than|after|of|about|nearly|almost)\\s+)(?:${alternation(PER_TIME_MARKERS)})(?![a-z])(?!\\s+(?:earlier|ago|before|later|previously|${alternation(PUBLICATION_NOUNS)})\\b)`,
  "i"
);
// "On average, more than 50 cases were detected every day, and more than 200 people were arrested": both clauses.
const OPENS_AVERAGE = new RegExp(`^\\W*(?:${alternation(AVERAGE_OPENINGS)})\\s*,`, "i");
const APPOSED_AVERAGE = /,\s*(?:an?\s+|on\s+)?(?:daily\s+|monthly\s+|weekly\s+)?average\b|,\s*averaging\b/i;
// "which led to a total of 429 people": the total the rate adds up to is a count.
const TOTAL_BEFORE = /\b(?:total|totals|totalled|totaled|altogether|in all)\b[^\d]{0,20}$/i;

// "Gulf Daily News has reported", "the Weekly Review": a rhythm word opening a title names a publication, not a rate.
const unnamed = (clause: string) => clause.replace(/\b(?:Daily|Weekly|Monthly|Yearly)(?=\s+[A-Z])/g, "");

/** True when the clause of the number at [at, end) states an average, or a count per year, month, week or day. */
export function isRate(text: string, at: number, end: number): boolean {
  if (TOTAL_BEFORE.test(text.slice(Math.max(0, at - 40), at))) return false;
  if (OPENS_AVERAGE.test(text)) return true;
  const {before, after: rest} = numberClause(text, at, end);
  // "deported 1,930 workers, an average of 64 a day": the average after a count is its own number's, not the count's.
  const after = rest.split(APPOSED_AVERAGE)[0];
  const clause = unnamed(before + text.slice(at, end) + after);
  return AVERAGE.test(clause) || PER_TIME.test(clause);
}

/**
 * True when the number's own predicate, up to the next comma or number, ends on a rate per unit of time ("between
 * 1,100 and 1,500 defectors have arrived in the South annually"): a rate even where the sentence names a period.
 */
export function ownRate(text: string, end: number): boolean {
  // "between 1,100 and 1,500 … annually": the lower end of a range is at the rate of the upper.
  const own = unnamed(/^[^,;:.\d(]*/.exec(text.slice(end).replace(/^\s+(?:and|to)\s+\d[\d,.]*/, ""))![0]);
  return PER_TIME.test(own) && !/\b(?:rate|average|compared)\b/i.test(own);
}

const AVERAGE_SUBJECT = new RegExp(
  String.raw`\b(?:the\s+)?(?:${alternation(AVERAGE_WORDS)})\s+(?:annual\s+|yearly\s+|monthly\s+|daily\s+)?(?:number|count|total)\s+of\s+[^.;]{0,80}$`,
  "i"
);

/**
 * Whether the words before a number make it the value of an average ("the average number of victims a year was
 * around 100"): such a number is no count of a period even where the sentence names one.
 */
export function isAverage(lead: string): boolean {
  return (
    AVERAGE_SUBJECT.test(lead) &&
    /\b(?:was|were|is|are|stood\s+at|amounted\s+to|reached)\s+(?:[a-z]+\s+){0,2}$/i.test(lead)
  );
}
