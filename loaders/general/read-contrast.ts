/**
 * Years a sentence names without counting anything in them: the year it contrasts its figures with
 * ("Unlike in 2018, the government did not identify …", "As in previous years, …") and the year a
 * superlative reaches back to ("the fewest victims since 2008", "the first child victim to date").
 */

/** Words that make a span a superlative or a first: "the fewest … since", "the first … to date". */
const SUPERLATIVE =
  /\b(?:first|only|fewest|lowest|highest|most|largest|smallest|greatest|least|biggest|worst|best|record)\b[^,;.()]{0,80}$/i;
/** "Unlike in 2018,", "In contrast to 2019,", "As in 2018,", "Similar to 2017,": a contrast or likeness with a year. */
const CONTRAST_LEAD =
  /(?:^|[,;]\s*)(?:unlike|like|as|contrary\s+to|in\s+contrast\s+(?:to|with)|similar\s+to|similarly\s+to)\s+(?:in\s+|during\s+|with\s+)?(?:the\s+)?$/i;

/** Whether the year found at [start, end) is a contrast or a superlative's reach, not a period of the clause. */
export function isContrastYear(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 120), start);
  if (CONTRAST_LEAD.test(before) && /^\s*,(?!\s*when\b)/.test(text.slice(end, end + 9))) return true;
  const since = /\bsince\s+(?:at\s+least\s+)?$/i;
  return since.test(before) && SUPERLATIVE.test(before.replace(since, ""));
}

/** Whether "to date" at `start` closes a superlative ("the first … to date"): ever, not a day counted on. */
export function isSuperlativeToDate(text: string, start: number): boolean {
  return SUPERLATIVE.test(text.slice(Math.max(0, start - 120), start));
}
