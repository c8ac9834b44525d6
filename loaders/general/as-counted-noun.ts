/**
 * "Authorities identified 93 as potential victims and two as official victims": a bare number a verb took "as" people
 * of some status counts those people; "as" is blanked so the number reads its noun.
 */
import {lastNounIn} from "./read-counted.js";
import {NUMBER_WORD_SOURCE} from "../numbers/parse-number.js";

// A verb in the past or "and" (the next item of the same verb), perhaps "only", a bare number, "as", then at most
// three words and what they are of ("victims of trafficking").
const AS_AFTER_NUMBER = new RegExp(
  String.raw`(\b(?:[a-z]+ed|and)\s+(?:(?:only|just|another|a\s+further|further)\s+)?(?:\d[\d,.]*|${NUMBER_WORD_SOURCE})\s+)as(\s+)((?:[a-z-]+\s+){0,2}[a-z-]+(?:\s+of\s+(?:[a-z-]+\s+)?[a-z-]+)?)(?=\s*(?:[,.;:)(]|and\b|in\b|during\b|$))`,
  "gi"
);

// A verb's own "as" before the item, with no number between them ("were registered as asylum applicants").
const STATUS_VERB = /\b[a-z]+ed\s+as\s+\D*$/i;

/** The sentence with "as" blanked between a bare number and the people it names (same length). */
export function unAsCountedNoun(text: string): string {
  return text.replace(AS_AFTER_NUMBER, (whole: string, lead: string, space: string, term: string, at: number) => {
    // Only a term that ends on a noun of people or cases ("potential victims", "victims of trafficking", "trafficking
    // cases") names what the number counts.
    const head = term.split(/\s+of\s+/i)[0];
    const noun = lastNounIn(head, 0, head.length);
    if (!(noun?.noun?.person || noun?.noun?.lemma === "case") || noun.end !== head.length) return whole;
    // "registered as asylum applicants and 18,236 as illegal migrants": an item after "and" that swaps the status of a
    // verb's own "as" shares that verb, and is read with it.
    if (/^and\b/i.test(lead) && STATUS_VERB.test(text.slice(0, at))) return whole;
    return `${lead}  ${space}${term}`;
  });
}
