/**
 * "investigated 24 cases involving 35 suspects", "12 cases involving 25 victims were investigated": the counts of a
 * noun phrase joined by "involving" share the verb of the phrase, before or after it.
 */

// Between a head count and the count it involves: the head's noun, an "of" phrase, then the joining word.
const JOIN =
  /^\s*(?![^,]*\b(?:were|was|are|is)\s)(?:[a-z-]+\s+){0,2}?[a-z-]+(?:\s+of\s+(?:[a-z-]+\s+){0,2}?[a-z-]+)?,?\s+(?:involving|implicating|involved\s+in|implicated\s+in)\s+$/i;

// "four labor trafficking cases against five Maldivian and seven Bangladeshi defendants": legal proceedings name the
// people they are brought against ("against 973 during 2017" after any other noun is a comparison).
const AGAINST =
  /^\s*(?:[a-z-]+\s+){0,3}?(?:cases?|proceedings|charges|indictments|prosecutions|investigations|lawsuits)\s+against\s+$/i;

/** Whether the text between two counts joins the first, as the head, to the second it involves. */
export function joinsInvolved(between: string): boolean {
  return JOIN.test(between) || AGAINST.test(between);
}

/**
 * The clause a count of such a phrase is read in, widened from its own [start, end]: the involved count takes the
 * head's words before it, the head takes the words after the involved count. `counts` are the sentence's counts
 * as [start, end], in order; `k` is this one's index; `stop` is the next clause boundary after `from`.
 */
export function involvingClause(
  text: string,
  counts: [number, number][],
  k: number,
  start: number,
  end: number,
  boundaryBefore: (at: number) => number,
  boundaryAfter: (at: number) => number
): [number, number] {
  const prev = counts[k - 1],
    next = counts[k + 1];
  if (prev && joinsInvolved(text.slice(prev[1], counts[k][0])))
    return [Math.min(start, Math.max(counts[k - 2]?.[1] ?? 0, boundaryBefore(prev[0]))), end];
  if (next && joinsInvolved(text.slice(counts[k][1], next[0])))
    return [start, Math.max(end, Math.min(counts[k + 2]?.[0] ?? text.length, boundaryAfter(next[1])))];
  return [start, end];
}
