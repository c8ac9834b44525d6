/**
 * "95 decisions were taken in April 2023, down from 133 the previous month, with 27 applicants being granted …":
 * a comparison set off by commas is an aside, like a bracket; the clause after it speaks of the main clause's period.
 */

/** [comma, comma] spans of comparisons set off by commas, for comparisons opening at `comparisons` outside brackets. */
export function comparisonAsides(text: string, comparisons: number[], parens: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  const inBracket = (at: number) => parens.some(([o, c]) => o < at && at < c);
  for (const c of comparisons) {
    if (inBracket(c) || !/,\s*$/.test(text.slice(Math.max(0, c - 3), c))) continue;
    const open = text.lastIndexOf(",", c);
    // A comma between words, not one in "2,100".
    const next = /,(?=\s)/.exec(text.slice(c));
    const close = next ? c + next.index : -1;
    // An aside holds its own figure and closes before more of the sentence, not at a list's next item.
    if (close < 0 || !/\d/.test(text.slice(c, close)) || inBracket(close)) continue;
    if (!/^,\s*(?:with|while|whereas)\b/i.test(text.slice(close))) continue;
    out.push([open, close]);
  }
  return out;
}
