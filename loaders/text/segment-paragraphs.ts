/**
 * Splits a report into its numbered paragraphs ("238. In 2017, ...") with raw offsets. Numbers
 * must run in sequence, so list items, dates and article numbers at a line start are not taken
 * for paragraph numbers.
 */
export interface Paragraph {
  number: string; // "238"; "" for text before the first numbered paragraph
  start: number;
  end: number;
}

const PARAGRAPH_START = /^[ \t]*(\d{1,3})[.-][ \t]+(?=\S)/gm;

export function segmentParagraphs(raw: string): Paragraph[] {
  const starts: {number: number; start: number}[] = [];
  let expected = 1;
  PARAGRAPH_START.lastIndex = 0;
  for (let m = PARAGRAPH_START.exec(raw); m; m = PARAGRAPH_START.exec(raw)) {
    const n = Number(m[1]);
    // Accept the next number in sequence; allow one missing paragraph (lost in PDF extraction).
    if (n === expected || (starts.length > 0 && n === expected + 1)) {
      starts.push({number: n, start: m.index});
      expected = n + 1;
    }
  }
  const out: Paragraph[] = [];
  if (starts.length === 0) return [{number: "", start: 0, end: raw.length}];
  if (starts[0].start > 0) out.push({number: "", start: 0, end: starts[0].start});
  starts.forEach((s, i) =>
    out.push({number: String(s.number), start: s.start, end: i + 1 < starts.length ? starts[i + 1].start : raw.length})
  );
  return out;
}

/** How many lines start like a numbered paragraph ("12. …"), whether or not they fall in sequence. */
export function countParagraphNumbers(raw: string): number {
  let n = 0;
  PARAGRAPH_START.lastIndex = 0;
  while (PARAGRAPH_START.exec(raw)) n++;
  return n;
}
