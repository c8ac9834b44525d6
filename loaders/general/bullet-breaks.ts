/**
 * Where the items of a bulleted list begin: each item of a release's "• On 1 January 2021, …; • In 2020, …" list is
 * a statement of its own, with its own period, even when the items end in semicolons rather than stops.
 */
const BULLET = /(?:^|\s)[•▪●◦■►➢‣⁃]\s+(?=\S)/g;

/** Offsets in a flattened text where a bulleted item's words begin (after its bullet). */
export function bulletBreaks(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(BULLET)) out.push(m.index! + m[0].length);
  return out;
}
