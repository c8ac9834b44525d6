/**
 * A number inside a short quoted term ("foreigners with “three illegals”", the ‘two sessions’): part of a name for
 * something, not a count.
 */
const QUOTED_TERM_BEFORE = /[“‘"']$/;
// The rest of the term: at most three more words, then the closing quote.
const QUOTED_TERM_AFTER = /^(?:[\s-]+[\p{L}-]+){1,3}[”’"']/u;

/** Whether the number `before` and `after` surround opens a quoted term of a few words. */
export function inQuotedTerm(before: string, after: string): boolean {
  return QUOTED_TERM_BEFORE.test(before) && QUOTED_TERM_AFTER.test(after);
}
