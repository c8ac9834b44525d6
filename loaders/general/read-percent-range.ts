/**
 * "a mere 10 to 25 percent of the realistic number", "between 5 and 8 per cent": the first figure of a range of
 * shares is a share too, though the sign follows only the last.
 */

const RANGE_OF_SHARES = /^\s*(?:to|-|–|and)\s*\d[\d.,]*\s*(?:%|per\s?cent\b|percent\b)/i;

/**
 * Whether the number of `value` ending at `end` opens a range of shares; "Thailand (7,600 – 24%)" is a count and its
 * share, since the first figure of a range of shares is at most a hundred.
 */
export function opensShareRange(text: string, end: number, value: number): boolean {
  return value <= 100 && RANGE_OF_SHARES.test(text.slice(end, end + 30));
}
