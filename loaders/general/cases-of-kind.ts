import {eventsIn} from "./resolve-indicator.js";

/**
 * "68 were forced labor victims, including 42 cases of forced begging, two cases of forced criminality": cases of a
 * kind listed under a count of persons count those persons, each case one of them.
 */

// After a count of persons: "including", "of which", "of whom" or "among them" opens the list.
const OPENS_LIST = /^[^;()]*?,?\s+(?:including|of\s+(?:which|whom)|among\s+(?:them|whom))\s+$/i;
// After an item of such a list: its "of" phrase, then a comma, perhaps "and".
const CONTINUES_LIST = /^(?:\s+of\s+[^,;()]+?)?(?:\s*,\s*(?:and\s+)?|\s+and\s+)$/i;

interface Counting {
  /** The lemma of the noun as written before the number's reading took another. */
  writtenLemma: string | null;
  person: boolean;
}

/** Whether a count of cases of a kind (`category` set) counts the persons of the count before it. */
export function countsPersonsAsCases(
  lemma: string | null,
  category: string | null | undefined,
  prior: Counting | null,
  between: string
): boolean {
  if (lemma !== "case" || !category || !prior?.person) return false;
  if (OPENS_LIST.test(between)) return true;
  return prior.writtenLemma === "case" && CONTINUES_LIST.test(between);
}

/**
 * Whether "N were <word>" names a part by a word no breakdown list knows ("two were transgender"): one adjective (no adverb)
 * that ends its clause, no participle ("refused", "pending") and no verb of the event vocabulary.
 */
export function copularKind(counted: {copular: boolean; modifiers: string; breakdown: object}, after: string): boolean {
  const word = counted.modifiers;
  if (!counted.copular || !/^[a-z]{4,}$/.test(word) || Object.values(counted.breakdown).some(Boolean)) return false;
  if (/(?:ed|ing|en|ly)$/.test(word) || eventsIn(word).length > 0) return false;
  return /^\s*(?:[,;.)]|and\b|$)/.test(after);
}
