/**
 * "repatriated nearly 5,000 “irregular migrants”, including …": a press item sets off the noun a count counts in
 * quotation marks to distance itself from the word; the quotes are blanked so the count reads its noun.
 */
import {lastNounIn} from "./read-counted.js";
import {NUMBER_WORD_SOURCE} from "../numbers/parse-number.js";

// A number, at most two lower-case words, then a quoted run of two to five lower-case words.
const QUOTED_AFTER_NUMBER = /(\d[\d,.]*\s+(?:[a-z-]+\s+){0,2})([“"‘])([a-z][a-z-]*(?:\s+[a-z-]+){0,4})([”"’])/g;

// "foreigners with “three illegals”": a quoted term that opens on a number word names something; it counts nothing.
const NUMBERED_TERM = new RegExp(`^(?:${NUMBER_WORD_SOURCE})\\b`, "i");

/** The sentence with the quotation marks around a counted noun right after a number blanked (same length). */
export function unquoteCountedNoun(text: string): string {
  return text.replace(QUOTED_AFTER_NUMBER, (whole: string, lead: string, open: string, term: string, close: string) => {
    // Only a term that ends on a counted noun is the count's noun; any other quoted words are kept as they are.
    const noun = lastNounIn(term, 0, term.length);
    if (!noun?.noun || noun.end !== term.length || NUMBERED_TERM.test(term)) return whole;
    return `${lead}${" ".repeat(open.length)}${term}${" ".repeat(close.length)}`;
  });
}
