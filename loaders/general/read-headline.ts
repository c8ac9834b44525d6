/**
 * A press item's headline: its first line, standing alone, with no stop at its end ("Over 64,000 obtain work permits
 * in the last one month"). A headline rounds and restates the figures of the text below it without their dates, so
 * its numbers are kept for review, not read as statistics of their own.
 */

// A date a preposition governs ("deported on 27/01/2020") belongs to the sentence, not to the item.
const DATELINE =
  /(?<!\b(?:on|of|since|until|by|from|to|at|before|after)\s)(?<=\s)\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d(?:\s+\d{1,2}:\d\d(?::\d\d)?)?$/;

/** Where the headline a document opens with ends, in raw offsets; -1 when it opens with no headline. */
export function headlineEnd(raw: string): number {
  const first = /^\s*/.exec(raw)![0].length;
  const lineEnd = raw.indexOf("\n", first);
  if (lineEnd < 0) return -1;
  const line = raw.slice(first, lineEnd).trim();
  // A line that stands alone: a blank line follows it, or it ends in the item's date and time ("… 27/01/2020 07:37:59").
  if (!/^[^\S\n]*\n[^\S\n]*(?:\n|$)/.test(raw.slice(lineEnd)) && !DATELINE.test(line)) return -1;
  const words = line.split(/\s+/).length;
  if (words < 3 || words > 25 || /[.!?:;,"”]$/.test(line)) return -1;
  // A headline names something happening: it holds a number or a verb-like lower-case word, and is no title of sections.
  if (!/\d/.test(line)) return -1;
  return lineEnd;
}

/** The sentence break at the end of a headline that runs into the text with no blank line, as flat offsets. */
export function headlineBreaks(raw: string, offsets: Int32Array, text: string): number[] {
  const end = headlineEnd(raw);
  if (end < 0 || !offsets.length || offsets[0] > end) return [];
  const k = offsets.findIndex((o) => o > end);
  return k > 0 && k < text.length ? [k] : [];
}
