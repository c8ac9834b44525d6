/**
 * "The largest number came from Germany, from where 208 people were deported", "… to Italy, where 1,200 were
 * rescued": a count in a relative clause on "where" is of the place that clause hangs on.
 */
import {canonicalCountry} from "../specs/countries.js";

// The place, a comma, then "where" (after "from", "in" or "to"), and the count's own words before its number.
const WHERE = new RegExp(
  String.raw`\b(?:from|in|to|into|at)\s+(?:the\s+)?(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})\s*,\s*(?:from\s+|in\s+|to\s+)?where\s+(?:[\p{L}-]+\s+){0,4}(?:(?:about|around|some|over|nearly|almost|more\s+than)\s+)?$`,
  "u"
);

/** The state a "where" clause before a count refers back to, or null. */
export function placeOfWhere(lead: string): string | null {
  const m = WHERE.exec(lead);
  if (!m) return null;
  // "from Lake Chad, where": the longest run of the name's words that names a state, from its end.
  const words = m[1].split(/\s+/);
  for (let k = 0; k < words.length; k++) {
    const country = canonicalCountry(words.slice(k).join(" "));
    if (country) return country;
  }
  return null;
}
