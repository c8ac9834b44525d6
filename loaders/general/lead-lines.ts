/**
 * The lines a press item opens with before its first sentence: section, headline, dateline ("News / National",
 * "Over 40 000 Zimbabweans deported", "28 Dec 2013 at 20:46hrs | Views"). Each stands alone though single line
 * breaks separate them and no stop ends them; the lead ends at the first blank line.
 */
import {flatIndexOf, type FlatText} from "../text/flatten.js";

/** How many opening lines may be furniture before the text proper. */
const MAX_LEAD_LINES = 4;
const MAX_LEAD_LENGTH = 100;
// A line that ends on one of these words is a sentence wrapped across lines, not a line of its own.
const WRAPPED_END = /\b(?:of|the|and|or|to|in|by|for|a|an|with|from|on|at|that|which|were|was|is|are)$/i;

/** Raw offsets at which each opening line after the first begins, and where the last opening line ends. */
export function leadLines(raw: string): {starts: number[]; end: number} {
  const starts: number[] = [];
  let end = -1;
  let at = /^\s*/.exec(raw)![0].length;
  for (let n = 0; n < MAX_LEAD_LINES; n++) {
    const lineEnd = raw.indexOf("\n", at);
    if (lineEnd < 0) break;
    const line = raw.slice(at, lineEnd).trim();
    const gap = /^\s*/.exec(raw.slice(lineEnd))![0];
    const next = lineEnd + gap.length;
    // A blank line after a line sets it apart already (see headingBreaks).
    if (
      !line ||
      /\n[^\S\n]*\n/.test(gap) ||
      line.length > MAX_LEAD_LENGTH ||
      /[.!?:;,"”’)]$/.test(line) ||
      WRAPPED_END.test(line) ||
      !/^[A-Z0-9"“‘(]/.test(raw.slice(next, next + 1))
    )
      break;
    starts.push(next);
    end = lineEnd;
    at = next;
  }
  return {starts, end};
}

/** Flat offsets at which the sentences after opening lines begin. */
export function leadLineBreaks(raw: string, flat: FlatText): number[] {
  const {starts} = leadLines(raw);
  if (!starts.length || flat.offsets[0] > starts[starts.length - 1]) return [];
  const out: number[] = [];
  for (const start of starts) {
    const k = flatIndexOf(flat, start);
    if (k > 0 && k < flat.text.length && flat.offsets[k] === start) out.push(k);
  }
  return out;
}
