/**
 * Numbers the text states that no spec extracted, so coverage gaps are visible. Years, dates,
 * article, law and paragraph numbers, document symbols and phone lines are not statistics and
 * are skipped.
 */
import {NUMBER_DIGITS_SOURCE} from "../numbers/parse-number.js";
import {partitionPoint} from "../partition-point.js";

export interface UnextractedNumber {
  text: string;
  start: number;
  line: number;
  context: string;
}

const NUMBER = new RegExp(String.raw`(?<![\w.,/№-])(?:${NUMBER_DIGITS_SOURCE})(?![\w/-])`, "g");
const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
const NOT_A_STATISTIC: RegExp[] = [
  /^(?:19|20)\d\d$/ // a year
];
const BEFORE = new RegExp(
  String.raw`(?:Articles?|No\.?|Nos\.?|Decree|Decision|Law|Code|Section|Part|paragraphs?|clause|sub-clause|Annex|Protocol|Convention|Order|Chapter|school|№|${MONTH}|the age of|under|aged|within)\s*$`,
  "i"
);
const AFTER = /^\s*(?:(?:working |business )?days?|months?|years?|hours?|Call Cent|Hotline|%|percent|st |nd |rd |th )/i;

/** The 1-based line of an offset, by binary search over the line starts found once. */
export function lineFinder(raw: string): {lineStarts: number[]; lineOf: (offset: number) => number} {
  const lineStarts = [0];
  for (let i = raw.indexOf("\n"); i >= 0; i = raw.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  return {lineStarts, lineOf: (offset) => partitionPoint(lineStarts.length, (i) => lineStarts[i] <= offset)};
}

export function findUnextracted(
  raw: string,
  extracted: [number, number][],
  claimed: [number, number][]
): UnextractedNumber[] {
  // Sorted by start, with each span's end raised to the furthest end so far, for binary search.
  const covered = [...extracted, ...claimed].sort((a, b) => a[0] - b[0]);
  const reach: number[] = [];
  covered.forEach(([, e], i) => reach.push(Math.max(e, i > 0 ? reach[i - 1] : -1)));
  const isCovered = (start: number, end: number) => {
    const lo = partitionPoint(covered.length, (i) => covered[i][0] < end);
    return lo > 0 && reach[lo - 1] > start;
  };
  const out: UnextractedNumber[] = [];
  const {lineStarts, lineOf} = lineFinder(raw);
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(raw); m; m = NUMBER.exec(raw)) {
    const start = m.index,
      end = start + m[0].length,
      text = m[0];
    if (isCovered(start, end)) continue;
    if (NOT_A_STATISTIC.some((re) => re.test(text))) continue;
    // From the line starts found once: searching back for the line break is quadratic on one long line.
    const line = lineOf(start),
      lineStart = lineStarts[line - 1];
    const before = raw.slice(Math.max(0, start - 30), start).replace(/\s+/g, " ");
    const after = raw.slice(end, end + 20).replace(/\s+/g, " ");
    if (BEFORE.test(before) || AFTER.test(after)) continue;
    if (/^[.-]/.test(raw.slice(end, end + 1)) && /^\s*$/.test(raw.slice(lineStart, start))) continue; // paragraph number
    if (/^[.,]?\d/.test(raw.slice(end, end + 2)) || /\d[.,]$/.test(raw.slice(start - 2, start))) continue; // part of a dotted code
    if (/^,?\s*(?:19|20)\d\d/.test(after) && new RegExp(`${MONTH}\\s*$`, "i").test(before)) continue; // day of a date
    out.push({text, start, line, context: `${before}[${text}]${after}`});
  }
  return out;
}
