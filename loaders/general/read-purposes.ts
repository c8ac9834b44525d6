/**
 * Counts of permits broken down by what they were granted for, and counts stated as occasions:
 * "1,807 residence permits were issued for employment, 1,513 for family migration, …" (the first part names its
 * purpose after its verb, as the elided parts after it do), "The greatest number of permits, 1,969, were issued for
 * the purpose of taking up permanent residence" (a ranked part), and "were granted a residence permit on 6,710
 * occasions" (the number counts the grants, of the thing the clause names).
 */

/** Words after "for" that say when or how long, not what a permit was for. */
const NO_PURPOSE =
  /^(?:the\s+first|a\s+period|one|two|three|\d|up\s+to|more|less|over|(?:a|the|each|every|that|this)\s+(?:year|month|period|time|term)|years?|months?|days?|weeks?|life|ever|good)\b/i;

const PURPOSE = String.raw`(?:for|under)\s+(?:the\s+purposes?\s+of\s+)?((?:[a-z][a-z-]*\s+){0,4}?[a-z][a-z-]*)`;

/** A part's own verb and purpose: "were issued for employment", "were granted under an international agreement". */
const OWN_PURPOSE = new RegExp(
  String.raw`^,?\s+(?:were|was|have\s+been|has\s+been)\s+(?:[a-z]+ly\s+)?(?:issued|granted|given|awarded|approved|extended|renewed)\s+${PURPOSE}(?=\s*(?:[,;.]|and\b|in\s+(?:19|20)\d\d\b|in\s+(?:the\s+)?[a-z]+\s*[,;.]|$))`,
  "i"
);

/** "The greatest number of permits, 1,969, …": a count set off as the largest part of a whole. */
const RANKED_PART =
  /\b(?:the\s+)?(?:greatest|largest|highest|biggest|most\s+common|main)\s+(?:number|share|part|group)\s+of\s+[a-z][a-z ]{0,40},\s*$/i;

/**
 * The purpose a count with its own noun was granted for, when it is one part of a list of parts by purpose (another
 * number follows after a comma) or the ranked largest part; null otherwise.
 */
export function ownPurpose(text: string, start: number, countedEnd: number): string | null {
  const m = OWN_PURPOSE.exec(text.slice(countedEnd));
  if (!m || NO_PURPOSE.test(m[1])) return null;
  const rest = text.slice(countedEnd + m[0].length);
  const listed = /^\s*,\s*(?:and\s+)?\d/.test(rest);
  const ranked = RANKED_PART.test(text.slice(0, start));
  if (!listed && !ranked) return null;
  // "for the purpose of taking up permanent residence": the purpose is what is taken up.
  return m[1].replace(/^(?:taking\s+up|taking|obtaining|carrying\s+out|engaging\s+in)\s+/i, "").toLowerCase();
}

/** "on 6,710 occasions", "6,710 times": the number counts how often the clause's event happened. */
export function countsOccasions(text: string, start: number, end: number): number | null {
  const m = /^\s+(?:occasions|times|instances)\b/i.exec(text.slice(end));
  if (!m || !/\b(?:on|in)\s+(?:some\s+|about\s+|over\s+|more\s+than\s+)?$/i.test(text.slice(0, start))) return null;
  return end + m[0].length;
}

/** "The breakdown of permits issued includes 25,500 institutional work permits, …": the counts after it are parts. */
const BREAKDOWN_LEAD =
  /\b(?:breakdown|break-down|distribution|split)\s+(?:of|by)\s+[^.;\d]{1,60}?\s+(?:includes?|included|is|was|shows|showed|comprises?|comprised|consists?\s+of|consisted\s+of|as\s+follows)\s*:?\s*$/i;

/** Whether a sentence's counts are announced as the parts of a breakdown (the text before its first number). */
export function opensBreakdown(lead: string): boolean {
  return BREAKDOWN_LEAD.test(lead);
}
