/**
 * "… were sent to the police (related to 1 Pakistani citizen in 2012, …, 4 in 2017) and as a result of the
 * investigation no fact was revealed": a bracket followed by a new clause closes the clause of the counts in it,
 * so the next clause's words ("investigation") say nothing of them. A bracket whose verb follows it ("(12 men and
 * 5 women) were identified") does not.
 */
const NEW_CLAUSE =
  /^\)\s*(?:,\s*)?(?:and|but|while|whereas)\s+(?!(?:were|was|are|is|have|has|had|their|his|her|its|other|\d+)\b)/i;

/** Where the clause of a count inside a bracket ends: its closing bracket when a new clause follows, else -1. */
export function bracketClauseEnd(text: string, from: number): number {
  const closing = text.indexOf(")", from);
  if (closing < 0 || text.lastIndexOf("(", closing) > from) return -1;
  return NEW_CLAUSE.test(text.slice(closing)) ? closing : -1;
}
