/**
 * "one foreign victim was from Bosnia and Herzegovina", "two were from Kosovo", "three were nationals of the Republic
 * of Moldova": a count's own predicate names the country its people came from, which says more than "foreign".
 */
import {canonicalCountry} from "../specs/countries.js";

const ORIGIN =
  /^\s*(?:(?:was|were|are|is)\s+(?:all\s+)?)?(?:from|(?:of\s+)?(?:citizens|nationals)\s+of|of)\s+(?:the\s+)?((?:Republic\s+of\s+(?:the\s+)?)?[A-Z][\p{L}’'-]*(?:\s+(?:and\s+|of\s+(?:the\s+)?)?[A-Z][\p{L}’'-]*){0,4})(?<rest>[^;()]{0,20})/u;

/** Whether a noun ending `head` is "non-citizens" and `after` says "of" which state: any citizenship but that one. */
/** The last words before `at`, enough to hold the noun a count ends on ("non-citizens"). */
export const nounTail = (text: string, at: number): string => text.slice(Math.max(0, at - 14), at);

export function nonCitizensOf(head: string, after: string): boolean {
  return /non-?citizens?\s*$/i.test(head) && /^\s*of\b/i.test(after);
}

/**
 * The country of origin the words after a count's noun name, or null when they name none or a list. `head`, the words
 * the noun ends on, keeps "non-citizens of the Republic of Latvia" from naming one.
 */
export function originAfter(after: string, head = ""): string | null {
  if (nonCitizensOf(head, after)) return null;
  const m = ORIGIN.exec(after);
  if (!m) return null;
  const words = m[1].split(/\s+/);
  for (let n = words.length; n > 0; n--) {
    // "Democratic Republic of Congo": a name may hold "of" and "the", but never ends on them.
    if (/^(?:and|of|the)$/.test(words[n - 1])) continue;
    const name = words.slice(0, n).join(" ");
    const country = canonicalCountry(name) ?? canonicalCountry(name.replace(/^Republic\s+of\s+(?:the\s+)?/, ""));
    if (!country) continue;
    const left = words.slice(n).join(" ") + m.groups!.rest;
    // "from Kosovo and Serbia", "from Albania, Kosovo …": a list of countries belongs to no one of them.
    if (/^(?:and\s+|,\s*|or\s+)?[A-Z]/.test(left.trimStart()) || /^\s*(?:,|and|or)\s+(?:the\s+)?[A-Z]/.test(left))
      return null;
    return country;
  }
  return null;
}
