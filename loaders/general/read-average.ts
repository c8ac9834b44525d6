/**
 * "the average number of victims a year was around 100", "on average, 14 people were sent out every day": an
 * average is a rate, not a count of a period, so it is no statistic the reader stores.
 */

const AVERAGE_SUBJECT =
  /\b(?:the\s+)?(?:average|mean|median)\s+(?:annual\s+|yearly\s+|monthly\s+|daily\s+)?(?:number|count|total)\s+of\s+[^.;]{0,80}$/i;

/** Whether the words before a number make it the value of an average ("the average number of X … was"). */
export function isAverage(lead: string): boolean {
  return (
    AVERAGE_SUBJECT.test(lead) &&
    /\b(?:was|were|is|are|stood\s+at|amounted\s+to|reached)\s+(?:[a-z]+\s+){0,2}$/i.test(lead)
  );
}
