/**
 * "the Emigration Act of 1983", "the Immigration Act 1971", "the 1951 Convention"'s kin "Convention of 1951": the
 * year a law or treaty was made names it; it is no period of the statistics around it.
 */

const LAW_BEFORE =
  /\b[A-Z][\p{L}-]*\s+(?:Act|Law|Code|Ordinance|Decree|Convention|Protocol|Regulations?|Proclamation)\s*(?:of\s+|,\s*|No\.?\s*\d+\s+of\s+)?$/u;

/** Whether the words before a year make it the year of a law's name. */
export function lawYearBefore(before: string): boolean {
  return LAW_BEFORE.test(before);
}
