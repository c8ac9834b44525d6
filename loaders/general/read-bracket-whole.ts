/**
 * "30 were child victims (24 sex trafficking, six labor trafficking)", "52 women (40 Ukrainian, 12 Moldovan)": the
 * numbers in brackets right after a count break that count down, so each is of the whole's age group and sex.
 */

/** Where the bracket that holds `at` opens, or -1 when `at` stands in no bracket. */
export function openingBracket(text: string, at: number): number {
  let depth = 0;
  for (let i = at - 1; i >= 0; i--) {
    if (text[i] === ")") depth++;
    else if (text[i] === "(") {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/**
 * The index of the count a bracketed number breaks down: the last count before the bracket, within its clause
 * (no other number, mark or clause between them). A comparison with another year ("(33 in 2019)") breaks nothing down.
 */
export function bracketWhole(text: string, start: number, counts: {start: number; end: number}[]): number | null {
  if (/^\S+\s+(?:in|during)\s+(?:FY\s*)?(?:19|20)\d\d\b/.test(text.slice(start, start + 40))) return null;
  const open = openingBracket(text, start);
  if (open < 0) return null;
  // "(82 victims, including 30 children, in 2019)": a bracket that names a year anywhere compares, too.
  const close = text.indexOf(")", start);
  if (/\b(?:in|during)\s+(?:FY\s*)?(?:19|20)\d\d\b/.test(text.slice(open, close < 0 ? text.length : close)))
    return null;
  for (let j = counts.length - 1; j >= 0; j--) {
    if (counts[j].end > open) continue;
    const between = text.slice(counts[j].end, open);
    return between.length <= 50 && !/[,;:()\d]|\b(?:and|or|compared|while)\b/.test(between) ? j : null;
  }
  return null;
}
