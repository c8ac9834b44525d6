/**
 * "a small fraction of the 2,545 who applied", "of the 40 who were rescued": a number whose noun is left out and
 * whose relative clause says what its people did counts persons.
 */

// "who applied", "who had been returned", "who have since left": a relative clause on people, in the past.
const WHO_DID = /^\s+who\s+(?:(?:had|have|has|were|was)\s+)?(?:(?:also|since|already|been)\s+){0,2}[a-z]+(?:ed|en|t)\b/;

/** Whether the words after a number say it counts people by what they did ("who applied"). */
export function countsWhoDid(after: string): boolean {
  return WHO_DID.test(after);
}
