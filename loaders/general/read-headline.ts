/**
 * A press item's headline: its first line, standing alone, with no stop at its end ("Over 64,000 obtain work permits
 * in the last one month"). A headline rounds and restates the figures of the text below it without their dates, so
 * its numbers are kept for review, not read as statistics of their own.
 */

/** Where the headline a document opens with ends, in raw offsets; -1 when it opens with no headline. */
export function headlineEnd(raw: string): number {
  const first = /^\s*/.exec(raw)![0].length;
  const lineEnd = raw.indexOf("\n", first);
  if (lineEnd < 0) return -1;
  const line = raw.slice(first, lineEnd).trim();
  // A line that stands alone: a blank line follows it.
  if (!/^[^\S\n]*\n[^\S\n]*(?:\n|$)/.test(raw.slice(lineEnd))) return -1;
  const words = line.split(/\s+/).length;
  if (words < 3 || words > 25 || /[.!?:;,"”]$/.test(line)) return -1;
  // A headline names something happening: it holds a number or a verb-like lower-case word, and is no title of sections.
  if (!/\d/.test(line)) return -1;
  return lineEnd;
}
