/**
 * Reads what "numbers" or "the figure" stands for when a sentence names no counted noun of its own:
 * "The number of EU nationals entering detention gradually increased … However, numbers have since
 * fallen to 3,745." The subject is the counted noun after "number of" in the sentence before.
 */
import {lastNounIn, readCounted, type Counted} from "./read-counted.js";
import {lastNumberOf} from "./read-number-of.js";
import {alternation} from "./alternation.js";
import {SERIES_POINTS} from "../vocabulary/quantities.js";

const ANAPHOR =
  /(?<![\p{L}])(?:(?:the|these|this|such|their)\s+)?(?:numbers|number|figures|figure|totals?)(?!\s+of)(?![\p{L}])/iu;

// "There were about 1,700 in the last financial year": a bare count that only says there were so many, after a
// sentence about the number of something, counts that something.
const EXISTENTIAL =
  /(?:^|[,;:]\s*|\b(?:and|but|while|(?:19|20)\d\d)\s+)there\s+(?:were|was|are|is|have\s+been|had\s+been)\s+(?:(?:about|around|some|nearly|almost|approximately|roughly|over|more\s+than|fewer\s+than|less\s+than|at\s+least|only|just)\s+)?$/i;

// "Starting at 18,517 in 2001, with a peak of 19,176 in 2003": a point of the series the sentence before named.
const SERIES_POINT = new RegExp(
  String.raw`^\s*(?:(?:with|and|reaching|then)\s+)?(?:${alternation(SERIES_POINTS)})\s+(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$`,
  "i"
);

/** The sentence before `text` in its paragraph, or "". */
export function previousSentence(text: string, paragraph: string): string {
  const at = paragraph.indexOf(text);
  if (at <= 0) return "";
  // Only the stretch just before is read: a paragraph may be a whole report with no breaks.
  const before = paragraph.slice(Math.max(0, at - 600), at);
  const end = before.search(/[.!?]["”’)]?\s*$/u);
  if (end < 0) return "";
  // A sentence ends at a stop followed by a space, never at a decimal point ("$8.6 million").
  let start = 0;
  for (const m of before.slice(0, end).matchAll(/[.!?]["”’)]?\s+/gu)) start = m.index + m[0].length;
  return before.slice(start).trim();
}

/**
 * The counted noun and the words around it that "numbers" (or "there were") before a bare count (in `lead`) stands for, taken
 * from the previous sentence's "number of …"; null when the lead has no such word or the sentence before none.
 */
export function anaphoricSubject(
  lead: string,
  previousOf: string | (() => string)
): {counted: Counted; clause: string} | null {
  if (!ANAPHOR.test(lead) && !EXISTENTIAL.test(lead) && !SERIES_POINT.test(lead)) return null;
  const previous = typeof previousOf === "string" ? previousOf : previousOf();
  if (!previous) return null;
  const of = lastNumberOf(previous);
  // "… shows a sizeable decrease in arrivals by boat. Starting at 18,517 in 2001": a series is of the last thing named.
  if (!of && SERIES_POINT.test(lead)) {
    const named = lastNounIn(previous, 0, previous.length);
    return named?.noun ? {counted: named, clause: previous} : null;
  }
  if (!of) return null;
  const start = of.index + of[0].length;
  const counted = readCounted(previous, start);
  const subject = counted.noun ? counted : lastNounIn(previous, start, Math.min(previous.length, start + 80));
  if (!subject?.noun) return null;
  return {counted: subject, clause: previous.slice(of.index)};
}
