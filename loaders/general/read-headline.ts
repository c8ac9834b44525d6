/**
 * A press item's headline: a line standing alone near its top, with no stop at its end ("Over 64,000 obtain work
 * permits in the last one month"). A headline rounds and restates the figures of the text below it without their
 * dates, so its numbers are kept for review, not read as statistics of their own.
 */
import {isDateline} from "./page-chrome.js";
import {flatIndexOf, type FlatText} from "../text/flatten.js";
import {NUMBER_WORD_SOURCE} from "../numbers/parse-number.js";

// Short lines a saved page sets above its headline ("Skip to main content", "Home › News"): no figure, no stop.
const MAX_CHROME_WORDS = 6;
const OPENING_LINES = 3;
const HOLDS_NUMBER = new RegExp(String.raw`\d|^(?:${NUMBER_WORD_SOURCE})\b|\b(?:${NUMBER_WORD_SOURCE})\s+[a-z]`, "i");

// A date a preposition governs ("deported on 27/01/2020") belongs to the sentence, not to the item.
const DATELINE =
  /(?<!\b(?:on|of|since|until|by|from|to|at|before|after)\s)(?<=\s)\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d(?:\s+\d{1,2}:\d\d(?::\d\d)?)?$/;

/** Where the headline a document opens with ends, in raw offsets; -1 when it opens with no headline. */
export function headlineEnd(raw: string): number {
  let first = /^\s*/.exec(raw)![0].length;
  for (let k = 0; k < OPENING_LINES; k++) {
    const lineEnd = raw.indexOf("\n", first);
    if (lineEnd < 0) return -1;
    const line = raw.slice(first, lineEnd).trim();
    const next = raw.slice(lineEnd + 1, raw.indexOf("\n", lineEnd + 1) >>> 0).trim();
    // A line that stands alone: a blank line follows it, the page's dateline does, or it ends in the item's date and time.
    const alone = /^[^\S\n]*\n[^\S\n]*(?:\n|$)/.test(raw.slice(lineEnd)) || isDateline(next) || DATELINE.test(line);
    const words = line.split(/\s+/).length;
    // A headline names something happening: it holds a number, in figures or words ("Twenty-nine immigration
    // offenders arrested"), and is no title of sections.
    if (alone && words >= 3 && words <= 25 && !/[.!?:;,"”]$/.test(line) && HOLDS_NUMBER.test(line) && !isDateline(line))
      return lineEnd;
    // Only a short line with no figure and no stop, standing alone, is passed over as the page's own words.
    if (!alone || words > MAX_CHROME_WORDS || /\d/.test(line) || /[.!?:;,"”]$/.test(line)) return -1;
    first = lineEnd + /^\s*/.exec(raw.slice(lineEnd))![0].length;
  }
  return -1;
}

/** The sentence break at the end of a headline that runs into the text with no blank line, as flat offsets. */
export function headlineBreaks(raw: string, flat: FlatText): number[] {
  const end = headlineEnd(raw);
  if (end < 0 || !flat.offsets.length || flat.offsets[0] > end) return [];
  const k = flatIndexOf(flat, end + 1);
  return k > 0 && k < flat.text.length ? [k] : [];
}
