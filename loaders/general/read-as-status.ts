/**
 * "… and 18 as irregular migrants": an elided count named by the status under which its people were entered,
 * the same verb as the count before it with another status.
 */
const AS_STATUS =
  /^\s+as\s+(?:(?:illegal|irregular|undocumented|unaccompanied|potential|presumed)\s+)?(?:migrants|immigrants|aliens|foreigners|entrants|refugees|asylum[\s-]+(?:seekers|applicants)|victims|applicants|stateless\s+persons)\b/i;

/** Whether the words after a bare number give the status its people were counted as. */
export function asStatus(after: string): boolean {
  return AS_STATUS.test(after);
}

/**
 * The predicate an elided "and 18 as irregular migrants" shares with the count before it, its status swapped in:
 * "were registered as asylum applicants and " with " as irregular migrants" gives "were registered as irregular migrants".
 */
export function statusPredicate(between: string, after: string): string | null {
  if (!asStatus(after)) return null;
  const as = between.search(/\sas\s/i);
  return as < 0 ? null : `${between.slice(0, as)}${after}`;
}
