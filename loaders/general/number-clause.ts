/**
 * The clause a number stands in, for the readers that judge a number by the words of its own clause (a forecast, an
 * aim, a rate): "The number of applications is expected to reach 20,000, while 18,000 were received last year."
 * holds two clauses, and only the first speaks of a forecast.
 */

// A clause ends at a semicolon, a bracket, a full stop before a capital, a dash between spaces, or a comma
// before a word that opens a clause of its own.
const CLAUSE_END = /;|[()]|\.\s+(?=[A-Z])|,\s*(?:while|whereas|but|and|which|that|bringing|giving)\s|\s[-–—]\s/g;

// "Returns, which are expected to grow, stood at 3,100": a relative clause closed before the number says something
// of its own verb, not of the number.
const RELATIVE = /,\s*(?:which|who)\b[^,;]*,/gi;

/** The words of the clause of `text` that holds the number at [at, end): those before it and those after it. */
export function numberClause(text: string, at: number, end: number = at): {before: string; after: string} {
  const before = text.slice(0, at).replace(RELATIVE, (m) => "," + " ".repeat(m.length - 1));
  let start = 0,
    stop = text.length;
  CLAUSE_END.lastIndex = 0;
  for (let m = CLAUSE_END.exec(before); m; m = CLAUSE_END.exec(before)) start = m.index + m[0].length;
  CLAUSE_END.lastIndex = end;
  const next = CLAUSE_END.exec(text);
  if (next) stop = next.index;
  return {before: before.slice(start).replace(/\s{2,}/g, " "), after: text.slice(end, stop)};
}
